// Managing users (functioneel beheer, R-AUTH-*): create, roles with their instellingscode or
// gemeente, reset the token generator, block. The pages and the CLI both call this; every
// change is audited with who did it.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { messages } from '../../platform/messages/index';
import type { SessionStore } from '../../platform/session/session';
import { deleteSessiesVanGebruiker } from '../../platform/session/session.repository';
import { ROLLEN, type Rol } from './auth.tables';
import * as repo from './gebruikers.repository';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';
import { normaliseGebruikersnaam } from './rules';
import { gemeenteNamen, instellingNamen } from '../registers/names.service';

const t = messages.gebruikers;

export const nieuweGebruikerSchema = z.object({
  gebruikersnaam: z
    .string()
    .transform(normaliseGebruikersnaam)
    .pipe(z.string().regex(/^[a-z0-9._@-]{3,64}$/, t.gebruikersnaamFormaat)),
  weergavenaam: z.string().trim().min(1, t.weergavenaamLeeg).max(100, t.weergavenaamLang),
  email: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(z.email(t.emailFormaat).nullable()),
  wachtwoord: z.string().min(MIN_PASSWORD_LENGTH, t.wachtwoordKort(MIN_PASSWORD_LENGTH)),
});
export type NieuweGebruiker = z.infer<typeof nieuweGebruikerSchema>;

export const rolSchema = z
  .object({
    rol: z.enum(ROLLEN, { error: t.rolOnbekend }),
    code: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase()),
  })
  .superRefine((v, ctx) => {
    if ((v.rol === 'melder' || v.rol === 'beheerder_onderwijs') && !/^\d{2}[A-Z]{2}$/.test(v.code))
      ctx.addIssue({ code: 'custom', path: ['code'], message: t.instellingscodeNodig });
    if (v.rol === 'gemeente_behandelaar' && !/^\d{4}$/.test(v.code)) ctx.addIssue({ code: 'custom', path: ['code'], message: t.gemeentecodeNodig });
  });
export type NieuweRol = z.infer<typeof rolSchema>;

export interface Actor {
  gebruikerId: string | null;
  gebruikersnaam: string;
  ip?: string | null;
}

export type ServiceResult<T = void> = { ok: true; value: T } | { ok: false; field: string; message: string };

export function gebruikersService({ db }: { db: Kysely<Database>; sessions: SessionStore }) {
  const audit = (actor: Actor, actie: string, gebruikerId: string, details: Record<string, unknown> = {}) =>
    writeAudit(db, { actie, gebruikerId: actor.gebruikerId, gebruikersnaam: actor.gebruikersnaam, ip: actor.ip ?? null, objectType: 'gebruiker', objectId: gebruikerId, details });

  return {
    /** Creates a user; the input is checked against the same schema the form uses. */
    async create(raw: z.input<typeof nieuweGebruikerSchema>, actor: Actor): Promise<ServiceResult<string>> {
      const parsed = nieuweGebruikerSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { ok: false, field: String(issue.path[0] ?? 'gebruikersnaam'), message: issue.message };
      }
      const input = parsed.data;
      if (await repo.findByGebruikersnaam(db, input.gebruikersnaam)) return { ok: false, field: 'gebruikersnaam', message: t.gebruikersnaamBestaat };
      const id = await repo.insertGebruiker(db, {
        gebruikersnaam: input.gebruikersnaam,
        weergavenaam: input.weergavenaam,
        email: input.email,
        wachtwoord_hash: await hashPassword(input.wachtwoord),
      });
      await audit(actor, 'gebruiker_aangemaakt', id, { gebruikersnaam: input.gebruikersnaam });
      return { ok: true, value: id };
    },

    async addRol(gebruikerId: string, input: NieuweRol, actor: Actor): Promise<ServiceResult> {
      if (!(await repo.findById(db, gebruikerId))) return { ok: false, field: 'rol', message: t.gebruikerOnbekend };
      let instellingscode: string | null = null;
      let gemeentecode: string | null = null;
      if (input.rol === 'melder' || input.rol === 'beheerder_onderwijs') {
        if ((await instellingNamen(db, [input.code])).length === 0) return { ok: false, field: 'code', message: t.instellingscodeOnbekend };
        instellingscode = input.code;
      } else if (input.rol === 'gemeente_behandelaar') {
        if ((await gemeenteNamen(db, [input.code])).length === 0) return { ok: false, field: 'code', message: t.gemeentecodeOnbekend };
        gemeentecode = input.code;
      }
      await repo.insertRol(db, gebruikerId, input.rol, instellingscode, gemeentecode);
      await audit(actor, 'rol_toegekend', gebruikerId, { rol: input.rol, instellingscode, gemeentecode });
      return { ok: true, value: undefined };
    },

    async removeRol(gebruikerId: string, rolId: string, actor: Actor): Promise<boolean> {
      const removed = await repo.deleteRol(db, gebruikerId, rolId);
      if (removed) {
        await deleteSessiesVanGebruiker(db, gebruikerId);
        await audit(actor, 'rol_ingetrokken', gebruikerId, { rolId });
      }
      return removed;
    },

    /** The user couples a new token generator at the next login; current sessions end. */
    async resetTotp(gebruikerId: string, actor: Actor): Promise<boolean> {
      const ok = await repo.updateGebruiker(db, gebruikerId, { totp_geheim: null, totp_actief: false, totp_laatste_stap: null });
      if (ok) {
        await deleteSessiesVanGebruiker(db, gebruikerId);
        await audit(actor, 'totp_gereset', gebruikerId);
      }
      return ok;
    },

    async setGeblokkeerd(gebruikerId: string, geblokkeerd: boolean, actor: Actor): Promise<boolean> {
      const ok = await repo.updateGebruiker(db, gebruikerId, { geblokkeerd });
      if (ok) {
        if (geblokkeerd) await deleteSessiesVanGebruiker(db, gebruikerId);
        await audit(actor, geblokkeerd ? 'gebruiker_geblokkeerd' : 'gebruiker_gedeblokkeerd', gebruikerId);
      }
      return ok;
    },

    async setWachtwoord(gebruikerId: string, wachtwoord: string, actor: Actor): Promise<ServiceResult> {
      if (wachtwoord.length < MIN_PASSWORD_LENGTH) return { ok: false, field: 'wachtwoord', message: t.wachtwoordKort(MIN_PASSWORD_LENGTH) };
      await repo.updateGebruiker(db, gebruikerId, { wachtwoord_hash: await hashPassword(wachtwoord) });
      await deleteSessiesVanGebruiker(db, gebruikerId);
      await audit(actor, 'wachtwoord_gezet', gebruikerId);
      return { ok: true, value: undefined };
    },

    /** Sets a known TOTP secret as already coupled (demo accounts, CLI); not for the web. */
    async setTotpSecret(gebruikerId: string, secret: string, actor: Actor): Promise<void> {
      await repo.updateGebruiker(db, gebruikerId, { totp_geheim: secret, totp_actief: true, totp_laatste_stap: null });
      await audit(actor, 'totp_gezet', gebruikerId);
    },

    findByGebruikersnaam: (gebruikersnaam: string) => repo.findByGebruikersnaam(db, normaliseGebruikersnaam(gebruikersnaam)),
    findById: (id: string) => repo.findById(db, id),
    rollenVan: (id: string) => repo.rollenVan(db, id),
    rolNaam: (rol: Rol) => t.rolNamen[rol],
  };
}

export type GebruikersService = ReturnType<typeof gebruikersService>;
