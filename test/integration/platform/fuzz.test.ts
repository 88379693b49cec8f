// security: a fuzz run over every registered route, for every role and for no login at all.
// Path parameters, query parameters and form fields (the names every page's forms use, and the
// parameters the code reads from URLs) get strings with NUL and other C0/C1 controls, lone
// UTF-16 halves, broken and odd %-encodings, very long text, and sometimes a valid value so the
// request gets further. Posts carry the session's CSRF token, so they reach the handlers.
// Headers and the session cookie are fuzzed too. No response may be a 5xx.
//
// FUZZ_RUNS (default 600) sets the number of requests, FUZZ_SEED a fixed seed (random
// otherwise; a failure prints the seed and the shrunk request to replay).
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker, type TestUser } from '../../helpers/factories';
import { AMSTERDAM, SCHOOL, startConcept } from '../meldingen/setup';
import { gemeenteSetup, type GemeenteSetup } from '../gemeente/setup';
import { ACTIE_VELDEN, GEMEENTE_ACTIES } from '../../../src/modules/gemeente/rules';
import { STAPPEN } from '../../../src/modules/meldingen/wizard/steps';
import { SESSION_COOKIE } from '../../../src/platform/session/session';

const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

interface Route {
  method: 'GET' | 'POST';
  url: string;
}

/** Every route of the app with its methods, read from Fastify's own route tree. */
function routesOf(app: FastifyInstance): Route[] {
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const url = stack.join('');
    for (const method of (m[3] ?? '').split(', ')) {
      if (method === 'GET' || method === 'POST') routes.push({ method, url });
    }
  }
  return routes;
}

/** Characters and pieces that broke or could break a parser, a query or a header. */
const NASTY = [
  '\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f',
  '\t', '\n', '\r', '\r\n', '\ud800', '\udfff', '\udc00\ud800', '\ufeff', '\u2028', '\ufffe', '\uffff',
  '%', '%00', '%zz', '%C0%80', '%ED%A0%80', '%FF', '\\', '\\u0000', "'", '"', '<', '>', '&', ';', '=', '?', '#', '/', '..',
  ' ', 'é', '€', '😀', '%oor', '_', '*',
];

/** Values that pass some check, so a request gets past the first one. */
const PLAUSIBLE = ['', 'ja', 'nee', '1', '0', '-1', '02-03-2030', '13-03-2030', '2030-0000001', 'V3', 'R', 'B', SCHOOL, AMSTERDAM, 'Piet', 'piet@school.example', '020 123 45 67', 'verder', 'vorige', 'opslaan', 'asc', 'desc', 'naam', '/'];

/** What PostgreSQL cannot store or what no typed text holds: the heart of the fuzz. */
const CONTROL = ['\u0000', '\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u009f', '\ud800', '\udfff'];

const nasty = fc.constantFrom(...NASTY);
const plausible = fc.constantFrom(...PLAUSIBLE);
const text = fc.oneof(
  // A value that passes some check, with a control character somewhere in it.
  { weight: 4, arbitrary: fc.tuple(plausible, fc.constantFrom(...CONTROL), fc.nat()).map(([v, c, at]) => `${v.slice(0, at % (v.length + 1))}${c}${v.slice(at % (v.length + 1))}`) },
  { weight: 3, arbitrary: fc.array(fc.oneof(nasty, fc.string({ maxLength: 6 }), plausible), { minLength: 1, maxLength: 6 }).map((p) => p.join('')) },
  { weight: 2, arbitrary: plausible },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(nasty, fc.integer({ min: 200, max: 5_000 })).map(([c, n]) => `a${c}`.repeat(n).slice(0, n)) },
);

/** Percent-encoding that survives a lone UTF-16 half: it becomes its raw, invalid UTF-8 bytes. */
function percent(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return [...v].map((c) => (/^[\ud800-\udfff]$/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('');
  }
}

/** A value as it goes into a URL or a form body: encoded, or with its '%' left raw ('%zz', '%'). */
const encoded = fc.tuple(text, fc.boolean()).map(([v, raw]) => (raw ? v.split('%').map(percent).join('%') : percent(v)));

/** The parameters the code reads from URLs besides form fields (overviews, return paths, ids). */
const URL_PARAMS = ['terug', 'zoek', 'zoekopdracht', 'pagina', 'aantal', 'sorteer', 'richting', 'status', 'actie', 'versie', 'van', 'tot', 'gebruiker'];
/** Fields of pages the walk below does not reach with valid input: the later wizard steps (and their rows), every gemeente action. */
const FORM_FIELDS = [
  ...STAPPEN.flatMap((st) => st.velden.filter((v): v is string => typeof v === 'string')),
  ...Object.values(ACTIE_VELDEN).flat(),
  'contact-0-naam', 'contact-1-relatie', 'contact-0-telefoon', 'contact-2-email', 'dag-0-datum', 'dag-0-heleDag', 'dag-1-lesuren', 'dag-0-toelichting', 'contactKeuze',
];

interface Role {
  naam: string;
  cookie: string;
  csrf: string;
  /** The routes this role may open (a 403 or the login page teaches nothing more). */
  routes: Route[];
}

const PLACEHOLDER = /:([A-Za-z]+)/g;

describe(`security: fuzzed paths, queries, forms and headers never give a 5xx (on ${testDatabaseKind})`, () => {
  let g: GemeenteSetup;
  let routes: Route[];
  const roles: Role[] = [];
  const fieldNames = new Set<string>([...URL_PARAMS, ...FORM_FIELDS]);
  /** Per route URL: the names of the fields on its page. */
  const velden = new Map<string, Set<string>>();
  /** Valid values per path parameter, so the fuzz also reaches the handlers behind a found record. */
  const valid: Record<string, string[]> = {};

  async function role(naam: string, user: TestUser | null): Promise<Role> {
    const c = user ? await g.inloggen(user) : null;
    const cookie = c ? `${SESSION_COOKIE}=${c.cookies.get(SESSION_COOKIE)}` : '';
    const page = await g.t.app.inject({ method: 'GET', url: user ? '/' : '/inloggen', headers: { cookie } });
    const fresh = page.cookies.find((x) => x.name === SESSION_COOKIE)?.value;
    const session = fresh ? `${SESSION_COOKIE}=${fresh}` : cookie;
    return { naam, cookie: session, csrf: /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '', routes: [] };
  }

  beforeAll(async () => {
    g = await gemeenteSetup();
    const s = g.t.services;
    const beheerder = await gebruiker(s, 'beheer-fuzz', [{ rol: 'beheerder_onderwijs', code: SCHOOL }]);
    const fb = await gebruiker(s, 'fb-fuzz', [{ rol: 'functioneel_beheerder' }]);
    // The user the beheer pages may block or change: not one of those fuzzing.
    const ander = await gebruiker(s, 'ander-fuzz', [{ rol: 'melder', code: SCHOOL }]);
    const nummer = await g.nieuweMelding();
    const melder = await g.inloggen(g.melder);
    const concept = await startConcept(melder, await g.leerling());
    const cp = await s.contactpersonen.toevoegen({ instellingscode: SCHOOL, gebruikerId: null, gebruikersnaam: 'test', ip: null }, { naam: 'Fuzz Persoon', functie: null, telefoonnummer: '020 123 45 67', email: 'fuzz@school.example' });
    const behandelaar = await g.inloggen(g.behandelaar);
    await behandelaar.get('/gemeente/vrijstellingen');
    const keuze = /\/leerling\/([A-Za-z0-9_-]+)/.exec(String((await behandelaar.post('/gemeente/vrijstellingen', { pgn: await g.leerling() })).headers.location))?.[1];
    Object.assign(valid, {
      nummer: [nummer],
      versie: ['1'],
      concept: [concept],
      id: [g.locatieId, cp.id, ander.id, '1'],
      rolId: ['1'],
      keuze: keuze ? [keuze] : [],
      stap: ['leerling', 'verzuim', 'lesuren', 'actie-school'],
      actie: Object.values(GEMEENTE_ACTIES),
    });

    roles.push(await role('anoniem', null), await role('melder', g.melder), await role('behandelaar', g.behandelaar), await role('beheerder', beheerder), await role('functioneel beheerder', fb));
    routes = routesOf(g.t.app).filter((r) => !r.url.includes('*'));

    // Per role: the routes it may open, and the field names of the forms on each route's page
    // (with valid parameters). A POST-only route counts when a GET under the same first two
    // segments does; the login routes only for no login (they would replace the session).
    const open = new Set<string>();
    for (const r of roles) {
      for (const route of routes.filter((x) => x.method === 'GET')) {
        const url = route.url.replace(PLACEHOLDER, (_m, name: string) => valid[name]?.[0] ?? 'x');
        const res = await g.t.app.inject({ method: 'GET', url, headers: { cookie: r.cookie, accept: 'text/html' } });
        const refused = res.statusCode === 403 || res.statusCode === 401 || String(res.headers.location ?? '').startsWith('/inloggen');
        if (refused) continue;
        open.add(`${r.naam} ${route.url.split('/').slice(0, 3).join('/')}`);
        const names = velden.get(route.url) ?? new Set<string>();
        for (const m of res.body.matchAll(/name="([^"]+)"/g)) if (m[1] !== '_csrf') names.add(m[1]!);
        velden.set(route.url, names);
      }
      const sessie = r.naam === 'anoniem' ? () => true : (x: Route) => !/^\/(uitloggen|inloggen)/.test(x.url);
      r.routes = routes.filter((x) => sessie(x) && open.has(`${r.naam} ${x.url.split('/').slice(0, 3).join('/')}`));
    }
  });
  afterAll(async () => g?.t.close());

  it('security: no request of the fuzz gets a status of 500 or more', async () => {
    expect(routes.length).toBeGreaterThan(40);
    for (const names of velden.values()) for (const n of names) fieldNames.add(n);
    expect(fieldNames.size).toBeGreaterThan(70);
    for (const r of roles) expect(r.routes.length, r.naam).toBeGreaterThan(4);
    const names = [...fieldNames];
    // A field name: mostly one of the route's own page, else any.
    const name = fc.tuple(fc.nat(), fc.nat({ max: 9 }));
    const request = fc.record({
      role: fc.nat({ max: roles.length - 1 }),
      route: fc.nat({ max: 10_000 }),
      params: fc.array(fc.oneof(encoded, fc.nat({ max: 3 }).map((i) => ({ valid: i }))), { minLength: 3, maxLength: 3 }),
      query: fc.array(fc.tuple(name, encoded), { maxLength: 4 }),
      form: fc.array(fc.tuple(name, encoded), { maxLength: 8 }),
      header: fc.option(fc.tuple(fc.constantFrom('user-agent', 'x-forwarded-for', 'accept-language', 'referer', 'cookie'), text), { freq: 6 }),
    });

    await fc.assert(
      fc.asyncProperty(request, async (q) => {
        const r = roles[q.role]!;
        const route = r.routes[q.route % r.routes.length]!;
        const eigen = [...(velden.get(route.url) ?? []), ...URL_PARAMS];
        const veld = ([n, kans]: [number, number]) => (kans < 7 ? eigen[n % eigen.length]! : names[n % names.length]!);
        let i = 0;
        const path = route.url.replace(PLACEHOLDER, (_m, param: string) => {
          const p = q.params[i++ % q.params.length]!;
          if (typeof p === 'string') return p;
          const values = valid[param] ?? [];
          return values.length > 0 ? values[p.valid % values.length]! : 'x';
        });
        const qs = q.query.map(([k, v]) => `${veld(k)}=${v}`).join('&');
        const url = qs ? `${path}?${qs}` : path;
        const headers: Record<string, string> = { cookie: r.cookie, accept: 'text/html' };
        if (q.header) {
          const [name, value] = q.header;
          headers[name] = name === 'cookie' ? `${SESSION_COOKIE}=${value}; ${r.cookie}` : value;
        }
        const body = route.method === 'POST' ? [`_csrf=${encodeURIComponent(r.csrf)}`, ...q.form.map(([k, v]) => `${veld(k)}=${v}`)].join('&') : undefined;
        if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
        const res = await g.t.app.inject({ method: route.method, url, headers, payload: body, remoteAddress: '127.0.9.9' });
        if (res.statusCode >= 500) throw new Error(`${res.statusCode} for ${r.naam}: ${route.method} ${url}${body ? ` body ${body.slice(0, 500)}` : ''}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: false, verbose: 1 },
    );
  }, 900_000);
});
