// Every change to a filed melding goes through `nieuweVersie` (R-RAA-4, R-HIS-1): it locks the
// row, refuses a stale version (optimistic locking: two people who opened version 3 cannot
// both save over it) and any action the status-transition table does not allow, then writes
// the new current row and its full snapshot in melding_versies. It runs inside the caller's
// transaction, so the caller's mails and audit line commit with the version or not at all.
// An einddatum that makes two meldingen overlap is refused by the database (23P01,
// meldingen_geen_overlap) as the transaction's error: the caller maps it with rules.ts
// isOverlapGeweigerd (R-MEL-8).
import type { Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/types';
import type { MeldingenTable } from './melding.tables';
import type { MeldingInhoud } from './melding.types';
import { naStatus, type Actie, type ActorSoort } from './status-overgangen';

export interface VersieActor {
  soort: ActorSoort;
  /** null for the service itself (the vrijstelling check). */
  gebruikerId: string | null;
  /** As shown in Historie ("who"). */
  naam: string;
}

/**
 * The columns of meldingen that the versioned write reads under lock and a version keeps
 * (all but `id` go into the snapshot). Every column of MeldingenTable is here or in
 * NIET_IN_VERSIE: the compiler checks it below, and a test checks both lists against the
 * table in the database, so a new column cannot be forgotten.
 */
export const KOLOMMEN = [
  'id',
  'nummer',
  'versie',
  'status',
  'pgn',
  'achternaam',
  'instellingscode',
  'gemeentecode',
  'soort',
  'begindatum',
  'einddatum',
  'prioriteit',
  'onderwijslocatie_naam',
  'inhoud',
] as const satisfies readonly (keyof MeldingenTable)[];

/**
 * The columns a version does not keep: how the melding was made (`zonder_ontvanger`: its
 * gemeente had no address at filing, a fact of that moment that no action changes), and when it
 * last changed (the version's own `op`).
 */
export const NIET_IN_VERSIE = ['concept_id', 'aangemaakt_op', 'aangemaakt_door', 'gewijzigd_op', 'zonder_ontvanger'] as const satisfies readonly (keyof MeldingenTable)[];

type Kolom = (typeof KOLOMMEN)[number];
/** Fails to compile, naming the column, when a column of MeldingenTable is in neither list, or in both. */
type Geen<T extends never> = T;
export type AlleKolommenGeplaatst = Geen<Exclude<keyof MeldingenTable, Kolom | (typeof NIET_IN_VERSIE)[number]>>;
export type GeenKolomDubbel = Geen<Extract<Kolom, (typeof NIET_IN_VERSIE)[number]>>;

/** The current row of a melding, as the versioned write reads it under lock: derived from the table. */
export type HuidigeMelding = Selectable<Pick<MeldingenTable, Kolom>>;

/** What an action changes; everything else stays as it is. */
export interface Wijziging {
  inhoud: MeldingInhoud;
  einddatum?: string | null;
  gemeentecode?: string;
  prioriteit?: boolean;
  onderwijslocatieNaam?: string | null;
}

export interface NieuweVersieInput {
  meldingId: string;
  /** The version the actor saw when they started; a save since then makes this a conflict. */
  verwachteVersie: number;
  actor: VersieActor;
  actie: Actie;
  op: Date;
  /** The change, computed from the melding as it is now (under the lock). */
  wijzig: (huidig: HuidigeMelding) => Wijziging;
}

export type VersieUitkomst =
  | { soort: 'opgeslagen'; melding: HuidigeMelding }
  /** Someone saved another version first (R-RAA-4); `huidig` is theirs. */
  | { soort: 'conflict'; huidig: HuidigeMelding }
  /** The transition table does not allow this actor this action in this status. */
  | { soort: 'niet_toegestaan'; huidig: HuidigeMelding }
  | { soort: 'onbekend' };

const SNAPSHOT_KOLOMMEN = KOLOMMEN.filter((k): k is Exclude<Kolom, 'id'> => k !== 'id');

/** The snapshot a version keeps: the whole melding, so Historie never reconstructs anything. */
export function versieSnapshot(m: Omit<HuidigeMelding, 'id'>): string {
  return JSON.stringify(Object.fromEntries(SNAPSHOT_KOLOMMEN.map((k) => [k, m[k]])));
}

/** Reads the melding under a row lock (the caller's transaction), or undefined. */
export async function leesVoorWijziging(trx: Transaction<Database>, meldingId: string): Promise<HuidigeMelding | undefined> {
  const rij = await trx.selectFrom('meldingen').select(KOLOMMEN).where('id', '=', meldingId).forUpdate().executeTakeFirst();
  return rij;
}

export async function nieuweVersie(trx: Transaction<Database>, input: NieuweVersieInput): Promise<VersieUitkomst> {
  const huidig = await leesVoorWijziging(trx, input.meldingId);
  if (!huidig) return { soort: 'onbekend' };
  if (huidig.versie !== input.verwachteVersie) return { soort: 'conflict', huidig };
  const status = naStatus(input.actor.soort, input.actie, huidig.status);
  if (!status) return { soort: 'niet_toegestaan', huidig };

  const w = input.wijzig(huidig);
  const nieuw: HuidigeMelding = {
    ...huidig,
    versie: huidig.versie + 1,
    status,
    inhoud: w.inhoud,
    einddatum: w.einddatum === undefined ? huidig.einddatum : w.einddatum,
    gemeentecode: w.gemeentecode ?? huidig.gemeentecode,
    prioriteit: w.prioriteit ?? huidig.prioriteit,
    onderwijslocatie_naam: w.onderwijslocatieNaam === undefined ? huidig.onderwijslocatie_naam : w.onderwijslocatieNaam,
  };
  // The version in the WHERE as well: the row lock already serialises, this states the rule.
  const r = await trx
    .updateTable('meldingen')
    .set({
      versie: nieuw.versie,
      status: nieuw.status,
      inhoud: JSON.stringify(nieuw.inhoud),
      einddatum: nieuw.einddatum,
      gemeentecode: nieuw.gemeentecode,
      prioriteit: nieuw.prioriteit,
      onderwijslocatie_naam: nieuw.onderwijslocatie_naam,
      gewijzigd_op: input.op,
    })
    .where('id', '=', huidig.id)
    .where('versie', '=', huidig.versie)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return { soort: 'conflict', huidig };
  await trx
    .insertInto('melding_versies')
    .values({
      melding_id: huidig.id,
      versie: nieuw.versie,
      status: nieuw.status,
      snapshot: versieSnapshot(nieuw),
      soort_wijziging: input.actie,
      op: input.op,
      door_gebruiker_id: input.actor.gebruikerId,
      door_naam: input.actor.naam,
    })
    .execute();
  return { soort: 'opgeslagen', melding: nieuw };
}
