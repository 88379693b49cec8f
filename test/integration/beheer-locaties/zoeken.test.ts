// The search and the overview of the beheer pages (R-UI-1, R-UI-2), through the real pages:
// prefix versus %, case, literal _ , the empty search, and paging and sorting over ALL rows in
// the database with the state in the URL. Also: the queries use the indexes made for them.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namePattern } from '../../../src/platform/search/name-pattern';
import { zoekLocatiesQuery } from '../../../src/modules/beheer/locaties/locaties.repository';
import { zoekContactpersonenQuery } from '../../../src/modules/beheer/contactpersonen/contactpersonen.repository';
import { testDatabaseKind } from '../../helpers/database';
import { contactpersoon, locatie } from '../../helpers/factories';
import { beheerWereld, linkNaar, namenInOverzicht, type BeheerWereld } from './setup';

const PAD = '/beheer/locaties';
const namen = (html: string) => namenInOverzicht(html, PAD);
const zoek = (term: string, rest = '') => `${PAD}?zoek=${encodeURIComponent(term)}${rest}`;

describe(`Beheer search and overview on ${testDatabaseKind}`, () => {
  let w: BeheerWereld;
  beforeAll(async () => {
    w = await beheerWereld();
  });
  afterAll(async () => w?.t.close());

  it('R-UI-1 R-LOC-1 without % a name must start with the term, with % it may hold it anywhere; case does not matter; _ is literal', async () => {
    const s = await w.school('20AA');
    const andere = await w.school('20BB');
    for (const naam of ['Oostpoort', 'oordeel-gebouw', 'Boortoren', 'Zuidhoorn', 'A_B lokaal', 'AxB lokaal']) await locatie(w.t.services, s.code, naam);
    await locatie(w.t.services, andere.code, 'Oorsprong');

    expect(namen((await s.c.get(zoek('oor'))).body)).toEqual(['oordeel-gebouw']);
    expect(namen((await s.c.get(zoek('OOR'))).body)).toEqual(['oordeel-gebouw']);
    expect(namen((await s.c.get(zoek('%oor'))).body)).toEqual(['Boortoren', 'oordeel-gebouw', 'Oostpoort', 'Zuidhoorn']);
    expect(namen((await s.c.get(zoek('%OOR%N'))).body)).toEqual(['Boortoren', 'Zuidhoorn']);
    expect(namen((await s.c.get(zoek('a_b'))).body)).toEqual(['A_B lokaal']);
    expect(namen((await s.c.get(zoek('  oost  '))).body)).toEqual(['Oostpoort']);

    // Nothing found: the manual's message, and the term stays in the field.
    const niets = await s.c.get(zoek('Oorsprong'));
    expect(niets.body).toContain('Geen onderwijslocatie gevonden');
    expect(niets.body).toContain('value="Oorsprong"');
  });

  it('R-UI-1 R-LOC-1 an empty search lists every location of the instelling and nothing of another', async () => {
    const s = await w.school('21AA');
    const andere = await w.school('21BB');
    await locatie(w.t.services, s.code, 'Beta');
    await locatie(w.t.services, s.code, 'alfa');
    await locatie(w.t.services, andere.code, 'Gamma');
    for (const url of [zoek(''), zoek('   '), zoek('%')]) {
      const res = await s.c.get(url);
      expect(namen(res.body), url).toEqual(['alfa', 'Beta']);
      expect(res.body).toContain('2 onderwijslocaties gevonden');
    }
  });

  it('R-UI-2 paging and sorting work over ALL rows: rows per page, page links, descending order, state in the URL', async () => {
    const s = await w.school('22AA');
    // 23 names whose order is the same in any collation: "Locatie 01" … "Locatie 23", mixed case.
    const alle = Array.from({ length: 23 }, (_, i) => `${i % 2 ? 'locatie' : 'Locatie'} ${String(i + 1).padStart(2, '0')}`);
    for (const naam of [...alle].reverse()) await locatie(w.t.services, s.code, naam);

    const eerste = await s.c.get(zoek(''));
    expect(namen(eerste.body)).toEqual(alle.slice(0, 10)); // default 10 per page, by name
    expect(eerste.body).toContain('23 onderwijslocaties gevonden');
    expect(eerste.body).toContain('Overzicht bestaat uit 3 pagina’s, u bevindt zich op pagina 1');

    const vijf = await s.c.get(zoek('', '&aantal=5&pagina=5'));
    expect(namen(vijf.body)).toEqual(alle.slice(20, 23));
    expect(vijf.body).toContain('u bevindt zich op pagina 5');

    // The sort header turns the order round over all rows, starting at page 1, keeping the search.
    const sorteer = linkNaar(eerste.body, /^Naam/);
    expect(sorteer).toBe(`${PAD}?zoek=&pagina=1&aantal=10&sorteer=naam&richting=desc#overzicht-kop`);
    const aflopend = await s.c.get(sorteer);
    expect(namen(aflopend.body)).toEqual([...alle].reverse().slice(0, 10));
    const laatste = await s.c.get(linkNaar(aflopend.body, /^Laatste/));
    expect(namen(laatste.body)).toEqual([...alle].reverse().slice(20));

    // Every page, once each: paging never repeats or skips a row.
    const gezien: string[] = [];
    for (let p = 1; p <= 5; p++) gezien.push(...namen((await s.c.get(zoek('', `&aantal=5&pagina=${p}&sorteer=naam&richting=desc`))).body));
    expect(gezien).toEqual([...alle].reverse());

    // A search narrows the count and keeps itself in the paging links.
    const gefilterd = await s.c.get(zoek('%1', '&aantal=5'));
    expect(gefilterd.body).toContain('12 onderwijslocaties gevonden'); // 01, 10–19, 21
    expect(linkNaar(gefilterd.body, /^Volgende/)).toBe(`${PAD}?zoek=%251&pagina=2&aantal=5&sorteer=naam&richting=asc#overzicht-kop`);

    // A page beyond the end shows the last page; nonsense in the URL falls back to defaults.
    expect(namen((await s.c.get(zoek('', '&aantal=10&pagina=99'))).body)).toEqual(alle.slice(20));
    expect(namen((await s.c.get(zoek('', '&aantal=7&pagina=x&sorteer=drop&richting=up'))).body)).toEqual(alle.slice(0, 10));
  });

  it('R-UI-2 R-CON-1 the contactpersonen overview pages and sorts the same way; equal names are ordered by id', async () => {
    const s = await w.school('23AA');
    const namenC = ['Jansen', 'de Vries', 'Bakker', 'jansen', 'Visser', 'Jansen'];
    for (const naam of namenC) await contactpersoon(w.t.services, s.code, naam);
    const pad = '/beheer/contactpersonen';
    const lijst = await s.c.get(`${pad}?zoek=&aantal=5`);
    const eerste = namenInOverzicht(lijst.body, pad);
    expect(eerste.slice(0, 2)).toEqual(['Bakker', 'de Vries']);
    expect(eerste.slice(2).map((n) => n.toLowerCase())).toEqual(['jansen', 'jansen', 'jansen']);
    expect(namenInOverzicht((await s.c.get(`${pad}?zoek=&aantal=5&pagina=2`)).body, pad)).toEqual(['Visser']);
    expect(namenInOverzicht((await s.c.get(`${pad}?zoek=JAN`)).body, pad)).toHaveLength(3);
    // Sorted twice, the same order: the id makes it total.
    const a = await s.c.get(`${pad}?zoek=jan`);
    const b = await s.c.get(`${pad}?zoek=jan`);
    expect(a.body.match(/\/beheer\/contactpersonen\/[0-9a-f-]{36}\/wijzigen/g)).toEqual(b.body.match(/\/beheer\/contactpersonen\/[0-9a-f-]{36}\/wijzigen/g));
  });

  it('R-UI-1 the searches can use their indexes: a prefix the btree range (text_pattern_ops), a % the trigram index', async () => {
    const plan = async (q: { explain: () => Promise<Record<string, unknown>[]> }) => (await q.explain()).map((r) => String(Object.values(r)[0])).join('\n');
    const code = '24AA';
    // In one transaction that is rolled back: sequential scans priced out (a tiny test table
    // is otherwise always scanned), and for the % search the btree dropped, because scoped to
    // one instelling the planner rightly prefers it; the question here is whether the query's
    // expression fits the trigram index at all.
    class Terugdraaien extends Error {
      constructor(readonly plans: Record<string, string>) {
        super('terugdraaien');
      }
    }
    const plans = await w.t.db
      .transaction()
      .execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const p: Record<string, string> = {
          prefix: await plan(zoekLocatiesQuery(trx, code, namePattern('hoofd'), 'asc', 10, 0)),
          contactPrefix: await plan(zoekContactpersonenQuery(trx, code, namePattern('jan'), 'asc', 10, 0)),
        };
        await sql`drop index locaties_naam_uniek; drop index contactpersonen_naam`.execute(trx);
        p.overal = await plan(zoekLocatiesQuery(trx, code, namePattern('%gebouw'), 'asc', 10, 0));
        p.contactOveral = await plan(zoekContactpersonenQuery(trx, code, namePattern('%sen'), 'asc', 10, 0));
        throw new Terugdraaien(p);
      })
      .catch((err: unknown) => {
        if (err instanceof Terugdraaien) return err.plans;
        throw err;
      });
    expect(plans.prefix).toMatch(/Index Scan using locaties_naam_uniek[\s\S]*lower\(naam\) ~>=~ 'hoofd'/);
    expect(plans.contactPrefix).toMatch(/Index Scan using contactpersonen_naam[\s\S]*lower\(naam\) ~>=~ 'jan'/);
    expect(plans.overal).toMatch(/Bitmap Index Scan on locaties_naam_trgm[\s\S]*lower\(naam\) ~~ '%gebouw%'/);
    expect(plans.contactOveral).toMatch(/Bitmap Index Scan on contactpersonen_naam_trgm[\s\S]*lower\(naam\) ~~ '%sen%'/);
    // The transaction was rolled back: the indexes are still there.
    const indexes = await sql<{ indexname: string }>`select indexname from pg_indexes where tablename in ('locaties', 'contactpersonen') order by 1`.execute(w.t.db);
    expect(indexes.rows.map((r) => r.indexname)).toEqual(['contactpersonen_naam', 'contactpersonen_naam_trgm', 'contactpersonen_pkey', 'locaties_naam_trgm', 'locaties_naam_uniek', 'locaties_pkey']);
  });
});
