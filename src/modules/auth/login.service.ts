// The login use cases: password, then TOTP code (or, the first time, enrolling a token
// generator). Every outcome is audited; every failure looks the same to the user.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { activeUser, type CurrentUser } from '../../platform/permissions';
import * as repo from './gebruikers.repository';
import { verifyPassword } from './password';
import { attemptAllowed, FAILURE_WINDOW_MS, normaliseGebruikersnaam } from './rules';
import { matchingStep, newTotpSecret } from './totp';

export interface LoginDeps {
  db: Kysely<Database>;
  now?: () => Date;
}

export type PasswordResult = { ok: true; gebruikerId: string; moetKoppelen: boolean } | { ok: false };
export type CodeResult = { ok: true } | { ok: false; replay?: boolean };

export function loginService({ db, now = () => new Date() }: LoginDeps) {
  const windowStart = () => new Date(now().getTime() - FAILURE_WINDOW_MS);

  async function fail(gebruikersnaam: string, ip: string, actie: string, gebruikerId?: string) {
    await repo.recordLoginPoging(db, gebruikersnaam, ip, false, now());
    await writeAudit(db, { actie, gebruikersnaam, gebruikerId: gebruikerId ?? null, ip });
  }

  return {
    /** Step 1: username + password. */
    async checkPassword(input: { gebruikersnaam: string; wachtwoord: string; ip: string }): Promise<PasswordResult> {
      const naam = normaliseGebruikersnaam(input.gebruikersnaam);
      const allowed = attemptAllowed(await repo.countMislukt(db, naam, input.ip, windowStart()));
      const user = await repo.findByGebruikersnaam(db, naam);
      // Always verify, even when refused or unknown, so timing tells nothing.
      const passwordOk = await verifyPassword(user?.wachtwoord_hash ?? null, input.wachtwoord);
      if (!allowed || !user || !passwordOk || user.geblokkeerd) {
        const reden = !allowed ? 'limiet' : !user ? 'onbekend' : user.geblokkeerd ? 'geblokkeerd' : 'wachtwoord';
        await repo.recordLoginPoging(db, naam, input.ip, false, now());
        await writeAudit(db, { actie: 'inloggen_mislukt', gebruikersnaam: naam, gebruikerId: user?.id ?? null, ip: input.ip, details: { stap: 'wachtwoord', reden } });
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
    async checkCode(input: { gebruikerId: string; code: string; ip: string; enrolling: boolean }): Promise<CodeResult> {
      const user = await repo.findById(db, input.gebruikerId);
      if (!user || user.geblokkeerd || !user.totp_geheim || user.totp_actief === input.enrolling) return { ok: false };
      const allowed = attemptAllowed(await repo.countMislukt(db, user.gebruikersnaam, input.ip, windowStart()));
      const step = allowed ? matchingStep(user.totp_geheim, input.code, now().getTime()) : null;
      if (step === null) {
        await fail(user.gebruikersnaam, input.ip, 'inloggen_mislukt', user.id);
        return { ok: false };
      }
      if (!(await repo.claimTotpStep(db, user.id, step))) {
        await fail(user.gebruikersnaam, input.ip, 'totp_hergebruik', user.id);
        return { ok: false, replay: true };
      }
      if (input.enrolling) {
        if (!(await repo.activateTotp(db, user.id, user.totp_geheim))) return { ok: false };
        await writeAudit(db, { actie: 'totp_gekoppeld', gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: input.ip });
      }
      await repo.recordLoginPoging(db, user.gebruikersnaam, input.ip, true, now());
      await writeAudit(db, { actie: 'inloggen', gebruikerId: user.id, gebruikersnaam: user.gebruikersnaam, ip: input.ip });
      return { ok: true };
    },

    /** The logged-in user with roles, or null when gone or blocked. */
    async currentUser(gebruikerId: string): Promise<CurrentUser | null> {
      return activeUser(await repo.findGebruikerMetRollen(db, gebruikerId));
    },
  };
}

export type LoginService = ReturnType<typeof loginService>;
