// Functioneel beheer of users (issue: create users, assign roles with their codes): the
// overview, adding a user, and a user's page with its roles. Thin: parse, call
// gebruikersService (which audits with the actor), render or redirect with a notice.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, str, type FormValues } from '../../../platform/http/form';
import { tekenFouten } from '../../../platform/http/tekens';
import { beheerMessages } from './messages';
import type { FieldError } from '../../../platform/ui/error-summary';
import { parseOverzichtState, type QueryInput } from '../../../platform/ui/overzicht-state';
import type { Services } from '../../../services';
import type { GebruikerRow } from '../auth.tables';
import { nieuweGebruikerSchema, rolSchema } from '../gebruikers.service';
import type { GebruikerSort } from '../gebruikers.repository';
import { actorOf, gebruikerOf, rolIdOf, type IdParams } from './request';
import { GebruikerDetail } from './views/gebruiker-detail';
import { GEBRUIKERS_PAD, GebruikersLijst, NieuweGebruikerForm } from './views/gebruikers';

const t = beheerMessages;
const route = { config: { ability: 'gebruikers.beheren' as const } };
const SORTEERBAAR: readonly GebruikerSort[] = ['inlognaam', 'naam', 'status'];
/** A search term longer than any name is a mistake; cut it rather than refuse the page. */
const MAX_ZOEK = 100;

export function gebruikersRoutes(app: FastifyInstance, s: Services) {
  app.get(GEBRUIKERS_PAD, route, async (request, reply) => {
    const query = request.query as QueryInput & { zoek?: unknown };
    const state = parseOverzichtState(query, { sortable: SORTEERBAAR, defaultSort: 'inlognaam', defaultDir: 'asc' });
    const zoek = typeof query.zoek === 'string' ? query.zoek.slice(0, MAX_ZOEK) : '';
    const fouten = tekenFouten({ zoek });
    const { rows, total } = fouten.length > 0 ? { rows: [], total: 0 } : await s.gebruikers.zoek(zoek, state);
    return s.sendPage(request, reply, { title: t.gebruikers.titel, errors: fouten }, <GebruikersLijst zoek={zoek} fout={fouten[0]?.text} state={state} rows={rows} total={total} query={query} />);
  });

  app.get(`${GEBRUIKERS_PAD}/nieuw`, route, async (request, reply) => {
    return s.sendPage(request, reply, { title: t.nieuw.titel }, <NieuweGebruikerForm csrf={request.session!.csrfToken} />);
  });

  app.post(`${GEBRUIKERS_PAD}/nieuw`, route, async (request, reply) => {
    const form = parseForm(nieuweGebruikerSchema, request.body);
    let errors: FieldError[] = form.ok ? [] : form.errors;
    if (form.ok) {
      // The service parses the same schema again: the CLI calls it with raw input too.
      const v = form.values;
      const created = await s.gebruikers.create(
        { gebruikersnaam: str(v, 'gebruikersnaam'), weergavenaam: str(v, 'weergavenaam'), email: str(v, 'email'), wachtwoord: str(v, 'wachtwoord') },
        actorOf(request),
      );
      if (created.ok) {
        await s.sessions.setFlash(request.session!, t.nieuw.aangemaakt);
        return reply.redirect(`${GEBRUIKERS_PAD}/${created.value}`, 303);
      }
      errors = [{ field: created.field, text: created.message }];
    }
    return s.sendPage(
      request,
      reply,
      { title: t.nieuw.titel, errors },
      <NieuweGebruikerForm csrf={request.session!.csrfToken} values={form.values} errors={errors} />,
    );
  });

  async function detail(request: FastifyRequest, reply: FastifyReply, gebruiker: GebruikerRow, fout?: { errors: FieldError[]; values?: FormValues }) {
    const rollen = await s.gebruikers.rollenMetNaam(gebruiker.id);
    return s.sendPage(
      request,
      reply,
      { title: gebruiker.weergavenaam, errors: fout?.errors },
      <GebruikerDetail gebruiker={gebruiker} rollen={rollen} csrf={request.session!.csrfToken} actor={request.user!.id} errors={fout?.errors} values={fout?.values} />,
    );
  }

  app.get<IdParams>(`${GEBRUIKERS_PAD}/:id`, route, async (request, reply) => {
    return detail(request, reply, await gebruikerOf(s, request.params.id));
  });

  app.post<IdParams>(`${GEBRUIKERS_PAD}/:id/rollen`, route, async (request, reply) => {
    const gebruiker = await gebruikerOf(s, request.params.id);
    const form = parseForm(rolSchema, request.body);
    if (!form.ok) return detail(request, reply, gebruiker, form);
    const added = await s.gebruikers.addRol(gebruiker.id, form.data, actorOf(request));
    if (!added.ok) return detail(request, reply, gebruiker, { errors: [{ field: added.field, text: added.message }], values: form.values });
    await s.sessions.setFlash(request.session!, t.detail.rolToegevoegd);
    return reply.redirect(`${GEBRUIKERS_PAD}/${gebruiker.id}`, 303);
  });

  app.post<{ Params: { id: string; rolId: string } }>(`${GEBRUIKERS_PAD}/:id/rollen/:rolId/verwijderen`, route, async (request, reply) => {
    const gebruiker = await gebruikerOf(s, request.params.id);
    const removed = await s.gebruikers.removeRol(gebruiker.id, rolIdOf(request.params.rolId), actorOf(request));
    if (!removed.ok) return detail(request, reply, gebruiker, { errors: [{ field: removed.field, text: removed.message }] });
    // Removing one's own role ends one's own sessions too: the notice then goes nowhere and
    // the redirect asks to log in again, which is what the ended session means.
    await s.sessions.setFlash(request.session!, t.detail.rolVerwijderd);
    return reply.redirect(`${GEBRUIKERS_PAD}/${gebruiker.id}`, 303);
  });
}
