// Beheer locaties (R-LOC-1, manual §3.1), thin: parse the request, call the locaties service
// (which scopes everything to the session's instelling and audits), render or redirect.
// Every form is POST → redirect → GET; the overview's state travels in `?terug=`.
import type { FastifyInstance } from 'fastify';
import { parseForm, str } from '../../../platform/http/form';
import { beheerLocatiesMessages } from '../messages';
import type { FieldError } from '../../../platform/ui/error-summary';
import type { Services } from '../../../services';
import { beheerActor, terugNaar } from '../context';
import { leesZoekopdracht } from '../zoeken';
import { locatieSchema } from './rules';
import { LOCATIES_PAD, LocatieFormulier, LocatiesPagina, LocatieVerwijderen, locatiePad } from './views/locaties';

const t = beheerLocatiesMessages.locaties;
const g = beheerLocatiesMessages.gedeeld;
const route = { config: { ability: 'locaties.beheren' as const } };

type Terug = { Querystring: { terug?: string } };
type MetId = Terug & { Params: { id: string } };

export function locatiesRoutes(app: FastifyInstance, s: Services) {
  app.get(LOCATIES_PAD, route, async (request, reply) => {
    const { zoek, fouten, state, query, hier } = leesZoekopdracht(request);
    const resultaat = zoek === null || fouten.length > 0 ? null : await s.locaties.zoek(beheerActor(request), zoek, state);
    return s.sendPage(request, reply, { title: t.titel, errors: fouten }, <LocatiesPagina zoek={zoek ?? ''} fout={fouten[0]?.text} state={state} resultaat={resultaat} query={query} hier={hier} />);
  });

  const toevoegenPad = `${LOCATIES_PAD}/toevoegen`;

  app.get<Terug>(toevoegenPad, route, async (request, reply) => {
    const terug = terugNaar(request.query.terug, LOCATIES_PAD);
    return s.sendPage(request, reply, { title: t.toevoegenTitel }, <LocatieFormulier actie={toevoegenPad} terug={terug} csrf={request.session!.csrfToken} naam="" intro={t.toevoegenIntro} />);
  });

  app.post<Terug>(toevoegenPad, route, async (request, reply) => {
    const terug = terugNaar(request.query.terug, LOCATIES_PAD);
    const form = parseForm(locatieSchema, request.body);
    let errors: FieldError[] = form.ok ? [] : form.errors;
    if (form.ok) {
      const saved = await s.locaties.toevoegen(beheerActor(request), form.data);
      if (saved.ok) {
        await s.sessions.setFlash(request.session!, t.toegevoegd);
        // "de locatie staat in de overzichtslijst" (§3.1.1): the list of all, where it now is.
        return reply.redirect(`${LOCATIES_PAD}?zoek=`, 303);
      }
      errors = [{ field: saved.field, text: saved.message }];
    }
    return s.sendPage(
      request,
      reply,
      { title: t.toevoegenTitel, errors },
      <LocatieFormulier actie={toevoegenPad} terug={terug} csrf={request.session!.csrfToken} naam={str(form.values, 'naam')} intro={t.toevoegenIntro} errors={errors} />,
    );
  });

  app.get<MetId>(`${LOCATIES_PAD}/:id/wijzigen`, route, async (request, reply) => {
    const locatie = await s.locaties.vind(beheerActor(request), request.params.id);
    const terug = terugNaar(request.query.terug, LOCATIES_PAD);
    return s.sendPage(request, reply, { title: t.wijzigenTitel }, <LocatieFormulier actie={locatiePad(locatie.id, 'wijzigen')} terug={terug} csrf={request.session!.csrfToken} naam={locatie.naam} />);
  });

  app.post<MetId>(`${LOCATIES_PAD}/:id/wijzigen`, route, async (request, reply) => {
    const actor = beheerActor(request);
    const locatie = await s.locaties.vind(actor, request.params.id);
    const terug = terugNaar(request.query.terug, LOCATIES_PAD);
    const form = parseForm(locatieSchema, request.body);
    let errors: FieldError[] = form.ok ? [] : form.errors;
    if (form.ok) {
      const saved = await s.locaties.wijzigen(actor, locatie.id, form.data);
      if (saved.ok) {
        await s.sessions.setFlash(request.session!, g.gewijzigd);
        return reply.redirect(terug, 303);
      }
      errors = [{ field: saved.field, text: saved.message }];
    }
    return s.sendPage(
      request,
      reply,
      { title: t.wijzigenTitel, errors },
      <LocatieFormulier actie={locatiePad(locatie.id, 'wijzigen')} terug={terug} csrf={request.session!.csrfToken} naam={str(form.values, 'naam')} errors={errors} />,
    );
  });

  app.get<MetId>(`${LOCATIES_PAD}/:id/verwijderen`, route, async (request, reply) => {
    const locatie = await s.locaties.vind(beheerActor(request), request.params.id);
    const terug = terugNaar(request.query.terug, LOCATIES_PAD);
    return s.sendPage(request, reply, { title: t.verwijderenTitel }, <LocatieVerwijderen locatie={locatie} terug={terug} csrf={request.session!.csrfToken} />);
  });

  app.post<MetId>(`${LOCATIES_PAD}/:id/verwijderen`, route, async (request, reply) => {
    await s.locaties.verwijderen(beheerActor(request), request.params.id);
    await s.sessions.setFlash(request.session!, t.verwijderd);
    return reply.redirect(terugNaar(request.query.terug, LOCATIES_PAD), 303);
  });
}
