// What every beheer route needs from a request: who acts (for the audit log), and the user the
// URL names — unknown or malformed ids are a 404, never a database error.
import type { FastifyRequest } from 'fastify';
import { notFound } from '../../../platform/http/errors';
import type { Services } from '../../../services';
import type { GebruikerRow } from '../auth.tables';
import type { Actor } from '../../../platform/service-result';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROL_ID = /^[1-9]\d{0,17}$/;

export type IdParams = { Params: { id: string } };

/** The logged-in user as the actor of a change (routes behind an ability always have one). */
export function actorOf(request: FastifyRequest): Actor {
  const user = request.user!;
  return { gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: request.ip };
}

export async function gebruikerOf(s: Services, id: string): Promise<GebruikerRow> {
  if (!UUID.test(id)) throw notFound();
  const gebruiker = await s.gebruikers.findById(id);
  if (!gebruiker) throw notFound();
  return gebruiker;
}

export function rolIdOf(id: string): string {
  if (!ROL_ID.test(id)) throw notFound();
  return id;
}
