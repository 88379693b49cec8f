// Browser journeys through Raadplegen verzuim (R-RAA-1, R-UI-1, R-UI-2) as a school employee
// does it: the default search, narrowing it, sorting by a column both ways, rows per page and
// the paging controls, and a wrong date. Every page visited passes axe (useE2E enforces it),
// the error state included.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { navigate, login, useE2E } from '../helpers/browser';
import { gemeenteInRegio, vestiging } from '../helpers/factories';
import { zoekMelding } from '../helpers/meldingen-zoeken';
import type { Status } from '../../src/modules/meldingen/codes';

const e2e = useE2E();
const SCHOOL = '46GH';
const ANDERE = '47JK';
const NAMEN = ['Oord', 'Hoorn', 'Bakker', 'Voorst', 'Jansen', 'Visser', 'Dekker'];
const STATUSSEN: Status[] = ['R', 'B', 'G', 'R', 'K', 'B', 'I'];

let klaar: Promise<void> | undefined;
/** 21 meldingen at the school (all statuses), and one at another school with a matching name. */
function data(): Promise<void> {
  klaar ??= (async () => {
    const s = e2e.app.services;
    await gemeenteInRegio(s, '0363', '13');
    await vestiging(s, SCHOOL, '0363');
    await vestiging(s, ANDERE, '0363');
    for (let i = 0; i < 21; i++) {
      await zoekMelding(s, { instellingscode: SCHOOL, achternaam: NAMEN[i % NAMEN.length]!, status: STATUSSEN[i % STATUSSEN.length]!, van: `2030-02-${String(1 + i).padStart(2, '0')}`, tm: null });
    }
    await zoekMelding(s, { instellingscode: ANDERE, achternaam: 'Oord', status: 'R' });
  })();
  return klaar;
}

async function melder(): Promise<Page> {
  await data();
  const { page, app } = e2e;
  await login(page, await app.user('melder', [{ rol: 'melder', code: SCHOOL }]));
  await navigate(page, 'raadplegen', () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Raadplegen verzuim' }).click());
  return page;
}

const h1 = (page: Page) => page.locator('h1').innerText();
const kolom = (page: Page, n: number) => page.locator(`table.vl-table tbody tr td:nth-child(${n})`).allInnerTexts();
const gevonden = (page: Page) => page.locator('.vl-overzicht__count').innerText();
const zoeken = (page: Page, label: string) => navigate(page, label, () => page.getByRole('button', { name: 'Zoeken', exact: true }).click());

describe('Raadplegen verzuim in the browser (R-RAA-1, R-UI-1, R-UI-2)', () => {
  it('R-RAA-1 the search opens with Geregistreerd and In behandeling ticked and lists those meldingen of this school only', async () => {
    const page = await melder();
    expect(await h1(page)).toBe('Raadplegen verzuim - Zoeken verzuimmelding');
    const status = page.getByRole('group', { name: 'Status melding' });
    await expect(status.getByLabel('Geregistreerd').isChecked()).resolves.toBe(true);
    await expect(status.getByLabel('In behandeling').isChecked()).resolves.toBe(true);
    await expect(status.getByLabel('Afgesloten').isChecked()).resolves.toBe(false);
    await expect(status.getByLabel('Ingetrokken').isChecked()).resolves.toBe(false);
    expect(await gevonden(page)).toBe('12 verzuimmeldingen gevonden');
    expect(new Set(await kolom(page, 6))).toEqual(new Set(['Geregistreerd', 'In behandeling']));
  });

  it('R-RAA-1 R-UI-1 narrowing: %oor with Afgesloten ticked finds Oord, Hoorn and Voorst of this school, and the URL holds no name', async () => {
    const page = await melder();
    await page.getByRole('group', { name: 'Status melding' }).getByLabel('Afgesloten').check();
    await page.getByLabel('Achternaam leerling').fill('%oor');
    await zoeken(page, 'raadplegen-gezocht');
    const namen = (await kolom(page, 3)).map((n) => n.split(',')[0]);
    expect(new Set(namen)).toEqual(new Set(['Oord', 'Hoorn', 'Voorst']));
    expect(namen).toHaveLength(9);
    expect(page.url()).toContain('zoekopdracht=');
    expect(page.url()).not.toContain('oor');
    // The form shows what was searched.
    await expect(page.getByLabel('Achternaam leerling').inputValue()).resolves.toBe('%oor');
    // Reloading the bookmarkable URL gives the same result.
    await navigate(page, 'raadplegen-herladen', () => page.reload());
    expect(await gevonden(page)).toBe('9 verzuimmeldingen gevonden');
  });

  it('R-UI-2 sorting by a column header sorts all results, both ways; rows per page and the paging controls', async () => {
    const page = await melder();
    const tabel = page.locator('table.vl-table');
    await navigate(page, 'raadplegen-sort-naam', () => tabel.getByRole('link', { name: /^Naam/ }).click());
    await expect(tabel.locator('th[aria-sort="ascending"]').innerText()).resolves.toContain('Naam');
    const op = (await kolom(page, 3)).map((n) => n.split(',')[0]!);
    expect(op).toEqual([...op].sort((a, b) => a.localeCompare(b)));
    expect(op[0]).toBe('Hoorn');
    await navigate(page, 'raadplegen-sort-naam-af', () => tabel.getByRole('link', { name: /^Naam/ }).click());
    const af = (await kolom(page, 3)).map((n) => n.split(',')[0]!);
    expect(af[0]).toBe('Voorst');

    await page.getByLabel('Aantal regels per pagina').selectOption('5');
    await navigate(page, 'raadplegen-5', () => page.getByRole('button', { name: 'Toon' }).click());
    const pager = page.getByRole('navigation', { name: /Paginering/ });
    await expect(pager.innerText()).resolves.toContain('Overzicht bestaat uit 3 pagina’s, u bevindt zich op pagina 1');
    const pagina1 = await kolom(page, 1);
    await navigate(page, 'raadplegen-volgende', () => pager.getByRole('link', { name: /Volgende/ }).click());
    await expect(pager.innerText()).resolves.toContain('u bevindt zich op pagina 2');
    const pagina2 = await kolom(page, 1);
    await navigate(page, 'raadplegen-laatste', () => pager.getByRole('link', { name: /Laatste/ }).click());
    await expect(pager.innerText()).resolves.toContain('u bevindt zich op pagina 3');
    const pagina3 = await kolom(page, 1);
    expect(pagina3).toHaveLength(2);
    // Still sorted by name, descending, across the pages, and no melding twice.
    expect(new Set([...pagina1, ...pagina2, ...pagina3]).size).toBe(12);
    await expect(pager.locator('.vl-pager__link--next').getAttribute('aria-disabled')).resolves.toBe('true');
    await navigate(page, 'raadplegen-eerste', () => pager.getByRole('link', { name: /Eerste/ }).click());
    expect(await kolom(page, 1)).toEqual(pagina1);
    // Every row links to its melding (Geregistreerd and In behandeling: wijzigen), Historie and Kopiëren.
    const nummer = pagina1[0]!;
    await expect(page.getByRole('link', { name: `Melding ${nummer} wijzigen` }).getAttribute('href')).resolves.toBe(`/verzuim/meldingen/${nummer}`);
    await expect(page.getByRole('link', { name: `Historie melding ${nummer}` }).getAttribute('href')).resolves.toBe(`/verzuim/meldingen/${nummer}/historie`);
    await expect(page.getByRole('link', { name: `Kopiëren melding ${nummer}` }).getAttribute('href')).resolves.toBe(`/verzuim/meldingen/${nummer}/kopieren`);
  });

  it('R-RAA-1 a wrong date and no status: messages at the fields and in the summary, input kept; then corrected', async () => {
    const page = await melder();
    const status = page.getByRole('group', { name: 'Status melding' });
    await status.getByLabel('Geregistreerd').uncheck();
    await status.getByLabel('In behandeling').uncheck();
    await page.getByLabel('Periode van').fill('31-02-2030');
    await zoeken(page, 'raadplegen-fout');
    const summary = page.locator('.vl-error-summary');
    await expect(summary.getByRole('link').allInnerTexts()).resolves.toEqual([
      'Kies ten minste één status melding',
      'Vul de datum Periode van in als DD-MM-JJJJ, bijvoorbeeld 01-08-2026',
    ]);
    await expect(page.getByLabel('Periode van').inputValue()).resolves.toBe('31-02-2030');
    await expect(page.locator('table.vl-table').count()).resolves.toBe(0);
    await expect(summary.getByRole('link', { name: /Periode van/ }).getAttribute('href')).resolves.toBe('#van');

    await page.getByRole('group', { name: 'Status melding' }).getByLabel('Ingetrokken').check();
    await page.getByLabel('Periode van').fill('01-02-2030');
    await page.getByLabel('Periode t/m').fill('28-02-2030');
    await zoeken(page, 'raadplegen-hersteld');
    expect(await gevonden(page)).toBe('3 verzuimmeldingen gevonden');
    expect(new Set(await kolom(page, 6))).toEqual(new Set(['Ingetrokken']));
  });
});
