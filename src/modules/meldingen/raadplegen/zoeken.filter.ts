/**
 * The criteria of the melding search (R-RAA-1, and the gemeente inbox R-GEM-2) as typed in the
 * form, parsed from a query string or a form body into a MeldingZoekFilter, with a Dutch message
 * at each wrong field. Shared by Raadplegen verzuim and the gemeente inbox.
 *
 * Exports:
 *   ZOEK_PARAM                          the form/URL field names (Dutch)
 *   STANDAARD_STATUSSEN                 ['R', 'B'] (manual §4.2: ticked by default)
 *   parseMeldingZoekFilter(query, { voor: 'instelling' | 'gemeente' })
 *     → { ok: true, filter, values, gezocht } | { ok: false, errors, values, gezocht }
 *   filterQueryPairs(filter, { zonderPersoonsgegevens? }) → [name, value][] (to build a URL)
 *
 * A query holding none of the fields (the first visit, or only paging) gives the default
 * filter; once the form was submitted, no status ticked is an error, not "everything".
 */
import { MELDINGNUMMER } from '../toegang';
import { z } from 'zod';
import { parseForm, type FormValues } from '../../../platform/http/form';
import { zoekFouten as f } from './messages';
import { parseDutchDate } from '../../../platform/datum';
import type { FieldError } from '../../../platform/ui/error-summary';
import { queryPairs, type QueryInput } from '../../../platform/ui/overzicht-state';
import { classifyPgn } from '../../registers/face';
import { SOORTEN, STATUSSEN, type Soort, type Status } from '../codes';
import type { MeldingZoekFilter } from './zoeken.repository';

export const ZOEK_PARAM = {
  status: 'status',
  pgn: 'pgn',
  achternaam: 'achternaam',
  nummer: 'nummer',
  soort: 'soort',
  van: 'van',
  tm: 'tm',
  locatie: 'locatie',
  prioriteit: 'prioriteit',
  school: 'school',
} as const;

export const STANDAARD_STATUSSEN: readonly Status[] = ['R', 'B'];
const MAX_TEKST = 100;

export type ZoekVoor = 'instelling' | 'gemeente';

export type ZoekFilterResult =
  | { ok: true; filter: MeldingZoekFilter; values: FormValues; gezocht: boolean }
  | { ok: false; errors: FieldError[]; values: FormValues; gezocht: boolean };

const tekst = () =>
  z
    .string()
    .trim()
    .max(MAX_TEKST, f.teLang(MAX_TEKST))
    .transform((v) => (v === '' ? null : v));

const datum = (bericht: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return null;
      const iso = parseDutchDate(v);
      if (iso === null) ctx.addIssue({ code: 'custom', message: bericht });
      return iso;
    });

const schema = z
  .object({
    status: z.array(z.string()).superRefine((v, ctx) => {
      if (v.length === 0) ctx.addIssue({ code: 'custom', message: f.geenStatus });
      else if (v.some((s) => !(STATUSSEN as readonly string[]).includes(s))) ctx.addIssue({ code: 'custom', message: f.statusOnbekend });
    }),
    pgn: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (v === '') return null;
        const check = classifyPgn(v);
        if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
        return v;
      }),
    achternaam: tekst(),
    nummer: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (v === '') return null;
        if (!MELDINGNUMMER.test(v)) ctx.addIssue({ code: 'custom', message: f.nummerFormaat });
        return v;
      }),
    soort: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (v === '') return null;
        if (!(SOORTEN as readonly string[]).includes(v)) ctx.addIssue({ code: 'custom', message: f.soortOnbekend });
        return v as Soort;
      }),
    van: datum(f.vanOngeldig),
    tm: datum(f.tmOngeldig),
    locatie: tekst(),
    prioriteit: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (v === '') return null;
        if (v !== 'ja' && v !== 'nee') ctx.addIssue({ code: 'custom', message: f.prioriteitOnbekend });
        return v === 'ja';
      }),
    school: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .transform((v, ctx) => {
        if (v === '') return null;
        if (!/^\d{2}[A-Z]{2}$/.test(v)) ctx.addIssue({ code: 'custom', message: f.schoolFormaat });
        return v;
      }),
  })
  .superRefine((v, ctx) => {
    if (v.van && v.tm && v.tm < v.van) ctx.addIssue({ code: 'custom', path: ['tm'], message: f.tmVoorVan });
  });

const VELDEN = Object.values(ZOEK_PARAM) as readonly string[];
const ALLEEN_GEMEENTE: readonly string[] = [ZOEK_PARAM.prioriteit, ZOEK_PARAM.school];

/**
 * The filter from a query string (Fastify's parsed query or URLSearchParams) or a form body.
 * Gemeente-only fields (prioriteit, school) are ignored for an instelling. Each field keeps
 * what was typed in `values`, for re-rendering the form.
 * @example parseMeldingZoekFilter({}, { voor: 'instelling' }) // ok, statussen ['R', 'B']
 * @example parseMeldingZoekFilter({ status: 'G', achternaam: '%oor' }, { voor: 'instelling' })
 */
export function parseMeldingZoekFilter(query: QueryInput | undefined, opts: { voor: ZoekVoor }): ZoekFilterResult {
  const toegestaan = opts.voor === 'gemeente' ? VELDEN : VELDEN.filter((v) => !ALLEEN_GEMEENTE.includes(v));
  const pairs = queryPairs(query).filter(([k]) => toegestaan.includes(k));
  const gezocht = pairs.length > 0;
  const values: FormValues = {};
  for (const [k, v] of pairs) {
    if (k === ZOEK_PARAM.status) values[k] = [...((values[k] as string[] | undefined) ?? []), v];
    else if (values[k] === undefined) values[k] = v;
  }
  if (!gezocht) values[ZOEK_PARAM.status] = [...STANDAARD_STATUSSEN];
  const input = Object.fromEntries(VELDEN.map((k) => [k, k === ZOEK_PARAM.status ? (values[k] ?? []) : (values[k] ?? '')]));
  // The one parse of every form (control characters refused at the field, first message wins).
  const r = parseForm(schema, input);
  if (!r.ok) {
    // In form order, so the error summary reads top to bottom.
    const errors = [...r.errors].sort((a, b) => VELDEN.indexOf(a.field) - VELDEN.indexOf(b.field));
    return { ok: false, errors, values, gezocht };
  }
  const d = r.data;
  const gemeente = opts.voor === 'gemeente';
  return {
    ok: true,
    gezocht,
    values,
    filter: {
      // In the fixed order of STATUSSEN, without repeats: the same filter gives the same query.
      statussen: STATUSSEN.filter((s) => d.status.includes(s)),
      pgn: d.pgn,
      achternaam: d.achternaam,
      nummer: d.nummer,
      soort: d.soort,
      periodeVan: d.van,
      periodeTm: d.tm,
      onderwijslocatie: d.locatie,
      prioriteit: gemeente ? d.prioriteit : null,
      instellingscode: gemeente ? d.school : null,
    },
  };
}

const dutch = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** The fields that are personal data: kept out of URLs (see zoekopdracht.repository.ts). */
export const PERSOONSGEGEVENS: readonly string[] = [ZOEK_PARAM.pgn, ZOEK_PARAM.achternaam];

/**
 * The filter as query pairs (the inverse of the parse), e.g. for the URL after a POST or for the
 * export link. With `zonderPersoonsgegevens` the PGN and the achternaam are left out.
 */
export function filterQueryPairs(filter: MeldingZoekFilter, opts: { zonderPersoonsgegevens?: boolean } = {}): [string, string][] {
  const p = ZOEK_PARAM;
  const pairs: [string, string][] = filter.statussen.map((s) => [p.status, s]);
  const add = (k: string, v: string | null) => {
    if (v !== null && !(opts.zonderPersoonsgegevens && PERSOONSGEGEVENS.includes(k))) pairs.push([k, v]);
  };
  add(p.pgn, filter.pgn);
  add(p.achternaam, filter.achternaam);
  add(p.nummer, filter.nummer);
  add(p.soort, filter.soort);
  add(p.van, filter.periodeVan === null ? null : dutch(filter.periodeVan));
  add(p.tm, filter.periodeTm === null ? null : dutch(filter.periodeTm));
  add(p.locatie, filter.onderwijslocatie);
  add(p.prioriteit, filter.prioriteit === null ? null : filter.prioriteit ? 'ja' : 'nee');
  add(p.school, filter.instellingscode);
  return pairs;
}
