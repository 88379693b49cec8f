// B-API (issue 16), the whole machine path with nothing stubbed: a koppeling registered as
// functioneel beheer does, an access token from POST /oauth/token for a private_key_jwt client
// assertion, and that token on the API — the gemeente's meldingen and the change feed. Another
// gemeente's token sees none of it; a deactivated koppeling's token stops working. The audit
// line of a read names the koppeling in its own column (R-PRIV-1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { gemeenteSetup, UTRECHT, type GemeenteSetup } from '../gemeente/setup';
import { assertion, jwksTekst, sleutelpaar, tokenVelden, vraagToken } from '../koppelingen/setup';
import { AMSTERDAM } from '../meldingen/setup';

const BEHEER = { gebruikerId: null, gebruikersnaam: 'cli:test', ip: null };

describe(`B-API with real access tokens (on ${testDatabaseKind})`, () => {
  let g: GemeenteSetup;
  let nummer: string;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  async function registreerEnVraagToken(naam: string, gemeentecode: string) {
    const sleutel = await sleutelpaar('ES256');
    const r = await g.t.services.koppelingen.beheer.registreer({ naam, soort: 'gemeente', codes: gemeentecode, scopes: ['meldingen:lezen'], jwks: jwksTekst(sleutel), jwksUrl: '' }, BEHEER);
    if (!r.ok) throw new Error(r.message);
    ids[naam] = r.value;
    const a = await assertion(sleutel, r.value, { aud: `${g.t.config.baseUrl}/oauth/token`, nu: g.clock() });
    const res = await vraagToken(g.t.app, tokenVelden(a));
    expect(res.statusCode).toBe(200);
    tokens[naam] = res.json<{ access_token: string }>().access_token;
  }
  const get = (url: string, naam: string) => g.t.app.inject({ url, headers: { authorization: `Bearer ${tokens[naam]}` } });

  beforeAll(async () => {
    g = await gemeenteSetup();
    nummer = await g.nieuweMelding();
    await registreerEnVraagToken('Zaaksysteem Amsterdam', AMSTERDAM);
    await registreerEnVraagToken('Zaaksysteem Utrecht', UTRECHT);
  }, 60_000);
  afterAll(async () => g?.t.close());

  it('B-API a token from the token endpoint reads the gemeente’s meldingen, one melding and the feed; the read is audited with the koppeling’s id', async () => {
    const lijst = await get('/api/v1/meldingen', 'Zaaksysteem Amsterdam');
    expect(lijst.statusCode).toBe(200);
    expect(lijst.json<{ meldingen: { meldingnummer: string }[] }>().meldingen.map((m) => m.meldingnummer)).toEqual([nummer]);
    expect((await get(`/api/v1/meldingen/${nummer}`, 'Zaaksysteem Amsterdam')).statusCode).toBe(200);
    const feed = await get('/api/v1/wijzigingen', 'Zaaksysteem Amsterdam');
    expect(feed.json<{ wijzigingen: { meldingnummer: string }[] }>().wijzigingen.map((w) => w.meldingnummer)).toEqual([nummer]);

    const regel = await g.t.db.selectFrom('audit_log').selectAll().where('actie', '=', 'melding_ingezien_api').executeTakeFirstOrThrow();
    expect(regel).toMatchObject({ koppeling_id: ids['Zaaksysteem Amsterdam'], gebruiker_id: null, gebruikersnaam: 'koppeling:Zaaksysteem Amsterdam', object_id: nummer });
  });

  it('B-API R-AUTH-3 another gemeente’s token sees nothing of it: an empty list and feed, and the melding is a 404', async () => {
    expect((await get('/api/v1/meldingen', 'Zaaksysteem Utrecht')).json<{ meldingen: unknown[] }>().meldingen).toEqual([]);
    expect((await get('/api/v1/wijzigingen', 'Zaaksysteem Utrecht')).json<{ wijzigingen: unknown[] }>().wijzigingen).toEqual([]);
    expect((await get(`/api/v1/meldingen/${nummer}`, 'Zaaksysteem Utrecht')).statusCode).toBe(404);
  });

  it('B-API a deactivated koppeling’s token is refused at once in this process (401, problem+json)', async () => {
    const r = await g.t.services.koppelingen.beheer.zetActief(ids['Zaaksysteem Amsterdam']!, false, BEHEER);
    expect(r.ok).toBe(true);
    const res = await get('/api/v1/meldingen', 'Zaaksysteem Amsterdam');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});
