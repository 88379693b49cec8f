// Historie (R-HIS-1, manual §4.2.4) for the school, thin: the list of versions and one version
// beside the previous one. The gemeente's routes render the same components (views.tsx) from
// the same service with gemeenteToegang.
import type { FastifyInstance } from 'fastify';
import { historieScherm as h } from './messages';
import { parseOverzichtState } from '../../../platform/ui/overzicht-state';
import type { Services } from '../../../services';
import { meldingActor } from '../actor';
import { HISTORIE_SORTEERBAAR, schoolToegang } from './historie.service';
import { HistorieOverzicht, historiePaden, VersieVergelijking } from './views';

const raadplegen = { config: { ability: 'verzuim.raadplegen' as const } };

export function historieRoutes(app: FastifyInstance, sv: Services): void {
  const svc = sv.meldingen.historie;

  app.get<{ Params: { nummer: string } }>('/verzuim/meldingen/:nummer/historie', raadplegen, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const state = parseOverzichtState(query, { sortable: HISTORIE_SORTEERBAAR, defaultSort: 'versie', defaultDir: 'desc' });
    const data = await svc.lijst(schoolToegang(meldingActor(request)), request.params.nummer, state);
    return sv.sendPage(request, reply, { title: h.lijstTitel(data.nummer) }, <HistorieOverzicht data={data} state={state} query={query} paden={historiePaden('/verzuim/meldingen', data.nummer)} />);
  });

  app.get<{ Params: { nummer: string; versie: string } }>('/verzuim/meldingen/:nummer/historie/:versie', raadplegen, async (request, reply) => {
    const d = await svc.versie(schoolToegang(meldingActor(request)), request.params.nummer, request.params.versie);
    return sv.sendPage(
      request,
      reply,
      { title: h.versieTitel(d.nummer, d.nieuw.versie), privacyWarning: true },
      <VersieVergelijking detail={d} paden={historiePaden('/verzuim/meldingen', d.nummer)} />,
    );
  });
}
