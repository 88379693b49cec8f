// Raadplegen verzuim (R-RAA-1): the use cases behind raadplegen/routes.tsx. Every search and
// every export reads personal data, so each is a line in the audit log (R-PRIV-1), with the
// criteria and how many were found; the scope is always the actor's chosen instelling.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/types';
import { auditInGroups } from '../../../platform/audit/audit-groups';
import type { OverzichtState, SortDir } from '../../../platform/ui/overzicht-state';
import type { MeldingActor } from '../actor';
import type { MeldingModuleDeps } from '../meldingen.services';
import { filterQueryPairs } from './zoeken.filter';
import { alleMeldingen, RecenteTotalen, zoekMeldingen, type MeldingSort, type MeldingZoekFilter, type MeldingZoekRij } from './zoeken.repository';
import { bewaarZoekopdracht, verwijderVerlopenZoekopdrachten, zoekopdrachtCriteria } from './zoekopdracht.repository';

const scopeVan = (actor: MeldingActor) => `instelling:${actor.instellingscode}`;
/** The criteria as they were given, for the audit line (no empty fields). */
const gezocht = (filter: MeldingZoekFilter) => Object.fromEntries(filterQueryPairs(filter).reduce((m, [k, v]) => m.set(k, m.has(k) ? `${m.get(k)},${v}` : v), new Map<string, string>()));

export function raadplegenService(deps: MeldingModuleDeps) {
  const { db, now } = deps;
  // Searches come in bursts of many users: their lines are committed in groups (audit-groups.ts).
  const writeAudit = auditInGroups(db);
  // So that a later page of a recent search comes in one statement (zoeken.repository.ts).
  const totalen = new RecenteTotalen();
  const audit = (actor: MeldingActor, actie: string, details: Record<string, unknown>) =>
    writeAudit({ actie, gebruikerId: actor.gebruikerId, gebruikersnaam: actor.gebruikersnaam, ip: actor.ip, instellingscode: actor.instellingscode, objectType: 'meldingen', details });

  return {
    /** Removes at most `max` stored searches (school's and gemeente's) expired at `nu`, in `trx`: the housekeeping job only. */
    verwijderVerlopenZoekopdrachten: (trx: Kysely<Database>, nu: Date, max: number): Promise<number> => verwijderVerlopenZoekopdrachten(trx, nu, max),

    /** One page of the instelling's meldingen matching the filter; audited. */
    async zoeken(actor: MeldingActor, filter: MeldingZoekFilter, state: OverzichtState<MeldingSort>): Promise<{ rows: MeldingZoekRij[]; total: number }> {
      const r = await zoekMeldingen(db, { instellingscode: actor.instellingscode }, filter, state, totalen);
      await audit(actor, 'meldingen_gezocht', { criteria: gezocht(filter), pagina: state.page, sorteer: `${state.sort} ${state.dir}`, gevonden: r.total });
      return r;
    },

    /**
     * Every match, in batches, for the CSV download. The audit line is written before the first
     * row leaves: an export that breaks off half-way has still been logged.
     */
    async *exporteren(actor: MeldingActor, filter: MeldingZoekFilter, order: { sort: MeldingSort; dir: SortDir }): AsyncGenerator<MeldingZoekRij[]> {
      await audit(actor, 'meldingen_geexporteerd', { criteria: gezocht(filter), sorteer: `${order.sort} ${order.dir}` });
      yield* alleMeldingen(db, { instellingscode: actor.instellingscode }, filter, order);
    },

    /** Keeps the personal criteria of a search under a random id (see zoekopdracht.repository.ts). */
    bewaarZoekopdracht: (actor: MeldingActor, criteria: Record<string, string>) =>
      bewaarZoekopdracht(db, { gebruikerId: actor.gebruikerId, scope: scopeVan(actor), criteria, nu: now() }),

    /** The criteria of the actor's own stored search, or null (unknown, expired, someone else's). */
    zoekopdracht: (actor: MeldingActor, id: string) => zoekopdrachtCriteria(db, { id, gebruikerId: actor.gebruikerId, scope: scopeVan(actor), nu: now() }),
  };
}

export type RaadplegenService = ReturnType<typeof raadplegenService>;
