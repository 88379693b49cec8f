// The one door to a filed melding for a school user: the melding with this number when it is
// the actor's instelling's. Any other number — another instelling's, unknown, malformed —
// answers 404 and is audited (R-AUTH-3), so a guessed number reveals nothing.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';
import type { MeldingActor } from './actor';
import * as repo from './melding.repository';

const NUMMER = /^\d{4}-\d{7,}$/;

/** An audit line of a school user about a melding; in the caller's transaction when given one. */
export function auditMelding(
  db: Kysely<Database> | Transaction<Database>,
  actor: MeldingActor,
  actie: string,
  nummer: string,
  details: Record<string, unknown> = {},
  gemeentecode?: string,
) {
  return writeAudit(db, { actie, gebruikerId: actor.gebruikerId, gebruikersnaam: actor.gebruikersnaam, ip: actor.ip, instellingscode: actor.instellingscode, gemeentecode, objectType: 'melding', objectId: nummer.slice(0, 100), details });
}

export async function eigenMelding(db: Kysely<Database>, actor: MeldingActor, nummer: string) {
  const m = NUMMER.test(nummer) ? await repo.meldingOpNummer(db, nummer) : undefined;
  if (m && m.instellingscode === actor.instellingscode) return m;
  await auditMelding(db, actor, 'toegang_geweigerd', nummer, { reden: m ? 'andere_instelling' : 'onbekend' });
  throw notFound();
}
