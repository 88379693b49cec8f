// SQL of Wijzigen, nothing else: who saved a version and when (the conflict message,
// R-RAA-4), and a version's snapshot (the base an edit started from, to carry the edit over
// to a newer version).
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/types';
import type { MeldingInhoud } from '../melding.types';

/** Who made this version of the melding and when, with its content. */
export function versie(db: Kysely<Database>, meldingId: string, versieNummer: number) {
  return db
    .selectFrom('melding_versies')
    .select(['versie', 'door_naam', 'door_gebruiker_id', 'op', 'snapshot'])
    .where('melding_id', '=', meldingId)
    .where('versie', '=', versieNummer)
    .executeTakeFirst()
    .then((r) => (r ? { versie: r.versie, doorNaam: r.door_naam, doorGebruikerId: r.door_gebruiker_id, op: r.op, inhoud: (r.snapshot as { inhoud?: MeldingInhoud }).inhoud } : undefined));
}
