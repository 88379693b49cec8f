// The change feed under concurrent writers (issue 16, B-API change feed: "many concurrent
// writers on PostgreSQL and a reader polling all the while: the reader sees every change
// exactly once"). PostgreSQL only: PGlite has one connection, so its transactions never overlap.
// First the tricky interleavings played step by step (a transaction that got its id or its
// sequence value earlier commits later), then a seeded random mix of 8 writers, some holding
// their transaction open while others commit, with a reader polling in small pages.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../../../src/db/database';
import { BEGIN, codeerCursor } from '../../../src/modules/wijzigingen/cursor';
import { leesWijzigingen, type Wijziging } from '../../../src/modules/wijzigingen/face';
import { buildServices } from '../../../src/services';
import { testConfig } from '../../helpers/app';
import { createPostgresTestDatabase, testDatabaseKind } from '../../helpers/database';
import { gemeente, leerling, melding, vestiging } from '../../helpers/factories';

const GEMEENTE = '0363';
const SCHOOL = '01AB';
const SCHRIJVERS = 8;
const MELDINGEN_PER_SCHRIJVER = 4;
const TRANSACTIES_PER_SCHRIJVER = 12;

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A small seeded generator (mulberry32): the same schedule on every run. */
function willekeurig(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.skipIf(testDatabaseKind !== 'postgres')('The change feed under concurrent writers (B-API change feed), on postgres', () => {
  let database: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let handle: DatabaseHandle;
  let s: ReturnType<typeof buildServices>;
  const verbindingen: pg.Client[] = [];
  /** Per writer, the ids of its own meldingen (no writer waits for another's row lock). */
  const meldingenVan: string[][] = [];

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    handle = openPostgres(database.url, 4);
    s = buildServices({ db: handle.db, config: testConfig() });
    await gemeente(s, GEMEENTE);
    await vestiging(s, SCHOOL, GEMEENTE);
    for (let w = 0; w < SCHRIJVERS; w++) {
      const ids: string[] = [];
      for (let i = 0; i < MELDINGEN_PER_SCHRIJVER; i++) {
        const nummer = await melding(s, { pgn: await leerling(s), instellingscode: SCHOOL, gemeentecode: GEMEENTE, van: '2030-03-02' });
        ids.push((await s.db.selectFrom('meldingen').select('id').where('nummer', '=', nummer).executeTakeFirstOrThrow()).id);
      }
      meldingenVan.push(ids);
    }
    for (let i = 0; i < SCHRIJVERS; i++) {
      const c = new pg.Client({ connectionString: database.url });
      await c.connect();
      verbindingen.push(c);
    }
  });
  afterAll(async () => {
    for (const c of verbindingen) await c.end();
    await handle?.close();
    await database?.drop();
  });

  /** Reads from `na` until `n` changes have arrived (a transaction elsewhere on the cluster may hold the horizon back a while). */
  async function leesTot(na: string, n: number): Promise<Wijziging[]> {
    const gezien: Wijziging[] = [];
    let cursor = na;
    for (let poging = 0; poging < 3000 && gezien.length < n; poging++) {
      const r = await leesWijzigingen(s.db, { na: cursor, limiet: 3 });
      if (r.soort !== 'ok') throw new Error(r.soort);
      gezien.push(...r.wijzigingen);
      cursor = r.cursor;
      if (!r.meer) await wacht(20);
    }
    return gezien;
  }

  /**
   * A cursor after every row written so far. Taken from the table rather than from the reader:
   * while nothing of this test runs, every row here is final, but a transaction in another
   * database of the cluster (another test file) may hold the reader's horizon back, and the
   * next test must not then count this one's rows as its own.
   */
  async function naHetEinde(): Promise<string> {
    const r = await s.db.selectFrom('wijzigingen').select(['xid', 'id']).orderBy('xid', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
    return codeerCursor(r ? { xid: r.xid, id: r.id } : BEGIN);
  }

  const nummerVan = async (id: string) => (await s.db.selectFrom('meldingen').select('nummer').where('id', '=', id).executeTakeFirstOrThrow()).nummer;

  it('B-API change feed: a transaction that got its xid first and commits last holds the later one back, then both come, in xid order', async () => {
    const [a, b] = verbindingen as [pg.Client, pg.Client];
    const [m1, m2] = [meldingenVan[0]![0]!, meldingenVan[1]![0]!];
    const na = await naHetEinde();

    await a.query('begin');
    await a.query('update meldingen set versie = versie + 1 where id = $1', [m1]);
    await b.query('begin');
    await b.query('update meldingen set versie = versie + 1 where id = $1', [m2]);
    await b.query('commit');
    // b's change is committed, but a (the older transaction) is still running: nothing passes.
    const tussendoor = await leesWijzigingen(s.db, { na, limiet: 10 });
    expect(tussendoor).toMatchObject({ soort: 'ok', wijzigingen: [], cursor: na });
    await a.query('commit');

    const gezien = await leesTot(na, 2);
    expect(gezien.map((w) => w.meldingnummer)).toEqual([await nummerVan(m1), await nummerVan(m2)]);
  });

  it('B-API change feed: a row that got the lower id commits after a higher one, which an id-ordered reader would skip; this reader does not', async () => {
    const [a, b] = verbindingen as [pg.Client, pg.Client];
    const [p1, p2] = [await leerling(s), await leerling(s)];
    const na = await naHetEinde();
    const hoogste = async () => (await s.db.selectFrom('wijzigingen').select((e) => e.fn.max('id').as('m')).executeTakeFirstOrThrow()).m ?? '0';
    const voor = await hoogste();

    const invoegen = (c: pg.Client, pgn: string) =>
      c.query(
        `insert into vrijstellingen (pgn, gemeentecode, soort, begindatum, aangemaakt_op, aangemaakt_door_naam, gewijzigd_op, gewijzigd_door_naam)
         values ($1, $2, '5a', '2030-01-01', now(), 'T', now(), 'T') returning id`,
        [pgn, GEMEENTE],
      );
    await a.query('begin');
    const va = (await invoegen(a, p1)).rows[0] as { id: string };
    await b.query('begin');
    const vb = (await invoegen(b, p2)).rows[0] as { id: string };
    await b.query('commit');
    // What an id-ordered reader sees now: b's row, the higher id, without a's; its cursor would pass a's row.
    const idNa = await s.db.selectFrom('wijzigingen').select(['id', 'vrijstelling_id']).where('id', '>', voor).orderBy('id').execute();
    expect(idNa.map((r) => r.vrijstelling_id)).toEqual([vb.id]);
    expect(await leesWijzigingen(s.db, { na, limiet: 10 })).toMatchObject({ soort: 'ok', wijzigingen: [], cursor: na });
    await a.query('commit');

    const gezien = await leesTot(na, 2);
    expect(gezien.map((w) => w.vrijstellingId)).toEqual([va.id, vb.id]);
  });

  it('B-API change feed: an older transaction that waited for a younger one\'s row lock: both changes once, in xid order, their versions say which came last', async () => {
    const [a, b] = verbindingen as [pg.Client, pg.Client];
    const [m1, anders] = [meldingenVan[2]![0]!, meldingenVan[2]![1]!];
    const na = await naHetEinde();
    await a.query('begin');
    await a.query('update meldingen set versie = versie + 1 where id = $1', [anders]); // a has the older xid
    await b.query('begin');
    await b.query('update meldingen set versie = versie + 1 where id = $1', [m1]);
    const wachtend = a.query('update meldingen set versie = versie + 1 where id = $1', [m1]); // waits for b's lock
    await wacht(50);
    await b.query('commit');
    await wachtend;
    await a.query('commit');

    const gezien = await leesTot(na, 3);
    const [n1, nAnders] = [await nummerVan(m1), await nummerVan(anders)];
    expect(gezien.map((w) => w.meldingnummer)).toEqual([nAnders, n1, n1]);
    // a's change of m1 comes first in the feed but is the later version: the version orders one melding's changes.
    expect(gezien[1]!.versie).toBe(gezien[2]!.versie + 1);
  });

  it('B-API change feed: 8 writers with transactions of varying length, a reader polling in pages of 5 all the while: every committed change exactly once, in feed order', async () => {
    const rnd = willekeurig(16);
    const na = await naHetEinde();
    const vastgelegd: string[] = [];
    let klaar = false;

    async function schrijver(w: number) {
      const c = verbindingen[w]!;
      const eigen = meldingenVan[w]!;
      for (let t = 0; t < TRANSACTIES_PER_SCHRIJVER; t++) {
        const deze: string[] = [];
        await c.query('begin');
        const aantal = 1 + Math.floor(rnd() * 3);
        for (let i = 0; i < aantal; i++) {
          const r = await c.query<{ nummer: string; versie: number }>('update meldingen set versie = versie + 1, gewijzigd_op = now() where id = $1 returning nummer, versie', [eigen[Math.floor(rnd() * eigen.length)]]);
          deze.push(`${r.rows[0]!.nummer}:${r.rows[0]!.versie}`);
          await wacht(Math.floor(rnd() * 15));
        }
        // A quarter of the transactions stay open a while, so that others commit past them.
        if (rnd() < 0.25) await wacht(100 + Math.floor(rnd() * 150));
        if (rnd() < 0.1) {
          await c.query('rollback');
        } else {
          await c.query('commit');
          vastgelegd.push(...deze);
        }
      }
    }

    const gezien: Wijziging[] = [];
    let cursor = na;
    // Gives up 60 s after the writers are done (a lost change then fails the comparison below
    // with the list, instead of the test's timeout).
    let opgeven = Infinity;
    const lezer = (async () => {
      for (;;) {
        const r = await leesWijzigingen(s.db, { na: cursor, limiet: 5 });
        if (r.soort !== 'ok') throw new Error(r.soort);
        gezien.push(...r.wijzigingen);
        cursor = r.cursor;
        if (klaar && !r.meer && (gezien.length >= vastgelegd.length || Date.now() > opgeven)) return;
        if (!r.meer) await wacht(5);
      }
    })();
    await Promise.all(Array.from({ length: SCHRIJVERS }, (_, w) => schrijver(w)));
    opgeven = Date.now() + 60_000;
    klaar = true;
    await lezer;

    const sleutels = gezien.map((w) => `${w.meldingnummer}:${w.versie}`);
    expect(vastgelegd.length).toBeGreaterThan(100);
    expect(new Set(sleutels).size).toBe(sleutels.length);
    expect([...sleutels].sort()).toEqual([...vastgelegd].sort());
    // The order the reader saw is the feed's own order. Each writer changes only its own
    // meldingen, one transaction after another, so there each melding's versions come in order
    // too (across writers the feed's order is by xid, not by commit: see lezer.ts).
    const feed = await s.db
      .selectFrom('wijzigingen')
      .select('id')
      .where('id', 'in', gezien.map((w) => w.id))
      .orderBy('xid')
      .orderBy('id')
      .execute();
    expect(gezien.map((w) => w.id)).toEqual(feed.map((r) => r.id));
    const perMelding = new Map<string, number>();
    for (const w of gezien) {
      expect(w.versie).toBeGreaterThan(perMelding.get(w.meldingnummer!) ?? 0);
      perMelding.set(w.meldingnummer!, w.versie);
    }
  });
}, 120_000);
