// The change feed through the JSON API (issue 16): GET /api/v1/wijzigingen?na=<cursor>. A
// koppeling reads, in feed order, every change to a melding or vrijstelling it may see (its
// gemeenten; a school's koppeling its instellingen' meldingen), and fetches what changed through
// the resources themselves. A feed row holds keys only — no pupil data — so reading the feed is
// not audited; the fetch of a melding is.
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { API_PREFIX } from '../../platform/api/versie';
import { defineOperation, type ApiOperation } from '../../platform/api/operation';
import { ApiProblem } from '../../platform/api/problem';
import { halLink as link, limietParam } from '../../platform/api/schemas';
import { apiMessages } from '../../platform/messages/api';
import { leesWijzigingen, MAX_LIMIET } from './lezer';
import { feedApiTeksten as t } from './messages';

export const WIJZIGINGEN_API_TAGS = [{ name: 'wijzigingen', description: 'De wijzigingenfeed: elke wijziging van een melding of vrijstelling, op volgorde.' }] as const;
const STANDAARD_LIMIET = 100;
/** A cursor is base64url of a position; far shorter than this. */
const MAX_CURSOR = 200;

const query = z.object({
  na: z
    .string({ error: t.cursor })
    .max(MAX_CURSOR, t.cursor)
    .regex(/^[A-Za-z0-9_-]+$/, t.cursor)
    .optional()
    .describe('De cursor uit het vorige antwoord: het antwoord begint na de laatste wijziging die toen is gegeven. Zonder: vanaf de oudste bewaarde wijziging.'),
  limiet: limietParam({ max: MAX_LIMIET, standaard: STANDAARD_LIMIET, melding: t.limiet, wat: 'wijzigingen ten hoogste' }),
});
type Query = z.output<typeof query>;


const wijziging = z
  .object({
    id: z.string().describe('Het volgnummer van de wijziging in de feed; ook het id van de notificatie over deze wijziging, zodat een ontvanger dubbele kan herkennen.'),
    soort: z.enum(['melding', 'vrijstelling']).describe('Wat er gewijzigd is: een melding of een vrijstelling.'),
    meldingnummer: z.string().optional().describe('Het nummer van de gewijzigde melding (bij soort melding).'),
    vrijstellingId: z.string().optional().describe('Het id van de gewijzigde vrijstelling (bij soort vrijstelling).'),
    soortWijziging: z.string().describe('Wat er gebeurde, bijvoorbeeld aangemaakt, in_behandeling_nemen, terugkoppeling, afsluiten, routeren, intrekken, geregistreerd, gewijzigd.'),
    versie: z.number().int().describe('De versie van de melding of vrijstelling na deze wijziging; wijzigingen van één object volgen elkaar op in versie.'),
    op: z.string().describe('Wanneer de wijziging is vastgelegd (ISO 8601, UTC).'),
    _links: z.object({ self: link.optional() }).describe('Links; self wijst de gewijzigde melding aan, als die via de API op te halen is.'),
  })
  .describe('Eén wijziging van een melding of vrijstelling. Zonder persoonsgegevens: haal de melding zelf op voor de inhoud.');

const antwoord = z
  .object({
    wijzigingen: z.array(wijziging).describe('De wijzigingen na de cursor, in de volgorde van de feed.'),
    cursor: z.string().describe('De cursor voor het volgende verzoek (parameter na); dezelfde als gevraagd als er niets nieuws is.'),
    meer: z.boolean().describe('Of er meteen meer wijzigingen klaarstaan: vraag dan direct opnieuw, anders na een poos.'),
    _links: z.object({ self: link, next: link }).describe('Links: dit antwoord en het volgende verzoek.'),
  })
  .describe('Een stuk van de wijzigingenfeed.');

const feedUrl = (q: Query, na: string | undefined) => {
  const p = new URLSearchParams();
  if (na !== undefined) p.set('na', na);
  if (q.limiet !== undefined) p.set('limiet', String(q.limiet));
  const s = p.toString();
  return `${API_PREFIX}/wijzigingen${s ? `?${s}` : ''}`;
};

export function wijzigingenApiOperaties(deps: { db: Kysely<Database> }): ApiOperation[] {
  return [
    defineOperation({
      method: 'GET',
      path: '/wijzigingen',
      operationId: 'wijzigingenLezen',
      summary: 'De wijzigingenfeed',
      description:
        'Elke wijziging van een melding of vrijstelling die de koppeling mag zien, op volgorde, zonder er een over te slaan: ook een wijziging die later wordt vastgelegd dan een latere wijziging begon, komt na de cursor. Begin zonder cursor en geef daarna steeds de cursor uit het vorige antwoord mee. Een gemeente ziet de wijzigingen van de meldingen en vrijstellingen van haar gemeenten, ook het routeren van een melding naar een andere gemeente; een onderwijsinstelling die van de meldingen van haar instellingen. Een wijziging noemt alleen sleutels: haal de melding op voor de inhoud.',
      tags: ['wijzigingen'],
      scope: 'meldingen:lezen',
      query,
      problemen: [410],
      responses: { 200: { description: 'Wijzigingen na de cursor (mogelijk geen).', schema: antwoord } },
      handler: async ({ client, query: q }) => {
        const limiet = q.limiet ?? STANDAARD_LIMIET;
        const codes = client.soort === 'gemeente' ? { gemeentecodes: client.codes, instellingscodes: [] } : { gemeentecodes: [], instellingscodes: client.codes };
        const u = await leesWijzigingen(deps.db, { na: q.na, limiet, ...codes });
        if (u.soort === 'ongeldige_cursor') throw new ApiProblem(400, apiMessages.ongeldigeInvoerTitel, u.melding, { invalidParams: [{ name: 'na', code: 'ongeldige_cursor', reason: u.melding }] });
        if (u.soort === 'verlopen') throw new ApiProblem(410, apiMessages.verlopenTitel, u.melding);
        // A school's koppeling fetches meldingen through its own resources (issue 17); only the gemeente's exist now.
        const meldingLink = (nummer: string) => (client.soort === 'gemeente' ? { self: { href: `${API_PREFIX}/meldingen/${nummer}` } } : {});
        return {
          status: 200,
          body: {
            wijzigingen: u.wijzigingen.map((w) => ({
              id: w.id,
              soort: w.soort,
              ...(w.meldingnummer !== undefined ? { meldingnummer: w.meldingnummer } : {}),
              ...(w.vrijstellingId !== undefined ? { vrijstellingId: w.vrijstellingId } : {}),
              soortWijziging: w.soortWijziging,
              versie: w.versie,
              op: w.op.toISOString(),
              _links: w.meldingnummer !== undefined ? meldingLink(w.meldingnummer) : {},
            })),
            cursor: u.cursor,
            meer: u.meer,
            _links: { self: { href: feedUrl(q, q.na) }, next: { href: feedUrl(q, u.cursor) } },
          },
        };
      },
    }),
  ];
}
