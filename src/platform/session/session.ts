// Server-side sessions (docs/architecture.md): an opaque random id in a __Host- cookie, state in the
// database, a new id after the password and again after the TOTP code, idle 30 minutes,
// absolute 12 hours. Anonymous sessions exist only to carry the login form's CSRF token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import type { SessieFase, SessieRow } from './session.tables';
import { activeUser, type CurrentUser } from '../permissions';
import * as repo from './session.repository';

export const SESSION_COOKIE = '__Host-sessie';
export const IDLE_MS = 30 * 60 * 1000;
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Writing "last active" on every request costs a write per page; a minute's slack is harmless. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface Session {
  idHash: string;
  gebruikerId: string | null;
  fase: SessieFase;
  csrfToken: string;
  instellingscode: string | null;
  gemeentecode: string | null;
  flash: string | null;
}

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

function toSession(row: SessieRow): Session {
  return {
    idHash: row.id_hash,
    gebruikerId: row.gebruiker_id,
    fase: row.fase,
    csrfToken: row.csrf_token,
    instellingscode: row.instellingscode,
    gemeentecode: row.gemeentecode,
    flash: row.flash,
  };
}

/**
 * Half-way (password right, code not yet given) a session lives only this long: it is a
 * foothold for whoever knows the password, and a person types a code within minutes.
 */
export const PASSWORD_PHASE_MS = 10 * 60 * 1000;

export function isExpired(row: Pick<SessieRow, 'aangemaakt_op' | 'laatst_actief_op' | 'fase'>, now: Date): boolean {
  const age = now.getTime() - row.aangemaakt_op.getTime();
  if (row.fase === 'wachtwoord' && age > PASSWORD_PHASE_MS) return true;
  return now.getTime() - row.laatst_actief_op.getTime() > IDLE_MS || age > ABSOLUTE_MS;
}

export class SessionStore {
  private readonly findSessie: ReturnType<typeof repo.sessieLezer>;

  constructor(
    private readonly db: Kysely<Database>,
    gebruiker: repo.GebruikerSelect,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.findSessie = repo.sessieLezer(gebruiker);
  }

  /**
   * The request's live session with its logged-in user (null when none, unknown or blocked),
   * or null (no cookie, unknown, or expired — then removed). One statement for both.
   */
  async load(request: FastifyRequest): Promise<{ session: Session; user: CurrentUser | null } | null> {
    const id = request.cookies[SESSION_COOKIE];
    if (!id) return null;
    const idHash = hashId(id);
    const row = await this.findSessie(this.db, idHash);
    if (!row) return null;
    const now = this.now();
    if (isExpired(row, now)) {
      await repo.deleteSessie(this.db, idHash);
      return null;
    }
    if (now.getTime() - row.laatst_actief_op.getTime() > TOUCH_EVERY_MS) await repo.touchSessie(this.db, idHash, now);
    return { session: toSession(row), user: activeUser(row.gebruiker) };
  }

  /** Starts a session in the given phase with a fresh id and CSRF token; sets the cookie. */
  async start(
    reply: FastifyReply,
    fields: { fase: SessieFase; gebruikerId: string | null; instellingscode?: string | null; gemeentecode?: string | null },
  ): Promise<Session> {
    const id = randomBytes(32).toString('base64url');
    const session: Session = {
      idHash: hashId(id),
      gebruikerId: fields.gebruikerId,
      fase: fields.fase,
      csrfToken: newToken(),
      instellingscode: fields.instellingscode ?? null,
      gemeentecode: fields.gemeentecode ?? null,
      flash: null,
    };
    await repo.insertSessie(this.db, {
      id_hash: session.idHash,
      gebruiker_id: session.gebruikerId,
      fase: session.fase,
      csrf_token: session.csrfToken,
      instellingscode: session.instellingscode,
      gemeentecode: session.gemeentecode,
      flash: null,
      // Stamped by the app's clock, which is also the clock that expires them.
      aangemaakt_op: this.now(),
      laatst_actief_op: this.now(),
    });
    reply.setCookie(SESSION_COOKIE, id, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
    return session;
  }

  /** Replaces the session by a new one with a new id (fixation defence) in the new phase. */
  async rotate(reply: FastifyReply, old: Session | null, fase: SessieFase, gebruikerId: string): Promise<Session> {
    if (old) await repo.deleteSessie(this.db, old.idHash);
    return this.start(reply, { fase, gebruikerId });
  }

  async destroy(reply: FastifyReply, session: Session | null): Promise<void> {
    if (session) await repo.deleteSessie(this.db, session.idHash);
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
  }

  async setContext(session: Session, changes: { instellingscode?: string | null; gemeentecode?: string | null }): Promise<void> {
    await repo.updateSessie(this.db, session.idHash, changes);
    Object.assign(session, changes);
  }

  /** A one-time notice shown on the next page (e.g. "De gegevens zijn gewijzigd."). */
  async setFlash(session: Session, flash: string | null): Promise<void> {
    await repo.updateSessie(this.db, session.idHash, { flash });
    session.flash = flash;
  }

  /**
   * Deletes at most `max` sessions that have ended at `nu` (isExpired's limits), for the
   * housekeeping job in the transaction `trx`; `load` refuses them meanwhile.
   */
  verwijderVerlopen(trx: Kysely<Database>, nu: Date, max: number): Promise<number> {
    const t = nu.getTime();
    return repo.verwijderVerlopenSessies(
      trx,
      { idleBefore: new Date(t - IDLE_MS), createdBefore: new Date(t - ABSOLUTE_MS), halfwayBefore: new Date(t - PASSWORD_PHASE_MS) },
      max,
    );
  }
}

/** Constant-time comparison of a submitted CSRF token with the session's. */
export function csrfMatches(session: Session | null, submitted: unknown): boolean {
  if (!session || typeof submitted !== 'string') return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
