// "Meldingen zonder ontvanger" (/beheer/meldingen-zonder-ontvanger) for functioneel beheer,
// behind the same ability as "Verzonden e-mails" ('mails.inzien'): both answer "who was
// mailed about which melding". Thin: parse the overview state, ask the service (which audits), render.
import type { FastifyInstance } from 'fastify';
import { zonderOntvangerScherm as t } from '../messages';
import { parseOverzichtState, type QueryInput } from '../../../platform/ui/overzicht-state';
import type { Services } from '../../../services';
import type { ZonderOntvangerSort } from './zonder-ontvanger.service';
import { ZONDER_ONTVANGER_PAD, ZonderOntvangerPagina } from './views';

const SORTEERBAAR: readonly ZonderOntvangerSort[] = ['aangemaakt'];
const guard = { config: { ability: 'mails.inzien' as const } };

export function zonderOntvangerRoutes(app: FastifyInstance, s: Services) {
  app.get(ZONDER_ONTVANGER_PAD, guard, async (request, reply) => {
    const query = request.query as QueryInput;
    const state = parseOverzichtState(query, { sortable: SORTEERBAAR, defaultSort: 'aangemaakt', defaultDir: 'desc' });
    const user = request.user!;
    const result = await s.meldingen.zonderOntvanger.overzicht(state, { gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: request.ip });
    return s.sendPage(request, reply, { title: t.titel }, <ZonderOntvangerPagina state={state} result={result} query={query} />);
  });
}
