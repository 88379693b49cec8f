// Who files a melding, for which instelling: taken from the session behind the ability
// 'verzuim.opvoeren' (request-context.ts has checked the user holds it for that instelling),
// never from the URL or the form.
import type { FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/errors';

export interface MeldingActor {
  instellingscode: string;
  gebruikerId: string;
  gebruikersnaam: string;
  weergavenaam: string;
  ip: string | null;
}

export function meldingActor(request: FastifyRequest): MeldingActor {
  const instellingscode = request.session?.instellingscode;
  const user = request.user;
  // Unreachable behind the guard; a route without the ability must not get this far.
  if (!instellingscode || !user) throw notFound();
  return { instellingscode, gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, weergavenaam: user.weergavenaam, ip: request.ip };
}

/**
 * A user changing a filed melding: the edit belongs to this browser session (the session's id
 * hash), so two sessions of one user never share what is typed (R-RAA-4 holds between them).
 */
export interface WijzigActor extends MeldingActor {
  sessie: string;
}

export function wijzigActor(request: FastifyRequest): WijzigActor {
  const sessie = request.session?.idHash;
  if (!sessie) throw notFound();
  return { ...meldingActor(request), sessie };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether a URL's draft id can be one at all (a malformed uuid would be a database error). */
export const isConceptId = (id: string): boolean => UUID.test(id);

/** Whether `err` is PostgreSQL's error `code` (pg and PGlite both put it on `err.code`). */
export function isPgFout(err: unknown, code: '23505' | '23P01'): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}
