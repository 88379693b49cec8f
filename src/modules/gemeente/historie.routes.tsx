// Historie (R-HIS-1) for the gemeente behandelaar: the school's Historie pages, from the same
// service and components, with access for the session's gemeente (gemeenteToegang): a melding
// routed elsewhere or of another gemeente answers 404 and is audited there (R-GEM-5).
import type { FastifyInstance } from 'fastify';
import { historieScherm as h, gemeenteToegang, HISTORIE_SORTEERBAAR, HistorieOverzicht, historiePaden, VersieVergelijking } from '../meldingen/face';
import { parseOverzichtState } from '../../platform/ui/overzicht-state';
import type { Services } from '../../services';
import { gemeenteActor } from './actor';
import { INBOX_PAD } from './views/melding';

const behandelen = { config: { ability: 'meldingen.behandelen' as const } };

export function gemeenteHistorieRoutes(app: FastifyInstance, sv: Services): void {
  const svc = sv.meldingen.historie;
  const toegang = (request: Parameters<typeof gemeenteActor>[0]) => {
    const { gemeentecode, gebruikerId, gebruikersnaam, ip } = gemeenteActor(request);
    return gemeenteToegang({ gemeentecode, gebruikerId, gebruikersnaam, ip });
  };

  app.get<{ Params: { nummer: string } }>(`${INBOX_PAD}/:nummer/historie`, behandelen, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const state = parseOverzichtState(query, { sortable: HISTORIE_SORTEERBAAR, defaultSort: 'versie', defaultDir: 'desc' });
    const data = await svc.lijst(toegang(request), request.params.nummer, state);
    return sv.sendPage(request, reply, { title: h.lijstTitel(data.nummer) }, <HistorieOverzicht data={data} state={state} query={query} paden={historiePaden(INBOX_PAD, data.nummer)} />);
  });

  app.get<{ Params: { nummer: string; versie: string } }>(`${INBOX_PAD}/:nummer/historie/:versie`, behandelen, async (request, reply) => {
    const d = await svc.versie(toegang(request), request.params.nummer, request.params.versie);
    return sv.sendPage(request, reply, { title: h.versieTitel(d.nummer, d.nieuw.versie), privacyWarning: true }, <VersieVergelijking detail={d} paden={historiePaden(INBOX_PAD, d.nummer)} />);
  });
}
