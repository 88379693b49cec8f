// Browser journey through Vrijstellingen (R-VRIJ-1 … R-VRIJ-4) as a gemeente behandelaar does
// it: refusals at the search, a pupil of the gemeente, a form with errors, a vrijstelling that
// ends the pupil's open melding (R-VRIJ-2), then changing and ending it. Every page visited,
// error states included, passes axe (useE2E enforces it). The app runs on the real clock.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dagErvoor, formatDutchDate, vandaagIn } from '../../src/platform/datum';
import { login, navigate, useE2E } from '../helpers/browser';
import { gemeenteInRegio, inschrijving, leerling, melding, vestiging } from '../helpers/factories';

const e2e = useE2E();
const AMSTERDAM = '0363';
const DIEMEN = '0384';
const SCHOOL = '46GH';

const h1 = (page: Page) => page.locator('h1').innerText();
const summary = (page: Page) => page.locator('.vl-error-summary').getByRole('link').allInnerTexts();
const notice = (page: Page) => page.getByRole('status').innerText();
const klik = (page: Page, label: string, name: string | RegExp, role: 'button' | 'link' = 'button') =>
  navigate(page, label, () => page.getByRole('main').getByRole(role, { name, exact: typeof name === 'string' }).first().click());

/** Today minus `dagen` (Dutch days), as ISO. */
const isoGeleden = (dagen: number) => vandaagIn(new Date(Date.now() - dagen * 24 * 60 * 60 * 1000));

describe('Vrijstellingen in the browser (R-VRIJ-1 … R-VRIJ-4)', () => {
  it('R-VRIJ-1 R-VRIJ-2 R-VRIJ-4 a behandelaar registers a vrijstelling that ends the pupil\'s melding, then changes and ends it', async () => {
    const { page, app } = e2e;
    const s = app.services;
    await gemeenteInRegio(s, AMSTERDAM, '13');
    await gemeenteInRegio(s, DIEMEN, '13', AMSTERDAM);
    await vestiging(s, SCHOOL, AMSTERDAM);
    const pgn = await leerling(s, { geboortedatum: '2015-01-15', achternaam: 'Bakker', woongemeente: AMSTERDAM });
    await inschrijving(s, pgn, SCHOOL);
    const elders = await leerling(s, { woongemeente: DIEMEN });
    // The school's open melding: 14 days ago through 3 days ago.
    const nummer = await melding(s, { pgn, instellingscode: SCHOOL, van: isoGeleden(14), tm: isoGeleden(3) });

    await login(page, await app.user('leerplicht', [{ rol: 'gemeente_behandelaar', code: AMSTERDAM }]));
    await navigate(page, 'vrijstellingen', () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vrijstellingen' }).click());
    expect(await h1(page)).toBe('Vrijstellingen');
    expect(await page.getByRole('main').innerText()).toContain('Uw gemeente heeft nog geen vrijstellingen vastgelegd.');

    // Refusals at the field: a malformed PGN, a pupil of another gemeente.
    await page.locator('#pgn').fill('12345');
    await klik(page, 'vrijstellingen-pgn-fout', 'Zoeken');
    expect(await summary(page)).toEqual(['Het persoonsgebonden nummer moet uit 9 cijfers bestaan.']);
    expect(await page.locator('#pgn').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#pgn').fill(elders);
    await klik(page, 'vrijstellingen-andere-gemeente', 'Zoeken');
    expect((await summary(page))[0]).toContain('woont volgens de registratie (ROD) niet in uw gemeente');

    await page.locator('#pgn').fill(pgn);
    await klik(page, 'vrijstellingen-leerling', 'Zoeken');
    expect(await h1(page)).toBe('Vrijstellingen van een leerling');
    expect(page.url()).not.toContain(pgn);
    expect(await page.getByRole('main').innerText()).toContain('Sanne van Bakker');

    await klik(page, 'vrijstelling-registreren', 'Vrijstelling registreren', 'link');
    expect(await h1(page)).toBe('Vrijstelling registreren');
    await page.locator('#begindatum').fill('31-02-2030');
    await klik(page, 'vrijstelling-registreren-fout', 'Opslaan');
    expect(await summary(page)).toEqual(['Kies de soort vrijstelling.', 'Vul een bestaande begindatum in als DD-MM-JJJJ, bijvoorbeeld 01-09-2030.']);
    expect(await page.locator('#begindatum').inputValue()).toBe('31-02-2030');

    // The vrijstelling begins 5 days ago, inside the melding: the melding ends the day before.
    const begin = isoGeleden(5);
    await page.getByLabel('Art. 15: vervangende leerplicht (ander onderwijs)').check();
    await page.locator('#begindatum').fill(formatDutchDate(begin));
    await klik(page, 'vrijstelling-geregistreerd', 'Opslaan');
    expect(await h1(page)).toBe('Vrijstellingen van een leerling');
    const bericht = await notice(page);
    expect(bericht).toContain('De vrijstelling is vastgelegd.');
    expect(bericht).toContain(`Beëindigd op de dag voor de vrijstelling: 1 verzuimmelding (${nummer}).`);
    const rij = await s.db.selectFrom('meldingen').select(['id', 'einddatum', 'versie']).where('nummer', '=', nummer).executeTakeFirstOrThrow();
    expect(rij).toMatchObject({ einddatum: dagErvoor(begin), versie: 2 });
    const mail = await s.db.selectFrom('uitgaande_mails').select(['aan', 'tekst']).where('melding_id', '=', rij.id).executeTakeFirstOrThrow();
    expect(mail.aan).toBe('piet@school.example');
    expect(mail.tekst).toContain('beëindigd wegens vrijstelling');

    // Wijzigen: a mistake first, then Annuleren changes nothing.
    await klik(page, 'vrijstelling-wijzigen', /^Wijzigen/, 'link');
    expect(await h1(page)).toBe('Vrijstelling wijzigen');
    expect(await page.locator('#begindatum').inputValue()).toBe(formatDutchDate(begin));
    await page.locator('#einddatum').fill(formatDutchDate(isoGeleden(6)));
    await klik(page, 'vrijstelling-wijzigen-fout', 'Opslaan');
    expect(await summary(page)).toEqual(['De einddatum moet op of na de begindatum liggen.']);
    await klik(page, 'vrijstellingen-leerling', 'Annuleren', 'link');
    expect(await h1(page)).toBe('Vrijstellingen van een leerling');

    // Beëindigen.
    await klik(page, 'vrijstelling-beeindigen', /^Beëindigen/, 'link');
    expect(await h1(page)).toBe('Vrijstelling beëindigen');
    await klik(page, 'vrijstelling-beeindigen-fout', 'Opslaan');
    expect(await summary(page)).toEqual(['Vul de einddatum in.']);
    const eind = vandaagIn(new Date());
    await page.locator('#einddatum').fill(formatDutchDate(eind));
    await klik(page, 'vrijstelling-beeindigd', 'Opslaan');
    expect(await notice(page)).toContain('De vrijstelling is beëindigd.');
    expect(await page.getByRole('main').innerText()).toContain(formatDutchDate(eind));
    expect(await page.getByRole('main').getByRole('link', { name: /^Beëindigen/ }).count()).toBe(0);

    // The gemeente's overview, sorted by name.
    await navigate(page, 'vrijstellingen-overzicht', () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vrijstellingen' }).click());
    expect(await page.locator('table.vl-table tbody tr').count()).toBe(1);
    expect(await page.locator('table.vl-table tbody').innerText()).toContain('Art. 15');
    await navigate(page, 'vrijstellingen-overzicht-naam', () => page.getByRole('link', { name: /^Naam leerling/ }).click());
    expect(new URL(page.url()).searchParams.get('sorteer')).toBe('naam');
  });
});
