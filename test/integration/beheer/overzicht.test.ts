// The users overview: the search rule (R-UI-1) and paging/sorting over all results with the
// state in the URL (R-UI-2), through the real page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker } from '../../helpers/factories';
import { beheerSetup, type BeheerSetup } from './setup';

/** The inlognamen in the table, in order. */
const inlognamen = (html: string) => [...html.matchAll(/<a href="\/beheer\/gebruikers\/[0-9a-f-]{36}">([^<]+)<\/a>/g)].map((m) => m[1]!);

describe(`beheer gebruikers overzicht on ${testDatabaseKind}`, () => {
  let b: BeheerSetup;
  beforeAll(async () => {
    b = await beheerSetup();
    const s = b.t.services;
    await gebruiker(s, 'jan.jansen');
    await gebruiker(s, 'janneke');
    await gebruiker(s, 'anna.oort');
    await gebruiker(s, 'kees.boor');
    await gebruiker(s, 'ab_c');
    await gebruiker(s, 'abxc');
    // Twelve users with the same name: sorting by name needs the tie-breaker to page well.
    for (let i = 1; i <= 12; i++) {
      const g = await gebruiker(s, `pag${String(i).padStart(2, '0')}`);
      await b.t.db.updateTable('gebruikers').set({ weergavenaam: 'Zelfde Naam' }).where('id', '=', g.id).execute();
    }
  });
  afterAll(async () => b?.t.close());

  const zoek = async (query: string) => (await b.beheer.get(`/beheer/gebruikers?${query}`)).body;

  it('R-UI-1 without % the term matches the start of the inlognaam or the naam, case-insensitively', async () => {
    expect(inlognamen(await zoek('zoek=jan'))).toEqual(['jan.jansen', 'janneke']);
    expect(inlognamen(await zoek('zoek=JAN'))).toEqual(['jan.jansen', 'janneke']);
    // The factory names every user "Test <inlognaam>": a match on the naam.
    expect(inlognamen(await zoek('zoek=test%20anna'))).toEqual(['anna.oort']);
    expect(inlognamen(await zoek('zoek=oor'))).toEqual([]);
  });

  it('R-UI-1 % is a wildcard anywhere: %oor finds names containing "oor"; _ is literal', async () => {
    expect(inlognamen(await zoek('zoek=%25oor'))).toEqual(['anna.oort', 'kees.boor']);
    expect(inlognamen(await zoek('zoek=ab_'))).toEqual(['ab_c']);
    const html = await zoek('zoek=%25oor');
    expect(html).toContain('2 gebruikers gevonden');
    expect(html).toContain('value="%oor"');
  });

  it('R-UI-2 paging and sorting work on all results, and every link keeps the search', async () => {
    const p2 = await zoek('zoek=pag&aantal=5&sorteer=inlognaam&richting=desc&pagina=2');
    expect(p2).toContain('12 gebruikers gevonden');
    expect(p2).toContain('Overzicht bestaat uit 3 pagina’s, u bevindt zich op pagina 2');
    expect(inlognamen(p2)).toEqual(['pag07', 'pag06', 'pag05', 'pag04', 'pag03']);
    expect(p2).toContain('href="/beheer/gebruikers?zoek=pag&amp;pagina=3&amp;aantal=5&amp;sorteer=inlognaam&amp;richting=desc#overzicht-kop"');
    // The search form keeps rows per page and sort for a new search.
    expect(p2).toMatch(/<input type="hidden" name="aantal" value="5"\/>/);
  });

  it('R-UI-2 equal names are ordered by the inlognaam, so pages neither repeat nor skip a user', async () => {
    const seen: string[] = [];
    for (const pagina of [1, 2, 3]) seen.push(...inlognamen(await zoek(`zoek=pag&aantal=5&sorteer=naam&richting=asc&pagina=${pagina}`)));
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `pag${String(i + 1).padStart(2, '0')}`));
  });

  it('R-UI-2 rows show roles in short and the status; an unknown sort falls back to the default', async () => {
    const html = await zoek('zoek=frank&sorteer=bestaatniet');
    expect(html).toContain('Functioneel beheer');
    expect(html).toContain('Actief');
    expect(html).toContain('Token gekoppeld: ja');
    expect(html).toContain('aria-sort="ascending"');
  });
});
