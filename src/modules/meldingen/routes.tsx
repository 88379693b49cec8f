// Opvoeren verzuim (docs/functioneel.md §5, manual §4.1, §4.3), thin: Leerling zoeken and Toevoegen, Mijn
// concepten and Kopiëren; the steps themselves are wizard/handler.tsx, the melding's own page
// (Inzien and Wijzigen, §4.2.1) is wijzigen/routes.tsx.
// Everything is scoped to the session's instelling by the ability (R-AUTH-2, R-AUTH-3).
import type { FastifyInstance } from 'fastify';
import { formValues, str } from '../../platform/http/form';
import { meldingScherm as s } from './messages';
import { pageInfo, parseOverzichtState } from '../../platform/ui/overzicht-state';
import type { Services } from '../../services';
import { meldingActor } from './actor';
import { historieRoutes } from './historie/routes';
import { intrekkenRoutes } from './intrekken/routes';
import { raadplegenRoutes } from './raadplegen/routes';
import { wijzigenRoutes } from './wijzigen/routes';
import { zonderOntvangerRoutes } from './zonder-ontvanger/routes';
import { OPVOEREN, wizardRoutes } from './wizard/handler';
import { CONCEPTEN_PAD, ConceptenPagina, ConceptVerwijderen } from './views/concepten';
import { KopierenBevestigen } from './views/melding';
import { Gevonden, ZoekFormulier } from './views/zoeken';

const opvoeren = { config: { ability: 'verzuim.opvoeren' as const } };
type MetNummer = { Params: { nummer: string } };
type MetId = { Params: { id: string } };

export function meldingenRoutes(app: FastifyInstance, sv: Services) {
  const m = sv.meldingen;

  app.get(OPVOEREN, opvoeren, async (request, reply) =>
    sv.sendPage(request, reply, { title: s.zoekenTitel }, <><p class="utrecht-paragraph">{s.zoekenIntro}</p><ZoekFormulier csrf={request.session!.csrfToken} pgn="" /></>),
  );

  // Zoeken. A POST, so a BSN never lands in a URL, a log line or the browser's history.
  app.post(OPVOEREN, opvoeren, async (request, reply) => {
    const actor = meldingActor(request);
    const pgn = str(formValues(request.body), 'pgn').trim();
    const csrf = request.session!.csrfToken;
    const r = await m.opvoeren.zoekLeerling(actor, pgn);
    if (r.soort !== 'gevonden') {
      const errors = [{ field: 'pgn', text: r.tekst }];
      return sv.sendPage(request, reply, { title: s.zoekenTitel, errors }, <ZoekFormulier csrf={csrf} pgn={pgn} errors={errors} />);
    }
    // No open meldingen: straight on to the Leerling step, as the manual describes.
    if (r.open.length === 0) {
      const nieuw = await m.opvoeren.toevoegen(actor, pgn);
      if (nieuw.ok) return reply.redirect(`${OPVOEREN}/${nieuw.conceptId}/leerling`, 303);
    }
    return sv.sendPage(request, reply, { title: s.zoekenTitel, privacyWarning: true }, <><ZoekFormulier csrf={csrf} pgn={pgn} /><Gevonden csrf={csrf} leerling={r.leerling} open={r.open} /></>);
  });

  app.post(`${OPVOEREN}/toevoegen`, opvoeren, async (request, reply) => {
    const pgn = str(formValues(request.body), 'pgn').trim();
    const r = await m.opvoeren.toevoegen(meldingActor(request), pgn);
    if (r.ok) return reply.redirect(`${OPVOEREN}/${r.conceptId}/leerling`, 303);
    const errors = [{ field: 'pgn', text: r.tekst }];
    return sv.sendPage(request, reply, { title: s.zoekenTitel, errors }, <ZoekFormulier csrf={request.session!.csrfToken} pgn={pgn} errors={errors} />);
  });

  wizardRoutes(app, sv);
  raadplegenRoutes(app, sv);
  wijzigenRoutes(app, sv);
  zonderOntvangerRoutes(app, sv);
  intrekkenRoutes(app, sv);
  historieRoutes(app, sv);

  app.get(CONCEPTEN_PAD, opvoeren, async (request, reply) => {
    const state = parseOverzichtState(request.query as Record<string, unknown>, { sortable: ['gewijzigd'], defaultSort: 'gewijzigd', defaultDir: 'desc' });
    const alle = await m.concepten.lijst(meldingActor(request));
    // A user's drafts are few: sorted (all of them) and paged here.
    const gesorteerd = state.dir === 'desc' ? alle : [...alle].reverse();
    const { offset, perPage } = pageInfo(alle.length, state);
    return sv.sendPage(request, reply, { title: s.conceptenTitel }, <ConceptenPagina rows={gesorteerd.slice(offset, offset + perPage)} total={alle.length} state={state} query={request.query as Record<string, unknown>} />);
  });

  app.get<MetId>(`${CONCEPTEN_PAD}/:id/verwijderen`, opvoeren, async (request, reply) => {
    const actor = meldingActor(request);
    const concept = await m.concepten.vind(actor, request.params.id);
    const rij = (await m.concepten.lijst(actor)).find((c) => c.id === concept.id) ?? (await m.concepten.weiger(actor, concept.id));
    return sv.sendPage(request, reply, { title: s.conceptVerwijderenTitel }, <ConceptVerwijderen rij={rij} csrf={request.session!.csrfToken} />);
  });

  app.post<MetId>(`${CONCEPTEN_PAD}/:id/verwijderen`, opvoeren, async (request, reply) => {
    await m.concepten.verwijderen(meldingActor(request), request.params.id);
    await sv.sessions.setFlash(request.session!, s.conceptVerwijderd);
    return reply.redirect(CONCEPTEN_PAD, 303);
  });

  app.get<MetNummer>('/verzuim/meldingen/:nummer/kopieren', opvoeren, async (request, reply) => {
    const bron = await m.kopie.kopieBron(meldingActor(request), request.params.nummer);
    return sv.sendPage(request, reply, { title: s.kopierenTitel }, <KopierenBevestigen nummer={bron.nummer} csrf={request.session!.csrfToken} />);
  });

  app.post<MetNummer>('/verzuim/meldingen/:nummer/kopieren', opvoeren, async (request, reply) => {
    const r = await m.kopie.kopieren(meldingActor(request), request.params.nummer);
    if (r.ok) return reply.redirect(`${OPVOEREN}/${r.conceptId}/leerling`, 303);
    return sv.sendPage(request, reply, { title: s.kopierenTitel, status: 409 }, <p class="utrecht-paragraph">{r.tekst}</p>);
  });
}
