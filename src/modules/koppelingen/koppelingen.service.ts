// Managing koppelingen (functioneel beheer, the pages and the CLI): register, replace the keys,
// deactivate and activate again. Codes are checked against the registers as users' codes are;
// every change is audited with who did it. A change also drops the koppeling from this
// process's authenticator cache (authenticator.ts), so it counts at once here and within the
// cache's 30 seconds in other processes.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { gemeenteNamen, instellingNamen } from '../registers/face';
import * as repo from './koppelingen.repository';
import type { KoppelingRow } from './koppelingen.tables';
import { koppelingenMessages } from './messages';
import { koppelingSchema, sleutelsSchema, type Sleutelbron } from './rules';
import { klaar, type Actor, type ServiceResult } from '../../platform/service-result';

const f = koppelingenMessages.fouten;

/** The keys as the audit log keeps them: which source, and the key ids, never more. */
const sleutelDetails = (b: Sleutelbron) => (b.jwks ? { jwks: b.jwks.keys.map((k) => (typeof k.kid === 'string' ? k.kid : '(zonder kid)')) } : { jwksUrl: b.jwksUrl });

export function koppelingenService({ db, now, vergeet }: { db: Kysely<Database>; now: () => Date; vergeet: (id: string) => void }) {
  const audit = (actor: Actor, actie: string, k: Pick<KoppelingRow, 'id' | 'soort' | 'codes'>, details: Record<string, unknown> = {}) =>
    writeAudit(db, {
      actie,
      gebruikerId: actor.gebruikerId,
      gebruikersnaam: actor.gebruikersnaam,
      ip: actor.ip ?? null,
      objectType: 'koppeling',
      objectId: k.id,
      // One code goes in its column (filterable); all codes are in the details.
      gemeentecode: k.soort === 'gemeente' && k.codes.length === 1 ? k.codes[0] : null,
      instellingscode: k.soort === 'school' && k.codes.length === 1 ? k.codes[0] : null,
      details: { codes: k.codes, ...details },
    });

  return {
    alle: () => repo.alleKoppelingen(db),
    find: (id: string) => repo.findKoppeling(db, id),

    /** Registers a koppeling; the raw input (a form's values, the CLI's options) is parsed by the same schema the form uses. */
    async registreer(raw: unknown, actor: Actor): Promise<ServiceResult<string>> {
      const parsed = koppelingSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { ok: false, field: String(issue.path[0] ?? 'naam'), message: issue.message };
      }
      const k = parsed.data;
      const bekend = new Set((await (k.soort === 'gemeente' ? gemeenteNamen : instellingNamen)(db, k.codes)).map((r) => r.code));
      const onbekend = k.codes.filter((c) => !bekend.has(c));
      if (onbekend.length > 0) {
        const lijst = onbekend.slice(0, 10).join(', ');
        return { ok: false, field: 'codes', message: k.soort === 'gemeente' ? f.gemeentecodeOnbekend(lijst) : f.instellingscodeOnbekend(lijst) };
      }
      const id = await repo.insertKoppeling(db, { ...k, op: now(), door: actor.gebruikersnaam });
      await audit(actor, 'koppeling_geregistreerd', { id, soort: k.soort, codes: k.codes }, { naam: k.naam, scopes: k.scopes, ...sleutelDetails(k) });
      return { ok: true, value: id };
    },

    /** Replaces the keys (rotation): assertions signed with a key no longer listed are refused from now on. */
    async vervangSleutels(id: string, raw: unknown, actor: Actor): Promise<ServiceResult> {
      const k = await repo.findKoppeling(db, id);
      if (!k) return { ok: false, field: 'jwks', message: f.onbekend };
      const parsed = sleutelsSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { ok: false, field: String(issue.path[0] ?? 'jwks'), message: issue.message };
      }
      await repo.updateSleutels(db, id, parsed.data, now());
      vergeet(id);
      await audit(actor, 'koppeling_sleutels_vervangen', k, sleutelDetails(parsed.data));
      return klaar;
    },

    /** Deactivates (no new tokens; issued ones stop within the authenticator's cache time) or activates again. */
    async zetActief(id: string, actief: boolean, actor: Actor): Promise<ServiceResult> {
      const k = await repo.findKoppeling(db, id);
      if (!k) return { ok: false, field: 'bevestigen', message: f.onbekend };
      if (await repo.updateActief(db, id, actief, now())) {
        vergeet(id);
        await audit(actor, actief ? 'koppeling_geactiveerd' : 'koppeling_gedeactiveerd', k);
      }
      return klaar;
    },

    /** Housekeeping: used assertion ids past their exp (a replay after that fails on exp). */
    verwijderVerlopenAssertions: (trx: Kysely<Database>, nu: Date, max: number) => repo.verwijderVerlopenAssertions(trx, nu, max),
  };
}
export type KoppelingenService = ReturnType<typeof koppelingenService>;
