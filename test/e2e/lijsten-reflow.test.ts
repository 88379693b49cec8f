// WCAG 1.4.10 Reflow on every list page: at 320 CSS px wide (1280 px at 400 % zoom) the page
// never scrolls sideways; a wide table may scroll inside its own box. Each page is visited with
// rows in its table, as the user who works with it, and passes axe (useE2E). Also checked here:
// a melding number stays on one line (R-UI-2 tables), and after sorting or paging the focus is
// on the results, not at the top of the page (WCAG 2.4.3).
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { login, navigate, useE2E, visit } from '../helpers/browser';
import { contactpersoon, gemeenteInRegio, inschrijving, leerling, locatie, melding, vestiging } from '../helpers/factories';
import { zoekMelding } from '../helpers/meldingen-zoeken';
import { baseSet, writeSet } from '../integration/registers/fixtures';

const e2e = useE2E();
const SCHOOL = '46GH';
const GEMEENTE = '0363';
const NAMEN = ['Oord', 'Hoorn', 'Bakker', 'Voorst', 'Jansen', 'Visser', 'Dekker'];

let klaar: Promise<{ pgnMetMelding: string; nummer: string }> | undefined;
/** Rows for every list: meldingen, locaties, contactpersonen, a vrijstelling, mails, an import. */
function data() {
  klaar ??= (async () => {
    const s = e2e.app.services;
    await gemeenteInRegio(s, GEMEENTE, '13');
    await vestiging(s, SCHOOL, GEMEENTE);
    for (let i = 0; i < 12; i++) {
      await zoekMelding(s, { instellingscode: SCHOOL, gemeentecode: GEMEENTE, achternaam: NAMEN[i % NAMEN.length]!, status: i % 3 ? 'R' : 'B', van: `2030-02-${String(1 + i).padStart(2, '0')}`, tm: null });
    }
    const pgn = await leerling(s, { achternaam: 'Smit' });
    await inschrijving(s, pgn, SCHOOL);
    const nummer = await melding(s, { pgn, instellingscode: SCHOOL, gemeentecode: GEMEENTE, van: '2030-03-02', tm: null });
    // Filed while the gemeente had no address for meldingen: on "Meldingen zonder ontvanger".
    await s.db.updateTable('meldingen').set({ zonder_ontvanger: true }).where('nummer', '=', nummer).execute();
    for (const naam of ['Hoofdgebouw', 'Dependance Noord', 'Sporthal']) await locatie(s, SCHOOL, naam);
    for (const naam of ['Jansen', 'de Vries']) await contactpersoon(s, SCHOOL, naam);
    const nu = new Date();
    await s.db
      .insertInto('vrijstellingen')
      .values({ pgn, gemeentecode: GEMEENTE, soort: '5_onder_a', begindatum: '2031-01-01', einddatum: null, aangemaakt_op: nu, aangemaakt_door_naam: 'Test', gewijzigd_op: nu, gewijzigd_door_naam: 'Test' })
      .execute();
    await sql`insert into uitgaande_mails (aan, onderwerp, tekst, soort, aangemaakt_op, volgende_poging_op, verzonden_op, afgeleverd_via)
              values ('leerplicht@gemeente.example', 'Nieuwe verzuimmelding', 'Tekst', 'test', now(), now(), now(), 'log')`.execute(s.db);
    const files = await writeSet(baseSet());
    try {
      await s.registerImport.importPath(files.dir, { door: { gebruikerId: null, gebruikersnaam: 'beheer' } });
    } finally {
      await files.cleanup();
    }
    return { pgnMetMelding: pgn, nummer };
  })();
  return klaar;
}

/** The page at 320 px: rows in a table, no sideways scrolling of the page, numbers on one line. */
async function reflowt(page: Page, label: string): Promise<void> {
  expect(await page.locator('main table tbody tr').count(), `${label}: rijen`).toBeGreaterThan(0);
  const maat = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect({ label, breedte: maat.scrollWidth }).toEqual({ label, breedte: maat.clientWidth });
  expect(maat.clientWidth).toBeLessThanOrEqual(320);
  // R-UI-2: a melding number broken at its hyphen reads as two numbers.
  const regels = await page.locator('.vl-meldingnummer').evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return { tekst: el.textContent, regels: new Set(Array.from(range.getClientRects(), (r: DOMRect) => Math.round(r.top))).size };
    }),
  );
  for (const r of regels) expect(r).toEqual({ tekst: r.tekst, regels: 1 });
}

async function lijst(page: Page, url: string, label: string): Promise<void> {
  await visit(page, url, label);
  await reflowt(page, label);
}

async function smal(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
}

describe('WCAG 1.4.10 Reflow: no list page scrolls sideways at 320 px', () => {
  it('WCAG 1.4.10 R-UI-2 the school: Raadplegen verzuim, Mijn concepten, open meldingen at Opvoeren, Historie', async () => {
    const { page, app } = e2e;
    const { pgnMetMelding, nummer } = await data();
    const melder = await app.user('melder', [{ rol: 'melder', code: SCHOOL }]);
    await app.services.db
      .insertInto('concepten')
      .values({ gebruiker_id: melder.id, instellingscode: SCHOOL, pgn: pgnMetMelding, invoer: '{}', voltooid: [], aangemaakt_op: new Date(), gewijzigd_op: new Date(), verloopt_op: new Date(Date.now() + 86_400_000) })
      .execute();
    await smal(page);
    await login(page, melder);
    await lijst(page, '/verzuim/raadplegen', 'reflow-raadplegen');
    expect(await page.locator('main table tbody tr .vl-meldingnummer').count()).toBe(10);
    await lijst(page, '/verzuim/concepten', 'reflow-concepten');
    await lijst(page, `/verzuim/meldingen/${nummer}/historie`, 'reflow-historie');
    await visit(page, '/verzuim/opvoeren', 'reflow-opvoeren');
    await page.getByLabel('Persoonsgebonden nummer (PGN)').fill(pgnMetMelding);
    await navigate(page, 'reflow-open-meldingen', () => page.getByRole('button', { name: 'Zoeken', exact: true }).click());
    await reflowt(page, 'reflow-open-meldingen');
  });

  it('WCAG 1.4.10 R-GEM-2 R-VRIJ-1 the gemeente: the inbox and the vrijstellingen', async () => {
    const { page, app } = e2e;
    await data();
    await smal(page);
    await login(page, await app.user('leerplicht', [{ rol: 'gemeente_behandelaar', code: GEMEENTE }]));
    await lijst(page, '/gemeente/meldingen', 'reflow-inbox');
    await lijst(page, '/gemeente/vrijstellingen', 'reflow-vrijstellingen');
  });

  it('WCAG 1.4.10 R-LOC-1 R-CON-1 Beheer: locaties and contactpersonen', async () => {
    const { page, app } = e2e;
    await data();
    await smal(page);
    await login(page, await app.user('beheer-school', [{ rol: 'beheerder_onderwijs', code: SCHOOL }]));
    await lijst(page, '/beheer/locaties?zoek=', 'reflow-locaties');
    await lijst(page, '/beheer/contactpersonen?zoek=', 'reflow-contactpersonen');
  });

  it('WCAG 1.4.10 R-PRIV-1 R-REG-3 functioneel beheer: gebruikers, a gebruiker, the audit log, Verzonden e-mails, Meldingen zonder ontvanger, register imports', async () => {
    const { page, app } = e2e;
    await data();
    const beheerder = await app.user('fb', [{ rol: 'functioneel_beheerder' }]);
    await smal(page);
    await login(page, beheerder);
    await lijst(page, '/beheer/gebruikers', 'reflow-gebruikers');
    await lijst(page, `/beheer/gebruikers/${beheerder.id}`, 'reflow-gebruiker');
    await lijst(page, '/beheer/audit', 'reflow-audit');
    await lijst(page, '/beheer/mails', 'reflow-mails');
    await lijst(page, '/beheer/meldingen-zonder-ontvanger', 'reflow-zonder-ontvanger');
    // The start page's count of them (a warning box with a link) passes axe too.
    await visit(page, '/', 'reflow-start-beheer');
    expect(await page.locator('#meldingen-zonder-ontvanger').textContent()).toContain('Er is 1 melding zonder ontvanger');
    await lijst(page, '/beheer/registers', 'reflow-registers');
  });
});

describe('WCAG 2.4.3 after sorting or paging, focus is on the results', () => {
  it('R-RAA-1 R-UI-2 a sort link and a page link land on "Overzicht verzuimmeldingen"; the next Tab is the first column header', async () => {
    const { page, app } = e2e;
    await data();
    await login(page, await app.user('melder', [{ rol: 'melder', code: SCHOOL }]));
    await visit(page, '/verzuim/raadplegen', 'focus-raadplegen');
    const tabel = page.locator('table.vl-table');
    const focus = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', tekst: document.activeElement?.textContent?.trim() ?? '' }));
    await navigate(page, 'focus-sort-naam', () => tabel.getByRole('link', { name: /^Naam/ }).click());
    expect(new URL(page.url()).hash).toBe('#resultaten-kop');
    expect(await focus()).toEqual({ id: 'resultaten-kop', tekst: 'Overzicht verzuimmeldingen' });
    await page.keyboard.press('Tab');
    expect((await focus()).tekst).toMatch(/^Nummer/);

    await navigate(page, 'focus-volgende', () => page.getByRole('navigation', { name: /Paginering/ }).getByRole('link', { name: /Volgende/ }).click());
    expect(await focus()).toEqual({ id: 'resultaten-kop', tekst: 'Overzicht verzuimmeldingen' });
    await expect(page.getByRole('navigation', { name: /Paginering/ }).innerText()).resolves.toContain('u bevindt zich op pagina 2');
  });
});
