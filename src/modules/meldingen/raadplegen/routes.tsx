// Raadplegen verzuim (R-RAA-1, manual §4.2, Afb. 34–35): search of the chosen instelling's
// meldingen, the overview (R-UI-2) and a CSV download of all results. Thin: parse → service →
// render; the instelling comes from the session (meldingActor), never from the URL.
//
// Privacy of the URL (R-PRIV): the search state is in the URL so a result can be bookmarked,
// reloaded and shared between tabs, but a PGN or a pupil's name in a URL ends up in the
// browser's history, in server and proxy logs and in Referer headers. So the form POSTs; the
// answer is a redirect to a GET URL with the other criteria as plain parameters and, only when
// a PGN or achternaam was given, a random `zoekopdracht` id under which those two are stored for
// this user and instelling for a week (zoekopdracht.repository.ts). Leerling zoeken of Opvoeren
// verzuim posts its PGN for the same reason.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formValues, type FormValues } from '../../../platform/http/form';
import { raadplegenScherm as s } from './messages';
import { soortLabels, statusLabels } from '../messages';
import { formatDutchDate } from '../../../platform/datum';
import type { FieldError } from '../../../platform/ui/error-summary';
import { PARAM, parseOverzichtState, queryPairs, type OverzichtState, type QueryInput } from '../../../platform/ui/overzicht-state';
import type { Services } from '../../../services';
import { meldingActor } from '../actor';
import { datumMelding, EXPORT_PAD, RAADPLEGEN_PAD, Resultaten, ZoekFormulier, ZoekopdrachtVerlopen } from './views/raadplegen';
import { parseMeldingZoekFilter, STANDAARD_STATUSSEN, ZOEK_PARAM } from './zoeken.filter';
import { MELDING_SORTEERBAAR, type MeldingSort, type MeldingZoekRij } from './zoeken.repository';
import { criteriaUitUrl, resultaatUrl } from './zoek-url';

const raadplegen = { config: { ability: 'verzuim.raadplegen' as const } };
const STATE_OPTIES = { sortable: MELDING_SORTEERBAAR, defaultSort: 'datum' as MeldingSort, defaultDir: 'desc' as const };

export function raadplegenRoutes(app: FastifyInstance, sv: Services): void {
  const service = sv.meldingen.raadplegen;

  function formulier(request: FastifyRequest, values: FormValues, state: OverzichtState, errors?: readonly FieldError[]) {
    return <ZoekFormulier csrf={request.session!.csrfToken} values={values} errors={errors} state={state} />;
  }

  app.get(RAADPLEGEN_PAD, raadplegen, async (request, reply) => {
    const actor = meldingActor(request);
    const query = request.query as QueryInput;
    const state = parseOverzichtState(query, STATE_OPTIES);
    const { pairs, verlopen } = await criteriaUitUrl(query, (id) => service.zoekopdracht(actor, id));
    if (verlopen) {
      const values = { [ZOEK_PARAM.status]: [...STANDAARD_STATUSSEN] };
      return sv.sendPage(request, reply, { title: s.titel }, <><ZoekopdrachtVerlopen />{formulier(request, values, state)}</>);
    }
    const parsed = parseMeldingZoekFilter(new URLSearchParams(pairs), { voor: 'instelling' });
    if (!parsed.ok) return sv.sendPage(request, reply, { title: s.titel, errors: parsed.errors }, formulier(request, parsed.values, state, parsed.errors));
    const result = await service.zoeken(actor, parsed.filter, state);
    const exportQuery = new URLSearchParams(queryPairs(query).filter(([k]) => k !== PARAM.page && k !== PARAM.perPage));
    const exportHref = `${EXPORT_PAD}${exportQuery.size > 0 ? `?${exportQuery.toString()}` : ''}`;
    return sv.sendPage(
      request,
      reply,
      { title: s.titel },
      <>
        <p class="utrecht-paragraph">{s.intro}</p>
        {formulier(request, parsed.values, state)}
        <Resultaten rows={result.rows} total={result.total} state={state} query={query} exportHref={exportHref} />
      </>,
    );
  });

  // Zoeken: validate, keep the PGN and achternaam out of the URL, redirect to the result.
  app.post(RAADPLEGEN_PAD, raadplegen, async (request, reply) => {
    const actor = meldingActor(request);
    const body = formValues(request.body);
    const state = parseOverzichtState(body, STATE_OPTIES);
    const parsed = parseMeldingZoekFilter(body, { voor: 'instelling' });
    if (!parsed.ok) return sv.sendPage(request, reply, { title: s.titel, errors: parsed.errors }, formulier(request, parsed.values, state, parsed.errors));
    return reply.redirect(await resultaatUrl(RAADPLEGEN_PAD, parsed.filter, state, (p) => service.bewaarZoekopdracht(actor, p)), 303);
  });

  // All results as CSV (all pages, same criteria and order), streamed in keyset batches.
  app.get(EXPORT_PAD, raadplegen, async (request, reply) => {
    const actor = meldingActor(request);
    const query = request.query as QueryInput;
    const state = parseOverzichtState(query, STATE_OPTIES);
    const { pairs, verlopen } = await criteriaUitUrl(query, (id) => service.zoekopdracht(actor, id));
    const parsed = verlopen ? null : parseMeldingZoekFilter(new URLSearchParams(pairs), { voor: 'instelling' });
    if (!parsed?.ok) {
      // The page says what is wrong with the criteria.
      const back = new URLSearchParams(queryPairs(query)).toString();
      return reply.redirect(`${RAADPLEGEN_PAD}${back ? `?${back}` : ''}`, 303);
    }
    const batches = service.exporteren(actor, parsed.filter, { sort: state.sort, dir: state.dir });
    return sendCsv(reply, s.csvBestand(datumMelding(sv.now())), csvRegels(batches));
  });
}

async function* csvRegels(batches: AsyncGenerator<MeldingZoekRij[]>): AsyncGenerator<string> {
  // A BOM and semicolons: what Excel with Dutch settings opens as columns without an import step.
  yield `\uFEFF${csvRegel(s.csvKoppen)}`;
  for await (const rows of batches) {
    yield rows
      .map((r) =>
        csvRegel([
          r.nummer,
          r.pgn,
          r.achternaam,
          r.voorvoegsel ?? '',
          r.voornamen ?? '',
          soortLabels[r.soort],
          formatDutchDate(r.begindatum),
          r.einddatum ? formatDutchDate(r.einddatum) : '',
          statusLabels[r.status] ?? r.status,
          datumMelding(r.aangemaakt_op),
          r.onderwijslocatie_naam ?? '',
          r.prioriteit ? 'ja' : 'nee',
          r.instellingscode,
          r.gemeentecode,
        ]),
      )
      .join('');
  }
}

/** One CSV line: `;`-separated, quoted where needed, CRLF (RFC 4180). */
export function csvRegel(fields: readonly string[]): string {
  return `${fields.map(csvVeld).join(';')}\r\n`;
}

function csvVeld(value: string): string {
  // A cell starting with = + - @ is a formula to a spreadsheet: a quote before it keeps it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function sendCsv(reply: FastifyReply, bestandsnaam: string, regels: AsyncGenerator<string>) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${bestandsnaam}"`)
    .header('cache-control', 'no-store')
    .send(Readable.from(regels));
}
