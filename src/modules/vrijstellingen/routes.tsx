// Vrijstellingen (R-VRIJ-1 … R-VRIJ-4) for the gemeente, thin: parse the request, call the
// vrijstellingen service (scoped to the session's gemeente, audited), render or redirect.
// Every form is POST → redirect → GET. The pupil's page has a random id in its URL, not the PGN.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formValues, parseForm, str, type FormValues } from '../../platform/http/form';
import { vrijstellingFouten, vrijstellingenScherm as t } from './messages';
import { parseOverzichtState, pageInfo, type QueryInput } from '../../platform/ui/overzicht-state';
import type { Services } from '../../services';
import { gemeenteActor } from '../gemeente/face';
import type { Gevolgen } from './effect';
import { beeindigenSchema, leesVrijstelling, versieSchema } from './rules';
import { GEMEENTE_SORTS } from './vrijstellingen.repository';
import type { OpslaanUitkomst } from './vrijstellingen.service';
import {
  alsFormulier,
  BeeindigenFormulier,
  LeerlingPagina,
  leerlingPad,
  VRIJSTELLINGEN_PAD,
  VrijstellingenPagina,
  VrijstellingFormulier,
  vrijstellingPad,
} from './views/vrijstellingen';

const route = { config: { ability: 'vrijstellingen.beheren' as const } };

type MetKeuze = { Params: { keuze: string } };
type MetId = { Params: { id: string }; Querystring: { terug?: string } };

/** Where Annuleren and Opslaan return to: a page of this module only; otherwise the overview. */
function terugNaar(value: unknown): string {
  if (typeof value === 'string' && (value === VRIJSTELLINGEN_PAD || value.startsWith(`${VRIJSTELLINGEN_PAD}/`) || value.startsWith(`${VRIJSTELLINGEN_PAD}?`)) && !/[\\\s\u0000-\u001f\u007f-\u009f]/.test(value)) {
    return value;
  }
  return VRIJSTELLINGEN_PAD;
}

/** A save that lost the race: the message above the form, at its first field. */
const conflictTekst = vrijstellingFouten.conflict;

/** The confirmation, followed by what happened to meldingen (R-VRIJ-2). */
const melding = (basis: string, g: Gevolgen) => [basis, t.gevolgen(g)].filter(Boolean).join(' ');

export function vrijstellingenRoutes(app: FastifyInstance, s: Services): void {
  const gemeenteState = (query: QueryInput) => parseOverzichtState(query, { sortable: GEMEENTE_SORTS, defaultSort: 'begindatum', defaultDir: 'desc' });

  /** The search and the gemeente's overview; `pgn`/`errors` when a search is refused. */
  async function overzichtPagina(request: FastifyRequest, reply: Parameters<Services['sendPage']>[1], zoek: { pgn: string; errors?: { field: string; text: string }[] } = { pgn: '' }) {
    const actor = gemeenteActor(request);
    const query = request.query as QueryInput;
    const state = gemeenteState(query);
    const overzicht = await s.vrijstellingen.gemeenteOverzicht(actor, state);
    return s.sendPage(
      request,
      reply,
      { title: t.titel, errors: zoek.errors },
      <VrijstellingenPagina
        csrf={request.session!.csrfToken}
        pgn={zoek.pgn}
        errors={zoek.errors}
        gemeentecode={actor.gemeentecode}
        overzicht={overzicht}
        state={state}
        query={query}
        hier={request.url}
      />,
    );
  }

  app.get(VRIJSTELLINGEN_PAD, route, (request, reply) => overzichtPagina(request, reply));

  app.post(VRIJSTELLINGEN_PAD, route, async (request, reply) => {
    const pgn = str(formValues(request.body), 'pgn');
    const r = await s.vrijstellingen.zoekLeerling(gemeenteActor(request), pgn);
    if (r.ok) return reply.redirect(leerlingPad(r.keuzeId), 303);
    return overzichtPagina(request, reply, { pgn, errors: r.errors });
  });

  /** The pupil behind a page id, or a redirect to the search when it has expired. */
  async function pgnVan(request: FastifyRequest<MetKeuze>): Promise<string | null> {
    const pgn = await s.vrijstellingen.keuze(gemeenteActor(request), request.params.keuze);
    if (!pgn) await s.sessions.setFlash(request.session!, t.keuzeVerlopen);
    return pgn;
  }

  app.get<MetKeuze>(`${VRIJSTELLINGEN_PAD}/leerling/:keuze`, route, async (request, reply) => {
    const pgn = await pgnVan(request);
    if (!pgn) return reply.redirect(VRIJSTELLINGEN_PAD, 303);
    const actor = gemeenteActor(request);
    const { leerling, vrijstellingen, magRegistreren } = await s.vrijstellingen.leerlingOverzicht(actor, pgn);
    const query = request.query as QueryInput;
    const state = parseOverzichtState(query, { sortable: ['begindatum'] as const, defaultSort: 'begindatum', defaultDir: 'desc' });
    // A pupil has a handful: sorted and paged here.
    const gesorteerd = state.dir === 'desc' ? vrijstellingen : [...vrijstellingen].reverse();
    const { offset, perPage } = pageInfo(gesorteerd.length, state);
    return s.sendPage(
      request,
      reply,
      { title: t.leerlingTitel },
      <LeerlingPagina
        leerling={leerling}
        keuzeId={request.params.keuze}
        magRegistreren={magRegistreren}
        gemeentecode={actor.gemeentecode}
        rows={gesorteerd.slice(offset, offset + perPage)}
        total={gesorteerd.length}
        state={state}
        query={query}
        hier={request.url}
      />,
    );
  });

  const registrerenPad = (keuze: string) => `${leerlingPad(keuze)}/registreren`;

  app.get<MetKeuze>(`${VRIJSTELLINGEN_PAD}/leerling/:keuze/registreren`, route, async (request, reply) => {
    const pgn = await pgnVan(request);
    if (!pgn) return reply.redirect(VRIJSTELLINGEN_PAD, 303);
    const { leerling } = await s.vrijstellingen.leerlingOverzicht(gemeenteActor(request), pgn);
    const terug = leerlingPad(request.params.keuze);
    return s.sendPage(
      request,
      reply,
      { title: t.registrerenTitel },
      <VrijstellingFormulier actie={registrerenPad(request.params.keuze)} terug={terug} csrf={request.session!.csrfToken} leerling={leerling} values={{}} />,
    );
  });

  app.post<MetKeuze>(`${VRIJSTELLINGEN_PAD}/leerling/:keuze/registreren`, route, async (request, reply) => {
    const pgn = await pgnVan(request);
    if (!pgn) return reply.redirect(VRIJSTELLINGEN_PAD, 303);
    const actor = gemeenteActor(request);
    const terug = leerlingPad(request.params.keuze);
    const form = leesVrijstelling(request.body);
    const uitkomst: OpslaanUitkomst = form.ok ? await s.vrijstellingen.registreren(actor, pgn, form.data) : { soort: 'fouten', errors: form.errors };
    if (uitkomst.soort === 'opgeslagen') {
      await s.sessions.setFlash(request.session!, melding(t.geregistreerd, uitkomst.gevolgen));
      return reply.redirect(terug, 303);
    }
    const { leerling } = await s.vrijstellingen.leerlingOverzicht(actor, pgn);
    const errors = uitkomst.soort === 'fouten' ? uitkomst.errors : [];
    return s.sendPage(
      request,
      reply,
      { title: t.registrerenTitel, errors },
      <VrijstellingFormulier actie={registrerenPad(request.params.keuze)} terug={terug} csrf={request.session!.csrfToken} leerling={leerling} values={form.values} errors={errors} />,
    );
  });

  // Wijzigen and Beëindigen: the form carries the version it was opened on (optimistic locking).

  app.get<MetId>(`${VRIJSTELLINGEN_PAD}/:id/wijzigen`, route, async (request, reply) => {
    const { vrijstelling, leerling } = await s.vrijstellingen.vind(gemeenteActor(request), request.params.id);
    return s.sendPage(
      request,
      reply,
      { title: t.wijzigenTitel },
      <VrijstellingFormulier
        actie={vrijstellingPad(vrijstelling.id, 'wijzigen')}
        terug={terugNaar(request.query.terug)}
        csrf={request.session!.csrfToken}
        leerling={leerling}
        values={alsFormulier(vrijstelling)}
        versie={vrijstelling.versie}
      />,
    );
  });

  app.post<MetId>(`${VRIJSTELLINGEN_PAD}/:id/wijzigen`, route, async (request, reply) => {
    const actor = gemeenteActor(request);
    const { vrijstelling, leerling } = await s.vrijstellingen.vind(actor, request.params.id);
    const terug = terugNaar(request.query.terug);
    const form = leesVrijstelling(request.body);
    const versie = parseForm(versieSchema, request.body);
    let uitkomst: OpslaanUitkomst;
    if (!versie.ok) uitkomst = { soort: 'conflict', huidig: vrijstelling };
    else uitkomst = form.ok ? await s.vrijstellingen.wijzigen(actor, vrijstelling.id, versie.data.versie, form.data) : { soort: 'fouten', errors: form.errors };
    if (uitkomst.soort === 'opgeslagen') {
      await s.sessions.setFlash(request.session!, melding(t.gewijzigd, uitkomst.gevolgen));
      return reply.redirect(terug, 303);
    }
    const conflict = uitkomst.soort === 'conflict' ? uitkomst.huidig : undefined;
    const errors = conflict ? [{ field: 'soort', text: conflictTekst }] : uitkomst.soort === 'fouten' ? uitkomst.errors : [];
    const values: FormValues = conflict ? alsFormulier(conflict) : form.values;
    return s.sendPage(
      request,
      reply,
      { title: t.wijzigenTitel, errors },
      <VrijstellingFormulier
        actie={vrijstellingPad(vrijstelling.id, 'wijzigen')}
        terug={terug}
        csrf={request.session!.csrfToken}
        leerling={leerling}
        values={values}
        errors={errors}
        versie={conflict ? conflict.versie : versie.ok ? versie.data.versie : vrijstelling.versie}
        huidig={conflict}
      />,
    );
  });

  app.get<MetId>(`${VRIJSTELLINGEN_PAD}/:id/beeindigen`, route, async (request, reply) => {
    const { vrijstelling, leerling } = await s.vrijstellingen.vind(gemeenteActor(request), request.params.id);
    return s.sendPage(
      request,
      reply,
      { title: t.beeindigenTitel },
      <BeeindigenFormulier
        actie={vrijstellingPad(vrijstelling.id, 'beeindigen')}
        terug={terugNaar(request.query.terug)}
        csrf={request.session!.csrfToken}
        leerling={leerling}
        vrijstelling={vrijstelling}
        values={{ einddatum: '' }}
      />,
    );
  });

  app.post<MetId>(`${VRIJSTELLINGEN_PAD}/:id/beeindigen`, route, async (request, reply) => {
    const actor = gemeenteActor(request);
    const { vrijstelling, leerling } = await s.vrijstellingen.vind(actor, request.params.id);
    const terug = terugNaar(request.query.terug);
    const form = parseForm(beeindigenSchema, request.body);
    const versie = parseForm(versieSchema, request.body);
    let uitkomst: OpslaanUitkomst;
    if (!versie.ok) uitkomst = { soort: 'conflict', huidig: vrijstelling };
    else uitkomst = form.ok ? await s.vrijstellingen.beeindigen(actor, vrijstelling.id, versie.data.versie, form.data.einddatum) : { soort: 'fouten', errors: form.errors };
    if (uitkomst.soort === 'opgeslagen') {
      await s.sessions.setFlash(request.session!, melding(t.beeindigd, uitkomst.gevolgen));
      return reply.redirect(terug, 303);
    }
    const conflict = uitkomst.soort === 'conflict' ? uitkomst.huidig : undefined;
    const errors = conflict ? [{ field: 'einddatum', text: conflictTekst }] : uitkomst.soort === 'fouten' ? uitkomst.errors : [];
    return s.sendPage(
      request,
      reply,
      { title: t.beeindigenTitel, errors },
      <BeeindigenFormulier
        actie={vrijstellingPad(vrijstelling.id, 'beeindigen')}
        terug={terug}
        csrf={request.session!.csrfToken}
        leerling={leerling}
        vrijstelling={conflict ?? vrijstelling}
        values={conflict ? { einddatum: '' } : form.values}
        errors={errors}
        versie={conflict ? conflict.versie : versie.ok ? versie.data.versie : vrijstelling.versie}
        huidig={conflict}
      />,
    );
  });
}
