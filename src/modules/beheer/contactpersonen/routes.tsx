// Beheer contactpersonen (R-CON-1, manual §3.2), thin: parse the request, call the
// contactpersonen service (which scopes everything to the session's instelling and audits),
// render or redirect. Every form is POST → redirect → GET; the overview's state travels in `?terug=`.
import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../../platform/http/form';
import { beheerLocatiesMessages } from '../messages';
import type { Services } from '../../../services';
import { beheerActor, terugNaar } from '../context';
import { leesZoekopdracht } from '../zoeken';
import { contactpersoonSchema } from './rules';
import { CONTACTPERSONEN_PAD, ContactpersonenPagina, ContactpersoonFormulier, contactpersoonPad, ContactpersoonVerwijderen, waardenVan } from './views/contactpersonen';

const t = beheerLocatiesMessages.contactpersonen;
const g = beheerLocatiesMessages.gedeeld;
const route = { config: { ability: 'contactpersonen.beheren' as const } };

type Terug = { Querystring: { terug?: string } };
type MetId = Terug & { Params: { id: string } };

export function contactpersonenRoutes(app: FastifyInstance, s: Services) {
  app.get(CONTACTPERSONEN_PAD, route, async (request, reply) => {
    const { zoek, fouten, state, query, hier } = leesZoekopdracht(request);
    const resultaat = zoek === null || fouten.length > 0 ? null : await s.contactpersonen.zoek(beheerActor(request), zoek, state);
    return s.sendPage(request, reply, { title: t.titel, errors: fouten }, <ContactpersonenPagina zoek={zoek ?? ''} fout={fouten[0]?.text} state={state} resultaat={resultaat} query={query} hier={hier} />);
  });

  const toevoegenPad = `${CONTACTPERSONEN_PAD}/toevoegen`;

  app.get<Terug>(toevoegenPad, route, async (request, reply) => {
    const terug = terugNaar(request.query.terug, CONTACTPERSONEN_PAD);
    return s.sendPage(request, reply, { title: t.toevoegenTitel }, <ContactpersoonFormulier actie={toevoegenPad} terug={terug} csrf={request.session!.csrfToken} values={{}} intro={t.toevoegenIntro} />);
  });

  app.post<Terug>(toevoegenPad, route, async (request, reply) => {
    const terug = terugNaar(request.query.terug, CONTACTPERSONEN_PAD);
    const form = parseForm(contactpersoonSchema, request.body);
    if (!form.ok) {
      return s.sendPage(
        request,
        reply,
        { title: t.toevoegenTitel, errors: form.errors },
        <ContactpersoonFormulier actie={toevoegenPad} terug={terug} csrf={request.session!.csrfToken} values={form.values} intro={t.toevoegenIntro} errors={form.errors} />,
      );
    }
    await s.contactpersonen.toevoegen(beheerActor(request), form.data);
    await s.sessions.setFlash(request.session!, t.toegevoegd);
    // "De naam van de contactpersoon is nu opgenomen in de keuzelijst" (§3.2.1): show the list of all.
    return reply.redirect(`${CONTACTPERSONEN_PAD}?zoek=`, 303);
  });

  app.get<MetId>(`${CONTACTPERSONEN_PAD}/:id/wijzigen`, route, async (request, reply) => {
    const c = await s.contactpersonen.vind(beheerActor(request), request.params.id);
    const terug = terugNaar(request.query.terug, CONTACTPERSONEN_PAD);
    return s.sendPage(
      request,
      reply,
      { title: t.wijzigenTitel },
      <ContactpersoonFormulier actie={contactpersoonPad(c.id, 'wijzigen')} terug={terug} csrf={request.session!.csrfToken} values={waardenVan(c)} />,
    );
  });

  app.post<MetId>(`${CONTACTPERSONEN_PAD}/:id/wijzigen`, route, async (request, reply) => {
    const actor = beheerActor(request);
    const c = await s.contactpersonen.vind(actor, request.params.id);
    const terug = terugNaar(request.query.terug, CONTACTPERSONEN_PAD);
    const form = parseForm(contactpersoonSchema, request.body);
    if (!form.ok) {
      return s.sendPage(
        request,
        reply,
        { title: t.wijzigenTitel, errors: form.errors },
        <ContactpersoonFormulier actie={contactpersoonPad(c.id, 'wijzigen')} terug={terug} csrf={request.session!.csrfToken} values={form.values} errors={form.errors} />,
      );
    }
    await s.contactpersonen.wijzigen(actor, c.id, form.data);
    // "U komt terug op het scherm met contactpersonen, waarin de melding staat dat de gegevens gewijzigd zijn." (§3.2.2)
    await s.sessions.setFlash(request.session!, g.gewijzigd);
    return reply.redirect(terug, 303);
  });

  app.get<MetId>(`${CONTACTPERSONEN_PAD}/:id/verwijderen`, route, async (request, reply) => {
    const c = await s.contactpersonen.vind(beheerActor(request), request.params.id);
    const terug = terugNaar(request.query.terug, CONTACTPERSONEN_PAD);
    return s.sendPage(request, reply, { title: t.verwijderenTitel }, <ContactpersoonVerwijderen contactpersoon={c} terug={terug} csrf={request.session!.csrfToken} />);
  });

  app.post<MetId>(`${CONTACTPERSONEN_PAD}/:id/verwijderen`, route, async (request, reply) => {
    await s.contactpersonen.verwijderen(beheerActor(request), request.params.id);
    await s.sessions.setFlash(request.session!, t.verwijderd);
    return reply.redirect(terugNaar(request.query.terug, CONTACTPERSONEN_PAD), 303);
  });
}
