// Who acts for which gemeente: taken from the session behind a gemeente-scoped ability
// ('meldingen.behandelen', 'vrijstellingen.beheren'; request-context.ts has checked the user
// holds it for the chosen gemeente, R-AUTH-2), never from the URL or the form.
import type { FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/errors';

export interface GemeenteActor {
  gemeentecode: string;
  gebruikerId: string;
  gebruikersnaam: string;
  weergavenaam: string;
  ip: string | null;
}

export function gemeenteActor(request: FastifyRequest): GemeenteActor {
  const gemeentecode = request.session?.gemeentecode;
  const user = request.user;
  // Unreachable behind the guard; a route without the ability must not get this far.
  if (!gemeentecode || !user) throw notFound();
  return { gemeentecode, gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, weergavenaam: user.weergavenaam, ip: request.ip };
}
