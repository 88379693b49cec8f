// The pure rules of koppelingen (issue 16): which key sets are accepted, how codes are read,
// which scopes a token request gets.
import { generateKeyPairSync } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { codesUitTekst, httpsAdres, jwksFout, koppelingSchema, toegekendeScopes } from '../../../src/modules/koppelingen/rules';

const publiek = async (alg: 'RS256' | 'ES256' | 'EdDSA') => exportJWK((await generateKeyPair(alg, { extractable: true })).publicKey);
/** jose will not make a key this weak; node:crypto still does, as old software might. */
const rsa1024 = () => generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' });
const prive = async () => exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey);

describe('B-API JWKS as functioneel beheer pastes it', () => {
  it('accepts public RSA (2048 bits) and EC P-256 keys', async () => {
    const r = jwksFout(JSON.stringify({ keys: [await publiek('RS256'), { ...(await publiek('ES256')), use: 'sig', alg: 'ES256', kid: 'a' }] }));
    expect('jwks' in r && r.jwks.keys).toHaveLength(2);
  });

  it('takes a single JWK pasted on its own as a set of one', async () => {
    const jwk = await publiek('ES256');
    expect(jwksFout(JSON.stringify(jwk))).toEqual({ jwks: { keys: [jwk] } });
  });

  it('refuses a private key, a symmetric key, a short RSA key, an Ed25519 key, a wrong alg or use, and what is no JWKS', async () => {
    expect(jwksFout(JSON.stringify({ keys: [await prive()] }))).toEqual({ fout: 'Sleutel 1 bevat een privé-deel: plak alleen de publieke sleutel' });
    expect(jwksFout(JSON.stringify({ keys: [{ kty: 'oct', k: 'geheim' }] }))).toMatchObject({ fout: expect.stringMatching(/privé-deel/) as unknown });
    expect(jwksFout(JSON.stringify({ keys: [await publiek('ES256'), rsa1024()] }))).toMatchObject({ fout: expect.stringMatching(/^Sleutel 2 wordt niet ondersteund/) as unknown });
    expect(jwksFout(JSON.stringify({ keys: [await publiek('EdDSA')] }))).toMatchObject({ fout: expect.stringMatching(/^Sleutel 1 wordt niet ondersteund/) as unknown });
    expect(jwksFout(JSON.stringify({ keys: [{ ...(await publiek('ES256')), alg: 'HS256' }] }))).toMatchObject({ fout: expect.stringMatching(/algoritme/) as unknown });
    expect(jwksFout(JSON.stringify({ keys: [{ ...(await publiek('ES256')), use: 'enc' }] }))).toMatchObject({ fout: expect.stringMatching(/ondertekenen/) as unknown });
    expect(jwksFout(JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' }] }))).toEqual({ fout: 'Sleutel 1 is geen geldige publieke sleutel' });
    for (const geen of ['[]', '{"keys": []}', '{"keys": {}}', 'null', '"x"']) expect(jwksFout(geen), geen).toMatchObject({ fout: expect.stringMatching(/JWKS is een object/) as unknown });
    expect(jwksFout('{')).toEqual({ fout: 'Dit is geen geldige JSON' });
  });
});

describe('B-API codes, addresses and scopes', () => {
  it('reads codes separated by spaces, commas or semicolons, upper case, each once', () => {
    expect(codesUitTekst(' 00aa, 01BB;00AA\n02cc ')).toEqual(['00AA', '01BB', '02CC']);
  });

  it('a JWKS address is https, without credentials or fragment', () => {
    expect(httpsAdres('https://zaak.example/jwks.json')).toBe(true);
    for (const u of ['http://zaak.example/jwks.json', 'https://user:pw@zaak.example/', 'https://zaak.example/#x', 'file:///etc/passwd', 'geen adres']) expect(httpsAdres(u), u).toBe(false);
  });

  it('a token gets all registered scopes when it asks none, exactly those asked when all are registered, and a refusal naming the others', () => {
    const eigen = ['meldingen:lezen', 'meldingen:behandelen'];
    expect(toegekendeScopes(undefined, eigen)).toEqual({ scopes: eigen });
    expect(toegekendeScopes('  ', eigen)).toEqual({ scopes: eigen });
    expect(toegekendeScopes('meldingen:behandelen', eigen)).toEqual({ scopes: ['meldingen:behandelen'] });
    expect(toegekendeScopes('meldingen:lezen onzin vrijstellingen:beheren', eigen)).toEqual({ geweigerd: ['onzin', 'vrijstellingen:beheren'] });
    expect(toegekendeScopes(undefined, [])).toEqual({ geweigerd: [] });
  });

  it('the registration schema keeps the scopes to the kind: a school files, a gemeente handles', async () => {
    const jwks = JSON.stringify({ keys: [await publiek('ES256')] });
    const school = koppelingSchema.safeParse({ naam: 'LAS', soort: 'school', codes: '00aa', scopes: ['meldingen:lezen', 'meldingen:indienen'], jwks, jwksUrl: '' });
    expect(school.success && school.data).toMatchObject({ soort: 'school', codes: ['00AA'], scopes: ['meldingen:lezen', 'meldingen:indienen'], jwksUrl: null });
    const fout = koppelingSchema.safeParse({ naam: 'LAS', soort: 'school', codes: '00AA', scopes: 'vrijstellingen:beheren', jwks, jwksUrl: '' });
    expect(fout.success).toBe(false);
    expect(fout.error?.issues.map((i) => i.path.join('.'))).toEqual(['scopes']);
  });
});
