import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPgFout } from '../../../src/modules/meldingen/actor';
import { KOLOMMEN, NIET_IN_VERSIE, nieuweVersie, type NieuweVersieInput, type VersieActor } from '../../../src/modules/meldingen/versie';
import { testDatabaseKind } from '../../helpers/database';
import { melding } from '../../helpers/factories';
import { meldingSetup, SCHOOL, type MeldingSetup } from './setup';

const SCHOOLACTOR: VersieActor = { soort: 'school', gebruikerId: null, naam: 'Test Melder' };

describe(`The versioned write of a melding (R-RAA-4, R-HIS-1) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  beforeAll(async () => {
    m = await meldingSetup();
  });
  afterAll(async () => m?.t.close());

  const idVan = async (nummer: string) => (await m.t.db.selectFrom('meldingen').select('id').where('nummer', '=', nummer).executeTakeFirstOrThrow()).id;
  const schrijf = (input: Omit<NieuweVersieInput, 'op'>) => m.t.db.transaction().execute((trx) => nieuweVersie(trx, { ...input, op: m.clock() }));

  it('R-HIS-1 every column of meldingen in the database is read and kept by a version, or listed as not kept', async () => {
    const r = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_schema = current_schema() and table_name = 'meldingen'`.execute(m.t.db);
    const inDatabase = r.rows.map((c) => c.column_name).sort();
    // A migration that adds a column fails here until versie.ts KOLOMMEN or NIET_IN_VERSIE names it.
    expect([...KOLOMMEN, ...NIET_IN_VERSIE].sort()).toEqual(inDatabase);
  });

  it('R-HIS-1 the snapshot holds every column of KOLOMMEN but the id, no more', async () => {
    const pgn = await m.leerling();
    const nummer = await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-04-02', tm: null });
    const v = await m.t.db.selectFrom('melding_versies as v').innerJoin('meldingen as m', 'm.id', 'v.melding_id').select('v.snapshot').where('m.nummer', '=', nummer).executeTakeFirstOrThrow();
    // jsonb keeps its keys in its own order, so as sets.
    expect(Object.keys(v.snapshot).sort()).toEqual(KOLOMMEN.filter((k) => k !== 'id').sort());
  });

  it('R-RAA-4 R-HIS-1 a change makes version 2 with a full snapshot; the current row follows', async () => {
    const pgn = await m.leerling();
    const nummer = await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-03-02', tm: null });
    const id = await idVan(nummer);
    const r = await schrijf({
      meldingId: id,
      verwachteVersie: 1,
      actor: SCHOOLACTOR,
      actie: 'wijzigen',
      wijzig: (h) => ({ inhoud: { ...h.inhoud, verzuim: { ...h.inhoud.verzuim, tm: '2030-03-10' } }, einddatum: '2030-03-10' }),
    });
    expect(r.soort).toBe('opgeslagen');
    const rij = await m.t.db.selectFrom('meldingen').select(['versie', 'einddatum', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(rij).toEqual({ versie: 2, einddatum: '2030-03-10', status: 'R' });
    const versies = await m.t.db.selectFrom('melding_versies').select(['versie', 'soort_wijziging', 'door_naam', 'snapshot']).where('melding_id', '=', id).orderBy('versie').execute();
    expect(versies.map((v) => [v.versie, v.soort_wijziging, v.door_naam])).toEqual([
      [1, 'aangemaakt', 'Testfabriek'],
      [2, 'wijzigen', 'Test Melder'],
    ]);
    expect(versies[1]!.snapshot).toMatchObject({ nummer, versie: 2, einddatum: '2030-03-10', inhoud: { verzuim: { tm: '2030-03-10' } } });
    expect(versies[0]!.snapshot).toMatchObject({ versie: 1, einddatum: null });
  });

  it('R-RAA-4 a save over a version that is no longer current is a conflict and changes nothing', async () => {
    const pgn = await m.leerling();
    const id = await idVan(await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-03-02', tm: null }));
    const eerst = await schrijf({ meldingId: id, verwachteVersie: 1, actor: SCHOOLACTOR, actie: 'wijzigen', wijzig: (h) => ({ inhoud: h.inhoud, prioriteit: true }) });
    expect(eerst.soort).toBe('opgeslagen');
    const tweede = await schrijf({ meldingId: id, verwachteVersie: 1, actor: SCHOOLACTOR, actie: 'wijzigen', wijzig: (h) => ({ inhoud: h.inhoud, prioriteit: false }) });
    expect(tweede).toMatchObject({ soort: 'conflict', huidig: { versie: 2, prioriteit: true } });
    expect(await m.t.db.selectFrom('melding_versies').select('versie').where('melding_id', '=', id).execute()).toHaveLength(2);
  });

  it('R-RAA-4 ten saves of the same version at once: exactly one wins, nine conflicts', async () => {
    const pgn = await m.leerling();
    const id = await idVan(await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-03-02', tm: null }));
    const uitkomsten = await Promise.all(
      Array.from({ length: 10 }, (_, i) => schrijf({ meldingId: id, verwachteVersie: 1, actor: SCHOOLACTOR, actie: 'wijzigen', wijzig: (h) => ({ inhoud: { ...h.inhoud, acties: { ...h.inhoud.acties, toelichting: `poging ${i}` } } }) })),
    );
    expect(uitkomsten.filter((u) => u.soort === 'opgeslagen')).toHaveLength(1);
    expect(uitkomsten.filter((u) => u.soort === 'conflict')).toHaveLength(9);
    expect(await m.t.db.selectFrom('melding_versies').select('versie').where('melding_id', '=', id).execute()).toHaveLength(2);
  });

  it('R-RAA-5 R-GEM-3 an action the transition table refuses writes nothing', async () => {
    const pgn = await m.leerling();
    const id = await idVan(await melding(m.t.services, { pgn, instellingscode: SCHOOL, status: 'G', van: '2030-03-02', tm: '2030-03-05' }));
    const r = await schrijf({ meldingId: id, verwachteVersie: 1, actor: SCHOOLACTOR, actie: 'wijzigen', wijzig: (h) => ({ inhoud: h.inhoud, einddatum: '2030-03-04' }) });
    expect(r.soort).toBe('niet_toegestaan');
    const gemeente = await schrijf({ meldingId: id, verwachteVersie: 1, actor: { ...SCHOOLACTOR, soort: 'gemeente' }, actie: 'in_behandeling_nemen', wijzig: (h) => ({ inhoud: h.inhoud }) });
    expect(gemeente.soort).toBe('niet_toegestaan');
    expect((await m.t.db.selectFrom('meldingen').select(['versie', 'einddatum']).where('id', '=', id).executeTakeFirstOrThrow())).toEqual({ versie: 1, einddatum: '2030-03-05' });
  });

  it('R-GEM-3 a transition changes the status in the row and in the version', async () => {
    const pgn = await m.leerling();
    const id = await idVan(await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-03-02', tm: null }));
    const r = await schrijf({ meldingId: id, verwachteVersie: 1, actor: { soort: 'gemeente', gebruikerId: null, naam: 'Behandelaar' }, actie: 'in_behandeling_nemen', wijzig: (h) => ({ inhoud: h.inhoud }) });
    expect(r).toMatchObject({ soort: 'opgeslagen', melding: { status: 'B', versie: 2 } });
    expect((await m.t.db.selectFrom('melding_versies').select('status').where('melding_id', '=', id).where('versie', '=', 2).executeTakeFirstOrThrow()).status).toBe('B');
  });

  it('R-MEL-8 a new einddatum that overlaps another melding is refused by the database, and the whole change is rolled back', async () => {
    const pgn = await m.leerling();
    const id = await idVan(await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-03-02', tm: '2030-03-04' }));
    await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-03-09', tm: '2030-03-12' });
    const fout = await schrijf({ meldingId: id, verwachteVersie: 1, actor: SCHOOLACTOR, actie: 'wijzigen', wijzig: (h) => ({ inhoud: h.inhoud, einddatum: '2030-03-10' }) }).catch((e: unknown) => e);
    expect(isPgFout(fout, '23P01')).toBe(true);
    expect((await m.t.db.selectFrom('meldingen').select(['versie', 'einddatum']).where('id', '=', id).executeTakeFirstOrThrow())).toEqual({ versie: 1, einddatum: '2030-03-04' });
    expect(await m.t.db.selectFrom('melding_versies').select('versie').where('melding_id', '=', id).execute()).toHaveLength(1);
  });
});
