// The change feed (issue 16, B-API "Change feed") on both databases: every kind of change to a
// melding or vrijstelling lands in the feed once, written by the database, with who may see it;
// the reader filters by gemeente and instelling, pages without losing anything, and answers a
// malformed or stale cursor clearly.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesWijzigingen, type Wijziging } from '../../../src/modules/wijzigingen/face';
import { codeerCursor } from '../../../src/modules/wijzigingen/cursor';
import { testDatabaseKind } from '../../helpers/database';
import { melding } from '../../helpers/factories';
import { AMSTERDAM, ANDERE_SCHOOL, DIEMEN, SCHOOL } from '../meldingen/setup';
import { gemeenteSetup, UTRECHT, type GemeenteSetup } from '../gemeente/setup';
import { actie, leesAlles } from './setup';

describe(`The change feed (B-API change feed) on ${testDatabaseKind}`, () => {
  let m: GemeenteSetup;
  /** The cursor before any change of these tests. */
  let begin: string;
  beforeAll(async () => {
    m = await gemeenteSetup();
    begin = (await leesAlles(m.t.db, {})).cursor;
  });
  afterAll(async () => m?.t.close());

  const db = () => m.t.db;
  const nieuwe = async (na: string, o: { gemeentecodes?: string[]; instellingscodes?: string[] } = {}) => (await leesAlles(db(), { ...o, na })).wijzigingen;
  const kort = (w: Wijziging[]) => w.map((x) => `${x.meldingnummer ?? x.vrijstellingId}:${x.soortWijziging}:${x.versie}`);
  const feedRijen = () =>
    db().selectFrom('wijzigingen').select(['melding_nummer', 'vrijstelling_id', 'soort_wijziging', 'versie', 'gemeentecodes', 'instellingscode']).orderBy('xid').orderBy('id').execute();

  it('B-API change feed: every change to a melding lands once, with its gemeente and instelling, in order', async () => {
    const { cursor: na } = await leesAlles(db(), {});
    const pgn = await m.leerling();
    const nummer = await melding(m.t.services, { pgn, instellingscode: SCHOOL, gemeentecode: AMSTERDAM, van: '2030-03-02', tm: '2030-03-13' });
    await actie(db(), nummer, 'gemeente', 'in_behandeling_nemen', m.clock());
    await actie(db(), nummer, 'gemeente', 'terugkoppelen', m.clock());
    await actie(db(), nummer, 'gemeente', 'overdragen', m.clock());
    await actie(db(), nummer, 'school', 'wijzigen', m.clock(), { einddatum: '2030-03-12' });
    await actie(db(), nummer, 'gemeente', 'afsluiten', m.clock());
    const tweede = await melding(m.t.services, { pgn: await m.leerling(), instellingscode: SCHOOL, gemeentecode: AMSTERDAM, van: '2030-03-02' });
    await actie(db(), tweede, 'school', 'intrekken', m.clock());
    const derde = await melding(m.t.services, { pgn: await m.leerling(), instellingscode: ANDERE_SCHOOL, gemeentecode: DIEMEN, van: '2030-03-02' });
    await actie(db(), derde, 'gemeente', 'ter_kennisgeving_aannemen', m.clock());

    const gelezen = await nieuwe(na);
    expect(kort(gelezen)).toEqual([
      `${nummer}:aangemaakt:1`,
      `${nummer}:in_behandeling_nemen:2`,
      `${nummer}:terugkoppelen:3`,
      `${nummer}:overdragen:4`,
      `${nummer}:wijzigen:5`,
      `${nummer}:afsluiten:6`,
      `${tweede}:aangemaakt:1`,
      `${tweede}:intrekken:2`,
      `${derde}:aangemaakt:1`,
      `${derde}:ter_kennisgeving_aannemen:2`,
    ]);
    expect(gelezen.every((w) => w.soort === 'melding' && w.vrijstellingId === undefined)).toBe(true);
    const rijen = (await feedRijen()).slice(-10);
    expect(rijen.slice(0, 8).every((r) => r.instellingscode === SCHOOL && r.gemeentecodes.join() === AMSTERDAM)).toBe(true);
    expect(rijen.slice(8).every((r) => r.instellingscode === ANDERE_SCHOOL && r.gemeentecodes.join() === DIEMEN)).toBe(true);
    // Keys only: no column of the feed holds the pupil.
    const kolommen = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = 'wijzigingen' order by ordinal_position`.execute(db());
    expect(kolommen.rows.map((k) => k.column_name)).toEqual(['id', 'xid', 'soort_object', 'melding_nummer', 'vrijstelling_id', 'soort_wijziging', 'versie', 'gemeentecodes', 'instellingscode', 'op']);
  });

  it('B-API change feed: a melding filed with its first version in one transaction is one change; an update that changes nothing is none', async () => {
    const { cursor: na } = await leesAlles(db(), {});
    const pgn = await m.leerling();
    const nummer = await db()
      .transaction()
      .execute(async (trx) => {
        const r = await trx
          .insertInto('meldingen')
          .values({ nummer: '2030-9900001', status: 'R', pgn, achternaam: 'Dijk', instellingscode: SCHOOL, gemeentecode: AMSTERDAM, soort: 'V3', begindatum: '2030-03-02', einddatum: null, inhoud: '{}', concept_id: null, aangemaakt_op: m.clock(), aangemaakt_door: null, gewijzigd_op: m.clock() })
          .returning(['id', 'nummer'])
          .executeTakeFirstOrThrow();
        await trx.insertInto('melding_versies').values({ melding_id: r.id, versie: 1, status: 'R', snapshot: '{}', soort_wijziging: 'aangemaakt', op: m.clock(), door_gebruiker_id: null, door_naam: 'Melder' }).execute();
        return r.nummer;
      });
    await sql`update meldingen set status = status where nummer = ${nummer}`.execute(db());
    expect(kort(await nieuwe(na))).toEqual([`${nummer}:aangemaakt:1`]);
  });

  it('B-API change feed: routing shows the change to the old and the new gemeente; later changes only to the new one', async () => {
    const { cursor: na } = await leesAlles(db(), {});
    const nummer = await melding(m.t.services, { pgn: await m.leerling(), instellingscode: SCHOOL, gemeentecode: AMSTERDAM, van: '2030-03-02' });
    await actie(db(), nummer, 'gemeente', 'routeren', m.clock(), { gemeentecode: UTRECHT });
    await actie(db(), nummer, 'gemeente', 'in_behandeling_nemen', m.clock());

    expect(kort(await nieuwe(na, { gemeentecodes: [AMSTERDAM] }))).toEqual([`${nummer}:aangemaakt:1`, `${nummer}:routeren:2`]);
    expect(kort(await nieuwe(na, { gemeentecodes: [UTRECHT] }))).toEqual([`${nummer}:routeren:2`, `${nummer}:in_behandeling_nemen:3`]);
    expect(await nieuwe(na, { gemeentecodes: [DIEMEN] })).toEqual([]);
    // The school sees all of its melding's changes, wherever it is handled; another school none.
    expect(kort(await nieuwe(na, { instellingscodes: [SCHOOL] }))).toHaveLength(3);
    expect(await nieuwe(na, { instellingscodes: [ANDERE_SCHOOL] })).toEqual([]);
    // An empty list sees nothing (a client for no code), unlike no filter at all (the service itself).
    expect(await nieuwe(na, { gemeentecodes: [], instellingscodes: [] })).toEqual([]);
    expect(await nieuwe(na)).toHaveLength(3);
    const rij = (await feedRijen()).find((r) => r.melding_nummer === nummer && r.soort_wijziging === 'routeren');
    expect(rij?.gemeentecodes).toEqual([UTRECHT, AMSTERDAM]);
  });

  it('B-API change feed: a vrijstelling and its effect on meldingen (R-VRIJ-2) are changes, seen by its gemeente only', async () => {
    const { cursor: na } = await leesAlles(db(), {});
    const pgn = await m.leerling();
    const ingekort = await melding(m.t.services, { pgn, instellingscode: SCHOOL, gemeentecode: AMSTERDAM, van: '2030-03-02', tm: '2030-03-13' });
    const actor = { gemeentecode: AMSTERDAM, gebruikerId: m.behandelaar.id, gebruikersnaam: m.behandelaar.gebruikersnaam, weergavenaam: 'Lotte', ip: null };
    const u = await m.t.services.vrijstellingen.registreren(actor, pgn, { soort: '5a', begindatum: '2030-03-10', einddatum: null });
    if (u.soort !== 'opgeslagen') throw new Error(u.soort);
    const id = u.vrijstelling.id;
    const e = await m.t.services.vrijstellingen.beeindigen(actor, id, 1, '2030-06-30');
    expect(e.soort).toBe('opgeslagen');

    expect(kort(await nieuwe(na, { gemeentecodes: [AMSTERDAM] }))).toEqual([`${ingekort}:aangemaakt:1`, `${id}:geregistreerd:1`, `${ingekort}:vrijstelling_inkorten:2`, `${id}:gewijzigd:2`]);
    expect(await nieuwe(na, { gemeentecodes: [DIEMEN] })).toEqual([]);
    // A school does not see vrijstellingen; it does see what one did to its melding.
    expect(kort(await nieuwe(na, { instellingscodes: [SCHOOL] }))).toEqual([`${ingekort}:aangemaakt:1`, `${ingekort}:vrijstelling_inkorten:2`]);
    const v = (await nieuwe(na)).find((w) => w.vrijstellingId === id)!;
    expect(v).toMatchObject({ soort: 'vrijstelling', soortWijziging: 'geregistreerd', versie: 1 });
    expect(v.meldingnummer).toBeUndefined();

    // Wholly inside a vrijstelling, an open melding is withdrawn (vrijstelling_intrekken).
    const pgn2 = await m.leerling();
    const ingetrokken = await melding(m.t.services, { pgn: pgn2, instellingscode: SCHOOL, gemeentecode: AMSTERDAM, van: '2030-03-02', tm: '2030-03-13' });
    const { cursor: na2 } = await leesAlles(db(), {});
    const u2 = await m.t.services.vrijstellingen.registreren(actor, pgn2, { soort: '5a', begindatum: '2030-03-01', einddatum: null });
    if (u2.soort !== 'opgeslagen') throw new Error(u2.soort);
    expect(kort(await nieuwe(na2))).toEqual([`${u2.vrijstelling.id}:geregistreerd:1`, `${ingetrokken}:vrijstelling_intrekken:2`]);
  });

  it('B-API change feed: paging with a small limit returns the same changes in the same order, and the cursor round-trips', async () => {
    const alles = (await leesAlles(db(), { na: begin })).wijzigingen;
    expect(alles.length).toBeGreaterThan(15);
    for (const limiet of [1, 2, 7]) {
      const gepaged = await leesAlles(db(), { na: begin, limiet });
      expect(gepaged.wijzigingen).toEqual(alles);
      // Nothing new: the cursor stays where it is and the answer is empty.
      const r = await leesWijzigingen(db(), { na: gepaged.cursor, limiet });
      expect(r).toMatchObject({ soort: 'ok', wijzigingen: [], cursor: gepaged.cursor, meer: false });
    }
    // A filtered reader with a small page: its window moves over what it may not see as well.
    const amsterdam = alles.filter((w) => w.meldingnummer !== undefined || w.vrijstellingId !== undefined);
    expect((await leesAlles(db(), { na: begin, limiet: 1, gemeentecodes: [AMSTERDAM, DIEMEN, UTRECHT] })).wijzigingen).toEqual(amsterdam);
    // A reader that sees few rows (Diemen), one per page: its window of 20 rows moves over the
    // others' changes too, and it still gets exactly its own.
    const diemen = await leesAlles(db(), { na: begin, limiet: 1, gemeentecodes: [DIEMEN] });
    const vanDiemen = (await feedRijen()).filter((r) => r.gemeentecodes.includes(DIEMEN)).map((r) => `${r.melding_nummer ?? r.vrijstelling_id}:${r.soort_wijziging}:${r.versie}`);
    expect(vanDiemen.length).toBeGreaterThan(0);
    expect(kort(diemen.wijzigingen)).toEqual(vanDiemen);
    // A reader that sees nothing gets a full window of others' changes answered with no change,
    // a moved cursor and `meer`, and reaches the end in a bounded number of calls.
    const eerste = await leesWijzigingen(db(), { na: begin, limiet: 1, gemeentecodes: ['9999'] });
    expect(eerste).toMatchObject({ soort: 'ok', wijzigingen: [], meer: true });
    expect(eerste.soort === 'ok' && eerste.cursor).not.toBe(begin);
    const niets = await leesAlles(db(), { na: begin, limiet: 1, gemeentecodes: ['9999'] });
    expect(niets.wijzigingen).toEqual([]);
    expect(niets.cursor).toBe((await leesAlles(db(), { na: begin })).cursor);
    // The feed's own order: no id twice.
    expect(new Set(alles.map((w) => w.id)).size).toBe(alles.length);
  });

  it('B-API change feed: a malformed cursor is a clear error, never a crash', async () => {
    const goed = codeerCursor({ xid: '1', id: '1' });
    for (const slecht of ['', 'abc', '!!!!', goed + '=', `${goed}A`, Buffer.from('w1.x.1').toString('base64url'), Buffer.from('w1.01.1').toString('base64url'), Buffer.from(`w1.${2n ** 64n}.1`).toString('base64url'), 'A'.repeat(500)]) {
      const r = await leesWijzigingen(db(), { na: slecht, limiet: 10 });
      expect(r.soort, slecht).toBe('ongeldige_cursor');
      expect(r.soort !== 'ok' && r.melding).toContain('De cursor is ongeldig');
    }
    await expect(leesWijzigingen(db(), { na: undefined, limiet: 0 })).rejects.toThrow(RangeError);
  });

  it('B-API change feed: retention purges old changes in batches; a cursor before them must resync, the others read on', async () => {
    // The factory stamps a melding with the real time, years before the test clock's: old.
    const nummer = await melding(m.t.services, { pgn: await m.leerling(), instellingscode: SCHOOL, gemeentecode: AMSTERDAM, van: '2030-06-02' });
    const { cursor: eind } = await leesAlles(db(), {});
    const aantal = (await feedRijen()).length;
    // 91 days later a new change; the housekeeping job purges everything before it.
    m.clock.advance(91 * 24 * 3600 * 1000);
    await db().updateTable('meldingen').set({ gewijzigd_op: m.clock() }).where('nummer', '=', nummer).execute();
    const r = await m.t.services.opruimen({ batch: 3 });
    expect(r).toMatchObject({ ran: true, verwijderd: { wijzigingen: aantal } });
    expect((await feedRijen()).map((w) => `${w.melding_nummer}:${w.soort_wijziging}`)).toEqual([`${nummer}:gewijzigd`]);

    const verlopen = await leesWijzigingen(db(), { na: begin, limiet: 10 });
    expect(verlopen.soort).toBe('verlopen');
    expect(verlopen.soort !== 'ok' && verlopen.melding).toContain('De cursor is verlopen');
    // A reader that had read everything misses nothing: it reads on.
    expect(kort((await leesAlles(db(), { na: eind })).wijzigingen)).toEqual([`${nummer}:gewijzigd:1`]);
    // A start without a cursor begins at the oldest kept change.
    expect(kort((await leesAlles(db(), {})).wijzigingen)).toEqual([`${nummer}:gewijzigd:1`]);
    // Nothing young enough is purged.
    expect(await m.t.services.opruimen()).toMatchObject({ verwijderd: { wijzigingen: 0 } });
  });
});
