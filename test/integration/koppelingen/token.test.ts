// The token endpoint (issue 16, "Authentication for machines"): client credentials with
// private_key_jwt, and the authenticator that accepts its tokens on the API.
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiAuthError } from '../../../src/platform/api/client';
import { createTestApp, testClock, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';
import { gemeente } from '../../helpers/factories';
import { assertion, jwksTekst, metBearer, sleutelpaar, tokenVelden, vraagToken, type Sleutelpaar } from './setup';

const CLI = { gebruikerId: null, gebruikersnaam: 'cli:test', ip: null };

describe(`B-API token endpoint and authenticator on ${testDatabaseKind}`, () => {
  let t: TestApp;
  const klok = testClock(new Date('2026-12-02T10:00:00Z'));
  let sleutel: Sleutelpaar;
  let id: string;
  let aud: string;

  const registreer = async (naam: string, jwks: string, scopes = ['meldingen:lezen', 'meldingen:behandelen']) => {
    const r = await t.services.koppelingen.beheer.registreer({ naam, soort: 'gemeente', codes: '0363', scopes, jwks, jwksUrl: '' }, CLI);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };
  const token = async (k = sleutel, clientId = id, extra: Record<string, string> = {}) => vraagToken(t.app, tokenVelden(await assertion(k, clientId, { aud, nu: klok() }), extra));
  const auditRegels = (actie: string) => t.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();

  beforeAll(async () => {
    t = await createTestApp({ now: klok });
    await gemeente(t.services, '0363', 'Amsterdam');
    sleutel = await sleutelpaar('ES256');
    id = await registreer('Zaaksysteem Amsterdam', jwksTekst(sleutel));
    aud = `${t.config.baseUrl}/oauth/token`;
  });
  afterAll(async () => t?.close());

  it('B-API issues a short-lived Bearer token for a valid assertion, not cached, with the registered scopes, audited with the koppeling as actor', async () => {
    const res = await token();
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json<{ access_token: string; token_type: string; expires_in: number; scope: string }>();
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'meldingen:lezen meldingen:behandelen' });
    const client = await t.services.koppelingen.authenticator(metBearer(body.access_token));
    expect(client).toEqual({ id, naam: 'Zaaksysteem Amsterdam', soort: 'gemeente', codes: ['0363'], scopes: ['meldingen:lezen', 'meldingen:behandelen'] });
    const regel = (await auditRegels('api_token_uitgegeven')).at(-1);
    expect(regel).toMatchObject({ koppeling_id: id, gebruikersnaam: 'koppeling:Zaaksysteem Amsterdam', object_id: id });
  });

  it('B-API a narrower scope is granted as asked; a scope not registered is invalid_scope', async () => {
    const smal = await token(sleutel, id, { scope: 'meldingen:lezen' });
    expect(smal.json()).toMatchObject({ scope: 'meldingen:lezen' });
    const client = await t.services.koppelingen.authenticator(metBearer(smal.json<{ access_token: string }>().access_token));
    expect(client.scopes).toEqual(['meldingen:lezen']);
    const breed = await token(sleutel, id, { scope: 'meldingen:lezen vrijstellingen:beheren' });
    expect(breed.statusCode).toBe(400);
    expect(breed.json()).toEqual({ error: 'invalid_scope', error_description: 'Deze scopes zijn niet voor deze koppeling geregistreerd: vrijstellingen:beheren' });
  });

  it('B-API refuses a signature by another key, alg none and HS256 as invalid_client', async () => {
    const ander = await sleutelpaar('ES256', sleutel.kid);
    const fout = await token(ander);
    expect(fout.statusCode).toBe(401);
    expect(fout.json()).toMatchObject({ error: 'invalid_client', error_description: 'De handtekening van de verklaring klopt niet met de geregistreerde sleutels' });

    const nu = Math.floor(klok().getTime() / 1000);
    const none = new UnsecuredJWT({}).setIssuer(id).setSubject(id).setAudience(aud).setExpirationTime(nu + 60).setJti('none-1').encode();
    expect((await vraagToken(t.app, tokenVelden(none))).json()).toMatchObject({ error: 'invalid_client', error_description: 'De verklaring moet met RS256, PS256 of ES256 zijn ondertekend' });

    // HMAC keyed with the public key's text: the classic confusion attack.
    const hs = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer(id).setSubject(id).setAudience(aud).setExpirationTime(nu + 60).setJti('hs-1').sign(new TextEncoder().encode(JSON.stringify(sleutel.jwk)));
    const hsRes = await vraagToken(t.app, tokenVelden(hs));
    expect(hsRes.statusCode).toBe(401);
    expect(hsRes.json()).toMatchObject({ error: 'invalid_client', error_description: 'De verklaring moet met RS256, PS256 of ES256 zijn ondertekend' });
    expect((await auditRegels('api_token_geweigerd')).some((r) => r.koppeling_id === id)).toBe(true);
  });

  it('B-API refuses an expired assertion, one for another audience, one valid for longer than 5 minutes, one without jti', async () => {
    const nu = klok();
    const s = Math.floor(nu.getTime() / 1000);
    const geval = async (o: Parameters<typeof assertion>[2]) => (await vraagToken(t.app, tokenVelden(await assertion(sleutel, id, o)))).json<{ error: string; error_description: string }>();
    expect(await geval({ aud, nu: new Date(nu.getTime() - 600_000) })).toMatchObject({ error: 'invalid_client', error_description: 'De verklaring is verlopen' });
    expect(await geval({ aud: `${t.config.baseUrl}/api/v1`, nu })).toMatchObject({ error: 'invalid_client', error_description: 'aud van de verklaring moet het adres van het tokenadres zijn' });
    expect(await geval({ aud, nu, exp: s + 3600 })).toMatchObject({ error: 'invalid_client', error_description: 'exp van de verklaring mag hoogstens 5 minuten in de toekomst liggen' });
    expect(await geval({ aud, nu, zonderJti: true })).toMatchObject({ error: 'invalid_client' });
  });

  it('B-API a replayed assertion (same jti) is refused; the first use got a token', async () => {
    const a = await assertion(sleutel, id, { aud, nu: klok(), jti: 'eenmalig-1' });
    expect((await vraagToken(t.app, tokenVelden(a))).statusCode).toBe(200);
    const nogmaals = await vraagToken(t.app, tokenVelden(a));
    expect(nogmaals.statusCode).toBe(401);
    expect(nogmaals.json()).toEqual({ error: 'invalid_client', error_description: 'Deze verklaring (jti) is al gebruikt' });
  });

  it('B-API an unknown koppeling and one whose iss is not its sub are invalid_client', async () => {
    expect((await token(sleutel, '00000000-0000-4000-8000-000000000000')).json()).toMatchObject({ error: 'invalid_client', error_description: 'Onbekende koppeling' });
    const a = await assertion(sleutel, id, { aud, nu: klok(), iss: 'iemand-anders' });
    expect((await vraagToken(t.app, tokenVelden(a))).json()).toMatchObject({ error: 'invalid_client', error_description: 'iss en sub van de verklaring moeten allebei de client-id van de koppeling zijn' });
  });

  it('B-API no secrets in URLs: a query string is refused even with a valid body; bad requests are §5.2 JSON', async () => {
    const a = await assertion(sleutel, id, { aud, nu: klok() });
    const metQuery = await vraagToken(t.app, tokenVelden(a), { url: `/oauth/token?client_assertion=${a}` });
    expect(metQuery.statusCode).toBe(400);
    expect(metQuery.json()).toEqual({ error: 'invalid_request', error_description: 'Parameters horen in de body van het verzoek (application/x-www-form-urlencoded), niet in het adres' });
    // The assertion was not used up by the refused request.
    expect((await vraagToken(t.app, tokenVelden(a))).statusCode).toBe(200);

    expect((await vraagToken(t.app, { ...tokenVelden(a), grant_type: 'password' })).json()).toMatchObject({ error: 'unsupported_grant_type' });
    expect((await vraagToken(t.app, { grant_type: 'client_credentials' })).json()).toMatchObject({ error: 'invalid_request', error_description: 'De parameter client_assertion_type ontbreekt' });
    const json = await t.app.inject({ method: 'POST', url: '/oauth/token', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(tokenVelden(a)) });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: 'invalid_request' });
    const dubbel = await vraagToken(t.app, {}, { payload: `${new URLSearchParams(tokenVelden(a)).toString()}&grant_type=client_credentials` });
    expect(dubbel.json()).toMatchObject({ error: 'invalid_request', error_description: 'De parameter grant_type komt meer dan eens voor' });
  });

  it('B-API the endpoint needs no session or CSRF token and ignores a foreign Origin: it is a machine door', async () => {
    const res = await vraagToken(t.app, tokenVelden(await assertion(sleutel, id, { aud, nu: klok() })), { headers: { origin: 'https://elders.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('B-API the authenticator refuses no token, a tampered token, an expired token and a token for another audience', async () => {
    const goed = (await token()).json<{ access_token: string }>().access_token;
    const weigering = async (req: ReturnType<typeof metBearer>) => {
      try {
        await t.services.koppelingen.authenticator(req);
      } catch (err) {
        if (err instanceof ApiAuthError) return err.reden;
        throw err;
      }
      return 'geaccepteerd';
    };
    expect(await weigering(metBearer(undefined))).toBe('ontbreekt');
    const [h, p, s] = goed.split('.');
    const anderePayload = Buffer.from(JSON.stringify({ ...(JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>), scope: 'meldingen:indienen' })).toString('base64url');
    expect(await weigering(metBearer(`${h}.${anderePayload}.${s}`))).toBe('ongeldig');
    // A client assertion is no access token, even though it is a signed JWT.
    expect(await weigering(metBearer(await assertion(sleutel, id, { aud, nu: klok() })))).toBe('ongeldig');
    // Another service's token: same shape, other audience and key.
    const vreemd = await new SignJWT({ scope: 'meldingen:lezen' }).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' }).setIssuer(t.config.baseUrl).setAudience('https://ander.example/api').setSubject(id).setIssuedAt().setExpirationTime('5m').setJti('x').sign(t.config.apiTokenSleutels[0]!);
    expect(await weigering(metBearer(vreemd))).toBe('ongeldig');
    klok.advance(301_000);
    expect(await weigering(metBearer(goed))).toBe('verlopen');
  });

  it('B-API an inactive koppeling gets no token and its issued tokens stop working; activated again they work', async () => {
    const toegang = (await token()).json<{ access_token: string }>().access_token;
    expect((await t.services.koppelingen.authenticator(metBearer(toegang))).id).toBe(id);
    await t.services.koppelingen.beheer.zetActief(id, false, CLI);
    await expect(t.services.koppelingen.authenticator(metBearer(toegang))).rejects.toMatchObject({ reden: 'ongeldig' });
    expect((await token()).json()).toMatchObject({ error: 'invalid_client', error_description: 'Deze koppeling is gedeactiveerd' });
    await t.services.koppelingen.beheer.zetActief(id, true, CLI);
    expect((await token()).statusCode).toBe(200);
  });

  it('B-API a deactivation by another process counts within 30 s: the authenticator keeps a record at most that long', async () => {
    const toegang = (await token()).json<{ access_token: string }>().access_token;
    expect((await t.services.koppelingen.authenticator(metBearer(toegang))).id).toBe(id);
    // Another process deactivates: this process's cache does not hear of it.
    await t.db.updateTable('koppelingen').set({ actief: false }).where('id', '=', id).execute();
    expect((await t.services.koppelingen.authenticator(metBearer(toegang))).id).toBe(id);
    klok.advance(31_000);
    await expect(t.services.koppelingen.authenticator(metBearer(toegang))).rejects.toMatchObject({ reden: 'ongeldig' });
    await t.services.koppelingen.beheer.zetActief(id, true, CLI);
  });

  it('B-API key rotation: after the keys are replaced the old key is refused and the new one accepted', async () => {
    const nieuw = await sleutelpaar('RS256');
    expect(await t.services.koppelingen.beheer.vervangSleutels(id, { jwks: jwksTekst(nieuw), jwksUrl: '' }, CLI)).toEqual({ ok: true, value: undefined });
    expect((await token(sleutel)).json()).toMatchObject({ error: 'invalid_client' });
    expect((await token(nieuw)).statusCode).toBe(200);
    const regel = (await auditRegels('koppeling_sleutels_vervangen')).at(-1);
    expect(regel).toMatchObject({ object_id: id, gebruikersnaam: 'cli:test', details: { jwks: [nieuw.kid] } });
    sleutel = nieuw;
  });

  it('B-API housekeeping forgets used assertion ids after they expired', async () => {
    const voor = await t.db.selectFrom('koppeling_assertions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(voor.n)).toBeGreaterThan(0);
    klok.advance(3600_000);
    const r = await t.services.opruimen();
    expect(r).toMatchObject({ ran: true, verwijderd: { koppeling_assertions: Number(voor.n) } });
  });
});
