// Keys fetched from a koppeling's JWKS address (issue 16): verified against what the address
// serves, and a redirect is not followed (an address checked once must not lead elsewhere).
// A real HTTP server on loopback stands in for the koppeling's; the https rule of registration
// is the schema's (unit tests), so the record is built here with an http address.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertionFout, clientAssertions } from '../../../src/modules/koppelingen/client-assertion';
import type { KoppelingRow } from '../../../src/modules/koppelingen/koppelingen.tables';
import { assertion, jwksTekst, sleutelpaar, type Sleutelpaar } from './setup';

const TOKEN_ADRES = 'https://verzuimloket.example/oauth/token';

describe('B-API client assertions checked against a JWKS address', () => {
  let server: Server;
  let basis: string;
  let sleutel: Sleutelpaar;
  let opgehaald = 0;
  beforeAll(async () => {
    sleutel = await sleutelpaar('PS256', 'adres-1');
    server = createServer((req, res) => {
      opgehaald++;
      if (req.url === '/jwks.json') res.writeHead(200, { 'content-type': 'application/json' }).end(jwksTekst(sleutel));
      else res.writeHead(302, { location: '/jwks.json' }).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => new Promise<void>((r) => server.close(() => r())));

  const koppeling = (jwksUrl: string): KoppelingRow => ({
    id: '11111111-1111-4111-8111-111111111111',
    naam: 'Adres',
    soort: 'gemeente',
    codes: ['0363'],
    scopes: ['meldingen:lezen'],
    jwks: null,
    jwks_url: jwksUrl,
    actief: true,
    aangemaakt_op: new Date(),
    aangemaakt_door: 'test',
    gewijzigd_op: new Date(),
  });

  it('B-API a PS256 assertion is verified with the fetched keys, and the keys are cached', async () => {
    const a = clientAssertions({ tokenEndpoint: TOKEN_ADRES, now: () => new Date() });
    const k = koppeling(`${basis}/jwks.json`);
    const r = await a.verifieer(await assertion(sleutel, k.id, { aud: TOKEN_ADRES, nu: new Date(), jti: 'adres-a' }), k);
    expect(r.jti).toBe('adres-a');
    const voor = opgehaald;
    await a.verifieer(await assertion(sleutel, k.id, { aud: TOKEN_ADRES, nu: new Date(), jti: 'adres-b' }), k);
    expect(opgehaald).toBe(voor);
    const vreemd = await sleutelpaar('PS256', 'adres-1');
    await expect(a.verifieer(await assertion(vreemd, k.id, { aud: TOKEN_ADRES, nu: new Date() }), k)).rejects.toBeInstanceOf(AssertionFout);
  });

  it('B-API a JWKS address that redirects is not followed: the keys could not be fetched', async () => {
    const a = clientAssertions({ tokenEndpoint: TOKEN_ADRES, now: () => new Date() });
    const k = koppeling(`${basis}/elders`);
    await expect(a.verifieer(await assertion(sleutel, k.id, { aud: TOKEN_ADRES, nu: new Date() }), k)).rejects.toThrow('De sleutels van de koppeling konden niet worden opgehaald');
  });
});
