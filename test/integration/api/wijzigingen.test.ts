// B-API (issue 16), the change feed through the JSON API: GET /api/v1/wijzigingen?na=<cursor>
// gives a koppeling every change it may see, in feed order, once; the cursor round-trips; a
// malformed cursor is a 400 and a purged one a 410, both problem+json; the authorisation filter
// (gemeente A, gemeente B, a school, no token, no scope); every answer checked against the served
// OpenAPI document; fast-check query strings: never a 500. (The feed's ordering under concurrent
// writers is test/integration/wijzigingen/gelijktijdig.test.ts.)
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, koppeling, testAuthenticator } from '../../helpers/api';
import { contract, type Contract } from '../../helpers/contract';
import { testDatabaseKind } from '../../helpers/database';
import type { Problem } from '../../../src/platform/api/problem';
import { gemeenteSetup, UTRECHT, type GemeenteSetup } from '../gemeente/setup';
import { AMSTERDAM, SCHOOL } from '../meldingen/setup';

const A = koppeling('gemeente', [AMSTERDAM]);
const B = koppeling('gemeente', [UTRECHT]);
const school = koppeling('school', [SCHOOL]);
const zonderScope = koppeling('gemeente', [AMSTERDAM], ['vrijstellingen:beheren']);
const TOKENS = { A, B, school, zonderScope };

interface Feed {
  wijzigingen: { id: string; soort: string; meldingnummer?: string; soortWijziging: string; versie: number; _links: { self?: { href: string } } }[];
  cursor: string;
  meer: boolean;
  _links: { self: { href: string }; next: { href: string } };
}

describe(`B-API: the change feed (on ${testDatabaseKind})`, () => {
  let g: GemeenteSetup;
  let c: Contract;
  const vanA: string[] = [];
  let vanB: string;

  const get = async (url: string, token?: string) => {
    const r = await g.t.app.inject({ url, headers: token ? bearer(token) : {} });
    c.check('GET', url, r);
    if (r.statusCode >= 400) expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    return r;
  };
  /** Follows the feed from `url` until it has nothing more at once; returns what it saw and where it ended. */
  async function leesAlles(url: string, token: string) {
    const gezien: Feed['wijzigingen'] = [];
    for (;;) {
      const r = await get(url, token);
      expect(r.statusCode).toBe(200);
      const f = r.json<Feed>();
      gezien.push(...f.wijzigingen);
      url = f._links.next.href;
      if (!f.meer) return { gezien, volgende: url, cursor: f.cursor };
    }
  }

  beforeAll(async () => {
    g = await gemeenteSetup({ apiAuthenticator: testAuthenticator(TOKENS) });
    for (let i = 0; i < 3; i++) vanA.push(await g.nieuweMelding());
    vanB = await g.nieuweMelding({ gemeentecode: UTRECHT });
    c = contract((await g.t.app.inject({ url: '/api/v1/openapi.json' })).json());
  }, 60_000);
  afterAll(async () => g?.t.close());

  it('B-API feed: a gemeente reads each of its changes once, in order, in small pages; the next link after the end gives nothing until a new change', async () => {
    const { gezien, volgende } = await leesAlles('/api/v1/wijzigingen?limiet=2', 'A');
    expect(gezien.map((w) => [w.meldingnummer, w.soortWijziging])).toEqual(vanA.map((n) => [n, 'aangemaakt']));
    expect(gezien.map((w) => w._links.self?.href)).toEqual(vanA.map((n) => `/api/v1/meldingen/${n}`));
    expect(new Set(gezien.map((w) => w.id)).size).toBe(gezien.length);
    expect(gezien.some((w) => w.meldingnummer === vanB)).toBe(false);

    const leeg = (await get(volgende, 'A')).json<Feed>();
    expect(leeg.wijzigingen).toEqual([]);
    expect(leeg.meer).toBe(false);
    const nieuw = await g.nieuweMelding();
    const daarna = (await leesAlles(leeg._links.next.href, 'A')).gezien;
    expect(daarna.map((w) => w.meldingnummer)).toEqual([nieuw]);
    vanA.push(nieuw);
  });

  it('B-API feed authorisation: gemeente B sees only its own, a school sees its instelling’s meldingen without links to the gemeente’s resource; no token 401, no scope 403', async () => {
    expect((await leesAlles('/api/v1/wijzigingen', 'B')).gezien.map((w) => w.meldingnummer)).toEqual([vanB]);
    const vanSchool = (await leesAlles('/api/v1/wijzigingen', 'school')).gezien;
    expect(vanSchool.map((w) => w.meldingnummer).sort()).toEqual([...vanA, vanB].sort());
    expect(vanSchool.every((w) => w._links.self === undefined)).toBe(true);
    const zonder = await get('/api/v1/wijzigingen');
    expect(zonder.statusCode).toBe(401);
    expect(zonder.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await get('/api/v1/wijzigingen', 'onbekend')).statusCode).toBe(401);
    expect((await get('/api/v1/wijzigingen', 'zonderScope')).statusCode).toBe(403);
  });

  it('B-API feed refusals: a malformed cursor or limiet is a 400 with invalidParams; a cursor from before purged changes is a 410', async () => {
    const slecht = await get('/api/v1/wijzigingen?na=AAAA', 'A');
    expect(slecht.statusCode).toBe(400);
    expect(slecht.json<Problem>().invalidParams).toEqual([expect.objectContaining({ name: 'na' })]);
    const teVeel = await get('/api/v1/wijzigingen?limiet=1001', 'A');
    expect(teVeel.statusCode).toBe(400);
    expect(teVeel.json<Problem>().invalidParams).toEqual([expect.objectContaining({ name: 'limiet', reason: 'Het aantal (limiet) moet een geheel getal van 1 tot en met 1000 zijn.' })]);

    const begin = (await get('/api/v1/wijzigingen?limiet=1', 'A')).json<Feed>();
    // As the housekeeping job leaves it after purging everything up to the newest change.
    await sql`update wijzigingen_opgeruimd set (xid, id) = (select xid, id from wijzigingen order by xid desc, id desc limit 1)`.execute(g.t.db);
    const verlopen = await get(begin._links.next.href, 'A');
    expect(verlopen.statusCode).toBe(410);
    expect(verlopen.json<Problem>().detail).toMatch(/^De cursor is verlopen/);
  });

  it('B-API feed property: any query string is never a 500, and every error is problem+json', async () => {
    const teken = fc.oneof(fc.constantFrom('A', 'z', '0', '_', '-', '=', '%', '&', '+', '/', ' ', '\u00e9'), fc.string({ maxLength: 3 }));
    const waarde = fc.array(teken, { maxLength: 16 }).map((d) => d.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('na', 'limiet', 'x'), waarde), { maxLength: 4 }), async (paren) => {
        const r = await get(`/api/v1/wijzigingen?${paren.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`, 'A');
        expect(r.statusCode).not.toBe(500);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
