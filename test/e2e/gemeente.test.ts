// Browser journeys of the gemeente behandelaar (docs/functioneel.md §7): from the inbox a melding is taken in
// handling, fed back on and closed; another is routed to a different gemeente; a stale form
// and an action no longer allowed are refused. Then the school's melder sees the new status and
// the terugkoppeling on the melding's page. Every page visited passes axe (useE2E enforces it),
// error states included. The app runs on the real clock, so dates are counted from today.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { vandaagIn, formatDutchDate } from '../../src/platform/datum';
import { login, navigate, useE2E, visit } from '../helpers/browser';
import { gemeente, gemeenteInRegio, inschrijving, leerling, melding, vestiging } from '../helpers/factories';

const e2e = useE2E();
const SCHOOL = '46GH';
const GEMEENTE = '0363';
const ANDERE = '0344';

const h1 = (page: Page) => page.locator('h1').innerText();
const pathOf = (page: Page) => new URL(page.url()).pathname;
const main = (page: Page) => page.getByRole('main');
const summary = (page: Page) => page.locator('.vl-error-summary').getByRole('link').allInnerTexts();

async function klik(page: Page, label: string, name: string, role: 'button' | 'link' = 'button') {
  await navigate(page, label, () => main(page).getByRole(role, { name, exact: true }).first().click());
}

const dagenGeleden = (dagen: number) => vandaagIn(new Date(Date.now() - dagen * 24 * 60 * 60 * 1000));

let klaar: Promise<{ open: string; teRouteren: string }> | undefined;
/** The registers and two meldingen of the school for the gemeente: one without t/m, one with. */
function gegevens() {
  klaar ??= (async () => {
    const s = e2e.app.services;
    await gemeenteInRegio(s, GEMEENTE, '13');
    await gemeente(s, ANDERE, 'Utrecht');
    await vestiging(s, SCHOOL, GEMEENTE);
    const pgn1 = await leerling(s, { achternaam: 'Visser' });
    await inschrijving(s, pgn1, SCHOOL);
    const pgn2 = await leerling(s, { achternaam: 'Smit' });
    await inschrijving(s, pgn2, SCHOOL);
    const open = await melding(s, { pgn: pgn1, instellingscode: SCHOOL, gemeentecode: GEMEENTE, van: dagenGeleden(10), tm: null });
    const teRouteren = await melding(s, { pgn: pgn2, instellingscode: SCHOOL, gemeentecode: GEMEENTE, van: dagenGeleden(20), tm: dagenGeleden(12) });
    return { open, teRouteren };
  })();
  return klaar;
}

/** The number the school's melder checks afterwards. */
let afgesloten: string | undefined;

describe('The gemeente behandelaar in the browser (R-GEM-2 … R-GEM-5)', () => {
  it('R-GEM-3 R-GEM-4 takes a melding in handling, gives terugkoppeling and closes it; routes another away (R-GEM-5); refusals and a conflict are clear', async () => {
    const { page, app } = e2e;
    const { open, teRouteren } = await gegevens();
    await login(page, await app.user('leerplicht', [{ rol: 'gemeente_behandelaar', code: GEMEENTE }]));

    // Inbox: new first, both meldingen of the school.
    await navigate(page, 'gemeente-inbox', () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Meldingen behandelen' }).click());
    expect(pathOf(page)).toBe('/gemeente/meldingen');
    // Both Geregistreerd: the newer first.
    expect(await main(page).locator('tbody').getByRole('link').allInnerTexts()).toEqual([teRouteren, open]);
    // A search error keeps the input (axe on the error state).
    await page.locator('#school').fill('XX');
    await klik(page, 'gemeente-inbox-fout', 'Zoeken');
    expect(await summary(page)).toEqual(['Vul de instellingscode in als 2 cijfers en 2 letters, bijvoorbeeld 00AA']);
    await page.locator('#school').fill(SCHOOL);
    await klik(page, 'gemeente-inbox-school', 'Zoeken');
    expect(await main(page).locator('tbody').getByRole('link').count()).toBe(2);

    // Detail of the open melding, with the privacy bar.
    await klik(page, 'gemeente-melding', `Melding ${open} openen`, 'link');
    expect(await h1(page)).toBe(`Melding ${open}`);
    expect(await page.locator('.vl-privacy-warning').count()).toBe(1);
    expect(await main(page).getByRole('link', { name: 'Terugkoppeling geven' }).count()).toBe(0);

    // In behandeling nemen: an error first, then saved.
    await klik(page, 'gemeente-in-behandeling', 'In behandeling nemen', 'link');
    await page.getByLabel('Naam contactpersoon').fill('Lotte Leerplicht');
    await page.getByLabel('E-mailadres').fill('lotte@');
    await klik(page, 'gemeente-in-behandeling-fout', 'In behandeling nemen');
    expect(await summary(page)).toEqual(['Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl']);
    expect(await page.getByLabel('Naam contactpersoon').inputValue()).toBe('Lotte Leerplicht');
    await page.getByLabel('E-mailadres').fill('lotte@gemeente.example');
    await page.getByLabel('Functie').fill('Leerplichtambtenaar');
    await klik(page, 'gemeente-melding-b', 'In behandeling nemen');
    expect(pathOf(page)).toBe(`/gemeente/meldingen/${open}`);
    expect(await main(page).innerText()).toContain('In behandeling');
    expect(await main(page).innerText()).toContain('Lotte Leerplicht');

    // Terugkoppeling; then a second tab's stale form meets a conflict.
    await klik(page, 'gemeente-terugkoppelen', 'Terugkoppeling geven', 'link');
    await page.getByLabel('Toelichting terugkoppeling').fill('Gesprek met leerling en ouders op maandag.');
    await klik(page, 'gemeente-melding-terugkoppeling', 'Opslaan');
    expect(await main(page).innerText()).toContain('Gesprek met leerling en ouders op maandag.');
    await klik(page, 'gemeente-terugkoppelen', 'Terugkoppeling geven', 'link');
    const ander = await e2e.context.newPage();
    await ander.goto(page.url());
    await ander.getByLabel('Toelichting terugkoppeling').fill('Leerling gaat weer naar school.');
    await ander.getByRole('button', { name: 'Opslaan' }).click();
    await ander.waitForURL(`**/gemeente/meldingen/${open}`);
    await ander.close();
    await page.getByLabel('Toelichting terugkoppeling').fill('Mijn versie');
    await klik(page, 'gemeente-conflict', 'Opslaan');
    expect(await main(page).getByRole('alert').innerText()).toContain('De melding is intussen gewijzigd');
    expect(await page.getByLabel('Toelichting terugkoppeling').inputValue()).toBe('Mijn versie');
    await klik(page, 'gemeente-melding-terug', 'Annuleren', 'link');
    expect(await main(page).innerText()).toContain('Leerling gaat weer naar school.');

    // Afsluiten: without reden refused, then closed; the t/m becomes today (R-GEM-4).
    await klik(page, 'gemeente-afsluiten', 'Afsluiten', 'link');
    expect(await main(page).innerText()).toContain(`Bij het afsluiten wordt de einddatum ${formatDutchDate(vandaagIn(new Date()))}`);
    await klik(page, 'gemeente-afsluiten-fout', 'Afsluiten');
    expect(await summary(page)).toEqual(['Kies de reden afgesloten']);
    await page.getByLabel('Terug naar school').check();
    await page.getByLabel('Actie loopt').check();
    await klik(page, 'gemeente-melding-g', 'Afsluiten');
    expect(await main(page).innerText()).toContain('Afgesloten');
    expect(await main(page).innerText()).toContain('Een melding met status Afgesloten kunt u niet meer wijzigen.');
    expect(await main(page).innerText()).toContain(`t/m ${formatDutchDate(vandaagIn(new Date()))}`);
    afgesloten = open;
    // An action no longer allowed, by its URL: refused, nothing saved.
    await visit(page, `/gemeente/meldingen/${open}/in-behandeling-nemen`, 'gemeente-niet-toegestaan');
    expect(await main(page).innerText()).toContain('In behandeling nemen kan niet bij een melding met status Afgesloten');

    // Routeren the other one to Utrecht: gone from this gemeente (R-GEM-5).
    await visit(page, `/gemeente/meldingen/${teRouteren}`, 'gemeente-melding-2');
    await klik(page, 'gemeente-routeren', 'Routeren naar andere gemeente', 'link');
    await klik(page, 'gemeente-routeren-fout', 'Routeren naar andere gemeente');
    expect(await summary(page)).toEqual(['Kies de nieuwe behandelende gemeente']);
    await page.getByLabel('Nieuwe behandelende gemeente').selectOption(ANDERE);
    await klik(page, 'gemeente-inbox-na-routeren', 'Routeren naar andere gemeente');
    expect(pathOf(page)).toBe('/gemeente/meldingen');
    expect(await page.locator('.vl-flash').innerText()).toContain(`Melding ${teRouteren} is gerouteerd naar Utrecht (${ANDERE})`);
    expect(await main(page).getByRole('table').count()).toBe(0);
    const weg = await visit(page, `/gemeente/meldingen/${teRouteren}`, 'gemeente-404');
    expect(weg?.status()).toBe(404);
  });

  it('R-GEM-3 R-RAA-2 the school\'s melder sees the new status and the terugkoppeling on the melding\'s page', async () => {
    const { page, app } = e2e;
    expect(afgesloten).toBeDefined();
    await login(page, await app.user('melder', [{ rol: 'melder', code: SCHOOL }]));
    await visit(page, `/verzuim/meldingen/${afgesloten!}`, 'school-melding-afgesloten');
    expect(await h1(page)).toContain(afgesloten!);
    expect(await main(page).innerText()).toContain('Afgesloten');
    expect(await main(page).innerText()).toContain('Lotte Leerplicht');
    expect(await main(page).innerText()).toContain('Leerling gaat weer naar school.');
    expect(await main(page).innerText()).toContain('Terug naar school');
  });
});
