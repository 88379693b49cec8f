// A property of the token endpoint (issue 16 "never a 500 for bad input"): whatever a form body,
// its content type or a query string holds — controls, broken UTF-16, repeated parameters,
// JWT-shaped garbage, assertions signed by a stranger — the answer is an RFC 6749 §5.2 error
// as JSON with a Dutch description, never a 5xx and never an HTML page.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';
import { gemeente } from '../../helpers/factories';
import { assertion, JWT_BEARER, jwksTekst, sleutelpaar } from './setup';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const FOUTEN = ['invalid_request', 'invalid_client', 'invalid_grant', 'invalid_scope', 'unsupported_grant_type'];

describe(`B-API token endpoint form input, property on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let geldigeVorm: string[];
  beforeAll(async () => {
    t = await createTestApp();
    await gemeente(t.services, '0363');
    const eigen = await sleutelpaar('ES256');
    const r = await t.services.koppelingen.beheer.registreer({ naam: 'Eigenschap', soort: 'gemeente', codes: '0363', scopes: 'meldingen:lezen', jwks: jwksTekst(eigen), jwksUrl: '' }, { gebruikerId: null, gebruikersnaam: 'test' });
    if (!r.ok) throw new Error(r.message);
    const vreemd = await sleutelpaar('ES256', eigen.kid);
    const aud = `${t.config.baseUrl}/oauth/token`;
    // Assertions that get far: a stranger's signature on our koppeling's id, and one of ours for another audience.
    geldigeVorm = [await assertion(vreemd, r.value, { aud, nu: new Date() }), await assertion(eigen, r.value, { aud: 'https://elders.example', nu: new Date() })];
  });
  afterAll(async () => t?.close());

  it('B-API never a 500: every answer is §5.2 JSON with a Dutch description', async () => {
    const tekst = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('', 'client_credentials', JWT_BEARER, 'meldingen:lezen', 'eyJhbGciOiJub25lIn0.e30.', 'a.b.c', '\u0000', '\ud800', '%zz', '..'),
      fc.constant(null).map(() => geldigeVorm[0]!),
      fc.constant(null).map(() => geldigeVorm[1]!),
    );
    const veld = fc.constantFrom('grant_type', 'client_assertion_type', 'client_assertion', 'scope', 'client_id', '_csrf', 'x');
    const body = fc.array(fc.tuple(veld, tekst), { maxLength: 8 });
    const contentType = fc.constantFrom('application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-8', 'application/json', 'text/plain', 'multipart/form-data; boundary=x');
    const query = fc.option(fc.string({ maxLength: 20 }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(body, contentType, query, fc.boolean(), async (paren, type, q, ruw) => {
        const form = new URLSearchParams(paren.map(([k, v]) => [k, v] as [string, string])).toString();
        const payload = ruw ? paren.map(([k, v]) => `${k}=${v}`).join('&') : form;
        const url = q === undefined ? '/oauth/token' : `/oauth/token?${encodeURIComponent(q)}`;
        const res = await t.app.inject({ method: 'POST', url, headers: { 'content-type': type }, payload });
        expect(res.statusCode).toBeLessThan(500);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.headers['cache-control']).toBe('no-store');
        if (res.statusCode !== 200) {
          const b = res.json<{ error: string; error_description: string }>();
          expect(FOUTEN).toContain(b.error);
          expect(b.error_description.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
