// The request pipeline every page goes through, in order:
//   1. load the session and the logged-in user (with roles), in one statement;
//   2. refuse a state-changing request whose CSRF token does not match the session's;
//   3. guard the route: public, or logged in, or logged in with an ability — for a scoped
//      ability also with a chosen instellingscode or gemeente (R-AUTH-2), chosen for the user
//      when there is only one.
// Routes are behind login unless their config says `public: true` (secure by default).
// None of this runs for the JSON API under /api/v1: it has no session, its callers are machines
// with a bearer token, and its own plugin (platform/api/plugin.ts) authenticates them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isApiPad } from '../api/versie';
import { AppError } from './errors';
import { allScopes, scopeOf, scopesFor, type Ability, type CurrentUser } from '../permissions';
import { csrfMatches, type Session, type SessionStore } from '../session/session';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
    user: CurrentUser | null;
  }
  interface FastifyContextConfig {
    /** Reachable without login (login pages, contact, health). */
    public?: boolean;
    /** The ability the route needs (permissions.ts). */
    ability?: Ability;
    /**
     * Skip the CSRF check: only for machine endpoints with their own credentials. 'multipart':
     * a multipart/form-data post carries its token in the stream, so the route itself checks it
     * before it reads any file (registers/upload); any other post is checked here as usual.
     */
    csrf?: false | 'multipart';
    /** Skip session loading entirely (static files, health, metrics). */
    bare?: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const OWN_ORIGIN = 'http://verzuimloket.invalid';

/**
 * A path of our own to return to after login or choosing; anything else becomes '/'.
 * Decided by the WHATWG URL parser, the one browsers use to resolve a Location header: a
 * regex missed `/\t/evil.example`, which browsers read as `//evil.example` (they drop tabs
 * and newlines). The answer is the parser's own serialisation (percent-encoded ASCII), so
 * what we send is exactly what was checked, and a header never gets a control character.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return '/';
  let url: URL;
  try {
    url = new URL(value, OWN_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== OWN_ORIGIN) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//x" normalises to "//x": a scheme-relative address again.
  return /^\/(?![/\\])/.test(path) ? path : '/';
}

/**
 * Whether a state-changing request comes from our own pages: a second layer next to the CSRF
 * token. Current browsers send `Sec-Fetch-Site`, and it decides. Without it, `Origin` does:
 * BASE_URL's origin or the one the request was addressed to (the browser sets Host, not the
 * page that sent the post). Our `Referrer-Policy: no-referrer` makes browsers send
 * `Origin: null` even from our own forms, so "null", like no header at all (a machine, an old
 * browser), is left to the token.
 */
export function fromOwnOrigin(headers: { origin?: string | undefined; host?: string | undefined; 'sec-fetch-site'?: string | undefined }, baseUrl: string): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = headers.origin;
  if (origin === undefined || origin === 'null') return true;
  if (origin === new URL(baseUrl).origin) return true;
  try {
    const parsed = new URL(origin);
    return parsed.origin === origin && headers.host !== undefined && parsed.host === headers.host.toLowerCase();
  } catch {
    return false; // garbage
  }
}

/**
 * The API's requests skip the pages' origin check and session: by the address they came with AND,
 * when a route matched, by that route's own pattern, so no spelling of an address can carry a page
 * route past these checks.
 */
const isApiVerzoek = (request: FastifyRequest) => isApiPad(request.url) && (request.routeOptions.url === undefined || isApiPad(request.routeOptions.url));

export function installRequestContext(app: FastifyInstance, deps: { sessions: SessionStore; config: { baseUrl: string } }) {
  app.decorateRequest('session', null);
  app.decorateRequest('user', null);

  // Before the body is read: a cross-site post is refused without parsing it.
  app.addHook('onRequest', async (request) => {
    if (!UNSAFE.has(request.method) || isApiVerzoek(request) || request.routeOptions.config.csrf === false) return;
    const h = request.headers;
    const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);
    if (!fromOwnOrigin({ origin: one(h.origin), host: one(h.host), 'sec-fetch-site': one(h['sec-fetch-site']) }, deps.config.baseUrl)) throw new AppError('andere_herkomst');
  });

  app.addHook('preHandler', async (request, reply) => {
    const config = request.routeOptions.config;
    // Static files carry no route config of ours; they are public and need no session.
    if (config.bare || request.routeOptions.url?.startsWith('/static/') || isApiVerzoek(request)) return;
    const loaded = await deps.sessions.load(request);
    request.session = loaded?.session ?? null;
    if (loaded && loaded.session.fase === 'ingelogd' && loaded.session.gebruikerId) {
      request.user = loaded.user;
      if (!request.user) {
        // Blocked or removed while logged in: the session ends now.
        await deps.sessions.destroy(reply, request.session);
        request.session = null;
      }
    }

    const inStream = config.csrf === 'multipart' && String(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
    if (UNSAFE.has(request.method) && config.csrf !== false && !inStream) {
      const body = request.body as Record<string, unknown> | undefined;
      if (!csrfMatches(request.session, body?._csrf)) throw new AppError('sessie_verlopen');
    }

    if (config.public) return;
    if (!request.user) return redirectToLogin(request, reply);
    if (config.ability) await ensureAbility(request, reply, config.ability, deps.sessions);
  });
}

/**
 * Sends a person who opens a page to the login page. Anything else a browser fetches on its
 * own (an icon, a prefetch) gets a plain 401: redirecting it would run the login page's
 * side effects behind the person's back.
 */
function redirectToLogin(request: FastifyRequest, reply: FastifyReply) {
  const wantsPage = request.method !== 'GET' || String(request.headers.accept ?? '').includes('text/html') || request.headers.accept === undefined;
  if (!wantsPage || request.headers['sec-fetch-dest'] === 'image') return reply.code(401).type('text/plain; charset=utf-8').send('Niet ingelogd');
  const terug = request.method === 'GET' ? `?terug=${encodeURIComponent(request.url)}` : '';
  return reply.redirect(`/inloggen${terug}`, 303);
}

async function ensureAbility(request: FastifyRequest, reply: FastifyReply, ability: Ability, sessions: SessionStore) {
  const user = request.user!;
  const session = request.session!;
  const codes = scopesFor(user, ability);
  if (codes.length === 0) throw new AppError('geen_toegang');
  const scope = scopeOf(ability);
  if (scope === 'geen') return;
  const field = scope === 'instelling' ? 'instellingscode' : 'gemeentecode';
  if (session[field] && codes.includes(session[field])) return;
  if (codes.length === 1) {
    await sessions.setContext(session, { [field]: codes[0] });
    return;
  }
  if (request.method !== 'GET') throw new AppError('geen_toegang');
  const chooser = scope === 'instelling' ? '/instelling-kiezen' : '/gemeente-kiezen';
  return reply.redirect(`${chooser}?terug=${encodeURIComponent(request.url)}`, 303);
}

/** Whether the user can switch (holds more than one code of the kind). */
export function canSwitch(user: CurrentUser, scope: 'instelling' | 'gemeente'): boolean {
  return allScopes(user, scope).length > 1;
}
