// What every beheer page needs from a request and the database, in one place: who acts and
// for which instelling (the session's, R-AUTH-3), the record ids a URL may carry, the list to
// return to, and the refusal of a record that is not the instelling's.
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';

/** Who changes what for which instelling; every beheer use case takes one. */
export interface BeheerActor {
  instellingscode: string;
  /** Null for the system (demo data, tests' factories); a person otherwise. */
  gebruikerId: string | null;
  gebruikersnaam: string;
  ip: string | null;
}

/**
 * The actor of a request behind 'locaties.beheren' or 'contactpersonen.beheren': the guard
 * (request-context.ts) has made sure the session holds an instellingscode the user has that
 * ability for, so everything below is scoped to it and to nothing the URL says.
 */
export function beheerActor(request: FastifyRequest): BeheerActor {
  const instellingscode = request.session?.instellingscode;
  const user = request.user;
  // Unreachable behind the guard; a route without the ability must not get this far.
  if (!instellingscode || !user) throw notFound();
  return { instellingscode, gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: request.ip };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a URL's id can be a record id at all; anything else would be a database error. */
export const isRecordId = (id: string): boolean => UUID.test(id);

/**
 * Where "Annuleren" and "Opslaan" return to: the overview the person came from (its search,
 * page and sort, R-UI-2), when `value` is that overview's URL; otherwise the whole list. Only
 * `basis` itself or `basis?…` passes, so the parameter can never send anyone elsewhere.
 */
export function terugNaar(value: unknown, basis: string): string {
  if (typeof value === 'string' && (value === basis || value.startsWith(`${basis}?`)) && !/[\\\s\u0000-\u001f\u007f-\u009f]/.test(value)) return value;
  return `${basis}?zoek=`;
}

/** Whether `err` is PostgreSQL's unique violation of `constraint` (pg and PGlite alike). */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; constraint?: unknown };
  return e.code === '23505' && e.constraint === constraint;
}

/** Why a record was refused; in the audit line, for whoever looks into it. */
export type Weigering = 'ongeldig_id' | 'onbekend' | 'andere_instelling';

/**
 * Refuses a record id of another instelling, an unknown one, or a malformed one: the same 404
 * for all three, so the answer never tells whether a record exists (R-AUTH-3), and a line
 * 'toegang_geweigerd' in the audit log saying which it was.
 */
export async function weigerToegang(db: Kysely<Database>, actor: BeheerActor, objectType: string, id: string, reden: Weigering): Promise<never> {
  await writeAudit(db, {
    actie: 'toegang_geweigerd',
    gebruikerId: actor.gebruikerId,
    gebruikersnaam: actor.gebruikersnaam,
    ip: actor.ip,
    instellingscode: actor.instellingscode,
    objectType,
    // A URL can hold anything; keep the log readable.
    objectId: id.slice(0, 100),
    details: { reden },
  });
  throw notFound();
}

/** The result of a change: the saved record, or the one field the database refused. */
export type Uitkomst<T> = { ok: true; value: T } | { ok: false; field: string; message: string };
