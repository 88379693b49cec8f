// The login use cases: password, then TOTP code (or, the first time, enrolling a token
// generator). Every outcome is audited; every failure looks the same to the user, except a
// delay (rules.ts), which says how long to wait.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { queueMails } from '../../platform/mail/outbox';
import { authMessages } from './messages';
import { activeUser, type CurrentUser } from '../../platform/permissions';
import * as repo from './gebruikers.repository';
import { verifyPassword } from './password';
import { FAILURE_WINDOW_MS, LOGIN_POGINGEN_BEWAARDAGEN, normaliseGebruikersnaam, startsBurst, waitBeforeAttempt, type ThrottleKey } from './rules';
import { matchingStep, newTotpSecret } from './totp';

export interface LoginDeps {
  db: Kysely<Database>;
  now?: () => Date;
}

/** A device stays trusted this long after its last full login. */
export const APPARAAT_GELDIG_MS = 180 * 24 * 60 * 60 * 1000;

export type PasswordResult = { ok: true; gebruikerId: string; moetKoppelen: boolean } | { ok: false; waitMs?: number };
export type CodeResult = { ok: true } | { ok: false; replay?: boolean; waitMs?: number };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new device token for the cookie of a browser that just logged in fully. */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

export function loginService({ db, now = () => new Date() }: LoginDeps) {
  const windowStart = () => new Date(now().getTime() - FAILURE_WINDOW_MS);

  /** The device's hash when the browser's token is trusted for this account, else null. */
  async function trustedDevice(token: string | undefined, gebruikerId: string | undefined): Promise<string | null> {
    if (!token || !gebruikerId || token.length > 100) return null;
    const h = hashToken(token);
    const owner = await repo.apparaatVan(db, h, new Date(now().getTime() - APPARAAT_GELDIG_MS));
    return owner === gebruikerId ? h : null;
  }

  async function throttle(naam: string, ip: string, apparaat: string | null) {
    const counted = await repo.countMislukt(db, { gebruikersnaam: naam, ip, apparaat, since: windowStart() });
    return { counted, waitMs: waitBeforeAttempt(counted, now()) };
  }

  /**
   * Records a failure; when it uses up a key's free failures, functioneel beheer hears of it
   * (an audit line, and a mail to each functioneel beheerder with an address). The mail says
   * no name or address: those are in the audit log, behind login.
   */
  async function fail(
    p: { naam: string; ip: string; apparaat: string | null; gebruikerId: string | null; actie: string; details: Record<string, unknown> },
    counted: Awaited<ReturnType<typeof repo.countMislukt>>,
  ) {
    const op = now();
    await repo.recordLoginPoging(db, { gebruikersnaam: p.naam, ip: p.ip, geslaagd: false, op, apparaat: p.apparaat });
    await writeAudit(db, { actie: p.actie, gebruikersnaam: p.naam, gebruikerId: p.gebruikerId, ip: p.ip, details: p.details });
    const bursts: { sleutel: ThrottleKey; aantal: number }[] = [];
    if (counted.apparaat) {
      if (startsBurst(counted.apparaat.count + 1, 'apparaat')) bursts.push({ sleutel: 'apparaat', aantal: counted.apparaat.count + 1 });
    } else {
      if (startsBurst(counted.account.count + 1, 'account')) bursts.push({ sleutel: 'account', aantal: counted.account.count + 1 });
      if (startsBurst(counted.adres.count + 1, 'adres')) bursts.push({ sleutel: 'adres', aantal: counted.adres.count + 1 });
    }
    for (const b of bursts) {
      await db.transaction().execute(async (trx) => {
        await writeAudit(trx, { actie: 'inlogaanval_gesignaleerd', gebruikersnaam: p.naam, ip: p.ip, details: { sleutel: b.sleutel, aantal: b.aantal } });
        const t = authMessages.aanvalMail;
        const aan = await repo.functioneelBeheerEmails(trx);
        await queueMails(trx, aan.map((email) => ({ aan: email, onderwerp: t.onderwerp, tekst: t.tekst(b.sleutel, b.aantal), soort: 'inlogaanval' })), op);
      });
    }
  }

  return {
    /** Removes at most `max` login attempts older than LOGIN_POGINGEN_BEWAARDAGEN at `nu`, in `trx` (the housekeeping job). */
    verwijderOudePogingen(trx: Kysely<Database>, nu: Date, max: number): Promise<number> {
      return repo.verwijderLoginPogingenVoor(trx, new Date(nu.getTime() - LOGIN_POGINGEN_BEWAARDAGEN * 86_400_000), max);
    },

    /** Removes at most `max` devices unused for APPARAAT_GELDIG_MS at `nu`: they are no longer trusted anyway. */
    verwijderOudeApparaten(trx: Kysely<Database>, nu: Date, max: number): Promise<number> {
      return repo.verwijderApparatenVoor(trx, new Date(nu.getTime() - APPARAAT_GELDIG_MS), max);
    },

    /** Step 1: username + password. `apparaatToken`: the browser's device cookie, if any. */
    async checkPassword(input: { gebruikersnaam: string; wachtwoord: string; ip: string; apparaatToken?: string }): Promise<PasswordResult> {
      const naam = normaliseGebruikersnaam(input.gebruikersnaam);
      const user = await repo.findByGebruikersnaam(db, naam);
      const apparaat = await trustedDevice(input.apparaatToken, user?.id);
      const { counted, waitMs } = await throttle(naam, input.ip, apparaat);
      if (waitMs > 0) {
        // Not checked and not counted: hammering during a delay does not lengthen it.
        await writeAudit(db, { actie: 'inloggen_mislukt', gebruikersnaam: naam, gebruikerId: user?.id ?? null, ip: input.ip, details: { stap: 'wachtwoord', reden: 'vertraagd' } });
        return { ok: false, waitMs };
      }
      // Always verify, even when unknown, so timing tells nothing.
      const passwordOk = await verifyPassword(user?.wachtwoord_hash ?? null, input.wachtwoord);
      if (!user || !passwordOk || user.geblokkeerd) {
        const reden = !user ? 'onbekend' : user.geblokkeerd ? 'geblokkeerd' : 'wachtwoord';
        await fail({ naam, ip: input.ip, apparaat, gebruikerId: user?.id ?? null, actie: 'inloggen_mislukt', details: { stap: 'wachtwoord', reden } }, counted);
        return { ok: false };
      }
      return { ok: true, gebruikerId: user.id, moetKoppelen: !user.totp_actief };
    },

    /**
     * The secret to show while enrolling; made once and kept until the user confirms it.
     * Null when the account already has an active second factor (or is gone or blocked): then
     * only a beheerder can reset it (audited), never the password alone — otherwise anyone who
     * knows a password could replace the victim's token generator with their own.
     */
    async enrolmentSecret(gebruikerId: string): Promise<{ secret: string; gebruikersnaam: string } | null> {
      const user = await repo.findById(db, gebruikerId);
      if (!user || user.geblokkeerd || user.totp_actief) return null;
      if (user.totp_geheim) return { secret: user.totp_geheim, gebruikersnaam: user.gebruikersnaam };
      const secret = newTotpSecret();
      // Only while no factor is active: a concurrent enrolment that already confirmed wins.
      if (!(await repo.startTotpEnrolment(db, gebruikerId, secret))) return null;
      const stored = await repo.findById(db, gebruikerId);
      if (!stored?.totp_geheim || stored.totp_actief) return null;
      return { secret: stored.totp_geheim, gebruikersnaam: stored.gebruikersnaam };
    },

    /** Step 2: the code from the token generator; also confirms a new enrolment. */
    async checkCode(input: { gebruikerId: string; code: string; ip: string; enrolling: boolean; apparaatToken?: string }): Promise<CodeResult> {
      const user = await repo.findById(db, input.gebruikerId);
      if (!user || user.geblokkeerd || !user.totp_geheim || user.totp_actief === input.enrolling) return { ok: false };
      const apparaat = await trustedDevice(input.apparaatToken, user.id);
      const { counted, waitMs } = await throttle(user.gebruikersnaam, input.ip, apparaat);
      if (waitMs > 0) {
        await writeAudit(db, { actie: 'inloggen_mislukt', gebruikersnaam: user.gebruikersnaam, gebruikerId: user.id, ip: input.ip, details: { stap: 'code', reden: 'vertraagd' } });
        return { ok: false, waitMs };
      }
      const failure = (actie: string, reden: string) =>
        fail({ naam: user.gebruikersnaam, ip: input.ip, apparaat, gebruikerId: user.id, actie, details: { stap: 'code', reden } }, counted);
      const step = matchingStep(user.totp_geheim, input.code, now().getTime());
      if (step === null) {
        await failure('inloggen_mislukt', 'code');
        return { ok: false };
      }
      if (!(await repo.claimTotpStep(db, user.id, step))) {
        await failure('totp_hergebruik', 'hergebruik');
        return { ok: false, replay: true };
      }
      if (input.enrolling) {
        if (!(await repo.activateTotp(db, user.id, user.totp_geheim))) return { ok: false };
        await writeAudit(db, { actie: 'totp_gekoppeld', gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: input.ip });
      }
      await repo.recordLoginPoging(db, { gebruikersnaam: user.gebruikersnaam, ip: input.ip, geslaagd: true, op: now(), apparaat });
      await writeAudit(db, { actie: 'inloggen', gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: input.ip });
      return { ok: true };
    },

    /**
     * After a full login: the browser becomes (or stays) a trusted device of this account.
     * Returns the token for the cookie: the browser's own when it was this account's, else new.
     */
    async trustDevice(gebruikerId: string, apparaatToken: string | undefined): Promise<string> {
      const token = (await trustedDevice(apparaatToken, gebruikerId)) ? apparaatToken! : newDeviceToken();
      await repo.onthoudApparaat(db, hashToken(token), gebruikerId, now());
      return token;
    },

    /** The logged-in user with roles, or null when gone or blocked. */
    async currentUser(gebruikerId: string): Promise<CurrentUser | null> {
      return activeUser(await repo.findGebruikerMetRollen(db, gebruikerId));
    },
  };
}

export type LoginService = ReturnType<typeof loginService>;
