import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Soort, Status } from '../../../src/modules/meldingen/codes';
import { soortLabels } from '../../../src/modules/meldingen/messages';
import { MELDING_SORTEERBAAR, zoekMeldingen, type MeldingSort, type MeldingZoekFilter } from '../../../src/modules/meldingen/raadplegen/zoeken.repository';
import type { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { zoekMelding, type ZoekMelding } from '../../helpers/meldingen-zoeken';
import { AMSTERDAM, ANDERE_SCHOOL, DIEMEN, meldingSetup, SCHOOL, type MeldingSetup } from './setup';

const NAMEN = ['Dijk', 'Oord', 'Hoorn', 'Voorst', 'Bakker', 'dijkstra', 'Visser', 'Meijer'];
const STATUS_REEKS: Status[] = ['R', 'B', 'G', 'K', 'I', 'R', 'B', 'R'];
const SOORT_REEKS: Soort[] = ['V3', 'LRV', 'V4', 'RMC', 'O', 'L'];
const pad = (n: number) => String(n).padStart(2, '0');
const plusDagen = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The inzien links of a result page, in order: the numbers shown. */
const nummers = (html: string) => [...html.matchAll(/href="\/verzuim\/meldingen\/(\d{4}-\d{7})"/g)].map((m) => m[1]!);

const ALLE: Status[] = ['R', 'B', 'G', 'K', 'I'];
const leegFilter = (o: Partial<MeldingZoekFilter> = {}): MeldingZoekFilter => ({
  statussen: ALLE, pgn: null, achternaam: null, nummer: null, soort: null, periodeVan: null, periodeTm: null, onderwijslocatie: null, prioriteit: null, instellingscode: null, ...o,
});

/** The order the search must give: the column, then the id, both in `dir`. */
function verwacht(rows: readonly ZoekMelding[], sort: MeldingSort, dir: 'asc' | 'desc'): string[] {
  const key = (m: ZoekMelding): string | number => {
    switch (sort) {
      case 'nummer': return m.nummer;
      case 'pgn': return m.pgn;
      case 'naam': return m.achternaam.toLowerCase();
      // R-RAA-1: by the label shown, not the stored code.
      case 'soort': return soortLabels[m.soort];
      case 'periode': return m.begindatum;
      case 'status': return m.status;
      case 'datum': return m.aangemaakt_op.getTime();
    }
  };
  const cmp = (a: ZoekMelding, b: ZoekMelding) => {
    const ka = key(a);
    const kb = key(b);
    const c = (sort === 'soort' ? String(ka).localeCompare(String(kb), 'nl') : ka < kb ? -1 : ka > kb ? 1 : 0) || Number(BigInt(a.id) - BigInt(b.id));
    return dir === 'asc' ? c : -c;
  };
  return [...rows].sort(cmp).map((m) => m.nummer);
}

describe(`Raadplegen verzuim (R-RAA-1, R-UI-1, R-UI-2) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let c: TestClient;
  let eigen: ZoekMelding[];
  let anderen: ZoekMelding[];
  const zoek = (qs: string) => c.get(`/verzuim/raadplegen?${qs}`);
  const metStatus = (rows: readonly ZoekMelding[], st: readonly Status[]) => rows.filter((r) => st.includes(r.status));

  beforeAll(async () => {
    m = await meldingSetup();
    const s = m.t.services;
    eigen = [];
    for (let i = 0; i < 24; i++) {
      const van = `2030-01-${pad(1 + (i % 10))}`;
      eigen.push(
        await zoekMelding(s, {
          instellingscode: SCHOOL,
          gemeentecode: i % 2 ? AMSTERDAM : DIEMEN,
          achternaam: NAMEN[i % NAMEN.length]!,
          status: STATUS_REEKS[i % STATUS_REEKS.length]!,
          soort: SOORT_REEKS[i % SOORT_REEKS.length]!,
          van,
          tm: i % 3 === 0 ? null : plusDagen(van, 5),
          // Several meldingen share a moment: the id must break the tie.
          op: new Date(Date.UTC(2030, 0, 1 + (i % 7), 9)),
          locatie: i % 4 === 0 ? 'Hoofdgebouw' : i % 4 === 1 ? 'Dependance Noord' : null,
          prioriteit: i % 5 === 0,
        }),
      );
    }
    // One pupil with two meldingen: a tie on the PGN.
    const twee = eigen[0]!.pgn;
    eigen.push(await zoekMelding(s, { instellingscode: SCHOOL, pgn: twee, achternaam: 'Dijk', status: 'G', van: '2029-09-01', tm: '2029-09-10', op: new Date(Date.UTC(2029, 8, 11, 9)) }));
    anderen = [];
    for (let i = 0; i < 6; i++) {
      anderen.push(await zoekMelding(s, { instellingscode: ANDERE_SCHOOL, gemeentecode: DIEMEN, achternaam: NAMEN[i]!, status: STATUS_REEKS[i]!, van: '2030-01-03', locatie: 'Hoofdgebouw', prioriteit: true }));
    }
    c = await m.inloggen(m.melder);
  });
  afterAll(async () => m?.t.close());

  it('R-RAA-1 the search page: Geregistreerd and In behandeling ticked by default, and their meldingen listed', async () => {
    const r = await c.get('/verzuim/raadplegen');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Raadplegen verzuim - Zoeken verzuimmelding');
    for (const st of ['R', 'B']) expect(r.body).toMatch(new RegExp(`name="status" value="${st}" checked`));
    for (const st of ['G', 'K', 'I']) expect(r.body).not.toMatch(new RegExp(`name="status" value="${st}" checked`));
    for (const label of ['Geregistreerd', 'In behandeling', 'Afgesloten', 'Ter kennisgeving aangenomen', 'Ingetrokken']) expect(r.body).toContain(label);
    for (const veld of ['pgn', 'achternaam', 'nummer', 'soort', 'van', 'tm', 'locatie']) expect(r.body).toContain(`name="${veld}"`);
    const open = metStatus(eigen, ['R', 'B']);
    expect(r.body).toContain(`${open.length} verzuimmeldingen gevonden`);
    // Default order: newest filed first.
    expect(nummers(r.body)).toEqual(verwacht(open, 'datum', 'desc').slice(0, 10));
  });

  it('R-RAA-1 the overview has the columns nummer, PGN, naam, soort, periode, status, datum melding, and Inzien, Historie, Kopiëren', async () => {
    const doel = eigen.find((e) => e.status === 'R' && e.einddatum !== null)!;
    const r = await zoek(`status=R&nummer=${doel.nummer}`);
    for (const kop of ['Nummer', 'PGN', 'Naam', 'Soort verzuim', 'Periode', 'Status', 'Datum melding']) expect(r.body).toMatch(new RegExp(`<th[^>]*>(<a[^>]*>)?${kop}`));
    expect(r.body).toContain(`href="/verzuim/meldingen/${doel.nummer}"`);
    expect(r.body).toContain(`href="/verzuim/meldingen/${doel.nummer}/historie"`);
    expect(r.body).toContain(`href="/verzuim/meldingen/${doel.nummer}/kopieren"`);
    expect(r.body).toContain(doel.pgn);
    expect(r.body).toContain(`${doel.achternaam}, Sanne`);
    const d = (iso: string) => iso.split('-').reverse().join('-');
    expect(r.body).toContain(`${d(doel.begindatum)} t/m ${d(doel.einddatum!)}`);
    expect(r.body).toContain('1 verzuimmelding gevonden');
  });

  it.each([
    ['status=G', (e: ZoekMelding) => e.status === 'G'],
    ['status=K&status=I', (e: ZoekMelding) => e.status === 'K' || e.status === 'I'],
    ['status=R&status=B&status=G&status=K&status=I&soort=O', (e: ZoekMelding) => e.soort === 'O'],
    ['status=R&status=B&status=G&status=K&status=I&locatie=hoofd', (e: ZoekMelding) => e.locatie === 'Hoofdgebouw'],
    ['status=R&status=B&status=G&status=K&status=I&locatie=%25noord', (e: ZoekMelding) => e.locatie === 'Dependance Noord'],
  ])('R-RAA-1 filter %s', async (qs, past) => {
    const r = await zoek(`${qs}&aantal=100`);
    expect(r.statusCode).toBe(200);
    const exp = eigen.filter(past);
    expect(exp.length).toBeGreaterThan(0);
    expect(new Set(nummers(r.body))).toEqual(new Set(exp.map((e) => e.nummer)));
  });

  it('R-RAA-1 filter PGN: all meldingen of that pupil at this school', async () => {
    const pgn = eigen[0]!.pgn;
    const r = await zoek(`status=R&status=B&status=G&status=K&status=I&pgn=${pgn}`);
    expect(new Set(nummers(r.body))).toEqual(new Set(eigen.filter((e) => e.pgn === pgn).map((e) => e.nummer)));
    expect(nummers(r.body)).toHaveLength(2);
  });

  it('R-RAA-1 filter meldingnummer: exactly that melding', async () => {
    const doel = eigen[7]!;
    const r = await zoek(`status=${doel.status}&nummer=${doel.nummer}`);
    expect(nummers(r.body)).toEqual([doel.nummer]);
  });

  it('R-RAA-1 filter periode: meldingen whose period overlaps van … t/m, an open t/m included, boundaries inclusive', async () => {
    const alle = 'status=R&status=B&status=G&status=K&status=I&aantal=100';
    const overlapt = (e: ZoekMelding, van: string, tm: string) => e.begindatum <= tm && (e.einddatum === null || e.einddatum >= van);
    for (const [van, tm] of [['2030-01-05', '2030-01-05'], ['2030-01-12', '2030-01-20'], ['2029-09-10', '2029-09-10']] as const) {
      const r = await zoek(`${alle}&van=${van.split('-').reverse().join('-')}&tm=${tm.split('-').reverse().join('-')}`);
      const exp = eigen.filter((e) => overlapt(e, van, tm)).map((e) => e.nummer);
      expect(exp.length).toBeGreaterThan(0);
      expect(new Set(nummers(r.body))).toEqual(new Set(exp));
    }
    // Only a start: everything still running on or after it; only an end: everything begun by then.
    const vanaf = await zoek(`${alle}&van=15-01-2030`);
    expect(new Set(nummers(vanaf.body))).toEqual(new Set(eigen.filter((e) => e.einddatum === null || e.einddatum >= '2030-01-15').map((e) => e.nummer)));
    const tot = await zoek(`${alle}&tm=01-01-2030`);
    expect(new Set(nummers(tot.body))).toEqual(new Set(eigen.filter((e) => e.begindatum <= '2030-01-01').map((e) => e.nummer)));
  });

  it('R-UI-1 achternaam: a term is the start of the name, % is a wildcard anywhere, case-insensitive, _ is literal', async () => {
    const alle = 'status=R&status=B&status=G&status=K&status=I&aantal=100';
    const namen = async (term: string) => {
      const gevonden = nummers((await zoek(`${alle}&achternaam=${encodeURIComponent(term)}`)).body);
      return new Set(eigen.filter((e) => gevonden.includes(e.nummer)).map((e) => e.achternaam));
    };
    expect(await namen('oor')).toEqual(new Set(['Oord']));
    expect(await namen('%oor')).toEqual(new Set(['Oord', 'Hoorn', 'Voorst']));
    expect(await namen('DIJK')).toEqual(new Set(['Dijk', 'dijkstra']));
    expect(await namen('dijk%a')).toEqual(new Set(['dijkstra']));
    expect(await namen('d_jk')).toEqual(new Set());
    expect(await namen('ijk')).toEqual(new Set());
  });

  it.each(MELDING_SORTEERBAAR.flatMap((sort) => (['asc', 'desc'] as const).map((dir) => [sort, dir] as const)))(
    'R-UI-2 sorting by %s %s sorts ALL results, the id breaking ties, and paging walks them without gaps or repeats',
    async (sort, dir) => {
      const open: Status[] = ['R', 'B', 'G', 'K'];
      const exp = verwacht(metStatus(eigen, open), sort, dir);
      const qs = `status=R&status=B&status=G&status=K&sorteer=${sort}&richting=${dir}`;
      expect(nummers((await zoek(`${qs}&aantal=100`)).body)).toEqual(exp);
      // Pages of 5, first to last: the last pages are read from the other end, the same rows.
      const pages = Math.ceil(exp.length / 5);
      const gelopen: string[] = [];
      for (let p = 1; p <= pages; p++) {
        const r = await zoek(`${qs}&aantal=5&pagina=${p}`);
        expect(r.body).toContain(`u bevindt zich op pagina ${p}`);
        gelopen.push(...nummers(r.body));
      }
      expect(gelopen).toEqual(exp);
    },
  );

  it('R-RAA-1 "Soort verzuim" sorts by the label shown, not by the code: the column reads alphabetically, both ways', async () => {
    const soortKolom = (html: string) => [...html.matchAll(/<tr class="utrecht-table__row">(?:<td[^>]*>.*?<\/td>){3}<td[^>]*>([^<]*)<\/td>/g)].map((x) => x[1]!);
    const labels = Object.values(soortLabels).sort((a, b) => a.localeCompare(b, 'nl'));
    const op = soortKolom((await zoek('status=R&status=B&status=G&status=K&status=I&sorteer=soort&richting=asc&aantal=100')).body);
    expect(op).toHaveLength(eigen.length);
    expect([...new Set(op)]).toEqual(labels);
    const af = soortKolom((await zoek('status=R&status=B&status=G&status=K&status=I&sorteer=soort&richting=desc&aantal=100')).body);
    expect([...new Set(af)]).toEqual([...labels].reverse());
    // The codes' own order would put LRV before RMC before V3: not what is shown.
    expect(labels[0]).toBe(soortLabels.V3);
  });

  it('R-UI-2 paging: the last page holds the remainder; a page past the end shows the last page; controls as the manual says', async () => {
    const open = metStatus(eigen, ['R', 'B', 'G', 'K', 'I']);
    const exp = verwacht(open, 'nummer', 'asc');
    const pages = Math.ceil(exp.length / 10);
    const laatste = await zoek(`status=R&status=B&status=G&status=K&status=I&sorteer=nummer&richting=asc&pagina=${pages}`);
    expect(nummers(laatste.body)).toEqual(exp.slice((pages - 1) * 10));
    expect(laatste.body).toContain(`Overzicht bestaat uit ${pages} pagina’s, u bevindt zich op pagina ${pages}`);
    expect(laatste.body).toMatch(/vl-pager__link--next vl-pager__link--disabled/);
    const voorbij = await zoek(`status=R&status=B&status=G&status=K&status=I&sorteer=nummer&richting=asc&pagina=${pages + 5}`);
    expect(nummers(voorbij.body)).toEqual(exp.slice((pages - 1) * 10));
    const eerste = await zoek('status=R&status=B&status=G&status=K&status=I&sorteer=nummer&richting=asc');
    expect(eerste.body).toMatch(/vl-pager__link--first vl-pager__link--disabled/);
    // The links keep the criteria.
    expect(eerste.body).toContain('href="/verzuim/raadplegen?status=R&amp;status=B&amp;status=G&amp;status=K&amp;status=I&amp;pagina=2');
  });

  it('R-RAA-1 R-UI-2 "N verzuimmeldingen gevonden" stands below the list (manual §2.3), and sort and page links land on the results heading, which takes focus', async () => {
    const r = await zoek('status=R&status=B&status=G&status=K&status=I&aantal=5&pagina=2');
    const count = r.body.indexOf(`${eigen.length} verzuimmeldingen gevonden`);
    expect(count).toBeGreaterThan(r.body.indexOf('</table>'));
    expect(count).toBeLessThan(r.body.indexOf('Overzicht bestaat uit'));
    expect(r.body).toContain('<h2 class="utrecht-heading-2" id="resultaten-kop" tabindex="-1">Overzicht verzuimmeldingen</h2>');
    const lijst = r.body.slice(r.body.indexOf('id="resultaten-kop"'), r.body.indexOf('</section>'));
    const links = [...lijst.matchAll(/href="(\/verzuim\/raadplegen\?[^"]*)"/g)].map((x) => x[1]!);
    expect(links.length).toBeGreaterThanOrEqual(7 + 4);
    for (const href of links) expect(href).toMatch(/#resultaten-kop$/);
    expect(lijst).toContain('action="/verzuim/raadplegen#resultaten-kop"');
    // The CSV download is a file, not a place on the page: no fragment.
    expect(lijst).toMatch(/href="\/verzuim\/raadplegen\/export\.csv\?[^"#]*"/);
  });

  it('R-RAA-1 R-AUTH-3 only the chosen instelling: another school’s meldingen never show, not by number, PGN or name', async () => {
    const alle = 'status=R&status=B&status=G&status=K&status=I&aantal=100';
    const hunne = new Set(anderen.map((a) => a.nummer));
    const lijst = nummers((await zoek(alle)).body);
    expect(lijst.filter((n) => hunne.has(n))).toEqual([]);
    expect(lijst).toHaveLength(eigen.length);
    for (const a of anderen) {
      expect(nummers((await zoek(`${alle}&nummer=${a.nummer}`)).body)).toEqual([]);
      expect(nummers((await zoek(`${alle}&pgn=${a.pgn}`)).body)).toEqual([]);
    }
    // The other school's melder sees exactly theirs.
    const ander = await m.inloggen(m.anderen);
    const r = await ander.get(`/verzuim/raadplegen?${alle}`);
    expect(new Set(nummers(r.body))).toEqual(hunne);
  });

  it.each([
    ['status=R&van=31-02-2030', 'van', 'Vul de datum Periode van in als DD-MM-JJJJ', 'value="31-02-2030"'],
    ['status=R&tm=morgen', 'tm', 'Vul de datum Periode t/m in als DD-MM-JJJJ', 'value="morgen"'],
    ['status=R&van=10-01-2030&tm=01-01-2030', 'tm', 'De datum Periode t/m moet op of na de datum Periode van liggen', 'value="01-01-2030"'],
    ['status=R&pgn=12345', 'pgn', 'Het persoonsgebonden nummer moet uit 9 cijfers bestaan', 'value="12345"'],
    ['status=R&pgn=111222334', 'pgn', '11-proef', 'value="111222334"'],
    ['status=R&nummer=2030-12', 'nummer', 'Vul het meldingnummer in als JJJJ-NNNNNNN', 'value="2030-12"'],
    ['status=R&soort=X', 'soort', 'Kies een soort verzuim uit de lijst', 'name="soort"'],
    ['pgn=&achternaam=Dijk', 'status', 'Kies ten minste één status melding', 'value="Dijk"'],
  ])('R-RAA-1 bad input %s: 400, the message at the field and in the summary, the input kept, no results', async (qs, veld, tekst, bewaard) => {
    const r = await zoek(qs);
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain(`href="#${veld}"`);
    expect(r.body).toContain(tekst);
    expect(r.body).toContain(bewaard);
    expect(nummers(r.body)).toEqual([]);
  });

  it('R-PRIV-1 a search is written to the audit log with the criteria and how many were found', async () => {
    const pgn = eigen[3]!.pgn;
    await zoek(`status=R&status=B&status=G&status=K&status=I&pgn=${pgn}`);
    const regel = await m.t.db.selectFrom('audit_log').select(['actie', 'instellingscode', 'gebruikersnaam', 'details']).where('actie', '=', 'meldingen_gezocht').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(regel.instellingscode).toBe(SCHOOL);
    expect(regel.gebruikersnaam).toBe(m.melder.gebruikersnaam);
    const details = (typeof regel.details === 'string' ? JSON.parse(regel.details) : regel.details) as { criteria: Record<string, string>; gevonden: number };
    expect(details.criteria.pgn).toBe(pgn);
    expect(details.gevonden).toBe(1);
  });

  it('R-RAA-1 R-PRIV the form posts; the result URL keeps the criteria but not the PGN or name, and only this user can use it', async () => {
    const doel = eigen.find((e) => e.status === 'B')!;
    await c.get('/verzuim/raadplegen');
    const r = await c.post('/verzuim/raadplegen', { status: ['R', 'B'], pgn: doel.pgn, achternaam: doel.achternaam.slice(0, 3), nummer: '', soort: '', van: '', tm: '', locatie: '', sorteer: 'naam', richting: 'asc', aantal: '25' });
    expect(r.statusCode).toBe(303);
    const url = String(r.headers.location);
    expect(url).toMatch(/^\/verzuim\/raadplegen\?status=R&status=B&zoekopdracht=[A-Za-z0-9_-]{16,}&aantal=25&sorteer=naam&richting=asc$/);
    expect(url).not.toContain(doel.pgn);
    expect(url).not.toContain('achternaam');
    const res = await c.get(url);
    expect(nummers(res.body)).toEqual([doel.nummer]);
    expect(res.body).toContain(`value="${doel.pgn}"`); // the form shows what was searched
    // Paging links carry the id, not the PGN.
    expect(res.body).not.toMatch(new RegExp(`href="[^"]*${doel.pgn}`));
    // A colleague with the same URL gets a notice, not the search.
    const collega = await m.inloggen(m.collega);
    const bij = await collega.get(url);
    expect(bij.body).toContain('Deze zoekopdracht is verlopen of hoort niet bij u');
    expect(nummers(bij.body)).toEqual([]);
    // Without PGN or name the URL holds everything and no id.
    const zonder = await c.post('/verzuim/raadplegen', { status: ['G'], soort: 'O', van: '01-01-2030', pgn: '', achternaam: '' });
    expect(String(zonder.headers.location)).toBe('/verzuim/raadplegen?status=G&soort=O&van=01-01-2030&aantal=10&sorteer=datum&richting=desc');
  });

  it('R-RAA-1 a posted search with an error comes back with the messages and the input', async () => {
    await c.get('/verzuim/raadplegen');
    const r = await c.post('/verzuim/raadplegen', { pgn: '123', van: '40-01-2030' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Kies ten minste één status melding');
    expect(r.body).toContain('moet uit 9 cijfers bestaan');
    expect(r.body).toContain('value="40-01-2030"');
  });

  it('R-PRIV a stored search expires after a week', async () => {
    await c.get('/verzuim/raadplegen');
    const r = await c.post('/verzuim/raadplegen', { status: ['R'], achternaam: 'Oord' });
    const url = String(r.headers.location);
    expect((await c.get(url)).body).not.toContain('Deze zoekopdracht is verlopen');
    m.clock.advance(8 * 86_400_000);
    const c2 = await m.inloggen(m.melder);
    expect((await c2.get(url)).body).toContain('Deze zoekopdracht is verlopen');
    c = c2;
  });

  it('R-RAA-1 CSV export: every result of every page, same criteria and order, ; separated with a BOM, audited', async () => {
    const exp = verwacht(metStatus(eigen, ['R', 'B', 'G']), 'naam', 'asc');
    const r = await c.get('/verzuim/raadplegen/export.csv?status=R&status=B&status=G&sorteer=naam&richting=asc');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="verzuimmeldingen-\d{2}-\d{2}-\d{4}\.csv"$/);
    expect(r.body.startsWith('\uFEFFNummer;PGN;Achternaam;')).toBe(true);
    const regels = r.body.slice(1).split('\r\n').filter(Boolean);
    expect(regels.slice(1).map((l) => l.split(';')[0])).toEqual(exp);
    const audit = await m.t.db.selectFrom('audit_log').select('instellingscode').where('actie', '=', 'meldingen_geexporteerd').execute();
    expect(audit.map((a) => a.instellingscode)).toEqual([SCHOOL]);
    // The export link on the page carries the same criteria.
    const page = await zoek('status=G&sorteer=pgn&richting=desc&pagina=1&aantal=5');
    expect(page.body).toContain('href="/verzuim/raadplegen/export.csv?status=G&amp;sorteer=pgn&amp;richting=desc"');
  });

  it('R-RAA-1 the CSV export in keyset batches gives the same rows as the pages, for every order', async () => {
    const { alleMeldingen } = await import('../../../src/modules/meldingen/raadplegen/zoeken.repository');
    for (const sort of MELDING_SORTEERBAAR) {
      for (const dir of ['asc', 'desc'] as const) {
        const rows: string[] = [];
        for await (const batch of alleMeldingen(m.t.db, { instellingscode: SCHOOL }, leegFilter(), { sort, dir }, 4)) rows.push(...batch.map((b) => b.nummer));
        expect(rows, `${sort} ${dir}`).toEqual(verwacht(eigen, sort, dir));
      }
    }
  });

  it('R-GEM-2 the same search for a gemeente: its meldingen of every school, with prioriteit and school filters', async () => {
    const state = { page: 1, perPage: 100, sort: 'nummer' as const, dir: 'asc' as const };
    const diemen = [...eigen, ...anderen].filter((e) => e.gemeentecode === DIEMEN);
    const r = await zoekMeldingen(m.t.db, { gemeentecode: DIEMEN }, leegFilter(), state);
    expect(r.total).toBe(diemen.length);
    expect(r.rows.map((x) => x.nummer)).toEqual(verwacht(diemen, 'nummer', 'asc'));
    const prio = await zoekMeldingen(m.t.db, { gemeentecode: DIEMEN }, leegFilter({ prioriteit: true }), state);
    expect(prio.rows.map((x) => x.nummer)).toEqual(verwacht(diemen.filter((d) => d.prioriteit), 'nummer', 'asc'));
    const school = await zoekMeldingen(m.t.db, { gemeentecode: DIEMEN }, leegFilter({ instellingscode: ANDERE_SCHOOL, statussen: ['R'] }), state);
    expect(school.rows.map((x) => x.nummer)).toEqual(verwacht(anderen.filter((a) => a.status === 'R'), 'nummer', 'asc'));
    const amsterdam = await zoekMeldingen(m.t.db, { gemeentecode: AMSTERDAM }, leegFilter(), state);
    expect(amsterdam.rows.every((x) => x.gemeentecode === AMSTERDAM)).toBe(true);
  });
});
