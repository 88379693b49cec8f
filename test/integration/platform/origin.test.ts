// security: a state-changing request must come from our own pages. The CSRF token is the first
// layer; Origin / Sec-Fetch-Site is the second, checked before the body is read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testClock, type TestApp } from '../../helpers/app';
import { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker, type TestUser } from '../../helpers/factories';
import { fromOwnOrigin } from '../../../src/platform/http/request-context';

describe(`security: origin check on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let user: TestUser;
  const clock = testClock(new Date('2026-11-02T09:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp({ now: clock, config: { BASE_URL: 'https://verzuimloket.example' } });
    user = await gebruiker(t.services, 'oorsprong', [{ rol: 'functioneel_beheerder' }]);
  });
  afterAll(async () => t?.close());

  async function loggedIn() {
    const c = new TestClient(t.app);
    clock.advance(60_000); // a fresh TOTP step: a code works once
    await c.login('oorsprong', user.wachtwoord, user.totpSecret, clock().getTime());
    await c.get('/');
    return c;
  }

  /** POST /uitloggen with the right token and cookie, plus the given headers. */
  async function logout(c: TestClient, headers: Record<string, string>) {
    return t.app.inject({
      method: 'POST',
      url: '/uitloggen',
      headers: {
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      payload: new URLSearchParams({ _csrf: c.csrf() }).toString(),
    });
  }

  it('security a post from another site is refused with a Dutch page and changes nothing, even with the right token', async () => {
    const c = await loggedIn();
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://verzuimloket.example' }, // Sec-Fetch-Site decides
      { 'sec-fetch-site': 'same-site', origin: 'https://sub.verzuimloket.example' },
      { origin: 'http://verzuimloket.example' }, // another scheme is another origin
    ] as Record<string, string>[]) {
      const res = await logout(c, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.body).toContain('Verzoek geweigerd');
      expect(res.body).toContain('Er is niets opgeslagen');
      expect((await c.get('/')).statusCode).toBe(200); // still logged in
    }
  });

  it('security a post from our own pages passes: BASE_URL as origin, the addressed host, or no origin at all', async () => {
    for (const headers of [
      { origin: 'https://verzuimloket.example', 'sec-fetch-site': 'same-origin' },
      { origin: 'http://localhost:3000', host: 'localhost:3000' },
      // What Chromium sends from our own form: no-referrer makes the Origin "null".
      { origin: 'null', 'sec-fetch-site': 'same-origin' },
      {},
    ] as Record<string, string>[]) {
      const c = await loggedIn();
      const res = await logout(c, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(303);
      expect(res.headers.location).toBe('/uitgelogd');
    }
  });

  it('security pages may not be framed: X-Frame-Options DENY agrees with frame-ancestors none', async () => {
    const res = await t.app.inject('/inloggen');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });

  it('security fromOwnOrigin refuses a malformed origin and an origin with a path', () => {
    const base = 'https://verzuimloket.example';
    expect(fromOwnOrigin({ origin: 'https://verzuimloket.example/x', host: 'verzuimloket.example' }, base)).toBe(false);
    expect(fromOwnOrigin({ origin: 'not a url', host: 'verzuimloket.example' }, base)).toBe(false);
    expect(fromOwnOrigin({ origin: 'https://verzuimloket.example.evil.example', host: 'verzuimloket.example' }, base)).toBe(false);
    expect(fromOwnOrigin({ 'sec-fetch-site': 'none' }, base)).toBe(true);
  });
});
