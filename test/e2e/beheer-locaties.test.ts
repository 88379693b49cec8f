// Browser journeys through Beheer locaties and Beheer contactpersonen (manual ch. 3) as a
// school's administrator does them: search, add, a mistake, change, delete with Annuleren
// first. Every page visited passes axe (useE2E enforces it), error states included.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contactpersoon, locatie } from '../helpers/factories';
import { login, navigate, useE2E, visit } from '../helpers/browser';

const e2e = useE2E();

const h1 = (page: Page) => page.locator('h1').innerText();
const pathOf = (page: Page) => new URL(page.url()).pathname;
const notice = (page: Page) => page.getByRole('status').innerText();
/** The names in the overview's table, in order. */
const namen = (page: Page) => page.locator('table.vl-table tbody tr td:first-child').allInnerTexts();
/** Clicks a button (or link) in main and checks the page it leads to, screenshot named `shot`. */
const klik = (page: Page, shot: string, name: string, role: 'button' | 'link' = 'button') =>
  navigate(page, shot, () => page.getByRole('main').getByRole(role, { name, exact: true }).click());

async function beheerder(school: string): Promise<Page> {
  const { page, app } = e2e;
  const user = await app.user('beheerder', [{ rol: 'beheerder_onderwijs', code: school }]);
  await login(page, user);
  return page;
}

describe('Beheer locaties (R-LOC-1)', () => {
  it('R-LOC-1 R-UI-1 R-UI-2 search, add (with a mistake and a duplicate), change and delete a location, Annuleren first', async () => {
    const page = await beheerder('12AB');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Startpagina', 'Beheer locaties', 'Beheer contactpersonen']);

    await navigate(page, 'locaties-zoeken', () => menu.getByRole('link', { name: 'Beheer locaties' }).click());
    expect(await h1(page)).toBe('Beheer locaties');
    // Afb. 12: nothing stored yet.
    await klik(page, 'locaties-geen', 'Zoeken');
    expect(await page.getByRole('main').innerText()).toContain('Geen onderwijslocatie gevonden');

    await klik(page, 'locatie-toevoegen', 'Toevoegen', 'link');
    expect(await h1(page)).toBe('Toevoegen onderwijslocatie');
    await klik(page, 'locatie-toevoegen-fout', 'Opslaan');
    expect(await page.title()).toBe('Fout: Toevoegen onderwijslocatie - Verzuimloket');
    const summaryLink = page.locator('.vl-error-summary').getByRole('link', { name: 'Vul de naam van de onderwijslocatie in' });
    await summaryLink.click();
    expect(await page.locator('#naam:focus').count()).toBe(1);

    await page.getByLabel('Naam', { exact: true }).fill('Hoofdgebouw');
    await klik(page, 'locaties-toegevoegd', 'Opslaan');
    expect(await notice(page)).toBe('De onderwijslocatie is toegevoegd.');
    expect(await namen(page)).toEqual(['Hoofdgebouw']);

    for (const naam of ['Dependance Oost', 'Sporthal De Boog']) {
      await klik(page, 'locatie-toevoegen', 'Toevoegen', 'link');
      await page.getByLabel('Naam', { exact: true }).fill(naam);
      await klik(page, 'locaties-toegevoegd', 'Opslaan');
    }
    await klik(page, 'locatie-toevoegen', 'Toevoegen', 'link');
    await page.getByLabel('Naam', { exact: true }).fill('hoofdgebouw');
    await klik(page, 'locatie-dubbel-fout', 'Opslaan');
    expect(await page.locator('#naam-fout').innerText()).toContain('Er is al een onderwijslocatie met deze naam bij uw instelling.');
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('hoofdgebouw');
    await klik(page, 'locaties-overzicht', 'Annuleren', 'link');
    expect(await namen(page)).toEqual(['Dependance Oost', 'Hoofdgebouw', 'Sporthal De Boog']);

    // R-UI-1: a term is the start of a name; % finds it anywhere.
    await page.getByLabel('Onderwijslocatie', { exact: true }).fill('%oo');
    await klik(page, 'locaties-gezocht', 'Zoeken');
    expect(await namen(page)).toEqual(['Dependance Oost', 'Hoofdgebouw', 'Sporthal De Boog']);
    await page.getByLabel('Onderwijslocatie', { exact: true }).fill('sport');
    await klik(page, 'locaties-gezocht', 'Zoeken');
    expect(await namen(page)).toEqual(['Sporthal De Boog']);

    // R-UI-2: the sort header orders all results; rows per page keeps the search.
    await page.getByLabel('Onderwijslocatie', { exact: true }).fill('');
    await klik(page, 'locaties-overzicht', 'Zoeken');
    await navigate(page, 'locaties-aflopend', () => page.getByRole('link', { name: /^Naam/ }).click());
    expect(await namen(page)).toEqual(['Sporthal De Boog', 'Hoofdgebouw', 'Dependance Oost']);
    await page.getByLabel('Aantal regels per pagina').selectOption('5');
    await klik(page, 'locaties-per-pagina', 'Toon');
    expect(new URL(page.url()).searchParams.get('aantal')).toBe('5');

    // Wijzigen: click the name, change it, Opslaan: back to this overview with the notice.
    await klik(page, 'locatie-wijzigen', 'Dependance Oost', 'link');
    expect(await h1(page)).toBe('Wijzigen onderwijslocatie');
    await page.getByLabel('Naam', { exact: true }).fill('Dependance West');
    await klik(page, 'locaties-gewijzigd', 'Opslaan');
    expect(await notice(page)).toBe('De gegevens zijn gewijzigd.');
    expect(await namen(page)).toEqual(['Sporthal De Boog', 'Hoofdgebouw', 'Dependance West']);

    // Verwijderen: the name is shown first; Annuleren keeps it, Verwijderen deletes it.
    await klik(page, 'locatie-verwijderen', 'Verwijderen onderwijslocatie Hoofdgebouw', 'link');
    expect(await h1(page)).toBe('Verwijderen onderwijslocatie');
    expect(await page.locator('.vl-summary-list').innerText()).toContain('Hoofdgebouw');
    await klik(page, 'locaties-overzicht', 'Annuleren', 'link');
    expect(await namen(page)).toContain('Hoofdgebouw');
    await klik(page, 'locatie-verwijderen', 'Verwijderen onderwijslocatie Hoofdgebouw', 'link');
    await klik(page, 'locaties-verwijderd', 'Verwijderen');
    expect(await notice(page)).toBe('De onderwijslocatie is verwijderd.');
    expect(await namen(page)).toEqual(['Sporthal De Boog', 'Dependance West']);
  });

  it("R-AUTH-3 another school's location is a plain 404 page; a melder gets Geen toegang", async () => {
    const { app } = e2e;
    const page = await beheerder('56EF');
    await app.user('anderebeheerder', [{ rol: 'beheerder_onderwijs', code: '34CD' }]);
    const vreemd = await locatie(app.services, '34CD', 'Niet van ons');
    const res = await visit(page, `/beheer/locaties/${vreemd.id}/wijzigen`, 'niet-gevonden');
    expect(res?.status()).toBe(404);
    expect(await h1(page)).toBe('Pagina niet gevonden');
    expect(await page.getByRole('main').innerText()).not.toContain('Niet van ons');

    await navigate(page, 'uitgelogd', () => page.getByRole('button', { name: 'Uitloggen' }).click());
    const melder = await app.user('melder', [{ rol: 'melder', code: '56EF' }]);
    await login(page, melder);
    const melderMenu = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allInnerTexts();
    expect(melderMenu).not.toContain('Beheer locaties');
    expect(melderMenu).not.toContain('Beheer contactpersonen');
    const geweigerd = await visit(page, '/beheer/locaties', 'geen-toegang');
    expect(geweigerd?.status()).toBe(403);
    expect(await h1(page)).toBe('Geen toegang');
  });
});

describe('Beheer contactpersonen (R-CON-1)', () => {
  it('R-CON-1 add a contactpersoon (after fixing phone and e-mail), change it by its name, delete it after seeing the details', async () => {
    const page = await beheerder('78GH');
    await contactpersoon(e2e.app.services, '78GH', 'Bea Bos', { functie: 'Mentor' });
    await navigate(page, 'contactpersonen-zoeken', () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer contactpersonen' }).click());
    expect(await h1(page)).toBe('Beheer contactpersonen');
    await page.getByLabel('Contactpersoon', { exact: true }).fill('xyz');
    await klik(page, 'contactpersonen-geen', 'Zoeken');
    expect(await page.getByRole('main').innerText()).toContain('Geen contactpersoon gevonden');

    await klik(page, 'contactpersoon-toevoegen', 'Toevoegen', 'link');
    expect(await h1(page)).toBe('Toevoegen contactpersoon');
    await page.getByLabel('Naam', { exact: true }).fill('Anouk de Wit');
    await page.getByLabel('Functie').fill('Verzuimcoördinator');
    await page.getByLabel('Telefoonnummer').fill('020 123');
    await page.getByLabel('E-mailadres').fill('anouk@');
    await klik(page, 'contactpersoon-toevoegen-fout', 'Opslaan');
    expect(await page.locator('.vl-error-summary').getByRole('link').allInnerTexts()).toEqual([
      expect.stringContaining('Vul een geldig telefoonnummer in') as unknown as string,
      'Vul een geldig e-mailadres in, zoals naam@school.nl',
    ]);
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Anouk de Wit');
    expect(await page.getByLabel('Telefoonnummer').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Telefoonnummer').fill('020 123 45 67');
    await page.getByLabel('E-mailadres').fill('anouk@lyceum.example');
    await klik(page, 'contactpersonen-toegevoegd', 'Opslaan');
    expect(await notice(page)).toBe('De contactpersoon is toegevoegd.');
    expect(await namen(page)).toEqual(['Anouk de Wit', 'Bea Bos']);

    // "door op de naam van de desbetreffende contactpersoon te klikken" (§3.2.2)
    await klik(page, 'contactpersoon-wijzigen', 'Bea Bos', 'link');
    expect(await h1(page)).toBe('Wijzigen contactpersoon');
    expect(await page.getByLabel('Functie').inputValue()).toBe('Mentor');
    await page.getByLabel('Functie').fill('Teamleider onderbouw');
    await klik(page, 'contactpersonen-gewijzigd', 'Opslaan');
    expect(pathOf(page)).toBe('/beheer/contactpersonen');
    expect(await notice(page)).toBe('De gegevens zijn gewijzigd.');
    expect(await page.getByRole('table').innerText()).toContain('Teamleider onderbouw');

    await klik(page, 'contactpersoon-verwijderen', 'Verwijderen contactpersoon Anouk de Wit', 'link');
    expect(await h1(page)).toBe('Verwijderen contactpersoon');
    const details = await page.locator('.vl-summary-list').innerText();
    for (const v of ['Anouk de Wit', 'Verzuimcoördinator', '020 123 45 67', 'anouk@lyceum.example']) expect(details).toContain(v);
    await klik(page, 'contactpersonen-overzicht', 'Annuleren', 'link');
    expect(await namen(page)).toEqual(['Anouk de Wit', 'Bea Bos']);
    await klik(page, 'contactpersoon-verwijderen', 'Verwijderen contactpersoon Anouk de Wit', 'link');
    await klik(page, 'contactpersonen-verwijderd', 'Verwijderen');
    expect(await notice(page)).toBe('De contactpersoon is verwijderd.');
    expect(await namen(page)).toEqual(['Bea Bos']);
  });
});
