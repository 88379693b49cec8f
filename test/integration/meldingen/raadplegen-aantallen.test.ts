// The counters of migration 0009 (melding_aantallen, per instelling and per gemeente and status)
// that answer the count of a statuses-only search (R-RAA-1 default, R-GEM-2 inbox, R-UI-2
// "… gevonden"): after every kind of write they must equal count(*) over meldingen.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/types';
import { up as migratie0009 } from '../../../src/db/migrations/0009_melding_aantallen';
import type { Soort, Status } from '../../../src/modules/meldingen/codes';
import { soortLabels } from '../../../src/modules/meldingen/messages';
import { RecenteTotalen, telMeldingen, zoekMeldingen, type MeldingZoekFilter, type MeldingZoekScope } from '../../../src/modules/meldingen/raadplegen/zoeken.repository';
import { nieuweVersie, type VersieActor } from '../../../src/modules/meldingen/versie';
import type { Actie } from '../../../src/modules/meldingen/status-overgangen';
import type { Kysely } from 'kysely';
import { testDatabaseKind } from '../../helpers/database';
import { zoekMelding, type ZoekMelding } from '../../helpers/meldingen-zoeken';
import { AMSTERDAM, ANDERE_SCHOOL, DIEMEN, meldingSetup, SCHOOL, type MeldingSetup } from './setup';

const ALLE: Status[] = ['R', 'B', 'G', 'K', 'I'];
const filter = (o: Partial<MeldingZoekFilter> = {}): MeldingZoekFilter => ({
  statussen: ALLE, pgn: null, achternaam: null, nummer: null, soort: null, periodeVan: null, periodeTm: null, onderwijslocatie: null, prioriteit: null, instellingscode: null, ...o,
});
const GEMEENTE: VersieActor = { soort: 'gemeente', gebruikerId: null, naam: 'Behandelaar' };
const SCHOOL_ACTOR: VersieActor = { soort: 'school', gebruikerId: null, naam: 'Melder' };

/** Every (scope, code, status) where the counter and count(*) differ; [] when they agree. */
async function verschillen(db: Kysely<Database>) {
  const { rows } = await sql<{ scope: string; code: string; status: string; geteld: number; teller: number }>`
    select coalesce(t.scope, a.scope) as scope, coalesce(t.code, a.code) as code, coalesce(t.status, a.status) as status,
           coalesce(t.n, 0)::int as geteld, coalesce(a.aantal, 0)::int as teller
    from (
      select 'I' as scope, instellingscode as code, status, count(*) as n from meldingen group by 2, 3
      union all select 'G', gemeentecode, status, count(*) from meldingen group by 2, 3
    ) t full join melding_aantallen a on a.scope = t.scope and a.code = t.code and a.status = t.status
    where coalesce(t.n, 0) <> coalesce(a.aantal, 0)
    order by 1, 2, 3`.execute(db);
  return rows;
}

/** The ids in the order of the soort's label (Dutch), then the id; both in `dir`. */
function opSoortLabel(rows: readonly { id: string; soort: string }[], dir: 'asc' | 'desc'): string[] {
  const label = (r: { soort: string }) => soortLabels[r.soort as Soort];
  const sorted = [...rows].sort((a, b) => label(a).localeCompare(label(b), 'nl') || Number(BigInt(a.id) - BigInt(b.id)));
  return (dir === 'asc' ? sorted : sorted.reverse()).map((r) => r.id);
}

async function teller(db: Kysely<Database>, scope: 'I' | 'G', code: string, status: Status): Promise<number> {
  const { rows } = await sql<{ n: number }>`select coalesce(sum(aantal), 0)::int as n from melding_aantallen where scope = ${scope} and code = ${code} and status = ${status}`.execute(db);
  return rows[0]!.n;
}

describe(`melding_aantallen: the count of a statuses-only search (R-RAA-1, R-UI-2, R-GEM-2) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let db: Kysely<Database>;
  const eigen: ZoekMelding[] = [];

  /** The same count three ways: the counters (statuses only), the matches counted (a filter that matches all), the search's total. */
  async function drieTellingen(scope: MeldingZoekScope, statussen: Status[]) {
    const snel = await telMeldingen(db, scope, filter({ statussen }));
    const geteld = await telMeldingen(db, scope, filter({ statussen, periodeVan: '1900-01-01' }));
    const { total } = await zoekMeldingen(db, scope, filter({ statussen }), { page: 1, perPage: 10, sort: 'datum', dir: 'desc' });
    return { snel, geteld, total };
  }

  async function actie(id: string, actor: VersieActor, a: Actie, gemeentecode?: string) {
    return db.transaction().execute(async (trx) => {
      const versie = (await trx.selectFrom('meldingen').select('versie').where('id', '=', id).executeTakeFirstOrThrow()).versie;
      return nieuweVersie(trx, { meldingId: id, verwachteVersie: versie, actor, actie: a, op: m.clock(), wijzig: (h) => ({ inhoud: h.inhoud, ...(gemeentecode ? { gemeentecode } : {}) }) });
    });
  }

  beforeAll(async () => {
    m = await meldingSetup();
    db = m.t.services.db;
    const reeks: Status[] = ['R', 'B', 'R', 'G', 'K', 'I', 'B', 'R', 'R', 'B'];
    // Every soort, several twice within a status: the soort sort has ties to break by id.
    const soorten: Soort[] = ['L', 'V4', 'O', 'V3', 'RMC', 'LRV', 'V3', 'L', 'O', 'V4'];
    for (let i = 0; i < reeks.length; i++) {
      eigen.push(await zoekMelding(m.t.services, { instellingscode: SCHOOL, gemeentecode: i % 3 === 0 ? DIEMEN : AMSTERDAM, status: reeks[i]!, soort: soorten[i]!, van: `2030-01-${String(10 + i).padStart(2, '0')}`, tm: `2030-01-${String(10 + i).padStart(2, '0')}` }));
    }
    for (const status of ['R', 'B', 'G'] as Status[]) await zoekMelding(m.t.services, { instellingscode: ANDERE_SCHOOL, gemeentecode: AMSTERDAM, status });
  });
  afterAll(async () => {
    await m?.t.close();
  });

  it('R-RAA-1, R-UI-2: after inserts the counters equal count(*) per instelling, gemeente and status, and the statuses-only count uses them', async () => {
    expect(await verschillen(db)).toEqual([]);
    expect(await teller(db, 'I', SCHOOL, 'R')).toBe(4);
    expect(await teller(db, 'I', SCHOOL, 'B')).toBe(3);
    expect(await teller(db, 'I', ANDERE_SCHOOL, 'R')).toBe(1);
    expect(await teller(db, 'G', DIEMEN, 'R')).toBe(eigen.filter((e) => e.gemeentecode === DIEMEN && e.status === 'R').length);
    expect(await drieTellingen({ instellingscode: SCHOOL }, ['R', 'B'])).toEqual({ snel: 7, geteld: 7, total: 7 });
    expect(await drieTellingen({ instellingscode: SCHOOL }, ALLE)).toEqual({ snel: 10, geteld: 10, total: 10 });
    expect(await drieTellingen({ gemeentecode: AMSTERDAM }, ['R', 'B'])).toMatchObject({ snel: 6, geteld: 6 });
    // An empty school and a status without meldingen: 0, not null.
    expect((await drieTellingen({ instellingscode: '99ZZ' }, ['R', 'B'])).snel).toBe(0);
    expect((await drieTellingen({ instellingscode: ANDERE_SCHOOL }, ['K', 'I'])).snel).toBe(0);
  });

  it('R-RAA-1, R-UI-2: every page (rows and total in one statement, with or without a recent total as hint; the far half read backwards; past the end the last page) is the matching slice of all results, with and without filters, also sorted by the soort label; nothing found is 0', async () => {
    const scope = { instellingscode: SCHOOL };
    for (const f of [filter({ statussen: ['R', 'B'] }), filter(), filter({ periodeVan: '2030-01-12', periodeTm: '2030-01-16' }), filter({ statussen: ['G'], periodeTm: '1990-01-01' })]) {
      for (const [sort, dir] of [['datum', 'desc'], ['nummer', 'asc'], ['periode', 'desc'], ['soort', 'asc'], ['soort', 'desc']] as const) {
        const alleRijen = (await zoekMeldingen(db, scope, f, { page: 1, perPage: 100, sort, dir })).rows;
        const alle = alleRijen.map((r) => r.id);
        expect(alle).toHaveLength(await telMeldingen(db, scope, f));
        // R-RAA-1: "Soort verzuim" in the order of the label shown, ties by id in the same direction.
        if (sort === 'soort') expect(alle).toEqual(opSoortLabel(alleRijen, dir));
        for (const perPage of [3, 4]) {
          const pages = Math.max(1, Math.ceil(alle.length / perPage));
          for (let page = 1; page <= pages + 1; page++) {
            const start = (Math.min(page, pages) - 1) * perPage;
            // Counted first (no hint), and in one statement with a right, a stale or a wrong hint.
            for (const hint of [undefined, alle.length, alle.length + 7, Math.max(0, alle.length - 5), 0, 1_000_000]) {
              const totalen = new RecenteTotalen();
              if (hint !== undefined) totalen.set(RecenteTotalen.sleutel(scope, f), hint);
              const r = await zoekMeldingen(db, scope, f, { page, perPage, sort, dir }, hint === undefined ? undefined : totalen);
              expect({ page, hint, ids: r.rows.map((x) => x.id), total: r.total }).toEqual({ page, hint, ids: alle.slice(start, start + perPage), total: alle.length });
              for (const x of r.rows) expect(Object.keys(x).filter((k) => k === 'totaal' || k === 'k')).toEqual([]);
              if (hint !== undefined) expect(totalen.get(RecenteTotalen.sleutel(scope, f))).toBe(alle.length);
            }
          }
        }
      }
    }
    expect(await zoekMeldingen(db, { instellingscode: '99ZZ' }, filter(), { page: 1, perPage: 10, sort: 'datum', dir: 'desc' })).toEqual({ rows: [], total: 0 });
    expect(await zoekMeldingen(db, { instellingscode: '99ZZ' }, filter(), { page: 3, perPage: 10, sort: 'datum', dir: 'desc' })).toEqual({ rows: [], total: 0 });
  });

  it('R-RAA-1, R-UI-2: with remembered totals the last page after page 1 is one statement (no count first); the remembered totals are bounded', async () => {
    let statements = 0;
    const telt = db.withPlugin({
      transformQuery: ({ node }) => node,
      // Once per statement sent (transformQuery also sees every subquery).
      transformResult: async ({ result }) => {
        statements += 1;
        return result;
      },
    });
    const scope = { instellingscode: SCHOOL };
    const f = filter({ statussen: ['R', 'B'] });
    const state = { page: 1, perPage: 3, sort: 'datum' as const, dir: 'desc' as const };
    const totalen = new RecenteTotalen();
    const eerste = await zoekMeldingen(telt, scope, f, state, totalen);
    const laatste = Math.ceil(eerste.total / 3);
    statements = 0;
    await zoekMeldingen(telt, scope, f, { ...state, page: laatste }, totalen);
    expect(statements).toBe(1);
    // The same criteria in another request (a new filter object) find the same entry.
    statements = 0;
    await zoekMeldingen(telt, scope, filter({ statussen: ['R', 'B'] }), { ...state, page: laatste }, totalen);
    expect(statements).toBe(1);
    // Without a remembered total: count first, then the page.
    statements = 0;
    await zoekMeldingen(telt, scope, f, { ...state, page: laatste }, new RecenteTotalen());
    expect(statements).toBe(2);

    const twee = new RecenteTotalen(2);
    twee.set('a', 1);
    twee.set('b', 2);
    twee.get('a');
    twee.set('a', 3); // set again: now the newest
    twee.set('c', 4);
    expect([twee.get('a'), twee.get('b'), twee.get('c')]).toEqual([3, undefined, 4]);
  });

  it('R-RAA-1, R-UI-2: the search page shows the counter total for the default statuses', async () => {
    const c = await m.inloggen(m.melder);
    const r = await c.get('/verzuim/raadplegen');
    expect(r.statusCode).toBe(200);
    const totaal = (await telMeldingen(db, { instellingscode: SCHOOL }, filter({ statussen: ['R', 'B'], periodeVan: '1900-01-01' })));
    expect(r.body).toContain(`${totaal} verzuimmeldingen gevonden`);
  });

  it('R-RAA-1, R-GEM-2: status changes through nieuweVersie move the count from one status to the other; an edit that keeps the status changes nothing', async () => {
    const r = eigen.find((e) => e.status === 'R' && e.gemeentecode === AMSTERDAM)!;
    const voorR = await teller(db, 'I', SCHOOL, 'R');
    const voorB = await teller(db, 'I', SCHOOL, 'B');
    expect((await actie(r.id, GEMEENTE, 'in_behandeling_nemen')).soort).toBe('opgeslagen');
    expect(await teller(db, 'I', SCHOOL, 'R')).toBe(voorR - 1);
    expect(await teller(db, 'I', SCHOOL, 'B')).toBe(voorB + 1);
    expect(await verschillen(db)).toEqual([]);

    expect((await actie(r.id, GEMEENTE, 'afsluiten')).soort).toBe('opgeslagen');
    const b = eigen.find((e) => e.status === 'B')!;
    expect((await actie(b.id, SCHOOL_ACTOR, 'intrekken')).soort).toBe('opgeslagen');
    expect(await verschillen(db)).toEqual([]);

    const voor = await sql<{ scope: string; code: string; status: string; aantal: string }>`select * from melding_aantallen order by 1, 2, 3`.execute(db);
    const open = eigen.find((e) => e.status === 'R' && e.id !== r.id)!;
    expect((await actie(open.id, SCHOOL_ACTOR, 'wijzigen')).soort).toBe('opgeslagen');
    const na = await sql<{ scope: string; code: string; status: string; aantal: string }>`select * from melding_aantallen order by 1, 2, 3`.execute(db);
    expect(na.rows).toEqual(voor.rows);
    expect(await drieTellingen({ instellingscode: SCHOOL }, ['R', 'B'])).toEqual({ snel: 5, geteld: 5, total: 5 });
  });

  it('R-GEM-2: routing to another gemeente moves the melding from one gemeente\'s count to the other\'s, the school\'s count stays', async () => {
    const r = eigen.find((e) => e.status === 'R' && e.gemeentecode === DIEMEN)!;
    const amsterdam = await drieTellingen({ gemeentecode: AMSTERDAM }, ['R', 'B']);
    const diemen = await drieTellingen({ gemeentecode: DIEMEN }, ['R', 'B']);
    const school = await drieTellingen({ instellingscode: SCHOOL }, ['R', 'B']);
    expect((await actie(r.id, GEMEENTE, 'routeren', AMSTERDAM)).soort).toBe('opgeslagen');
    expect(await verschillen(db)).toEqual([]);
    expect((await drieTellingen({ gemeentecode: AMSTERDAM }, ['R', 'B'])).snel).toBe(amsterdam.snel + 1);
    expect((await drieTellingen({ gemeentecode: DIEMEN }, ['R', 'B'])).snel).toBe(diemen.snel - 1);
    expect(await drieTellingen({ instellingscode: SCHOOL }, ['R', 'B'])).toEqual(school);
    // Routing by a plain UPDATE of several rows at once (one statement, several keys) as well.
    await db.updateTable('meldingen').set({ gemeentecode: DIEMEN }).where('instellingscode', '=', ANDERE_SCHOOL).execute();
    expect(await verschillen(db)).toEqual([]);
    expect(await teller(db, 'G', DIEMEN, 'G')).toBeGreaterThanOrEqual(1);
  });

  it('R-RAA-1, R-UI-2: a rolled-back insert and a rolled-back status change leave the counters as they were', async () => {
    const voor = await sql<{ scope: string; code: string; status: string; aantal: string }>`select * from melding_aantallen order by 1, 2, 3`.execute(db);
    const pgn = eigen[0]!.pgn;
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`insert into meldingen (nummer, status, pgn, achternaam, instellingscode, gemeentecode, soort, begindatum, einddatum, inhoud, aangemaakt_op, gewijzigd_op)
                  values ('2030-9999999', 'R', ${pgn}, 'Dijk', ${SCHOOL}, ${AMSTERDAM}, 'V3', '2031-06-01', '2031-06-02', '{}', now(), now())`.execute(trx);
        // Inside the transaction the increment is there…
        expect(await teller(trx as unknown as Kysely<Database>, 'I', SCHOOL, 'R')).toBe(Number(voor.rows.find((r) => r.scope === 'I' && r.code === SCHOOL && r.status === 'R')!.aantal) + 1);
        throw new Error('terugdraaien');
      }),
    ).rejects.toThrow('terugdraaien');
    const open = eigen.find((e) => e.status === 'B' && e.id !== eigen.find((x) => x.status === 'B')!.id)!;
    await expect(
      db.transaction().execute(async (trx) => {
        const v = (await trx.selectFrom('meldingen').select('versie').where('id', '=', open.id).executeTakeFirstOrThrow()).versie;
        expect((await nieuweVersie(trx, { meldingId: open.id, verwachteVersie: v, actor: GEMEENTE, actie: 'afsluiten', op: m.clock(), wijzig: (h) => ({ inhoud: h.inhoud }) })).soort).toBe('opgeslagen');
        throw new Error('terugdraaien');
      }),
    ).rejects.toThrow('terugdraaien');
    // …and after the rollback it is gone.
    const na = await sql<{ scope: string; code: string; status: string; aantal: string }>`select * from melding_aantallen order by 1, 2, 3`.execute(db);
    expect(na.rows).toEqual(voor.rows);
    expect(await verschillen(db)).toEqual([]);
  });

  it('R-RAA-1, R-UI-2: concurrent inserts for one school, some rolled back, and a delete keep the counters exact', async () => {
    const pgns = await Promise.all(Array.from({ length: 8 }, () => m.leerling()));
    await Promise.allSettled(
      pgns.map((pgn, i) =>
        db.transaction().execute(async (trx) => {
          await sql`insert into meldingen (nummer, status, pgn, achternaam, instellingscode, gemeentecode, soort, begindatum, einddatum, inhoud, aangemaakt_op, gewijzigd_op)
                    values (${`2030-88${String(i).padStart(5, '0')}`}, ${i % 2 === 0 ? 'R' : 'B'}, ${pgn}, 'Dijk', ${SCHOOL}, ${AMSTERDAM}, 'V3', '2030-02-01', '2030-02-02', '{}', now(), now())`.execute(trx);
          if (i % 3 === 0) throw new Error('terugdraaien');
        }),
      ),
    );
    expect(await verschillen(db)).toEqual([]);
    const n = await sql<{ n: number }>`select count(*)::int as n from meldingen where nummer like '2030-88%'`.execute(db);
    expect(n.rows[0]!.n).toBe(5);
    const s = await drieTellingen({ instellingscode: SCHOOL }, ['R', 'B']);
    expect(s.snel).toBe(s.geteld);
    await sql`delete from meldingen where nummer like '2030-88%'`.execute(db);
    expect(await verschillen(db)).toEqual([]);
  });

  it('R-RAA-1, R-GEM-2: migration 0009 backfills the counters from the meldingen already there', async () => {
    const voor = await sql<{ scope: string; code: string; status: string; aantal: string }>`select * from melding_aantallen where aantal > 0 order by 1, 2, 3`.execute(db);
    await db.transaction().execute(async (trx) => {
      await sql`drop table melding_aantallen; drop function melding_aantallen_na_insert, melding_aantallen_na_update, melding_aantallen_na_delete, melding_aantallen_na_truncate cascade`.execute(trx);
      await migratie0009(trx as unknown as Kysely<unknown>);
    });
    const na = await sql<{ scope: string; code: string; status: string; aantal: string }>`select * from melding_aantallen order by 1, 2, 3`.execute(db);
    expect(na.rows).toEqual(voor.rows);
    expect(await verschillen(db)).toEqual([]);
  });
});
