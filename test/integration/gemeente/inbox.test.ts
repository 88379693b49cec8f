// The gemeente's inbox (R-GEM-2) through the real pages, on PGlite and PostgreSQL: its scope
// (R-GEM-5), new first, the filters it passes to the shared melding search, and the routing of
// a melding filed through the school's wizard (R-GEM-1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import type { TestClient } from '../../helpers/client';
import { zoekMelding } from '../../helpers/meldingen-zoeken';
import { AMSTERDAM, ANDERE_SCHOOL, DIEMEN, meldingOpvoeren, SCHOOL, startConcept } from '../meldingen/setup';
import { actie, gemeenteSetup, meldingPad, UTRECHT, type GemeenteSetup } from './setup';

const INBOX = '/gemeente/meldingen';
/** The numbers in the overview, in order. */
const nummers = (html: string) => [...html.matchAll(/<a class="utrecht-link[^"]*" href="\/gemeente\/meldingen\/(\d{4}-\d{7,})"/g)].map((x) => x[1]!);

describe(`The gemeente inbox (R-GEM-2, R-GEM-5) on ${testDatabaseKind}`, () => {
  let m: GemeenteSetup;
  let c: TestClient;
  /** Amsterdam's meldingen made in beforeAll, by name. */
  const a: Record<string, string> = {};
  let diemens: string;
  beforeAll(async () => {
    m = await gemeenteSetup();
    const s = m.t.services;
    const op = (minuut: number) => new Date(Date.UTC(2030, 2, 10, 8, minuut));
    a.oudR = (await zoekMelding(s, { instellingscode: SCHOOL, achternaam: 'Bakker', status: 'R', op: op(1), van: '2030-02-03', tm: '2030-02-07' })).nummer;
    a.nieuwR = (await zoekMelding(s, { instellingscode: ANDERE_SCHOOL, achternaam: 'Oosterhout', status: 'R', op: op(5), soort: 'LRV', prioriteit: true, van: '2030-03-02' })).nummer;
    a.b = (await zoekMelding(s, { instellingscode: SCHOOL, achternaam: 'Jansen', status: 'B', op: op(9), van: '2030-01-06', tm: '2030-01-10' })).nummer;
    a.g = (await zoekMelding(s, { instellingscode: SCHOOL, achternaam: 'Noorderhoek', status: 'G', op: op(3), van: '2029-12-01', tm: '2029-12-05' })).nummer;
    diemens = (await zoekMelding(s, { instellingscode: SCHOOL, gemeentecode: DIEMEN, achternaam: 'Bakker', status: 'R', op: op(7) })).nummer;
    c = await m.inloggen(m.behandelaar);
  });
  afterAll(async () => m?.t.close());

  it('R-GEM-2 new first: Geregistreerd before In behandeling, newest first within each, of every school of the gemeente; never another gemeente\'s', async () => {
    const r = await c.get(INBOX);
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(nummers(r.body)).toEqual([a.nieuwR, a.oudR, a.b]);
    expect(r.body).toContain('3 verzuimmeldingen gevonden');
    expect(r.body).not.toContain(diemens);
    // The menu entry leads here; school and prioriteit are columns of the gemeente's overview.
    expect(r.body).toContain('Meldingen behandelen');
    expect(r.body).toContain(`<td class="utrecht-table__cell">${ANDERE_SCHOOL}</td>`);
    // Sorting is the shared overview's: by date of filing ascending, every status ticked.
    const alle = await c.get(`${INBOX}?status=R&status=B&status=G&status=K&status=I&sorteer=datum&richting=asc`);
    expect(nummers(alle.body)).toEqual([a.oudR, a.g, a.nieuwR, a.b]);
  });

  it('R-GEM-2 filters passed to the search: status, soort, prioriteit, school, period', async () => {
    expect(nummers((await c.get(`${INBOX}?status=G`)).body)).toEqual([a.g]);
    expect(nummers((await c.get(`${INBOX}?status=R&status=B&soort=LRV`)).body)).toEqual([a.nieuwR]);
    expect(nummers((await c.get(`${INBOX}?status=R&status=B&prioriteit=ja`)).body)).toEqual([a.nieuwR]);
    expect(nummers((await c.get(`${INBOX}?status=R&status=B&prioriteit=nee`)).body)).toEqual([a.oudR, a.b]);
    expect(nummers((await c.get(`${INBOX}?status=R&status=B&school=${ANDERE_SCHOOL}`)).body)).toEqual([a.nieuwR]);
    expect(nummers((await c.get(`${INBOX}?status=R&status=B&school=${SCHOOL.toLowerCase()}`)).body)).toEqual([a.oudR, a.b]);
    // Period: meldingen whose period overlaps 01-02-2030 … 28-02-2030 (an open t/m included).
    expect(nummers((await c.get(`${INBOX}?status=R&status=B&status=G&van=01-02-2030&tm=28-02-2030`)).body)).toEqual([a.oudR]);
    expect(nummers((await c.get(`${INBOX}?status=R&status=B&status=G&van=05-02-2030`)).body)).toEqual([a.nieuwR, a.oudR]);
  });

  it('R-GEM-2 R-UI-1 PGN and name (the % rule) are posted and kept out of the URL', async () => {
    await c.get(INBOX);
    const naam = await c.post(INBOX, { status: ['R', 'B', 'G'], achternaam: 'oo', sorteer: 'status', richting: 'desc', aantal: '10' });
    expect(naam.statusCode).toBe(303);
    const url = String(naam.headers.location);
    expect(url).not.toContain('oo&');
    expect(url).toContain('zoekopdracht=');
    expect(nummers((await c.get(url)).body)).toEqual([a.nieuwR]);
    await c.get(INBOX);
    // 'oo' is the start of Oosterhout only; '%oo' is anywhere: Noorderhoek too.
    const overal = String((await c.post(INBOX, { status: ['R', 'B', 'G'], achternaam: '%oo' })).headers.location);
    expect(nummers((await c.get(overal)).body)).toEqual([a.nieuwR, a.g]);
    const pgn = (await m.t.db.selectFrom('meldingen').select('pgn').where('nummer', '=', a.b!).executeTakeFirstOrThrow()).pgn;
    await c.get(INBOX);
    const p = String((await c.post(INBOX, { status: ['R', 'B'], pgn })).headers.location);
    expect(p).not.toContain(pgn);
    expect(nummers((await c.get(p)).body)).toEqual([a.b]);
    // Another gemeente's behandelaar cannot use this stored search.
    const d = await m.inloggen(m.diemen);
    expect((await d.get(p)).body).toContain('Deze zoekopdracht is verlopen of hoort niet bij u');
  });

  it('R-GEM-2 a search with an error comes back with the message at the field and the input; the search is audited (R-PRIV-1)', async () => {
    await c.get(INBOX);
    const r = await c.post(INBOX, { status: ['R'], school: 'XYZ', van: '31-02-2030' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Vul de instellingscode in als 2 cijfers en 2 letters');
    expect(r.body).toContain('Vul de datum Periode van in als DD-MM-JJJJ');
    expect(r.body).toContain('value="XYZ"');
    await c.get(`${INBOX}?status=R&soort=LRV`);
    const line = await m.t.db.selectFrom('audit_log').select(['gemeentecode', 'details']).where('actie', '=', 'meldingen_gezocht').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(line).toMatchObject({ gemeentecode: AMSTERDAM, details: { criteria: { status: 'R', soort: 'LRV' }, gevonden: 1 } });
  });

  it('R-GEM-5 a routed melding leaves the old gemeente\'s inbox and appears in the new one\'s; a draft is never in an inbox', async () => {
    const nummer = await m.nieuweMelding();
    expect(nummers((await c.get(INBOX)).body)).toContain(nummer);
    const r = await actie(c, nummer, 'routeren', { gemeente: UTRECHT });
    expect(r.statusCode).toBe(303);
    const na = await c.get(INBOX);
    expect(na.body).toContain(`Melding ${nummer} is gerouteerd naar Utrecht (${UTRECHT})`);
    expect(nummers(na.body)).not.toContain(nummer);
    expect(nummers((await c.get(`${INBOX}?status=R&status=B&status=G&status=K&status=I`)).body)).not.toContain(nummer);
    const u = await m.inloggen(m.utrecht);
    expect(nummers((await u.get(INBOX)).body)).toEqual([nummer]);

    // A draft for an Amsterdam pupil is no melding: nowhere in the inbox.
    const school = await m.inloggen(m.melder);
    await startConcept(school, await m.leerling());
    const voor = nummers((await c.get(`${INBOX}?status=R&status=B&status=G&status=K&status=I`)).body);
    expect(voor).toHaveLength(4);
  });

  it('R-GEM-1 a melding filed through the school\'s wizard goes to the woongemeente; RMC verzuim 18+ to the contactgemeente of its regio, and shows in that inbox', async () => {
    const school = await m.inloggen(m.melder);
    const diemenaar = await m.leerling({ geboortedatum: '2010-01-01', woongemeente: DIEMEN });
    const v4 = await meldingOpvoeren(school, diemenaar, { verzuim: { soort: 'V4', van: '02-01-2030', tm: '10-01-2030' }, lesuren: { nvt: 'ja' } });
    const rmc = await meldingOpvoeren(school, diemenaar, { verzuim: { soort: 'RMC', van: '02-03-2030', tm: '' }, lesuren: { nvt: 'ja' } });
    const d = await m.inloggen(m.diemen);
    const diemenInbox = nummers((await d.get(INBOX)).body);
    expect(diemenInbox).toContain(v4);
    expect(diemenInbox).not.toContain(rmc);
    expect((await d.get(meldingPad(v4))).statusCode).toBe(200);
    expect((await d.get(meldingPad(rmc))).statusCode).toBe(404);
    const amsterdamInbox = nummers((await c.get(INBOX)).body);
    expect(amsterdamInbox[0]).toBe(rmc);
    expect(amsterdamInbox).not.toContain(v4);
    const detail = await c.get(meldingPad(rmc));
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('RMC verzuim 18+');
    expect(detail.body).toContain(`${DIEMEN} - Diemen`);
  });
});
