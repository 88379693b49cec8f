// Managing users (functioneel beheer, R-AUTH-*): create, roles with their instellingscode or
// gemeente, reset the token generator, block. The pages and the CLI both call this; every
// change is audited with who did it.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { gebruikersMessages } from './messages';
import { beheerMessages } from './beheer/messages';
import type { RolToekenning } from '../../platform/permissions';
import type { SessionStore } from '../../platform/session/session';
import { deleteSessiesVanGebruiker } from '../../platform/session/session.repository';
import { pageInfo, type OverzichtState } from '../../platform/ui/overzicht-state';
import { ROLLEN, type Rol } from './auth.tables';
import { blokkerenBesluit, heeftRol, rolVerwijderenBesluit } from './beheer/rules';
import { namePattern } from '../../platform/search/name-pattern';
import * as repo from './gebruikers.repository';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';
import { normaliseGebruikersnaam } from './rules';
import { currentCode } from './totp';
import { gemeenteNamen, instellingNamen } from '../registers/face';
import { klaar, type Actor, type ServiceResult } from '../../platform/service-result';

const t = gebruikersMessages;
const regels = beheerMessages.regels;

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
    // A code typed for this role would be dropped silently; say so instead.
    if (v.rol === 'functioneel_beheerder' && v.code !== '') ctx.addIssue({ code: 'custom', path: ['code'], message: regels.codeNietBijBeheer });
  });
export type NieuweRol = z.infer<typeof rolSchema>;

/** One row of the users overview, with its roles. */
export interface GebruikerOverzichtRij {
  id: string;
  gebruikersnaam: string;
  weergavenaam: string;
  geblokkeerd: boolean;
  totp_actief: boolean;
  rollen: RolToekenning[];
}

/** A role as the detail page shows it: with the name of its instelling or gemeente. */
export type RolMetNaam = RolToekenning & { id: string; code: string | null; naam: string | null };

export function gebruikersService({ db }: { db: Kysely<Database>; sessions: SessionStore }) {
  // A role's instellingscode or gemeentecode also goes in the line's own columns: granting
  // access to an institution is something done for that institution (R-PRIV-1 "which").
  const audit = (actor: Actor, actie: string, gebruikerId: string, details: Record<string, unknown> = {}, codes: Partial<RolToekenning> = {}) =>
    writeAudit(db, {
      actie,
      gebruikerId: actor.gebruikerId,
      gebruikersnaam: actor.gebruikersnaam,
      ip: actor.ip ?? null,
      objectType: 'gebruiker',
      objectId: gebruikerId,
      instellingscode: codes.instellingscode ?? null,
      gemeentecode: codes.gemeentecode ?? null,
      details,
    });

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
      const nieuw = { rol: input.rol, instellingscode, gemeentecode };
      if (heeftRol(await repo.rollenVan(db, gebruikerId), nieuw)) return { ok: false, field: 'rol', message: regels.rolBestaatAl };
      await repo.insertRol(db, gebruikerId, input.rol, instellingscode, gemeentecode);
      await audit(actor, 'rol_toegekend', gebruikerId, { rol: input.rol }, nieuw);
      return klaar;
    },

    /** Removes one role; the user's sessions end, so no page keeps a context the role gave. */
    async removeRol(gebruikerId: string, rolId: string, actor: Actor): Promise<ServiceResult> {
      const rol = (await repo.rollenVan(db, gebruikerId)).find((r) => r.id === rolId);
      if (!rol) return { ok: false, field: 'rollen', message: regels.rolNietAanwezig };
      const weigering = rolVerwijderenBesluit(actor.gebruikerId, gebruikerId, rol);
      if (weigering) return { ok: false, field: 'rollen', message: weigering };
      if (await repo.deleteRol(db, gebruikerId, rolId)) {
        await deleteSessiesVanGebruiker(db, gebruikerId);
        await audit(actor, 'rol_ingetrokken', gebruikerId, { rol: rol.rol }, rol);
      }
      return klaar;
    },

    /** The user couples a new token generator at the next login; current sessions end. */
    async resetTotp(gebruikerId: string, actor: Actor): Promise<boolean> {
      const ok = await repo.updateGebruiker(db, gebruikerId, { totp_geheim: null, totp_actief: false, totp_laatste_stap: null });
      if (ok) {
        await deleteSessiesVanGebruiker(db, gebruikerId);
        await repo.vergeetApparaten(db, gebruikerId);
        await audit(actor, 'totp_gereset', gebruikerId);
      }
      return ok;
    },

    /** Blocks (sessions end at once) or unblocks; a user cannot block themself (beheer/rules.ts). */
    async setGeblokkeerd(gebruikerId: string, geblokkeerd: boolean, actor: Actor): Promise<ServiceResult> {
      const weigering = geblokkeerd ? blokkerenBesluit(actor.gebruikerId, gebruikerId) : null;
      if (weigering) return { ok: false, field: 'bevestigen', message: weigering };
      if (!(await repo.updateGebruiker(db, gebruikerId, { geblokkeerd }))) return { ok: false, field: 'bevestigen', message: t.gebruikerOnbekend };
      if (geblokkeerd) await deleteSessiesVanGebruiker(db, gebruikerId);
      await audit(actor, geblokkeerd ? 'gebruiker_geblokkeerd' : 'gebruiker_gedeblokkeerd', gebruikerId);
      return klaar;
    },

    async setWachtwoord(gebruikerId: string, wachtwoord: string, actor: Actor): Promise<ServiceResult> {
      if (wachtwoord.length < MIN_PASSWORD_LENGTH) return { ok: false, field: 'wachtwoord', message: t.wachtwoordKort(MIN_PASSWORD_LENGTH) };
      await repo.updateGebruiker(db, gebruikerId, { wachtwoord_hash: await hashPassword(wachtwoord) });
      await deleteSessiesVanGebruiker(db, gebruikerId);
      await repo.vergeetApparaten(db, gebruikerId);
      await audit(actor, 'wachtwoord_gezet', gebruikerId);
      return { ok: true, value: undefined };
    },

    /** Sets a known TOTP secret as already coupled (demo accounts, CLI); not for the web. */
    async setTotpSecret(gebruikerId: string, secret: string, actor: Actor): Promise<void> {
      await repo.updateGebruiker(db, gebruikerId, { totp_geheim: secret, totp_actief: true, totp_laatste_stap: null });
      await audit(actor, 'totp_gezet', gebruikerId);
    },

    /**
     * The current code of a coupled token generator, for the demo accounts via the CLI; the
     * caller refuses in production. Audited: a code is a credential.
     */
    async totpCode(gebruikerId: string, actor: Actor, now = new Date()): Promise<string | null> {
      const user = await repo.findById(db, gebruikerId);
      if (!user?.totp_actief || !user.totp_geheim) return null;
      await audit(actor, 'totp_code_opgevraagd', gebruikerId);
      return currentCode(user.totp_geheim, now.getTime());
    },

    /**
     * One page of the users overview (R-UI-1 search on inlognaam or naam, R-UI-2 paging and
     * sorting over all matches), with each user's roles fetched in one query.
     */
    async zoek(term: string, state: OverzichtState<repo.GebruikerSort>): Promise<{ rows: GebruikerOverzichtRij[]; total: number }> {
      const filter = { patroon: namePattern(term) };
      const total = await repo.countGebruikers(db, filter);
      const { offset, perPage } = pageInfo(total, state);
      const gebruikers = await repo.zoekGebruikers(db, filter, state.sort, state.dir, perPage, offset);
      const rollen = await repo.rollenVanGebruikers(db, gebruikers.map((g) => g.id));
      const rows = gebruikers.map((g) => ({ ...g, rollen: rollen.filter((r) => r.gebruiker_id === g.id) }));
      return { rows, total };
    },

    /** A user's roles with the names of their instellingen and gemeenten, for the detail page. */
    async rollenMetNaam(gebruikerId: string): Promise<RolMetNaam[]> {
      const rollen = await repo.rollenVan(db, gebruikerId);
      const inst = await instellingNamen(db, rollen.flatMap((r) => (r.instellingscode ? [r.instellingscode] : [])));
      const gem = await gemeenteNamen(db, rollen.flatMap((r) => (r.gemeentecode ? [r.gemeentecode] : [])));
      return rollen.map((r) => {
        const code = r.instellingscode ?? r.gemeentecode;
        const naam = [...inst, ...gem].find((n) => n.code === code)?.naam ?? null;
        return { ...r, code, naam };
      });
    },

    findByGebruikersnaam: (gebruikersnaam: string) => repo.findByGebruikersnaam(db, normaliseGebruikersnaam(gebruikersnaam)),
    findById: (id: string) => repo.findById(db, id),
    rollenVan: (id: string) => repo.rollenVan(db, id),
    rolNaam: (rol: Rol) => t.rolNamen[rol],
  };
}

export type GebruikersService = ReturnType<typeof gebruikersService>;
