import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCode } from '../../../src/modules/auth/totp';
import { THROTTLE } from '../../../src/modules/auth/rules';
import { createTestApp, testClock, type TestApp } from '../../helpers/app';
import { TestClient } from '../../helpers/client';
import { gebruiker, type TestUser } from '../../helpers/factories';
import { testDatabaseKind } from '../../helpers/database';

const GENERIC = 'De combinatie van inlognaam en wachtwoord is onjuist';

describe(`login on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let user: TestUser;
  const clock = testClock(new Date('2026-11-02T09:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp({ now: clock });
    user = await gebruiker(t.services, 'marieke', [{ rol: 'functioneel_beheerder' }]);
  });
  afterAll(async () => t?.close());

  const audits = (actie: string) => t.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).execute();

  it('R-AUTH-1 password then TOTP code logs in, and the session id changes after each step', async () => {
    const c = new TestClient(t.app);
    await c.get('/inloggen');
    const anon = c.cookies.get('__Host-sessie');
    const pw = await c.post('/inloggen', { gebruikersnaam: 'Marieke ', wachtwoord: user.wachtwoord });
    expect(pw.statusCode).toBe(303);
    expect(pw.headers.location).toBe('/inloggen/code?terug=%2F');
    const half = c.cookies.get('__Host-sessie');
    expect(half).toBeDefined();
    expect(half).not.toBe(anon);
    // Half-way, the service itself is not reachable yet.
    expect((await c.get('/')).headers.location).toMatch(/^\/inloggen/);
    await c.get('/inloggen/code');
    const code = await c.post('/inloggen/code', { code: currentCode(user.totpSecret, clock().getTime()) });
    expect(code.statusCode).toBe(303);
    expect(c.cookies.get('__Host-sessie')).not.toBe(half);
    const start = await c.get('/');
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('Test marieke');
    expect((await audits('inloggen')).some((a) => a.gebruikersnaam === 'marieke')).toBe(true);
  });

  it('R-AUTH-1 the session cookie is __Host-, Secure, HttpOnly and SameSite=Lax', async () => {
    const c = new TestClient(t.app);
    const res = await c.get('/inloggen');
    const cookie = res.cookies.find((k) => k.name === '__Host-sessie')!;
    expect(cookie).toMatchObject({ path: '/', httpOnly: true, secure: true, sameSite: 'Lax' });
    expect(cookie.domain).toBeUndefined();
  });

  it('R-AUTH-1 a wrong password and an unknown user get the same message, the name kept, the password not', async () => {
    for (const gebruikersnaam of ['marieke', 'niemand']) {
      const c = new TestClient(t.app);
      await c.get('/inloggen');
      const res = await c.post('/inloggen', { gebruikersnaam, wachtwoord: 'fout-wachtwoord-123' });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(GENERIC);
      expect(res.body).toContain('href="#gebruikersnaam"');
      expect(res.body).toContain(`value="${gebruikersnaam}"`);
      expect(res.body).not.toContain('fout-wachtwoord-123');
    }
    expect((await audits('inloggen_mislukt')).map((a) => a.gebruikersnaam)).toEqual(expect.arrayContaining(['marieke', 'niemand']));
  });

  it('R-AUTH-1 empty fields get a message at each field', async () => {
    const c = new TestClient(t.app);
    await c.get('/inloggen');
    const res = await c.post('/inloggen', { gebruikersnaam: '', wachtwoord: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul uw inlognaam in');
    expect(res.body).toContain('Vul uw wachtwoord in');
  });

  it('R-AUTH-1 a wrong code is refused; a used code cannot be used again (replay refused and audited)', async () => {
    const c = new TestClient(t.app);
    await c.get('/inloggen');
    await c.post('/inloggen', { gebruikersnaam: 'marieke', wachtwoord: user.wachtwoord });
    await c.get('/inloggen/code');
    const wrong = await c.post('/inloggen/code', { code: '000000' === currentCode(user.totpSecret, clock().getTime()) ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('De code is onjuist');
    const badFormat = await c.post('/inloggen/code', { code: '12ab' });
    expect(badFormat.body).toContain('De code bestaat uit 6 cijfers');

    clock.advance(60_000); // a fresh step, unused so far
    const code = currentCode(user.totpSecret, clock().getTime());
    expect((await c.post('/inloggen/code', { code })).statusCode).toBe(303);

    const other = new TestClient(t.app);
    await other.get('/inloggen');
    await other.post('/inloggen', { gebruikersnaam: 'marieke', wachtwoord: user.wachtwoord });
    await other.get('/inloggen/code');
    const replay = await other.post('/inloggen/code', { code });
    expect(replay.statusCode).toBe(400);
    expect((await audits('totp_hergebruik')).length).toBeGreaterThan(0);
  });

  /** Fails a password for `naam` from `ip` and returns the answer. */
  async function failFrom(ip: string, naam: string, cookies?: Map<string, string>) {
    const c = new TestClient(t.app, ip);
    if (cookies) for (const [k, v] of cookies) c.cookies.set(k, v);
    await c.get('/inloggen');
    return c.post('/inloggen', { gebruikersnaam: naam, wachtwoord: 'fout-wachtwoord-xxxx' });
  }

  it(`security R-AUTH-1 after ${THROTTLE.account.free} failures an account is slowed for untrusted clients (429, Retry-After, the wait in Dutch), never locked: after the delay the right password passes`, async () => {
    const victim = await gebruiker(t.services, 'doelwit');
    for (let i = 0; i < THROTTLE.account.free; i++) expect((await failFrom(`10.0.0.${i}`, 'doelwit')).statusCode).toBe(400);
    const c = new TestClient(t.app, '10.1.1.1');
    await c.get('/inloggen');
    const waiting = await c.post('/inloggen', { gebruikersnaam: 'doelwit', wachtwoord: victim.wachtwoord });
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['retry-after']).toBe('2');
    expect(waiting.body).toContain('Er is te vaak geprobeerd in te loggen. Probeer het over 2 seconden opnieuw.');
    expect(waiting.body).toContain('value="doelwit"');
    // Hammering during the delay does not lengthen it.
    for (let i = 0; i < 5; i++) expect((await failFrom('10.0.0.99', 'doelwit')).statusCode).toBe(429);
    clock.advance(2_000);
    await c.get('/inloggen');
    expect((await c.post('/inloggen', { gebruikersnaam: 'doelwit', wachtwoord: victim.wachtwoord })).statusCode).toBe(303);
    // The next failure doubles the delay; unknown names are slowed the same way (no enumeration).
    clock.advance(1_000);
    expect((await failFrom('10.0.0.98', 'doelwit')).statusCode).toBe(400);
    expect((await failFrom('10.0.0.97', 'doelwit')).headers['retry-after']).toBe('4');
    for (let i = 0; i < THROTTLE.account.free; i++) await failFrom(`10.2.0.${i}`, 'niemand-bekend');
    expect((await failFrom('10.2.1.1', 'niemand-bekend')).statusCode).toBe(429);
  });

  it('security R-AUTH-1 an attacker\'s failures never slow the user\'s own browser (device cookie), and a code can still not be guessed there', async () => {
    const victim = await gebruiker(t.services, 'eigenaar');
    const own = new TestClient(t.app, '10.3.0.1');
    clock.advance(60_000);
    await own.login('eigenaar', victim.wachtwoord, victim.totpSecret, clock().getTime());
    expect(own.cookies.get('__Host-apparaat')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await own.post('/uitloggen');
    for (let i = 0; i < 30; i++) {
      await failFrom(`10.4.0.${i}`, 'eigenaar');
      clock.advance(200);
    }
    // Another browser waits; the user's own logs in at once.
    expect((await failFrom('10.4.1.1', 'eigenaar')).statusCode).toBe(429);
    clock.advance(60_000);
    await own.login('eigenaar', victim.wachtwoord, victim.totpSecret, clock().getTime());
    expect((await own.get('/')).statusCode).toBe(200);
    // The cookie of one account is worth nothing for another.
    await gebruiker(t.services, 'derde');
    for (let i = 0; i < THROTTLE.account.free; i++) await failFrom(`10.4.3.${i}`, 'derde');
    expect((await failFrom('10.4.2.1', 'derde', new Map([['__Host-apparaat', own.cookies.get('__Host-apparaat')!]]))).statusCode).toBe(429);
    // The trusted device has its own budget: wrong codes there are slowed too.
    await own.post('/uitloggen');
    await own.get('/inloggen');
    await own.post('/inloggen', { gebruikersnaam: 'eigenaar', wachtwoord: victim.wachtwoord });
    await own.get('/inloggen/code');
    const wrong = currentCode(victim.totpSecret, clock().getTime()) === '000000' ? '111111' : '000000';
    const answers: number[] = [];
    for (let i = 0; i <= THROTTLE.apparaat.free; i++) answers.push((await own.post('/inloggen/code', { code: wrong })).statusCode);
    expect(answers.slice(0, THROTTLE.apparaat.free).every((a) => a === 400)).toBe(true);
    expect(answers.at(-1)).toBe(429);
    // A password reset forgets the account's devices (the old browser may be a thief's).
    const apparaten = () => t.db.selectFrom('vertrouwde_apparaten').select('token_hash').where('gebruiker_id', '=', victim.id).execute();
    expect(await apparaten()).toHaveLength(1);
    await t.services.gebruikers.setWachtwoord(victim.id, victim.wachtwoord, { gebruikerId: null, gebruikersnaam: 'test' });
    expect(await apparaten()).toHaveLength(0);
  });

  it(`security R-AUTH-1 unknown names from one address slow only its untrusted clients, at most ${THROTTLE.adres.maxMs / 1000} s; a trusted device there and other addresses go on`, async () => {
    const leraar = await gebruiker(t.services, 'leraar');
    const eigen = new TestClient(t.app, '10.5.0.1');
    clock.advance(60_000);
    await eigen.login('leraar', leraar.wachtwoord, leraar.totpSecret, clock().getTime());
    await eigen.post('/uitloggen');
    for (let i = 0; i < THROTTLE.adres.free + 10; i++) {
      if (i > 0) clock.advance(THROTTLE.adres.maxMs); // each try waits out the delay before it
      expect((await failFrom('10.5.0.1', `leerling-probeert-${i}`)).statusCode).toBe(400);
    }
    const nieuw = new TestClient(t.app, '10.5.0.1');
    await nieuw.get('/inloggen');
    const waiting = await nieuw.post('/inloggen', { gebruikersnaam: 'leraar', wachtwoord: leraar.wachtwoord });
    expect(waiting.statusCode).toBe(429);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(THROTTLE.adres.maxMs / 1000);
    clock.advance(THROTTLE.adres.maxMs);
    await nieuw.get('/inloggen');
    expect((await nieuw.post('/inloggen', { gebruikersnaam: 'leraar', wachtwoord: leraar.wachtwoord })).statusCode).toBe(303);
    await failFrom('10.5.0.1', 'nog-een-leerling');
    clock.advance(60_000);
    await eigen.login('leraar', leraar.wachtwoord, leraar.totpSecret, clock().getTime());
    expect((await eigen.get('/')).statusCode).toBe(200);
    expect((await failFrom('10.6.0.1', 'elders')).statusCode).toBe(400);
  });

  it('security R-AUTH-1 a burst of failures tells functioneel beheer: an audit line and a mail without the account or address', async () => {
    await t.db.updateTable('gebruikers').set({ email: 'beheer@verzuimloket.example' }).where('id', '=', user.id).execute();
    clock.advance(2 * 60 * 60_000);
    for (let i = 0; i < THROTTLE.account.free; i++) await failFrom(`10.7.0.${i}`, 'aanvalsdoel');
    const alerts = await t.db.selectFrom('audit_log').selectAll().where('actie', '=', 'inlogaanval_gesignaleerd').where('gebruikersnaam', '=', 'aanvalsdoel').execute();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.details).toMatchObject({ sleutel: 'account', aantal: THROTTLE.account.free });
    const mails = await t.db.selectFrom('uitgaande_mails').selectAll().where('soort', '=', 'inlogaanval').execute();
    expect(mails.map((m) => m.aan)).toContain('beheer@verzuimloket.example');
    const mail = mails.at(-1)!;
    expect(mail.tekst).toContain(`${THROTTLE.account.free} mislukte inlogpogingen op één account`);
    expect(mail.tekst).not.toContain('aanvalsdoel');
    expect(mail.tekst).not.toContain('10.7.0.');
    // One burst, one alert: more failures in the same hour add none.
    clock.advance(60_000);
    await failFrom('10.7.1.1', 'aanvalsdoel');
    expect(await t.db.selectFrom('audit_log').select('id').where('actie', '=', 'inlogaanval_gesignaleerd').where('gebruikersnaam', '=', 'aanvalsdoel').execute()).toHaveLength(1);
  });

  it('R-AUTH-1 logout ends the session on the server: the old cookie no longer works', async () => {
    const c = new TestClient(t.app);
    clock.advance(60_000);
    await c.login('marieke', user.wachtwoord, user.totpSecret, clock().getTime());
    const stolen = c.cookies.get('__Host-sessie')!;
    await c.get('/');
    const out = await c.post('/uitloggen');
    expect(out.headers.location).toBe('/uitgelogd');
    expect((await audits('uitloggen')).length).toBeGreaterThan(0);
    const thief = new TestClient(t.app);
    thief.cookies.set('__Host-sessie', stolen);
    expect((await thief.get('/')).headers.location).toMatch(/^\/inloggen/);
  });

  it('R-AUTH-1 a session ends after 30 minutes idle and after 12 hours in all', async () => {
    const c = new TestClient(t.app);
    clock.advance(60_000);
    await c.login('marieke', user.wachtwoord, user.totpSecret, clock().getTime());
    clock.advance(29 * 60_000);
    expect((await c.get('/')).statusCode).toBe(200);
    clock.advance(31 * 60_000);
    expect((await c.get('/')).statusCode).toBe(303);

    const d = new TestClient(t.app);
    clock.advance(60_000);
    await d.login('marieke', user.wachtwoord, user.totpSecret, clock().getTime());
    for (let i = 1; i <= 29; i++) {
      clock.advance(25 * 60_000); // active every 25 minutes
      const res = await d.get('/');
      expect(res.statusCode).toBe(i * 25 <= 12 * 60 ? 200 : 303); // 29 × 25 min > 12 h
    }
  });

  it('a state-changing form without the right CSRF token is refused and changes nothing', async () => {
    const c = new TestClient(t.app);
    clock.advance(60_000);
    await c.login('marieke', user.wachtwoord, user.totpSecret, clock().getTime());
    await c.get('/');
    const res = await c.post('/uitloggen', { _csrf: 'vals' });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Uw sessie is verlopen');
    expect((await c.get('/')).statusCode).toBe(200); // still logged in
  });

  it('R-AUTH-1 a first login couples a token generator before entering', async () => {
    const nieuw = await gebruiker(t.services, 'nieuweling', [], { totp: false });
    const c = new TestClient(t.app);
    await c.get('/inloggen');
    const pw = await c.post('/inloggen', { gebruikersnaam: 'nieuweling', wachtwoord: nieuw.wachtwoord });
    expect(pw.headers.location).toBe('/inloggen/koppelen?terug=%2F');
    const page = await c.get('/inloggen/koppelen');
    const uri = /href="(otpauth:\/\/[^"]+)"/.exec(page.body)?.[1];
    expect(uri).toBeDefined();
    const secret = new URL(uri!.replace(/&amp;/g, '&')).searchParams.get('secret')!;
    expect(page.body.replace(/\s/g, '')).toContain(secret);
    // The same secret on a reload: the user may have scanned the first one.
    expect((await c.get('/inloggen/koppelen')).body).toContain(secret);
    // The normal code page does not accept an uncoupled user.
    expect((await c.post('/inloggen/code', { code: currentCode(secret, clock().getTime()) })).statusCode).toBe(400);
    const ok = await c.post('/inloggen/koppelen', { code: currentCode(secret, clock().getTime()) });
    expect(ok.statusCode).toBe(303);
    expect((await c.get('/')).statusCode).toBe(200);
    const row = await t.db.selectFrom('gebruikers').select('totp_actief').where('gebruikersnaam', '=', 'nieuweling').executeTakeFirstOrThrow();
    expect(row.totp_actief).toBe(true);
  });

  it('security R-AUTH-1 the password alone never reaches a new token generator once one is active', async () => {
    const victim = await gebruiker(t.services, 'slachtoffer');
    const before = await t.db.selectFrom('gebruikers').select(['totp_geheim', 'totp_actief']).where('id', '=', victim.id).executeTakeFirstOrThrow();
    const attacker = new TestClient(t.app, '10.9.9.9');
    await attacker.get('/inloggen');
    const pw = await attacker.post('/inloggen', { gebruikersnaam: 'slachtoffer', wachtwoord: victim.wachtwoord });
    expect(pw.headers.location).toBe('/inloggen/code?terug=%2F');
    // The enrolment page sends a coupled account to the code page and shows no secret.
    const enrol = await attacker.get('/inloggen/koppelen?terug=%2F');
    expect(enrol.statusCode).toBe(303);
    expect(enrol.headers.location).toBe('/inloggen/code?terug=%2F');
    expect(enrol.body).not.toContain('otpauth://');
    // A post there (with any code, the half-way session's token) neither logs in nor makes a new secret.
    await attacker.get('/inloggen/code');
    const post = await attacker.post('/inloggen/koppelen', { code: '123456' });
    expect([303, 400]).toContain(post.statusCode);
    expect(post.body).not.toContain('otpauth://');
    expect((await attacker.get('/')).headers.location).toMatch(/^\/inloggen/);
    const after = await t.db.selectFrom('gebruikers').select(['totp_geheim', 'totp_actief']).where('id', '=', victim.id).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    // The victim's own token generator still works.
    clock.advance(60_000);
    const own = new TestClient(t.app);
    await own.login('slachtoffer', victim.wachtwoord, victim.totpSecret, clock().getTime());
    expect((await own.get('/')).statusCode).toBe(200);
  });

  it('security R-AUTH-1 a token reset by a beheerder is the way back to enrolment, and a pending secret is kept until confirmed', async () => {
    const u = await gebruiker(t.services, 'herstel');
    await t.db.updateTable('gebruikers').set({ totp_geheim: null, totp_actief: false, totp_laatste_stap: null }).where('id', '=', u.id).execute();
    const c = new TestClient(t.app);
    await c.get('/inloggen');
    expect((await c.post('/inloggen', { gebruikersnaam: 'herstel', wachtwoord: u.wachtwoord })).headers.location).toBe('/inloggen/koppelen?terug=%2F');
    const first = await c.get('/inloggen/koppelen');
    const secret = new URL(/href="(otpauth:\/\/[^"]+)"/.exec(first.body)![1]!.replace(/&amp;/g, '&')).searchParams.get('secret')!;
    // A wrong code re-renders the same secret (no new one per attempt).
    const wrong = await c.post('/inloggen/koppelen', { code: currentCode(secret, clock().getTime()) === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain(secret);
    clock.advance(60_000);
    expect((await c.post('/inloggen/koppelen', { code: currentCode(secret, clock().getTime()) })).statusCode).toBe(303);
    // Coupled now: a second password-only session cannot start another enrolment.
    const other = new TestClient(t.app);
    await other.get('/inloggen');
    expect((await other.post('/inloggen', { gebruikersnaam: 'herstel', wachtwoord: u.wachtwoord })).headers.location).toBe('/inloggen/code?terug=%2F');
    expect((await other.get('/inloggen/koppelen')).headers.location).toBe('/inloggen/code?terug=%2F');
    const row = await t.db.selectFrom('gebruikers').select(['totp_geheim', 'totp_actief']).where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_geheim: secret, totp_actief: true });
  });

  it('security R-AUTH-1 the half-way session (password right, no code yet) ends after 10 minutes', async () => {
    const c = new TestClient(t.app);
    await c.get('/inloggen');
    await c.post('/inloggen', { gebruikersnaam: 'marieke', wachtwoord: user.wachtwoord });
    expect((await c.get('/inloggen/code')).statusCode).toBe(200);
    clock.advance(11 * 60_000);
    const late = await c.get('/inloggen/code');
    expect(late.statusCode).toBe(303);
    expect(late.headers.location).toBe('/inloggen');
  });

  it('security the return path is checked as a browser resolves it: tab, newline and backslash tricks go to /', async () => {
    for (const terug of ['%2F%09%2Fevil.example', '%2F%0A%2Fevil.example', '%2F%5Cevil.example', '%2F.%2F%2Fevil.example']) {
      const c = new TestClient(t.app);
      const page = await c.get(`/inloggen?terug=${terug}`);
      expect(page.statusCode, terug).toBe(200);
      const pw = await c.post(`/inloggen?terug=${terug}`, { gebruikersnaam: 'marieke', wachtwoord: user.wachtwoord });
      expect(pw.statusCode, terug).toBe(303);
      expect(pw.headers.location, terug).toBe('/inloggen/code?terug=%2F');
    }
  });

  it('R-AUTH-1 a blocked user cannot log in and is thrown out at once', async () => {
    const b = await gebruiker(t.services, 'blokkade');
    const c = new TestClient(t.app);
    clock.advance(60_000);
    await c.login('blokkade', b.wachtwoord, b.totpSecret, clock().getTime());
    expect((await c.get('/')).statusCode).toBe(200);
    await t.services.gebruikers.setGeblokkeerd(b.id, true, { gebruikerId: null, gebruikersnaam: 'test' });
    expect((await c.get('/')).statusCode).toBe(303);
    const again = new TestClient(t.app);
    await again.get('/inloggen');
    const res = await again.post('/inloggen', { gebruikersnaam: 'blokkade', wachtwoord: b.wachtwoord });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(GENERIC);
  });

  it('after login the user returns to the page asked for, but never to another site', async () => {
    const c = new TestClient(t.app);
    const first = await c.get('/contact?x=1');
    expect(first.statusCode).toBe(200); // public
    const guarded = await c.get('/beheer/audit?pagina=2');
    expect(guarded.headers.location).toBe('/inloggen?terug=%2Fbeheer%2Faudit%3Fpagina%3D2');
    await c.get('/inloggen?terug=//evil.example');
    const pw = await c.post('/inloggen?terug=//evil.example', { gebruikersnaam: 'marieke', wachtwoord: user.wachtwoord });
    expect(pw.headers.location).toBe('/inloggen/code?terug=%2F');
  });
});
