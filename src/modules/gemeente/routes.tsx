// The gemeente behandelaar's pages (R-GEM-2, R-GEM-3, R-GEM-5), thin: parse → the service
// (which checks the melding is the session's gemeente's) → render. Everything is behind the
// ability 'meldingen.behandelen', scoped to the chosen gemeente (R-AUTH-2).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formValues, str, type FormValues } from '../../platform/http/form';
import { gemeenteActieLabels, gemeenteScherm as s } from './messages';
import type { FieldError } from '../../platform/ui/error-summary';
import { parseOverzichtState, type OverzichtState, type QueryInput } from '../../platform/ui/overzicht-state';
import type { Services } from '../../services';
import { ZoekopdrachtVerlopen, parseMeldingZoekFilter, STANDAARD_STATUSSEN, ZOEK_PARAM, MELDING_SORTEERBAAR, type MeldingSort, criteriaUitUrl, resultaatUrl, toegestaneActies } from '../meldingen/face';
import { gemeenteActor } from './actor';
import { gemeenteHistorieRoutes } from './historie.routes';
import { actieVanPad, isGemeenteActie } from './rules';
import { ActieFormulier, actieTitel, NietToegestaan } from './views/actie';
import { InboxFormulier, InboxResultaten } from './views/inbox';
import { gemeenteMeldingPad, GemeenteMeldingDetail, INBOX_PAD } from './views/melding';

const behandelen = { config: { ability: 'meldingen.behandelen' as const } };
type MetNummer = { Params: { nummer: string } };
type MetActie = { Params: { nummer: string; actie: string } };

/**
 * New first (R-GEM-2): sorted by status descending puts Geregistreerd (R) first, and the search
 * breaks ties by id in the same direction, so within a status the newest melding comes first.
 */
const STATE_OPTIES = { sortable: MELDING_SORTEERBAAR, defaultSort: 'status' as MeldingSort, defaultDir: 'desc' as const };

export function gemeenteRoutes(app: FastifyInstance, sv: Services): void {
  const g = sv.gemeente;

  const formulier = (request: FastifyRequest, values: FormValues, state: OverzichtState, errors?: readonly FieldError[]) => (
    <InboxFormulier csrf={request.session!.csrfToken} values={values} errors={errors} state={state} />
  );

  app.get(INBOX_PAD, behandelen, async (request, reply) => {
    const actor = gemeenteActor(request);
    const query = request.query as QueryInput;
    const state = parseOverzichtState(query, STATE_OPTIES);
    const { pairs, verlopen } = await criteriaUitUrl(query, (id) => g.zoekopdracht(actor, id));
    if (verlopen) {
      const values = { [ZOEK_PARAM.status]: [...STANDAARD_STATUSSEN] };
      return sv.sendPage(request, reply, { title: s.inboxTitel }, <><ZoekopdrachtVerlopen />{formulier(request, values, state)}</>);
    }
    const parsed = parseMeldingZoekFilter(new URLSearchParams(pairs), { voor: 'gemeente' });
    if (!parsed.ok) return sv.sendPage(request, reply, { title: s.inboxTitel, errors: parsed.errors }, formulier(request, parsed.values, state, parsed.errors));
    const r = await g.inbox(actor, parsed.filter, state);
    return sv.sendPage(
      request,
      reply,
      { title: s.inboxTitel },
      <>
        <p class="utrecht-paragraph">{s.inboxIntro}</p>
        {formulier(request, parsed.values, state)}
        <InboxResultaten rows={r.rows} total={r.total} state={state} query={query} />
      </>,
    );
  });

  // Zoeken: validate, keep the PGN and achternaam out of the URL, redirect to the result.
  app.post(INBOX_PAD, behandelen, async (request, reply) => {
    const actor = gemeenteActor(request);
    const body = formValues(request.body);
    const state = parseOverzichtState(body, STATE_OPTIES);
    const parsed = parseMeldingZoekFilter(body, { voor: 'gemeente' });
    if (!parsed.ok) return sv.sendPage(request, reply, { title: s.inboxTitel, errors: parsed.errors }, formulier(request, parsed.values, state, parsed.errors));
    return reply.redirect(await resultaatUrl(INBOX_PAD, parsed.filter, state, (p) => g.bewaarZoekopdracht(actor, p)), 303);
  });

  gemeenteHistorieRoutes(app, sv);

  app.get<MetNummer>(`${INBOX_PAD}/:nummer`, behandelen, async (request, reply) => {
    const m = await g.inzien(gemeenteActor(request), request.params.nummer);
    const acties = toegestaneActies('gemeente', m.status).filter(isGemeenteActie);
    return sv.sendPage(request, reply, { title: s.meldingTitel(m.nummer), privacyWarning: true }, <GemeenteMeldingDetail m={m} acties={acties} historie />);
  });

  app.get<MetActie>(`${INBOX_PAD}/:nummer/:actie`, behandelen, async (request, reply) => {
    const actie = actieVanPad(request.params.actie);
    if (!actie) return reply.callNotFound();
    const p = await g.actiePagina(gemeenteActor(request), request.params.nummer, actie);
    const title = actieTitel(actie, p.melding.nummer);
    if (!p.toegestaan) return sv.sendPage(request, reply, { title: s.nietToegestaanTitel, status: 409 }, <NietToegestaan actie={actie} nummer={p.melding.nummer} status={p.melding.status} />);
    return sv.sendPage(request, reply, { title, privacyWarning: true }, <ActieFormulier actie={actie} pagina={p} csrf={request.session!.csrfToken} nu={sv.now()} />);
  });

  app.post<MetActie>(`${INBOX_PAD}/:nummer/:actie`, behandelen, async (request, reply) => {
    const actie = actieVanPad(request.params.actie);
    if (!actie) return reply.callNotFound();
    const actor = gemeenteActor(request);
    const values = formValues(request.body);
    const versie = Number(str(values, 'versie'));
    const r = await g.uitvoeren(actor, request.params.nummer, actie, Number.isInteger(versie) ? versie : -1, values);
    const csrf = request.session!.csrfToken;
    switch (r.soort) {
      case 'opgeslagen': {
        if (r.naar) {
          // Routed away: this gemeente can no longer open it (R-GEM-5).
          await sv.sessions.setFlash(request.session!, s.gerouteerd(r.melding.nummer, `${r.naar.naam} (${r.naar.gemeentecode})`));
          return reply.redirect(INBOX_PAD, 303);
        }
        await sv.sessions.setFlash(request.session!, s.opgeslagen(gemeenteActieLabels[actie] ?? actie, r.melding.nummer));
        return reply.redirect(gemeenteMeldingPad(r.melding.nummer), 303);
      }
      case 'fouten':
        return sv.sendPage(request, reply, { title: actieTitel(actie, r.pagina.melding.nummer), errors: r.errors, privacyWarning: true }, <ActieFormulier actie={actie} pagina={r.pagina} csrf={csrf} nu={sv.now()} errors={r.errors} />);
      case 'conflict':
        return sv.sendPage(
          request,
          reply,
          { title: actieTitel(actie, r.pagina.melding.nummer), status: 409, privacyWarning: true },
          <ActieFormulier actie={actie} pagina={r.pagina} csrf={csrf} nu={sv.now()} conflict={{ door: r.door }} />,
        );
      case 'niet_toegestaan':
        return sv.sendPage(request, reply, { title: s.nietToegestaanTitel, status: 409 }, <NietToegestaan actie={actie} nummer={r.melding.nummer} status={r.melding.status} />);
    }
  });
}
