// Browser journeys through Opvoeren verzuim as a school employee does it (docs/functioneel.md §5): the whole
// wizard, a refusal, an error on every step, back and forth without losing input, resuming a
// draft, and kopiëren. Every page visited passes axe (useE2E enforces it), errors included.
// The app runs on the real clock, so dates are counted from today.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { vandaagIn, formatDutchDate } from '../../src/platform/datum';
import { checkA11y, login, navigate, useE2E, visit } from '../helpers/browser';
import { contactpersoon, gemeenteInRegio, inschrijving, leerling, locatie, rio, vestiging } from '../helpers/factories';

const e2e = useE2E();
const SCHOOL = '45EF';

const h1 = (page: Page) => page.locator('h1').innerText();
const pathOf = (page: Page) => new URL(page.url()).pathname;
const summary = (page: Page) => page.locator('.vl-error-summary').getByRole('link').allInnerTexts();

/** Today minus `dagen`, as DD-MM-JJJJ (Dutch days). */
function dagenGeleden(dagen: number): string {
  return formatDutchDate(vandaagIn(new Date(Date.now() - dagen * 24 * 60 * 60 * 1000)));
}
const VAN = dagenGeleden(14);
const TM = dagenGeleden(3);

let schoolKlaar: Promise<void> | undefined;
/** The school with its registers and Beheer lists, once per file. */
function school(): Promise<void> {
  schoolKlaar ??= (async () => {
    const s = e2e.app.services;
    await gemeenteInRegio(s, '0363', '13');
    await vestiging(s, SCHOOL, '0363');
    await rio(s, SCHOOL, { oac: '451A451', aanbieder: 'Stedelijk College', olc: '451X451', postcode: '1011AB', huisnummer: 3 });
    await locatie(s, SCHOOL, 'Hoofdgebouw');
    await contactpersoon(s, SCHOOL, 'Anouk de Wit', { functie: 'Verzuimcoördinator', telefoonnummer: '020 123 45 67', email: 'anouk@college.example' });
  })();
  return schoolKlaar;
}

/** A pupil of 14 enrolled at the school. */
async function pupil(o: { buitenland?: boolean } = {}): Promise<string> {
  await school();
  const geboren = `${Number(vandaagIn(new Date()).slice(0, 4)) - 14}-01-15`;
  const pgn = await leerling(e2e.app.services, { geboortedatum: geboren, achternaam: 'Visser', buitenland: o.buitenland ?? false });
  await inschrijving(e2e.app.services, pgn, SCHOOL);
  return pgn;
}

async function melder(): Promise<Page> {
  const { page, app } = e2e;
  await school();
  await login(page, await app.user('melder', [{ rol: 'melder', code: SCHOOL }]));
  return page;
}

async function klik(page: Page, label: string, name: string | RegExp, role: 'button' | 'link' = 'button') {
  await navigate(page, label, () => page.getByRole('main').getByRole(role, { name, exact: typeof name === 'string' }).first().click());
}

async function zoek(page: Page, pgn: string, label = 'stap-leerling') {
  await navigate(page, 'opvoeren-zoeken', () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Opvoeren verzuim' }).click());
  expect(await h1(page)).toBe('Opvoeren verzuim - Selecteren leerling');
  await page.locator('#pgn').fill(pgn);
  await klik(page, label, 'Zoeken');
}

async function vulVerzuim(page: Page) {
  await page.locator('#van').fill(VAN);
  await page.locator('#tm').fill(TM);
  await page.getByLabel('16 uren per 4 weken 18-', { exact: true }).check();
  await page.locator('#reden').fill('Regelmatig te laat');
  await page.getByRole('group', { name: 'Actie gewenst' }).getByLabel('Ja').check();
  await page.locator('#contactNaam').fill('Anouk de Wit');
  await page.locator('#contactEmail').fill('anouk@college.example');
}

describe('Opvoeren verzuim in the browser (R-MEL-1 … R-MEL-20)', () => {
  it('R-MEL-6 … R-MEL-18 a school employee files a melding from Leerling zoeken to Melding verzonden', async () => {
    const page = await melder();
    await zoek(page, await pupil());
    expect(await h1(page)).toBe('Opvoeren verzuim - Gegevens leerling');
    expect(await page.locator('.vl-privacy-warning').count()).toBe(1);
    expect(await page.getByRole('main').innerText()).toContain('Visser');
    await page.locator('#telefoon').fill('06 1234 5678');
    await klik(page, 'stap-leerling-contact', 'Contact toevoegen');
    await page.locator('#contact-0-naam').fill('Oma Visser');
    await page.locator('#contact-0-relatie').fill('grootmoeder');
    // Enter in a field submits Verder, not "Contact toevoegen" or "Verwijderen".
    await navigate(page, 'stap-verzuim', () => page.locator('#contact-0-relatie').press('Enter'));
    expect(await h1(page)).toBe('Opvoeren verzuim - Gegevens melding');

    await vulVerzuim(page);
    await page.locator('#contactNaam').fill('');
    await page.locator('#contactKeuze').selectOption({ label: 'Anouk de Wit (Verzuimcoördinator)' });
    await klik(page, 'stap-verzuim-overnemen', 'Overnemen');
    expect(await page.locator('#contactNaam').inputValue()).toBe('Anouk de Wit');
    await page.locator('#reden').fill('');
    await klik(page, 'stap-verzuim-reden', 'Vul in: afwezig vanwege ziekte');
    expect(await page.locator('#reden').inputValue()).toBe('afwezig vanwege ziekte');
    await page.locator('#oac').selectOption('451A451');
    await page.locator('#olc').fill('451X451');
    await klik(page, 'stap-verzuim-olc', /^Controleren/);
    expect(await page.getByRole('main').innerText()).toContain('Onderwijslocatie in RIO: 1011 AB 3');
    await page.locator('#locatie').selectOption({ label: 'Hoofdgebouw' });
    await page.getByRole('group', { name: 'Kopie van de e-mail naar de contactpersoon' }).getByLabel('Ja').check();
    await klik(page, 'stap-lesuren', 'Verder');

    expect(await h1(page)).toBe('Opvoeren verzuim - Verzuimde lesuren');
    expect(await page.locator('#dag-0-datum').inputValue()).toBe(VAN);
    await page.getByRole('group', { name: 'Hele dag verzuimd' }).getByLabel('Nee').check();
    await page.getByLabel('1e uur', { exact: true }).check();
    await page.getByLabel('2e uur', { exact: true }).check();
    await klik(page, 'stap-acties', 'Verder');

    expect(await h1(page)).toBe('Opvoeren verzuim - Acties school');
    await page.getByLabel('Gesprek met leerling').check();
    await page.getByLabel('Huisbezoek').check();
    await klik(page, 'overzicht', 'Verder');

    expect(await h1(page)).toBe('Opvoeren verzuim - Overzicht');
    const overzicht = await page.getByRole('main').innerText();
    for (const tekst of ['Oma Visser', `${VAN} t/m ${TM}`, 'afwezig vanwege ziekte', '451A451 - Stedelijk College', 'Hoofdgebouw', 'Lesuur 1, 2', 'Huisbezoek']) expect(overzicht).toContain(tekst);
    await klik(page, 'melding-verzonden', 'Opslaan');
    expect(await h1(page)).toBe('Melding verzonden');
    const main = await page.getByRole('main').innerText();
    expect(main).toMatch(/\d{4}-\d{7}/);
    expect(main).toContain('Verzuimstaat');
    // At 320 px (400 % zoom) the number in the success panel stays whole: no break at its hyphen.
    await page.setViewportSize({ width: 320, height: 640 });
    const nummer = page.locator('.vl-flash .vl-meldingnummer');
    await expect(nummer.evaluate((el) => getComputedStyle(el).whiteSpace)).resolves.toBe('nowrap');
    const regels = await nummer.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set(Array.from(range.getClientRects(), (r: DOMRect) => Math.round(r.top))).size;
    });
    expect(regels).toBe(1);
  });

  it('R-MEL-9 R-MEL-13 with JavaScript: prioriteit only with Actie gewenst = Ja, the verbijzondering only with Overig verzuim, the soorten for the age on the typed van', async () => {
    const page = await melder();
    // 18 since a week ago: 17 on VAN (two weeks ago), 18 today.
    const weekGeleden = vandaagIn(new Date(Date.now() - 7 * 24 * 60 * 60 * 1000));
    const geboren = `${Number(weekGeleden.slice(0, 4)) - 18}${weekGeleden.slice(4).replace('-02-29', '-02-28')}`;
    const pgn = await leerling(e2e.app.services, { geboortedatum: geboren, achternaam: 'Visser' });
    await inschrijving(e2e.app.services, pgn, SCHOOL);
    await zoek(page, pgn);
    await klik(page, 'stap-verzuim-js', 'Verder');
    expect(await page.getByRole('button', { name: /^Toon keuzes/ }).isVisible()).toBe(false);

    const prioriteit = page.getByRole('group', { name: 'Met prioriteit oppakken' });
    const verbijzondering = page.getByRole('group', { name: /^Mogelijkheid tot verbijzondering/ });
    const soort = (label: string) => page.getByLabel(label, { exact: true });
    expect(await prioriteit.isVisible()).toBe(false);
    expect(await verbijzondering.isVisible()).toBe(false);
    expect(await soort('16 uren per 4 weken 18+').isVisible()).toBe(true);
    expect(await soort('16 uren per 4 weken 18-').isVisible()).toBe(false);
    await checkA11y(page, 'stap-verzuim-js-begin');

    await page.getByRole('group', { name: 'Actie gewenst' }).getByLabel('Ja').check();
    expect(await prioriteit.isVisible()).toBe(true);
    await prioriteit.getByLabel('Ja').check();
    await page.getByRole('group', { name: 'Actie gewenst' }).getByLabel('Nee').check();
    expect(await prioriteit.isVisible()).toBe(false);
    // Hidden means not applicable: back to its default, so the server is never sent a refused answer.
    expect(await page.locator('#prioriteit-2').isChecked()).toBe(true);

    await soort('16 uren per 4 weken 18+').check();
    await page.locator('#van').fill(VAN);
    expect(await soort('16 uren per 4 weken 18-').isVisible()).toBe(true);
    expect(await soort('16 uren per 4 weken 18+').isVisible()).toBe(false);
    expect(await soort('16 uren per 4 weken 18+').isChecked()).toBe(false);
    expect(await page.locator('#soort-hint').innerText()).toBe(`De keuzes horen bij de leeftijd van de leerling op ${VAN}: 17 jaar.`);

    await soort('Overig verzuim').check();
    expect(await verbijzondering.isVisible()).toBe(true);
    await verbijzondering.getByLabel('Mogelijk langdurig ziek').check();
    await checkA11y(page, 'stap-verzuim-js-open');
    await soort('Luxe verzuim').check();
    expect(await verbijzondering.isVisible()).toBe(false);
    expect(await page.locator('#verbijzondering').isChecked()).toBe(true);
    await soort('16 uren per 4 weken 18-').check();

    await page.locator('#reden').fill('Regelmatig te laat');
    await page.locator('#toelichtingActieGewenst').fill('De school heeft het al opgepakt');
    await page.locator('#contactNaam').fill('Anouk de Wit');
    await page.locator('#contactEmail').fill('anouk@college.example');
    await klik(page, 'stap-lesuren-js', 'Verder');
    expect(await h1(page)).toBe('Opvoeren verzuim - Verzuimde lesuren');
  });

  it('R-MEL-1 R-MEL-2 refusals: an invalid PGN, an unknown pupil, a pupil abroad', async () => {
    const page = await melder();
    await zoek(page, '12345', 'zoeken-ongeldig');
    expect(await summary(page)).toEqual(['Het persoonsgebonden nummer moet uit 9 cijfers bestaan.']);
    expect(await page.locator('#pgn').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#pgn').fill('111222333');
    await klik(page, 'zoeken-onbekend', 'Zoeken');
    expect(await summary(page)).toEqual(['Geen leerling gevonden']);
    await page.locator('#pgn').fill(await pupil({ buitenland: true }));
    await klik(page, 'zoeken-buitenland', 'Zoeken');
    expect((await summary(page))[0]).toContain('woont in het buitenland');
    await klik(page, 'zoeken-gewist', 'Alles wissen', 'link');
    expect(await page.locator('#pgn').inputValue()).toBe('');
  });

  it('R-MEL-6 … R-MEL-15 an error on every step: summary, message at the field, input kept', async () => {
    const page = await melder();
    await zoek(page, await pupil());
    await page.locator('#email').fill('geen-adres');
    await klik(page, 'stap-leerling-fout', 'Verder');
    expect(await summary(page)).toEqual([expect.stringContaining('Vul een geldig e-mailadres in') as unknown as string]);
    expect(await page.locator('#email').inputValue()).toBe('geen-adres');
    await page.locator('#email').fill('ouder@example.nl');
    await klik(page, 'stap-verzuim', 'Verder');

    await page.locator('#toelichting').fill('Blijft bewaard');
    await page.getByRole('group', { name: 'Actie gewenst' }).getByLabel('Nee').check();
    await klik(page, 'stap-verzuim-fout', 'Verder');
    const fouten = await summary(page);
    expect(fouten).toContain('Vul de begindatum van de verzuimperiode in');
    expect(fouten).toContain('Licht toe waarom actie door de gemeente niet gewenst is');
    expect(await page.locator('#toelichting').inputValue()).toBe('Blijft bewaard');
    await vulVerzuim(page);
    await klik(page, 'stap-lesuren', 'Verder');

    await page.locator('#dag-0-datum').fill(dagenGeleden(1));
    await page.getByRole('group', { name: 'Hele dag verzuimd' }).getByLabel('Ja').check();
    await klik(page, 'stap-lesuren-fout', 'Verder');
    expect(await summary(page)).toEqual(['De verzuimdag moet binnen de verzuimperiode liggen']);
    await page.locator('#dag-0-datum').fill(VAN);
    await klik(page, 'stap-acties', 'Verder');

    await klik(page, 'stap-acties-fout', 'Verder');
    expect(await summary(page)).toEqual(['Kies minimaal één ondernomen actie door school']);
    await page.getByRole('main').getByRole('link', { name: 'Kies minimaal één ondernomen actie door school' }).click();
    expect(await page.locator('#acties:focus').count()).toBe(1);
  });

  it('R-MEL-20 back and forth with Vorige loses nothing; a draft is resumed from Mijn concepten', async () => {
    const page = await melder();
    await zoek(page, await pupil());
    await page.locator('#telefoon').fill('06 1111 2222');
    await klik(page, 'stap-verzuim', 'Verder');
    await page.locator('#van').fill(VAN);
    await page.locator('#reden').fill('Half ingevuld');
    await klik(page, 'stap-leerling-terug', 'Vorige');
    expect(await page.locator('#telefoon').inputValue()).toBe('06 1111 2222');
    await klik(page, 'stap-verzuim-weer', 'Verder');
    expect(await page.locator('#van').inputValue()).toBe(VAN);
    expect(await page.locator('#reden').inputValue()).toBe('Half ingevuld');

    await navigate(page, 'concepten', () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn concepten' }).click());
    expect(await h1(page)).toBe('Mijn concepten');
    await klik(page, 'concept-verder', /^Verder gaan/, 'link');
    expect(await h1(page)).toBe('Opvoeren verzuim - Gegevens melding');
    expect(await page.locator('#reden').inputValue()).toBe('Half ingevuld');
  });

  it('R-MEL-5 R-MEL-19 an open melding is listed for the pupil, and Kopiëren starts a filled-in draft without the period', async () => {
    const page = await melder();
    const pgn = await pupil();
    await zoek(page, pgn);
    await vulLeerlingEnVerder(page);
    await vulVerzuim(page);
    await page.locator('#reden').fill('Spijbelt op maandag');
    await klik(page, 'stap-lesuren', 'Verder');
    await page.getByLabel('Niet van toepassing').check();
    await klik(page, 'stap-acties', 'Verder');
    await page.getByLabel('Brief aan ouder(s)/verzorger(s)').check();
    await klik(page, 'overzicht', 'Verder');
    await klik(page, 'melding-verzonden', 'Opslaan');
    const nummer = /\d{4}-\d{7}/.exec(await page.getByRole('main').innerText())![0];

    await zoek(page, pgn, 'open-meldingen');
    expect(await h1(page)).toBe('Opvoeren verzuim - Selecteren leerling');
    expect(await page.getByRole('table').innerText()).toContain(nummer);
    await klik(page, 'kopieren', `Kopiëren melding ${nummer}`, 'link');
    expect(await h1(page)).toBe('Verzuimmelding kopiëren');
    await klik(page, 'kopie-leerling', 'Kopiëren');
    expect(await page.locator('#telefoon').inputValue()).toBe('06 9999 0000');
    await klik(page, 'kopie-verzuim', 'Verder');
    expect(await page.locator('#van').inputValue()).toBe('');
    expect(await page.locator('#reden').inputValue()).toBe('Spijbelt op maandag');
    expect(pathOf(page)).toMatch(/\/verzuim$/);
  });
});

async function vulLeerlingEnVerder(page: Page) {
  await page.locator('#telefoon').fill('06 9999 0000');
  await klik(page, 'stap-verzuim', 'Verder');
}

// A direct URL to someone else's draft is a plain 404 page in the browser too.
describe('R-MEL-20 drafts are private', () => {
  it("R-MEL-20 R-AUTH-3 another user's draft URL answers 404", async () => {
    const page = await melder();
    await zoek(page, await pupil());
    const url = page.url();
    await navigate(page, 'uitgelogd', () => page.getByRole('button', { name: 'Uitloggen' }).click());
    await login(page, await e2e.app.user('collega', [{ rol: 'melder', code: SCHOOL }]));
    const res = await visit(page, url, 'concept-van-ander');
    expect(res?.status()).toBe(404);
  });
});
