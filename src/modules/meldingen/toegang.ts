// The one door to a filed melding (issue 15, R-AUTH-3): `requireMelding(db, toegang, nummer)`
// gives the melding with this number when the one who looks may see it — a school user the
// meldingen of the session's instelling, a gemeente behandelaar those whose behandelende
// gemeente is the session's. Any other number (another's, unknown, malformed) answers 404 and
// is audited, so a guessed number reveals nothing. With `ingezien` the view itself is audited
// too (R-PRIV-1). The school's pages, the gemeente's pages, historie and a gemeente's koppeling
// through the JSON API (issue 16) all come in here, and
// the melding-number pattern is this file's.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';
import type { MeldingActor } from './actor';
import * as repo from './melding.repository';

/** A meldingnummer: the year and at least seven digits (`JJJJ-NNNNNNN`); nothing longer exists. */
export const MELDINGNUMMER = /^\d{4}-\d{7,12}$/;

/** A gemeente behandelaar reading meldingen of their gemeente (ability 'meldingen.behandelen'). */
export interface GemeenteLezer {
  gemeentecode: string;
  gebruikerId: string;
  gebruikersnaam: string;
  ip: string | null;
}

/**
 * A gemeente's koppeling (issue 16) reading through the JSON API for the gemeentecodes it was
 * registered for: it sees exactly what a behandelaar of one of those gemeenten sees.
 */
export interface KoppelingLezer {
  /** The koppeling's id: its audit lines carry it (audit_log.koppeling_id, and details.koppelingId). */
  id: string;
  naam: string;
  gemeentecodes: readonly string[];
  ip: string | null;
}

/** Who looks, and so which meldingen they may see. Build it with schoolToegang, gemeenteToegang or koppelingToegang. */
export type MeldingToegang = { soort: 'school'; actor: MeldingActor } | { soort: 'gemeente'; lezer: GemeenteLezer } | { soort: 'koppeling'; koppeling: KoppelingLezer };

/** The school's own meldingen (the session's instelling). */
export const schoolToegang = (actor: MeldingActor): MeldingToegang => ({ soort: 'school', actor });
/** The meldingen whose behandelende gemeente (meldingen.gemeentecode) is the lezer's. */
export const gemeenteToegang = (lezer: GemeenteLezer): MeldingToegang => ({ soort: 'gemeente', lezer });
/** The meldingen whose behandelende gemeente is one the koppeling acts for. */
export const koppelingToegang = (koppeling: KoppelingLezer): MeldingToegang => ({ soort: 'koppeling', koppeling });

/** How a koppeling is named in the audit log's name column, so the audit page shows who acted (its id is in koppeling_id). */
export const koppelingAuditNaam = (naam: string) => `koppeling:${naam}`.slice(0, 200);

/** The melding behind the door, with the names of its instelling and behandelende gemeente. */
export type ToegangMelding = repo.MeldingMetNamen;

type Db = Kysely<Database> | Transaction<Database>;

/** An audit line of a school user about a melding; in the caller's transaction when given one. */
export function auditMelding(db: Db, actor: MeldingActor, actie: string, nummer: string, details: Record<string, unknown> = {}, gemeentecode?: string) {
  return writeAudit(db, { actie, gebruikerId: actor.gebruikerId, gebruikersnaam: actor.gebruikersnaam, ip: actor.ip, instellingscode: actor.instellingscode, gemeentecode, objectType: 'melding', objectId: nummer.slice(0, 100), details });
}

/**
 * An audit line about a melding by whoever looks: a school user's carries their instellingscode,
 * a gemeente user's their gemeentecode and, when given, the melding's instellingscode.
 */
export function auditToegang(db: Db, toegang: MeldingToegang, actie: string, nummer: string, details: Record<string, unknown> = {}, instellingscode: string | null = null) {
  if (toegang.soort === 'school') return auditMelding(db, toegang.actor, actie, nummer, details);
  if (toegang.soort === 'koppeling') {
    const k = toegang.koppeling;
    // The melding's gemeente when known, else the koppeling's own when it has one.
    const gemeentecode = typeof details.gemeentecode === 'string' ? details.gemeentecode : k.gemeentecodes.length === 1 ? k.gemeentecodes[0]! : null;
    return writeAudit(db, { actie, gebruikerId: null, koppelingId: k.id, gebruikersnaam: koppelingAuditNaam(k.naam), ip: k.ip, gemeentecode, instellingscode, objectType: 'melding', objectId: nummer.slice(0, 100), details: { ...details, koppelingId: k.id } });
  }
  const l = toegang.lezer;
  return writeAudit(db, { actie, gebruikerId: l.gebruikerId, gebruikersnaam: l.gebruikersnaam, ip: l.ip, gemeentecode: l.gemeentecode, instellingscode, objectType: 'melding', objectId: nummer.slice(0, 100), details });
}

/**
 * The door (see the file's header). `ingezien`: also audit the view — a gemeente user's line
 * names the melding's instelling.
 */
export async function requireMelding(db: Kysely<Database>, toegang: MeldingToegang, nummer: string, ingezien?: { actie: string; details?: Record<string, unknown> }): Promise<ToegangMelding> {
  const m = MELDINGNUMMER.test(nummer) ? await repo.meldingOpNummer(db, nummer) : undefined;
  const mag = m !== undefined && magZien(toegang, m);
  if (!mag) {
    await auditToegang(db, toegang, 'toegang_geweigerd', nummer, { reden: !m ? 'onbekend' : toegang.soort === 'school' ? 'andere_instelling' : 'andere_gemeente' });
    throw notFound();
  }
  if (ingezien) await auditToegang(db, toegang, ingezien.actie, m.nummer, toegang.soort === 'koppeling' ? { ...ingezien.details, gemeentecode: m.gemeentecode } : ingezien.details, m.instellingscode);
  return m;
}

function magZien(toegang: MeldingToegang, m: ToegangMelding): boolean {
  switch (toegang.soort) {
    case 'school':
      return m.instellingscode === toegang.actor.instellingscode;
    case 'gemeente':
      return m.gemeentecode === toegang.lezer.gemeentecode;
    case 'koppeling':
      return toegang.koppeling.gemeentecodes.includes(m.gemeentecode);
  }
}

/** The school's door: the melding of the actor's instelling, or 404 (audited). */
export const eigenMelding = (db: Kysely<Database>, actor: MeldingActor, nummer: string) => requireMelding(db, schoolToegang(actor), nummer);
