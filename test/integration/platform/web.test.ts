import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testClock, type TestApp } from '../../helpers/app';
import { TestClient } from '../../helpers/client';
import { gebruiker, gemeente, instelling, type TestUser } from '../../helpers/factories';
import { startConcept, stapUrl, totOverzicht } from '../meldingen/setup';
import { ANDERE_SCHOOL, registreer, SCHOOL, vrijstellingSetup, zoekLeerling, type VrijstellingSetup } from '../vrijstellingen/setup';
import { testDatabaseKind } from '../../helpers/database';
import { currentCode } from '../../../src/modules/auth/totp';
import { serveMetrics } from '../../../src/platform/http/metrics';

describe(`web baseline on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let melder: TestUser;
  let beheerder: TestUser;
  let fb: TestUser;
  let behandelaar: TestUser;
  const clock = testClock();

  beforeAll(async () => {
    t = await createTestApp({
      now: clock,
      routes: (app) => {
        // Test-only routes: the guard itself is what is tested here.
        app.get('/test/opvoeren', { config: { ability: 'verzuim.opvoeren' } }, async (request) => ({
          instellingscode: request.session?.instellingscode,
        }));
        app.post('/test/opvoeren', { config: { ability: 'verzuim.opvoeren' } }, async () => ({ ok: true }));
        app.get('/test/kapot', async () => {
          throw new Error('geheime interne details');
        });
      },
    });
    await instelling(t.services, '01AB', 'Het Lyceum');
    await instelling(t.services, '02CD', 'Het College');
    await gemeente(t.services, '0363', 'Amsterdam');
    melder = await gebruiker(t.services, 'melder', [
      { rol: 'melder', code: '01AB' },
      { rol: 'melder', code: '02CD' },
    ]);
    beheerder = await gebruiker(t.services, 'beheerder', [{ rol: 'beheerder_onderwijs', code: '01AB' }, { rol: 'melder', code: '01AB' }]);
    fb = await gebruiker(t.services, 'fbeheer', [{ rol: 'functioneel_beheerder' }]);
    behandelaar = await gebruiker(t.services, 'lpa', [{ rol: 'gemeente_behandelaar', code: '0363' }]);
  });
  afterAll(async () => t?.close());

  async function loggedIn(u: TestUser) {
    const c = new TestClient(t.app, `127.0.0.${Math.floor(Math.random() * 200) + 2}`);
    // A TOTP code works once: each login uses the next 30-second step.
    clock.advance(30_000);
    await c.login(u.gebruikersnaam, u.wachtwoord, u.totpSecret, clock().getTime());
    return c;
  }

  it('R-AUTH-2 a user with two institutions chooses the instellingscode first, then sees it on every page', async () => {
    const c = await loggedIn(melder);
    const first = await c.get('/test/opvoeren');
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe('/instelling-kiezen?terug=%2Ftest%2Fopvoeren');
    const chooser = await c.get(String(first.headers.location));
    expect(chooser.body).toContain('01AB - Het Lyceum');
    expect(chooser.body).toContain('02CD - Het College');
    const none = await c.post('/instelling-kiezen?terug=%2Ftest%2Fopvoeren', {});
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Kies een instellingscode uit de lijst');
    const notMine = await c.post('/instelling-kiezen?terug=%2Ftest%2Fopvoeren', { code: '99ZZ' });
    expect(notMine.statusCode).toBe(400);
    const chosen = await c.post('/instelling-kiezen?terug=%2Ftest%2Fopvoeren', { code: '02CD' });
    expect(chosen.headers.location).toBe('/test/opvoeren');
    expect((await c.get('/test/opvoeren')).json()).toEqual({ instellingscode: '02CD' });
    const start = await c.get('/');
    expect(start.body).toContain('02CD - Het College');
    expect(start.body).toContain('href="/instelling-kiezen"'); // can switch
  });

  it('R-AUTH-2 a user with one institution gets it chosen without asking and cannot switch', async () => {
    const c = await loggedIn(beheerder);
    expect((await c.get('/test/opvoeren')).json()).toEqual({ instellingscode: '01AB' });
    const start = await c.get('/');
    expect(start.body).toContain('01AB - Het Lyceum');
    expect(start.body).not.toContain('href="/instelling-kiezen"');
  });

  it('R-AUTH-2 a user with one institution has it chosen at login, shown on the start page already', async () => {
    const c = await loggedIn(beheerder);
    expect((await c.get('/')).body).toContain('01AB - Het Lyceum');
  });

  it('requests a browser makes on its own never disturb a login half-way (favicon, images)', async () => {
    const c = new TestClient(t.app);
    await c.get('/inloggen');
    await c.post('/inloggen', { gebruikersnaam: 'beheerder', wachtwoord: beheerder.wachtwoord });
    const half = c.cookies.get('__Host-sessie');
    await c.get('/inloggen/code');
    const token = c.csrf();
    expect((await t.app.inject({ url: '/favicon.ico' })).statusCode).toBe(301);
    const icon = await t.app.inject({ url: '/iets.png', headers: { accept: 'image/avif,image/webp,*/*', cookie: `__Host-sessie=${half}` } });
    expect(icon.statusCode).toBe(401);
    await c.get('/inloggen'); // another tab opens the login page
    expect(c.cookies.get('__Host-sessie')).toBe(half);
    clock.advance(30_000);
    const code = await c.post('/inloggen/code', { _csrf: token, code: currentCode(beheerder.totpSecret, clock().getTime()) });
    expect(code.statusCode).toBe(303);
  });

  it('R-AUTH-3 a function the roles do not allow answers "Geen toegang", also for a POST', async () => {
    const c = await loggedIn(behandelaar);
    const res = await c.get('/test/opvoeren');
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Geen toegang');
    await c.get('/');
    expect((await c.post('/test/opvoeren')).statusCode).toBe(403);
    expect((await c.get('/beheer/gebruikers')).statusCode).toBe(403);
  });

  it('R-AUTH-3 the left menu shows only what the roles allow', async () => {
    const menu = (html: string) => [...html.matchAll(/class="vl-menu__link[^"]*" href="([^"]+)"/g)].map((m) => m[1]);
    const fbMenu = menu((await (await loggedIn(fb)).get('/')).body);
    expect(fbMenu).toEqual(expect.arrayContaining(['/', '/beheer/gebruikers', '/beheer/audit']));
    expect(fbMenu.filter((h) => h?.startsWith('/verzuim') || h?.startsWith('/gemeente'))).toEqual([]);
    const melderMenu = menu((await (await loggedIn(melder)).get('/')).body);
    expect(melderMenu[0]).toBe('/');
    expect(melderMenu.filter((h) => h?.startsWith('/beheer'))).toEqual([]);
  });

  it('pages carry the strict CSP, no-store and the other security headers', async () => {
    const c = await loggedIn(fb);
    const res = await c.get('/');
    const csp = String(res.headers['content-security-policy']);
    for (const d of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "base-uri 'none'", "frame-ancestors 'none'", "object-src 'none'"]) {
      expect(csp).toContain(d);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['strict-transport-security']).toBeUndefined(); // only in production, behind TLS
    expect(res.body).not.toMatch(/<script>|style="/); // nothing inline
    // Also on a page without login, and on the second request as on the first (set once, sent always).
    for (const path of ['/inloggen', '/inloggen']) {
      const open = await c.get(path);
      expect(open.headers['content-security-policy']).toBe(csp);
      expect(open.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('the 404 and 500 pages show no internals', async () => {
    const c = await loggedIn(fb);
    const missing = await c.get('/bestaat/niet');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Pagina niet gevonden');
    const broken = await c.get('/test/kapot');
    expect(broken.statusCode).toBe(500);
    expect(broken.body).toContain('Er is iets misgegaan');
    expect(broken.body).not.toContain('geheime interne details');
    expect(broken.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('R-UI-4 Contact needs no login and has the print button and the link to Contact (every other page: below)', async () => {
    const anon = new TestClient(t.app);
    const contact = await anon.get('/contact');
    expect(contact.statusCode).toBe(200);
    expect(contact.body).toContain('verzuim@duo.nl');
    expect(contact.body).toContain('data-print');
    expect(contact.body).toContain('href="/contact"');
  });

  it('health endpoints answer without a session', async () => {
    expect((await t.app.inject('/health/live')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/health/ready')).json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('security /metrics is not on the public port; the internal metrics server serves it', async () => {
    await t.app.inject('/contact');
    const publicly = await t.app.inject('/metrics');
    expect(publicly.statusCode).not.toBe(200); // anonymous: to the login page, like any unknown address
    expect(publicly.body).not.toContain('http_request_duration_seconds');
    const internal = await serveMetrics(t.metrics, { host: '127.0.0.1', port: 0 });
    try {
      const res = await fetch(`http://127.0.0.1:${internal.port}/metrics`);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain('http_request_duration_seconds_bucket');
      expect(body).toContain('route="/contact"');
      expect(res.headers.get('set-cookie')).toBeNull();
      expect((await fetch(`http://127.0.0.1:${internal.port}/anders`)).status).toBe(404);
    } finally {
      await internal.close();
    }
  });

  it('the vendor and own stylesheets are served from our origin', async () => {
    for (const url of ['/static/vendor/utrecht/design-tokens.css', '/static/vendor/utrecht/component-library.css', '/static/css/app.css', '/static/js/print.js']) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(200);
    }
  });
});

// R-UI-4 on every page the browser journeys (test/e2e) visit, collected by hand from those
// tests, each rendered through app.inject as the user the journey uses, with real data behind it.
describe(`R-UI-4 the print button on every page of the e2e journeys, on ${testDatabaseKind}`, () => {
  let v: VrijstellingSetup;
  beforeAll(async () => {
    v = await vrijstellingSetup();
  }, 120_000);
  afterAll(async () => v?.t.close());

  // The button, and the script that reveals and wires it (without it the button stays hidden).
  const printKnop = /<button[^>]*\sdata-print[\s=>][^>]*>\s*Deze pagina afdrukken\s*<\/button>/;
  async function bekijk(c: TestClient, urls: string[], status = 200) {
    for (const url of urls) {
      const r = await c.get(url);
      expect(r.statusCode, url).toBe(status);
      expect(r.body, url).toMatch(printKnop);
      expect(r.body, url).toMatch(/<script[^>]*\ssrc="\/static\/js\/print\.js"/);
      expect(r.body, url).toContain('href="/contact"');
    }
  }

  it('R-UI-4 every page the e2e journeys visit, for every role, has the print button and the link to Contact', async () => {
    const s = v.t.services;
    // Anonymous: login, the code step, logged out, Contact.
    const anoniem = new TestClient(v.t.app, '127.0.9.1');
    await bekijk(anoniem, ['/inloggen', '/contact', '/uitgelogd']);
    await anoniem.get('/inloggen');
    const codeStap = String((await anoniem.post('/inloggen', { gebruikersnaam: v.melder.gebruikersnaam, wachtwoord: v.melder.wachtwoord })).headers.location);
    expect(codeStap).toMatch(/^\/inloggen\/code/);
    await bekijk(anoniem, [codeStap]);

    // A melder of two schools chooses one first.
    const tweeScholen = await gebruiker(s, 'twee-scholen', [{ rol: 'melder', code: SCHOOL }, { rol: 'melder', code: ANDERE_SCHOOL }]);
    await bekijk(await v.inloggen(tweeScholen), ['/instelling-kiezen']);

    // The melder: an unknown page, the wizard, drafts, Raadplegen, a melding's page, its edit steps, Kopiëren, Historie, Intrekken.
    const melder = await v.inloggen(v.melder);
    await bekijk(melder, ['/bestaat-niet'], 404);
    const concept = await startConcept(melder, await v.leerling());
    await totOverzicht(melder, concept);
    const stappen = ['leerling', 'verzuim', 'lesuren', 'actie-school', 'overzicht'];
    await bekijk(melder, ['/', '/verzuim/opvoeren', ...stappen.map((p) => stapUrl(concept, p)), '/verzuim/concepten', `/verzuim/concepten/${concept}/verwijderen`]);
    expect((await melder.post(stapUrl(concept, 'overzicht'), { actie: 'opslaan' })).statusCode).toBe(303);
    await bekijk(melder, [stapUrl(concept, 'verzonden')]);
    const nummer = (await v.t.db.selectFrom('meldingen').select('nummer').where('concept_id', '=', concept).executeTakeFirstOrThrow()).nummer;
    const pagina = `/verzuim/meldingen/${nummer}`;
    await bekijk(melder, ['/verzuim/raadplegen', pagina, ...['leerling', 'verzuim', 'lesuren', 'actie-school'].map((p) => `${pagina}/wijzigen/${p}`), `${pagina}/kopieren`, `${pagina}/historie`, `${pagina}/historie/1`, `${pagina}/intrekken`]);

    // The gemeente's behandelaar: the inbox, the melding, each action's page, Vrijstellingen.
    const gemeente = await v.inloggen(v.amsterdam);
    const gPagina = `/gemeente/meldingen/${nummer}`;
    await bekijk(gemeente, ['/gemeente/meldingen', gPagina, `${gPagina}/historie`, ...['in-behandeling-nemen', 'afsluiten', 'ter-kennisgeving-aannemen', 'routeren'].map((a) => `${gPagina}/${a}`)]);
    const leerlingPad = await zoekLeerling(gemeente, await v.leerling());
    await bekijk(gemeente, ['/gemeente/vrijstellingen', leerlingPad, `${leerlingPad}/registreren`]);
    expect((await registreer(gemeente, leerlingPad, { soort: '5_onder_a', begindatum: '01-04-2030', einddatum: '' })).statusCode).toBe(303);
    const vrijstelling = (await v.t.db.selectFrom('vrijstellingen').select('id').executeTakeFirstOrThrow()).id;
    await bekijk(gemeente, [`/gemeente/vrijstellingen/${vrijstelling}/wijzigen`, `/gemeente/vrijstellingen/${vrijstelling}/beeindigen`]);

    // The melder withdraws it and sees the confirmation.
    await melder.get(`${pagina}/intrekken`);
    const ingetrokken = await melder.post(`${pagina}/intrekken`, { versie: '1', reden: 'foutief_opgevoerd' });
    expect(ingetrokken.statusCode, ingetrokken.body.slice(0, 2000)).toBe(303);
    await bekijk(melder, [String(ingetrokken.headers.location)]);

    // Beheer onderwijs: locaties and contactpersonen with their add, change and delete pages.
    const beheer = await v.inloggen(await gebruiker(s, 'schoolbeheer', [{ rol: 'beheerder_onderwijs', code: SCHOOL }]));
    const contact = (await v.t.db.selectFrom('contactpersonen').select('id').executeTakeFirstOrThrow()).id;
    await bekijk(beheer, [
      '/beheer/locaties', '/beheer/locaties/toevoegen', `/beheer/locaties/${v.locatieId}/wijzigen`, `/beheer/locaties/${v.locatieId}/verwijderen`,
      '/beheer/contactpersonen', '/beheer/contactpersonen/toevoegen', `/beheer/contactpersonen/${contact}/wijzigen`, `/beheer/contactpersonen/${contact}/verwijderen`,
    ]);

    // Functioneel beheer: users, registers (upload, format), audit, sent mails.
    const fbeheer = await v.inloggen(await gebruiker(s, 'functioneel', [{ rol: 'functioneel_beheerder' }]));
    const mail = (await v.t.db.selectFrom('uitgaande_mails').select('id').executeTakeFirstOrThrow()).id;
    await bekijk(fbeheer, ['/beheer/gebruikers', '/beheer/gebruikers/nieuw', `/beheer/gebruikers/${v.melder.id}`, '/beheer/registers', '/beheer/registers/formaat', '/beheer/audit', '/beheer/mails', `/beheer/mails/${mail}`]);
  }, 120_000);
});
