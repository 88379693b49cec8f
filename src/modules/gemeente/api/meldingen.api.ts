// The gemeente's meldingen through the JSON API (issue 16): the list with the inbox's filters,
// paged by a keyset cursor, and one melding with its versions and status history. A koppeling
// sees exactly what a behandelaar of its gemeenten sees, through the one door (requireMelding);
// every read of pupil data is audited with the koppeling as actor (R-PRIV-1).
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/types';
import type { ApiClient } from '../../../platform/api/client';
import { defineOperation, type ApiOperation } from '../../../platform/api/operation';
import { API_PREFIX } from '../../../platform/api/versie';
import { writeAudit } from '../../../platform/audit/audit.service';
import { AppError } from '../../../platform/http/errors';
import { STATUSSEN, koppelingAuditNaam, koppelingToegang, meldingenVoorId, requireMelding, versiePagina, type KoppelingLezer, type MeldingZoekFilter, type MeldingZoekRij } from '../../meldingen/face';
import { meldingDetail, meldingenLijst, meldingenQuery, meldingnummerParams, STANDAARD_LIMIET, type MeldingenQuery } from './schemas';
import { alsDetail } from './weergave';

export const GEMEENTE_API_TAGS = [{ name: 'meldingen', description: 'De verzuimmeldingen die een gemeente behandelt.' }] as const;
/** More versions than any melding gets; the list is not paged. */
const MAX_VERSIES = 1000;

/** The koppeling as the door knows it; a school's koppeling acts for no gemeente. */
function lezer(client: ApiClient, request: FastifyRequest): KoppelingLezer {
  return { id: client.id, naam: client.naam, gemeentecodes: client.soort === 'gemeente' ? client.codes : [], ip: request.ip };
}

function filterVan(q: MeldingenQuery): MeldingZoekFilter {
  return {
    statussen: q.status ? STATUSSEN.filter((s) => q.status!.split(',').includes(s)) : [...STATUSSEN],
    pgn: null,
    achternaam: null,
    nummer: null,
    soort: q.soort ?? null,
    periodeVan: q.periodeVan ?? null,
    periodeTm: q.periodeTm ?? null,
    onderwijslocatie: null,
    prioriteit: q.prioriteit === undefined ? null : q.prioriteit === 'true',
    instellingscode: q.school ?? null,
  };
}

/** The list's URL with the same filters and another cursor: self and next keep what was asked. */
function lijstUrl(q: MeldingenQuery, cursor: string | undefined): string {
  const p = new URLSearchParams();
  for (const k of ['status', 'soort', 'periodeVan', 'periodeTm', 'school', 'prioriteit'] as const) if (q[k] !== undefined) p.set(k, String(q[k]));
  if (q.limiet !== undefined) p.set('limiet', String(q.limiet));
  if (cursor !== undefined) p.set('cursor', cursor);
  const s = p.toString();
  return `${API_PREFIX}/meldingen${s ? `?${s}` : ''}`;
}

const meldingUrl = (nummer: string) => `${API_PREFIX}/meldingen/${nummer}`;

const samenvatting = (r: MeldingZoekRij) => ({
  meldingnummer: r.nummer,
  status: r.status,
  soort: r.soort,
  begindatum: r.begindatum,
  einddatum: r.einddatum,
  prioriteit: r.prioriteit,
  instellingscode: r.instellingscode,
  gemeentecode: r.gemeentecode,
  aangemaaktOp: new Date(r.aangemaakt_op).toISOString(),
  leerling: { pgn: r.pgn, voornamen: r.voornamen ?? '', voorvoegsel: r.voorvoegsel ?? '', achternaam: r.achternaam },
  _links: { self: { href: meldingUrl(r.nummer) } },
});

export function gemeenteApiOperaties(deps: { db: Kysely<Database> }): ApiOperation[] {
  const { db } = deps;
  return [
    defineOperation({
      method: 'GET',
      path: '/meldingen',
      operationId: 'meldingenLijst',
      summary: 'De meldingen van de gemeente',
      description:
        'De meldingen waarvan een gemeente van de koppeling de behandelende gemeente is, nieuwste eerst, met de filters van de inbox. Per pagina met een cursor: de link next (ook in de Link-header) geeft de volgende pagina; een melding die intussen binnenkomt verschuift geen latere pagina. Elke opvraging staat in de auditlog.',
      tags: ['meldingen'],
      scope: 'meldingen:lezen',
      query: meldingenQuery,
      responses: {
        200: {
          description: 'Een pagina meldingen.',
          schema: meldingenLijst,
          headers: { Link: { description: 'De volgende pagina (rel="next"), als die er is (RFC 8288).', schema: z.string() } },
        },
      },
      handler: async ({ client, query, request }) => {
        if (client.soort !== 'gemeente') throw new AppError('geen_toegang');
        const limiet = query.limiet ?? STANDAARD_LIMIET;
        const rows = await meldingenVoorId(db, client.codes, filterVan(query), query.cursor ?? null, limiet + 1);
        const pagina = rows.slice(0, limiet);
        const next = rows.length > limiet ? lijstUrl(query, pagina.at(-1)!.id) : undefined;
        const k = lezer(client, request);
        await writeAudit(db, {
          actie: 'meldingen_gelezen_api',
          koppelingId: k.id,
          gebruikersnaam: koppelingAuditNaam(k.naam),
          ip: k.ip,
          gemeentecode: k.gemeentecodes.length === 1 ? k.gemeentecodes[0]! : null,
          objectType: 'meldingen',
          details: { koppelingId: k.id, criteria: lijstUrl({ ...query, limiet: undefined }, undefined), aantal: pagina.length, nummers: pagina.map((r) => r.nummer) },
        });
        return {
          status: 200,
          headers: next ? { link: `<${next}>; rel="next"` } : undefined,
          body: { meldingen: pagina.map(samenvatting), _links: { self: { href: lijstUrl(query, query.cursor) }, ...(next ? { next: { href: next } } : {}) } },
        };
      },
    }),
    defineOperation({
      method: 'GET',
      path: '/meldingen/{meldingnummer}',
      operationId: 'meldingOphalen',
      summary: 'Eén melding',
      description:
        'Eén melding met al haar gegevens, haar versies en haar statushistorie. Een melding van een andere gemeente bestaat voor de koppeling niet (404); die poging staat in de auditlog, net als elke inzage.',
      tags: ['meldingen'],
      scope: 'meldingen:lezen',
      params: meldingnummerParams,
      responses: { 200: { description: 'De melding.', schema: meldingDetail } },
      handler: async ({ client, params, request }) => {
        const m = await requireMelding(db, koppelingToegang(lezer(client, request)), params.meldingnummer, { actie: 'melding_ingezien_api' });
        const versies = await versiePagina(db, m.id, 'asc', MAX_VERSIES, 0);
        return { status: 200, body: alsDetail(m, versies, meldingUrl(m.nummer)) };
      },
    }),
  ];
}
