// The token endpoint's decision (RFC 6749 §4.4 client credentials, client authentication with
// private_key_jwt per RFC 7523): which koppeling asks, is its assertion genuine, fresh and
// unused, which scopes it gets — and then an access token. Refusals are RFC 6749 §5.2 errors
// with a Dutch description. A refusal for a known koppeling is audited: a wrong signature or a
// replay is worth knowing about; unknown ids are not (anyone can send them, and the endpoint is
// rate-limited per address). The audit line names the koppeling in koppeling_id and, as the CLI
// does with `cli:<user>`, in gebruikersnaam, so the audit page shows who it was.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { parseForm } from '../../platform/http/form';
import { AssertionFout, assertionKoppelingId, type clientAssertions } from './client-assertion';
import * as repo from './koppelingen.repository';
import { koppelingenMessages } from './messages';
import { toegekendeScopes } from './rules';
import type { Toegangstokens } from './toegangstoken';

const m = koppelingenMessages.token;

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export type OAuthFoutCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'invalid_scope' | 'unsupported_grant_type';

export type TokenAntwoord =
  | { ok: true; body: { access_token: string; token_type: 'Bearer'; expires_in: number; scope: string } }
  | { ok: false; status: 400 | 401; body: { error: OAuthFoutCode; error_description: string } };

const fout = (error: OAuthFoutCode, error_description: string): TokenAntwoord => ({ ok: false, status: error === 'invalid_client' ? 401 : 400, body: { error, error_description } });

const PARAMETERS = ['grant_type', 'client_assertion_type', 'client_assertion', 'scope', 'client_id'] as const;
const verplicht = (naam: string) => z.string({ error: m.parameterOntbreekt(naam) }).min(1, m.parameterOntbreekt(naam));

/** The form of a token request; a parameter sent twice is refused before this (RFC 6749 §3.2). */
export const tokenVerzoekSchema = z.object({
  grant_type: verplicht('grant_type'),
  client_assertion_type: verplicht('client_assertion_type'),
  client_assertion: verplicht('client_assertion').max(16_000, m.assertionOnleesbaar),
  scope: z.string().max(1000, m.ongeldigVerzoek).regex(/^[\x21\x23-\x5b\x5d-\x7e ]*$/, m.ongeldigVerzoek).optional(),
  client_id: z.string().max(100).optional(),
});

export function tokenService(o: {
  db: Kysely<Database>;
  assertions: ReturnType<typeof clientAssertions>;
  tokens: Toegangstokens;
}) {
  return {
    async vraag(body: unknown, ip: string): Promise<TokenAntwoord> {
      const ruw = (body ?? {}) as Record<string, unknown>;
      const dubbel = PARAMETERS.find((p) => Array.isArray(ruw[p]));
      if (dubbel) return fout('invalid_request', m.dubbeleParameter(dubbel));
      const form = parseForm(tokenVerzoekSchema, body);
      if (!form.ok) return fout('invalid_request', form.errors[0]?.text ?? m.ongeldigVerzoek);
      const v = form.data;
      if (v.grant_type !== 'client_credentials') return fout('unsupported_grant_type', m.grantType);
      if (v.client_assertion_type !== JWT_BEARER) return fout('invalid_client', m.assertionType);

      let id: string;
      try {
        id = assertionKoppelingId(v.client_assertion);
      } catch (err) {
        if (err instanceof AssertionFout) return fout('invalid_client', err.message);
        throw err;
      }
      if (v.client_id !== undefined && v.client_id !== id) return fout('invalid_client', m.clientIdAnders);
      const k = await repo.findKoppeling(o.db, id);
      if (!k) return fout('invalid_client', m.onbekend);
      const weiger = async (error: OAuthFoutCode, tekst: string) => {
        await writeAudit(o.db, { actie: 'api_token_geweigerd', koppelingId: k.id, gebruikersnaam: `koppeling:${k.naam}`, objectType: 'koppeling', objectId: k.id, ip, details: { error, reden: tekst } });
        return fout(error, tekst);
      };
      if (!k.actief) return weiger('invalid_client', m.inactief);

      let jti: { jti: string; verlooptOp: Date };
      try {
        jti = await o.assertions.verifieer(v.client_assertion, k);
      } catch (err) {
        if (err instanceof AssertionFout) return weiger('invalid_client', err.message);
        throw err;
      }
      const scopes = toegekendeScopes(v.scope, k.scopes);
      if ('geweigerd' in scopes) return weiger('invalid_scope', scopes.geweigerd.length > 0 ? m.scopeOngeldig(scopes.geweigerd.join(' ').slice(0, 200)) : m.scopeLeeg);
      // Last, after every other check: a refused request does not use up its assertion.
      if (!(await repo.gebruikJti(o.db, k.id, jti.jti, jti.verlooptOp))) return weiger('invalid_client', m.hergebruikt);

      const { token, verlooptIn } = await o.tokens.geefUit(k.id, scopes.scopes);
      await writeAudit(o.db, { actie: 'api_token_uitgegeven', koppelingId: k.id, gebruikersnaam: `koppeling:${k.naam}`, objectType: 'koppeling', objectId: k.id, ip, details: { scope: scopes.scopes } });
      return { ok: true, body: { access_token: token, token_type: 'Bearer', expires_in: verlooptIn, scope: scopes.scopes.join(' ') } };
    },
  };
}
