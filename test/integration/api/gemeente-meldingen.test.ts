// B-API (issue 16), the gemeente's meldingen through the JSON API: the list with the inbox's
// filters and keyset paging (stable under inserts, _links and a Link header), one melding with
// its versions and status history, audited with the koppeling as actor (R-PRIV-1); an
// authorisation matrix (gemeente A, gemeente B, a school, no token, no scope: 0 leaks); every
// answer checked against the served OpenAPI document; and fast-check query strings and path
// parameters: never a 500, always problem+json.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, koppeling, testAuthenticator } from '../../helpers/api';
import { contract, type Contract } from '../../helpers/contract';
import { testDatabaseKind } from '../../helpers/database';
import { melding } from '../../helpers/factories';
import { gemeenteSetup, UTRECHT, type GemeenteSetup } from '../gemeente/setup';
import { AMSTERDAM, SCHOOL } from '../meldingen/setup';

const A = koppeling('gemeente', [AMSTERDAM]);
const B = koppeling('gemeente', [UTRECHT]);
const school = koppeling('school', [SCHOOL]);
const zonderScope = koppeling('gemeente', [AMSTERDAM], ['vrijstellingen:beheren']);
const TOKENS = { A, B, school, zonderScope };

interface Lijst {
  meldingen: { meldingnummer: string; leerling: { pgn: string }; _links: { self: { href: string } } }[];
  _links: { self: { href: string }; next?: { href: string } };
}

describe(`B-API: the gemeente's meldingen (on ${testDatabaseKind})`, () => {
  let g: GemeenteSetup;
  let c: Contract;
  const vanA: string[] = [];
  let vanB: string;
  let pgnB: string;

  const get = async (url: string, token?: string) => {
    const r = await g.t.app.inject({ url, headers: token ? bearer(token) : {} });
    c.check('GET', url, r);
    if (r.statusCode >= 400) expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    return r;
  };
  const audit = (actie: string) => g.t.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id', 'desc').execute();

  beforeAll(async () => {
    g = await gemeenteSetup({ apiAuthenticator: testAuthenticator(TOKENS) });
    for (let i = 0; i < 5; i++) vanA.push(await g.nieuweMelding());
    pgnB = await g.leerling();
    vanB = await melding(g.t.services, { pgn: pgnB, instellingscode: SCHOOL, gemeentecode: UTRECHT, van: '2030-03-02', tm: '2030-03-13' });
    const doc = await g.t.app.inject({ url: '/api/v1/openapi.json' });
    c = contract(doc.json());
  }, 60_000);
  afterAll(async () => g?.t.close());

  it('B-API list: only the own gemeente’s meldingen, newest first, paged by cursor with _links and a Link header; an insert between pages shifts nothing', async () => {
    const eerste = await get('/api/v1/meldingen?limiet=2', 'A');
    expect(eerste.statusCode).toBe(200);
    const p1 = eerste.json<Lijst>();
    expect(p1.meldingen.map((m) => m.meldingnummer)).toEqual([vanA[4], vanA[3]]);
    expect(p1._links.next?.href).toMatch(/^\/api\/v1\/meldingen\?limiet=2&cursor=\d+$/);
    expect(eerste.headers.link).toBe(`<${p1._links.next!.href}>; rel="next"`);
    // A new melding now must not appear on, or shift, the later pages.
    const nieuw = await g.nieuweMelding();
    const gezien = [...p1.meldingen.map((m) => m.meldingnummer)];
    let volgende = p1._links.next?.href;
    while (volgende) {
      const r = await get(volgende, 'A');
      const p = r.json<Lijst>();
      gezien.push(...p.meldingen.map((m) => m.meldingnummer));
      volgende = p._links.next?.href;
      if (!volgende) expect(r.headers.link).toBeUndefined();
    }
    expect(gezien).toEqual([...vanA].reverse());
    expect(gezien).not.toContain(vanB);
    const opnieuw = (await get('/api/v1/meldingen?limiet=1', 'A')).json<Lijst>();
    expect(opnieuw.meldingen[0]!.meldingnummer).toBe(nieuw);
    vanA.push(nieuw);
  });

  it('B-API list: the inbox filters (status, soort, period, school, prioriteit) and Dutch invalidParams like the page', async () => {
    expect((await get('/api/v1/meldingen?status=G,K', 'A')).json<Lijst>().meldingen).toEqual([]);
    expect((await get('/api/v1/meldingen?status=R&soort=V3&school=01AB&prioriteit=false&periodeVan=2030-03-01&periodeTm=2030-03-31', 'A')).json<Lijst>().meldingen.length).toBe(vanA.length);
    expect((await get('/api/v1/meldingen?periodeVan=2030-04-01', 'A')).json<Lijst>().meldingen).toEqual([]);
    expect((await get('/api/v1/meldingen?school=02CD', 'A')).json<Lijst>().meldingen).toEqual([]);
    const fout = await get('/api/v1/meldingen?soort=X&school=1', 'A');
    expect(fout.statusCode).toBe(400);
    expect(fout.json<{ invalidParams: unknown[] }>().invalidParams).toEqual([
      { name: 'soort', code: 'invalid_value', reason: 'Kies een soort verzuim uit de lijst' },
      { name: 'school', code: 'invalid_format', reason: 'Vul de instellingscode in als 2 cijfers en 2 letters, bijvoorbeeld 00AA' },
    ]);
    const periode = await get('/api/v1/meldingen?periodeVan=2030-04-01&periodeTm=2030-03-01', 'A');
    expect(periode.json<{ invalidParams: unknown[] }>().invalidParams).toEqual([{ name: 'periodeTm', code: 'custom', reason: 'De datum Periode t/m moet op of na de datum Periode van liggen' }]);
  });

  it('B-API list: every read is audited with the koppeling as actor', async () => {
    const [regel] = await audit('meldingen_gelezen_api');
    expect(regel).toMatchObject({ gebruikersnaam: `koppeling:${A.naam}`, gemeentecode: AMSTERDAM, gebruiker_id: null });
    expect(regel!.details).toMatchObject({ koppelingId: A.id });
  });

  it('B-API melding: all its fields, versions and status history; the view audited with the koppeling as actor', async () => {
    const nummer = vanA[0]!;
    const r = await get(`/api/v1/meldingen/${nummer}`, 'A');
    expect(r.statusCode).toBe(200);
    const m = r.json<Record<string, unknown>>();
    expect(m).toMatchObject({ meldingnummer: nummer, status: 'R', soort: 'V3', gemeentecode: AMSTERDAM, instellingscode: SCHOOL, gemeenteNaam: 'Amsterdam', _links: { self: { href: `/api/v1/meldingen/${nummer}` } } });
    expect(m.leerling).toMatchObject({ voornamen: 'Sanne', achternaam: 'Dijk' });
    expect(m.versies).toEqual([expect.objectContaining({ versie: 1, status: 'R' })]);
    expect(m.statusHistorie).toEqual([expect.objectContaining({ versie: 1, status: 'R' })]);
    const [regel] = await audit('melding_ingezien_api');
    expect(regel).toMatchObject({ gebruikersnaam: `koppeling:${A.naam}`, object_id: nummer, gemeentecode: AMSTERDAM, instellingscode: SCHOOL });
    expect(regel!.details).toMatchObject({ koppelingId: A.id });
  });

  it('B-API authorisation matrix: gemeente A, gemeente B, a school, no token, no scope — 0 leaks; another gemeente’s melding is a 404, audited', async () => {
    const nummer = vanA[0]!;
    const verwacht: Record<string, { lijst: number; melding: number; andere: number }> = {
      A: { lijst: 200, melding: 200, andere: 404 },
      B: { lijst: 200, melding: 404, andere: 200 },
      school: { lijst: 403, melding: 404, andere: 404 },
      zonderScope: { lijst: 403, melding: 403, andere: 403 },
      '': { lijst: 401, melding: 401, andere: 401 },
    };
    for (const [token, v] of Object.entries(verwacht)) {
      const lijst = await get('/api/v1/meldingen', token || undefined);
      const een = await get(`/api/v1/meldingen/${nummer}`, token || undefined);
      const ander = await get(`/api/v1/meldingen/${vanB}`, token || undefined);
      expect([lijst.statusCode, een.statusCode, ander.statusCode], `koppeling ${token || '(geen token)'}`).toEqual([v.lijst, v.melding, v.andere]);
      // Leaks: A's numbers only to A, B's number and pupil only to B. A problem's `instance`
      // repeats the path the caller sent itself, which tells it nothing.
      for (const r of [lijst, een, ander]) {
        const { instance: _eigenPad, ...inhoud } = r.json<Record<string, unknown>>();
        const tekst = JSON.stringify(inhoud);
        if (token !== 'A') for (const n of vanA) expect(tekst).not.toContain(n);
        if (token !== 'B') {
          expect(tekst).not.toContain(vanB);
          expect(tekst).not.toContain(pgnB);
        }
      }
    }
    const geweigerd = await audit('toegang_geweigerd');
    expect(geweigerd.find((a) => a.object_id === vanB && a.gebruikersnaam === `koppeling:${A.naam}`)?.details).toMatchObject({ reden: 'andere_gemeente', koppelingId: A.id });
  });

  it('B-API contract: the checker itself refuses an undocumented status, an undocumented field and a wrong media type', async () => {
    const goed = await g.t.app.inject({ url: `/api/v1/meldingen/${vanA[0]!}`, headers: bearer('A') });
    const body = goed.json<Record<string, unknown>>();
    expect(() => c.check('GET', `/api/v1/meldingen/${vanA[0]!}`, { ...goed, statusCode: 418 })).toThrow(/niet gedocumenteerd/);
    expect(() => c.check('GET', `/api/v1/meldingen/${vanA[0]!}`, { ...goed, body: JSON.stringify({ ...body, geheimVeld: 1 }) })).toThrow(/schema/);
    expect(() => c.check('GET', `/api/v1/meldingen/${vanA[0]!}`, { ...goed, headers: { ...goed.headers, 'content-type': 'text/html' } })).toThrow(/mediatype/);
  });

  it('B-API documentatie: the reference page is HTML of our own, under the strict CSP, and lists every operation', async () => {
    const r = await g.t.app.inject({ url: '/api/v1/documentatie', headers: { accept: 'text/html' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.body).toContain('GET /api/v1/meldingen/{meldingnummer}');
    expect(r.body).toContain('id="operatie-meldingenLijst"');
    expect(r.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(r.body).not.toMatch(/https?:\/\/(?!verzuimloket\.example)/);
  });

  it('B-API property: any query string on the list and any path parameter on one melding is never a 500, and every error is problem+json', async () => {
    const teken = fc.oneof(fc.constantFrom('R', 'B', ',', '-', '0', '9', 'a', 'Z', '%', '&', '=', '?', '/', ' ', '\u00e9', '~'), fc.string({ maxLength: 3 }));
    const waarde = fc.array(teken, { maxLength: 12 }).map((d) => d.join(''));
    const naam = fc.constantFrom('status', 'soort', 'periodeVan', 'periodeTm', 'school', 'prioriteit', 'cursor', 'limiet', 'pgn', 'x');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(naam, waarde), { maxLength: 5 }), waarde, async (paren, pad) => {
        const q = paren.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const lijst = await get(`/api/v1/meldingen?${q}`, 'A');
        expect(lijst.statusCode).not.toBe(500);
        const een = await get(`/api/v1/meldingen/${encodeURIComponent(pad) || 'x'}`, 'A');
        expect(een.statusCode).not.toBe(500);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
