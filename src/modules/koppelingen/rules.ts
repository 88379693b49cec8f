// The pure rules of koppelingen: what a registration holds (zod schemas, shared by the pages,
// the CLI and the service), what counts as an acceptable public key set, and which scopes a
// token request may get. No database, no request.
import { createPublicKey } from 'node:crypto';
import { z } from 'zod';
import { API_SCOPES, type ApiScope } from '../../platform/api/client';
import { koppelingenMessages } from './messages';
import { SOORTEN, type Jwks, type KoppelingSoort } from './koppelingen.tables';

const f = koppelingenMessages.fouten;

/** The client assertion algorithms of the NL GOV Assurance profile; no HMAC, never `none`. */
export const ASSERTION_ALGORITMEN = ['RS256', 'PS256', 'ES256'] as const;

/** Members of a JWK that belong to a private (or symmetric) key: never registered. */
const PRIVE_DELEN = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;
const MAX_SLEUTELS = 10;
const MAX_JWKS_TEKENS = 20_000;
const MIN_RSA_BITS = 2048;

/** Which scopes fit which kind of koppeling: a school files, a gemeente handles. */
const SCOPES_PER_SOORT: Record<KoppelingSoort, readonly ApiScope[]> = {
  gemeente: ['meldingen:lezen', 'meldingen:behandelen', 'vrijstellingen:beheren'],
  school: ['meldingen:lezen', 'meldingen:indienen'],
};

export const isApiScope = (s: string): s is ApiScope => Object.hasOwn(API_SCOPES, s);

/**
 * A pasted JWKS (or a single JWK) checked key by key: public RSA (≥ 2048 bits) or EC P-256 keys only, meant for
 * signing with an allowed algorithm. The message says which key is wrong, counted from 1.
 */
export function jwksFout(tekst: string): { fout: string } | { jwks: Jwks } {
  if (tekst.length > MAX_JWKS_TEKENS) return { fout: f.jwksTeGroot };
  let parsed: unknown;
  try {
    parsed = JSON.parse(tekst);
  } catch {
    return { fout: f.jwksGeenJson };
  }
  // One key pasted on its own (the issue's "JWK or JWKS") is a set of one.
  if (typeof parsed === 'object' && parsed !== null && 'kty' in parsed) parsed = { keys: [parsed] };
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(keys) || keys.length === 0 || keys.length > MAX_SLEUTELS) return { fout: f.jwksVorm };
  const schoon: Record<string, unknown>[] = [];
  for (const [i, key] of keys.entries()) {
    const n = i + 1;
    if (typeof key !== 'object' || key === null || Array.isArray(key)) return { fout: f.jwksVorm };
    const jwk = key as Record<string, unknown>;
    if (PRIVE_DELEN.some((d) => d in jwk)) return { fout: f.jwksPrivé(n) };
    if (jwk.use !== undefined && jwk.use !== 'sig') return { fout: f.jwksGebruik(n) };
    if (jwk.alg !== undefined && !(ASSERTION_ALGORITMEN as readonly unknown[]).includes(jwk.alg)) return { fout: f.jwksAlg(n) };
    if (jwk.kty === 'EC' ? jwk.crv !== 'P-256' : jwk.kty !== 'RSA') return { fout: f.jwksSoort(n) };
    let bits: number | undefined;
    try {
      const publicKey = createPublicKey({ key: jwk, format: 'jwk' });
      bits = publicKey.asymmetricKeyDetails?.modulusLength;
    } catch {
      return { fout: f.jwksOngeldig(n) };
    }
    if (jwk.kty === 'RSA' && (bits ?? 0) < MIN_RSA_BITS) return { fout: f.jwksSoort(n) };
    schoon.push(jwk);
  }
  return { jwks: { keys: schoon } };
}

/** Codes as typed: separated by spaces or commas, upper case, each once. */
export const codesUitTekst = (tekst: string): string[] => [...new Set(tekst.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean))];

const GEMEENTECODE = /^\d{4}$/;
const INSTELLINGSCODE = /^\d{2}[A-Z]{2}$/;

/** The first code that is not of the kind's format, as its message; null when all are. */
export function codeFormaatFout(soort: KoppelingSoort, codes: readonly string[]): string | null {
  const fout = codes.find((c) => !(soort === 'gemeente' ? GEMEENTECODE : INSTELLINGSCODE).test(c));
  if (fout === undefined) return null;
  return soort === 'gemeente' ? f.gemeentecodeFormaat(fout.slice(0, 20)) : f.instellingscodeFormaat(fout.slice(0, 20));
}

const lijst = z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : typeof v === 'string' ? [v] : v));

/** The keys as the form gives them: a pasted JWKS or an https address, exactly one. */
const sleutelVelden = {
  jwks: z.string().default('').transform((v) => v.trim()),
  jwksUrl: z.string().default('').transform((v) => v.trim()),
};

type SleutelInvoer = { jwks: string; jwksUrl: string };
export type Sleutelbron = { jwks: Jwks; jwksUrl: null } | { jwks: null; jwksUrl: string };

/** The key source of a form, or the field and message of what is wrong with it. */
export function leesSleutelbron(v: SleutelInvoer): Sleutelbron | { veld: 'jwks' | 'jwksUrl'; fout: string } {
  if (v.jwks === '' && v.jwksUrl === '') return { veld: 'jwks', fout: f.sleutelbronLeeg };
  if (v.jwks !== '' && v.jwksUrl !== '') return { veld: 'jwksUrl', fout: f.sleutelbronDubbel };
  if (v.jwksUrl !== '') return httpsAdres(v.jwksUrl) ? { jwks: null, jwksUrl: v.jwksUrl } : { veld: 'jwksUrl', fout: f.urlFormaat };
  const r = jwksFout(v.jwks);
  return 'fout' in r ? { veld: 'jwks', fout: r.fout } : { jwks: r.jwks, jwksUrl: null };
}

function sleutelbronCheck(v: SleutelInvoer, ctx: z.RefinementCtx): void {
  const r = leesSleutelbron(v);
  if ('fout' in r) ctx.addIssue({ code: 'custom', path: [r.veld], message: r.fout });
}

/** After the checks above passed: the source itself. */
function sleutelbron(v: SleutelInvoer): Sleutelbron {
  const r = leesSleutelbron(v);
  if ('fout' in r) throw new Error('sleutelbron after a failed check');
  return r;
}

/** An absolute https URL without credentials or fragment, of sensible length. */
export function httpsAdres(tekst: string): boolean {
  if (tekst.length > 500) return false;
  try {
    const url = new URL(tekst);
    return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hash === '' && url.hostname !== '';
  } catch {
    return false;
  }
}

export const sleutelsSchema = z.object(sleutelVelden).superRefine(sleutelbronCheck).transform(sleutelbron);

export const koppelingSchema = z
  .object({
    naam: z.string().trim().min(1, f.naamLeeg).max(100, f.naamLang),
    soort: z.enum(SOORTEN, { error: f.soortOnbekend }),
    codes: z.string().default('').transform(codesUitTekst).pipe(z.array(z.string()).min(1, f.codesLeeg).max(50, f.teVeelCodes)),
    scopes: lijst.pipe(z.array(z.string()).min(1, f.scopesLeeg)),
    ...sleutelVelden,
  })
  .superRefine((v, ctx) => {
    sleutelbronCheck(v, ctx);
    // A refinement may run after a non-aborting issue elsewhere; without a kind, codes and scopes cannot be judged.
    if (!(SOORTEN as readonly string[]).includes(v.soort)) return;
    const codeFout = codeFormaatFout(v.soort, v.codes);
    if (codeFout) ctx.addIssue({ code: 'custom', path: ['codes'], message: codeFout });
    if (!v.scopes.every(isApiScope)) ctx.addIssue({ code: 'custom', path: ['scopes'], message: f.scopeOnbekend });
    else if (!v.scopes.every((s) => SCOPES_PER_SOORT[v.soort].includes(s))) ctx.addIssue({ code: 'custom', path: ['scopes'], message: f.scopeNietVoorSoort });
  })
  .transform((v) => {
    const bron = sleutelbron(v);
    return { naam: v.naam, soort: v.soort, codes: v.codes, scopes: [...new Set(v.scopes)].filter(isApiScope), ...bron };
  });
export type NieuweKoppeling = z.output<typeof koppelingSchema>;

/** The scopes a koppeling of this kind may be given, in the order of API_SCOPES. */
export const scopesVoor = (soort: KoppelingSoort): readonly ApiScope[] => SCOPES_PER_SOORT[soort];

/**
 * The scopes a token request gets (RFC 6749 §3.3): all registered ones when it names none,
 * else exactly those it names, each registered. `geweigerd` lists what it may not have.
 */
export function toegekendeScopes(gevraagd: string | undefined, geregistreerd: readonly string[]): { scopes: ApiScope[] } | { geweigerd: string[] } {
  const eigen = geregistreerd.filter(isApiScope);
  if (gevraagd === undefined || gevraagd.trim() === '') return eigen.length > 0 ? { scopes: eigen } : { geweigerd: [] };
  const namen = [...new Set(gevraagd.trim().split(/ +/))];
  const geweigerd = namen.filter((s) => !(eigen as string[]).includes(s));
  if (geweigerd.length > 0) return { geweigerd };
  return { scopes: namen.filter(isApiScope) };
}
