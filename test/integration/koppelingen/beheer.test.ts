// Functioneel beheer of koppelingen in the pages (issue 16): only functioneel beheer, validation
// at the field with the input kept, every change audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker } from '../../helpers/factories';
import { auditRegels, beheerSetup, ingelogd, type BeheerSetup } from '../beheer/setup';
import { jwksTekst, sleutelpaar, type Sleutelpaar } from './setup';

describe(`B-API koppelingen beheer on ${testDatabaseKind}`, () => {
  let b: BeheerSetup;
  let sleutel: Sleutelpaar;
  beforeAll(async () => {
    b = await beheerSetup();
    sleutel = await sleutelpaar('RS256', 'sleutel-1');
  });
  afterAll(async () => b?.t.close());

  const registreer = async (velden: Record<string, string | string[]>) => {
    await b.beheer.get('/beheer/koppelingen/nieuw');
    return b.beheer.post('/beheer/koppelingen/nieuw', velden);
  };

  it('B-API only functioneel beheer: other roles get Geen toegang, the menu shows it to functioneel beheer only', async () => {
    const leerplicht = await gebruiker(b.t.services, 'leerplicht', [{ rol: 'gemeente_behandelaar', code: '0363' }]);
    const c = await ingelogd(b.t, leerplicht);
    for (const url of ['/beheer/koppelingen', '/beheer/koppelingen/nieuw']) {
      const res = await c.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.body).toContain('Geen toegang');
    }
    expect((await c.get('/')).body).not.toContain('href="/beheer/koppelingen"');
    expect((await b.beheer.get('/')).body).toContain('href="/beheer/koppelingen"');
  });

  it('B-API registering a koppeling with a pasted JWKS: saved, shown with its client id, audited with the actor', async () => {
    const res = await registreer({ naam: 'Zaaksysteem Amsterdam', soort: 'gemeente', codes: '0363', scopes: ['meldingen:lezen', 'meldingen:behandelen'], jwks: jwksTekst(sleutel), jwksUrl: '' });
    expect(res.statusCode).toBe(303);
    const id = /\/beheer\/koppelingen\/([0-9a-f-]{36})$/.exec(String(res.headers.location))![1]!;
    const pagina = await b.beheer.get(`/beheer/koppelingen/${id}`);
    expect(pagina.body).toContain('De koppeling is geregistreerd.');
    expect(pagina.body).toContain(id);
    expect(pagina.body).toContain('1 sleutel geregistreerd');
    expect((await b.beheer.get('/beheer/koppelingen')).body).toContain('Zaaksysteem Amsterdam');
    const regel = (await auditRegels(b.t, 'koppeling_geregistreerd')).find((r) => r.object_id === id);
    expect(regel).toMatchObject({ gebruikersnaam: 'frank', gemeentecode: '0363', details: { naam: 'Zaaksysteem Amsterdam', codes: ['0363'], jwks: ['sleutel-1'] } });
  });

  it('B-API validation: Dutch messages at the field, the input kept, nothing saved', async () => {
    const voor = (await b.t.services.koppelingen.beheer.alle()).length;
    const gevallen: [Record<string, string | string[]>, string, string][] = [
      [{ naam: '', soort: 'gemeente', codes: '0363', scopes: 'meldingen:lezen', jwks: jwksTekst(sleutel) }, 'naam', 'Vul de naam van de koppeling in'],
      [{ naam: 'X', soort: 'gemeente', codes: '00AA', scopes: 'meldingen:lezen', jwks: jwksTekst(sleutel) }, 'codes', '00AA is geen gemeentecode'],
      [{ naam: 'X', soort: 'gemeente', codes: '9999', scopes: 'meldingen:lezen', jwks: jwksTekst(sleutel) }, 'codes', 'Niet bekend in het register: 9999'],
      [{ naam: 'X', soort: 'school', codes: '00AA', scopes: 'meldingen:behandelen', jwks: jwksTekst(sleutel) }, 'scopes', 'Meldingen indienen is alleen voor een school'],
      [{ naam: 'X', soort: 'gemeente', codes: '0363', scopes: 'meldingen:lezen', jwks: '', jwksUrl: '' }, 'jwks', 'Plak de publieke sleutels of vul het adres van de JWKS in'],
      [{ naam: 'X', soort: 'gemeente', codes: '0363', scopes: 'meldingen:lezen', jwks: '{"keys": [}' }, 'jwks', 'Dit is geen geldige JSON'],
      [{ naam: 'X', soort: 'gemeente', codes: '0363', scopes: 'meldingen:lezen', jwks: JSON.stringify({ keys: [{ ...sleutel.jwk, d: 'geheim' }] }) }, 'jwks', 'Sleutel 1 bevat een privé-deel'],
      [{ naam: 'X', soort: 'gemeente', codes: '0363', scopes: 'meldingen:lezen', jwks: JSON.stringify({ keys: [{ kty: 'oct', k: 'c2VjcmV0' }] }) }, 'jwks', 'Sleutel 1 bevat een privé-deel'],
      [{ naam: 'X', soort: 'gemeente', codes: '0363', scopes: 'meldingen:lezen', jwksUrl: 'http://zaak.example/jwks.json' }, 'jwksUrl', 'Vul een https-adres in'],
      [{ naam: 'X', soort: 'gemeente', codes: '0363', scopes: 'meldingen:lezen', jwks: jwksTekst(sleutel), jwksUrl: 'https://zaak.example/jwks.json' }, 'jwksUrl', 'niet allebei'],
    ];
    for (const [velden, veld, tekst] of gevallen) {
      const res = await registreer(velden);
      expect(res.statusCode, tekst).toBe(400);
      expect(res.body).toContain(`href="#${veld}"`);
      expect(res.body).toContain(tekst);
      if (typeof velden.codes === 'string') expect(res.body).toContain(`value="${velden.codes}"`);
    }
    expect((await b.t.services.koppelingen.beheer.alle()).length).toBe(voor);
  });

  it('B-API rotating the keys and deactivating through the pages, each audited', async () => {
    const [k] = await b.t.services.koppelingen.beheer.alle();
    const pad = `/beheer/koppelingen/${k!.id}`;
    const nieuw = await sleutelpaar('ES256', 'sleutel-2');
    await b.beheer.get(pad);
    const fout = await b.beheer.post(`${pad}/sleutels`, { jwks: '{}', jwksUrl: '' });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('Een JWKS is een object met een lijst');
    const res = await b.beheer.post(`${pad}/sleutels`, { jwks: jwksTekst(sleutel, nieuw), jwksUrl: '' });
    expect(res.statusCode).toBe(303);
    expect((await b.beheer.get(pad)).body).toContain('De sleutels zijn vervangen.');
    expect((await auditRegels(b.t, 'koppeling_sleutels_vervangen')).at(-1)).toMatchObject({ object_id: k!.id, gebruikersnaam: 'frank', details: { jwks: ['sleutel-1', 'sleutel-2'] } });

    const bevestig = await b.beheer.get(`${pad}/deactiveren`);
    expect(bevestig.body).toContain('Koppeling Zaaksysteem Amsterdam deactiveren?');
    expect((await b.beheer.post(`${pad}/deactiveren`)).statusCode).toBe(303);
    expect((await b.beheer.get(pad)).body).toContain('Gedeactiveerd');
    expect((await b.t.services.koppelingen.beheer.find(k!.id))?.actief).toBe(false);
    expect((await auditRegels(b.t, 'koppeling_gedeactiveerd')).at(-1)).toMatchObject({ object_id: k!.id, gebruikersnaam: 'frank' });
  });

  it('B-API an unknown or malformed koppeling id is a 404', async () => {
    expect((await b.beheer.get('/beheer/koppelingen/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await b.beheer.get('/beheer/koppelingen/niet-een-id')).statusCode).toBe(404);
  });
});
