// Browser journeys through Melding intrekken and Historie (R-INT-1, R-INT-2, R-HIS-1) as a
// school employee does them: a refused reason (the limit named at the field, input kept), then
// a withdrawal to its confirmation; a stale page's conflict; the history of a melding with three
// versions with its markings. Every page visited passes axe (useE2E enforces it), error
// states included. The app runs on the real clock, so dates are counted from today.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { schooljaarBegin, vandaagIn } from '../../src/platform/datum';
import { nieuweVersie, type VersieActor } from '../../src/modules/meldingen/versie';
import { langeDatum } from '../../src/modules/meldingen/intrekken/messages';
import { login, navigate, useE2E, visit } from '../helpers/browser';
import { gemeenteInRegio, inschrijving, leerling, melding, vestiging } from '../helpers/factories';

const e2e = useE2E();
const SCHOOL = '47GH';
const DAG = 24 * 60 * 60 * 1000;

const h1 = (page: Page) => page.locator('h1').innerText();
const summary = (page: Page) => page.locator('.vl-error-summary').getByRole('link').allInnerTexts();
const isoPlus = (iso: string, dagen: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + dagen * DAG).toISOString().slice(0, 10);

let schoolKlaar: Promise<void> | undefined;
function school(): Promise<void> {
  schoolKlaar ??= (async () => {
    const s = e2e.app.services;
    await gemeenteInRegio(s, '0363', '13');
    await vestiging(s, SCHOOL, '0363');
  })();
  return schoolKlaar;
}

/** A melding of the school for a new pupil; its number. */
async function nieuweMelding(van: string, tm: string | null = null): Promise<string> {
  await school();
  const s = e2e.app.services;
  const pgn = await leerling(s, { geboortedatum: `${Number(vandaagIn(new Date()).slice(0, 4)) - 14}-01-15`, achternaam: 'Visser' });
  await inschrijving(s, pgn, SCHOOL);
  return melding(s, { pgn, instellingscode: SCHOOL, van, tm });
}

/** A change through the versioned write, as Wijzigen and the gemeente side make them. */
async function versie(nummer: string, actor: VersieActor, actie: 'wijzigen' | 'in_behandeling_nemen', wijzig: Parameters<typeof nieuweVersie>[1]['wijzig']) {
  const db = e2e.app.services.db;
  const { id, versie: v } = await db.selectFrom('meldingen').select(['id', 'versie']).where('nummer', '=', nummer).executeTakeFirstOrThrow();
  const r = await db.transaction().execute((trx) => nieuweVersie(trx, { meldingId: id, verwachteVersie: v, actor, actie, op: new Date(), wijzig }));
  expect(r.soort).toBe('opgeslagen');
}

async function melder(): Promise<Page> {
  const { page, app } = e2e;
  await school();
  await login(page, await app.user('melder', [{ rol: 'melder', code: SCHOOL }]));
  return page;
}

describe('Melding intrekken and Historie in the browser (R-INT-1, R-INT-2, R-HIS-1)', () => {
  it('R-INT-1 R-INT-2 a refused reason names its limit at the field with the input kept; another reason withdraws the melding', async () => {
    const vandaag = vandaagIn(new Date());
    // The day before this school year began: too early for "Geen inschrijving", within a year for the others.
    const van = isoPlus(schooljaarBegin(vandaag), -1);
    const nummer = await nieuweMelding(van, van);
    const page = await melder();

    await visit(page, `/verzuim/meldingen/${nummer}/intrekken`, 'intrekken');
    expect(await h1(page)).toBe(`Intrekken melding ${nummer}`);
    const reden = page.getByRole('group', { name: 'Reden intrekken' });
    expect(await reden.getByRole('radio').count()).toBe(3);
    await reden.getByLabel('Geen inschrijving').check();
    await page.getByLabel(/^Toelichting/).fill('Met terugwerkende kracht uitgeschreven');
    await navigate(page, 'intrekken-fout', () => page.getByRole('button', { name: 'Intrekken', exact: true }).click());
    const limiet = `Geen inschrijving kan alleen voor meldingen met een begindatum op of na ${langeDatum(schooljaarBegin(vandaag))}. Deze melding begint op ${langeDatum(van)}.`;
    expect(await summary(page)).toEqual([limiet]);
    expect(await page.locator('.vl-field-error').innerText()).toContain(limiet);
    expect(await page.getByLabel(/^Toelichting/).inputValue()).toBe('Met terugwerkende kracht uitgeschreven');
    expect(await reden.getByLabel('Geen inschrijving').isChecked()).toBe(true);
    // The error summary's link lands on the first reason.
    await page.locator('.vl-error-summary').getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reden');

    await reden.getByLabel('Foutief opgevoerd').check();
    await navigate(page, 'intrekken-bevestiging', () => page.getByRole('button', { name: 'Intrekken', exact: true }).click());
    expect(await h1(page)).toBe('Melding ingetrokken');
    expect(await page.getByRole('status').first().innerText()).toContain(`Melding ${nummer} is ingetrokken.`);
    expect(await page.locator('.vl-summary-list__row', { hasText: 'Status' }).innerText()).toContain('Ingetrokken');

    // Withdrawn: the Intrekken page now explains instead of offering the form.
    await visit(page, `/verzuim/meldingen/${nummer}/intrekken`, 'intrekken-niet-mogelijk');
    expect(await page.locator('main').innerText()).toContain('Deze melding heeft de status Ingetrokken en kan daarom niet worden ingetrokken.');
    expect(await page.getByRole('button', { name: 'Intrekken', exact: true }).count()).toBe(0);

    // And Historie shows the withdrawal as version 2.
    await navigate(page, 'historie-lijst', () => page.getByRole('link', { name: 'Historie van deze melding' }).click());
    const eerste = page.locator('tbody tr').first();
    expect(await eerste.innerText()).toMatch(/Versie 2[\s\S]*Ingetrokken[\s\S]*Ingetrokken/);
  });

  it('R-RAA-4 a change since the page was opened: the conflict message, the melding as it is now, and a second try that succeeds', async () => {
    const van = isoPlus(vandaagIn(new Date()), -10);
    const nummer = await nieuweMelding(van);
    const page = await melder();
    await visit(page, `/verzuim/meldingen/${nummer}/intrekken`, 'intrekken');
    await versie(nummer, { soort: 'gemeente', gebruikerId: null, naam: 'Behandelaar' }, 'in_behandeling_nemen', (h) => ({ inhoud: h.inhoud }));
    await page.getByRole('group', { name: 'Reden intrekken' }).getByLabel('Onterecht opgevoerd').check();
    await navigate(page, 'intrekken-conflict', () => page.getByRole('button', { name: 'Intrekken', exact: true }).click());
    expect(await page.getByRole('alert').innerText()).toContain('Deze melding is gewijzigd nadat u deze pagina opende (de melding is nu versie 2).');
    expect(await page.locator('.vl-summary-list__row', { hasText: 'Status' }).innerText()).toContain('In behandeling');
    expect(await page.getByRole('group', { name: 'Reden intrekken' }).getByLabel('Onterecht opgevoerd').isChecked()).toBe(true);
    await navigate(page, 'intrekken-bevestiging', () => page.getByRole('button', { name: 'Intrekken', exact: true }).click());
    expect(await h1(page)).toBe('Melding ingetrokken');
  });

  it('R-HIS-1 the history of a melding with three versions: the list, and each version beside the previous one with the differences marked', async () => {
    const van = isoPlus(vandaagIn(new Date()), -14);
    const tm = isoPlus(van, 9);
    const nummer = await nieuweMelding(van, tm);
    await versie(nummer, { soort: 'school', gebruikerId: null, naam: 'Mevrouw Melder' }, 'wijzigen', (h) => ({
      einddatum: isoPlus(van, 7),
      inhoud: {
        ...h.inhoud,
        verzuim: { ...h.inhoud.verzuim, tm: isoPlus(van, 7) },
        lesuren: { dagen: [{ datum: van, heleDag: true, lesuren: [], toelichting: '' }, { datum: isoPlus(van, 1), heleDag: false, lesuren: [1, 2], toelichting: 'te laat' }] },
        leerlingStap: { ...h.inhoud.leerlingStap, extraContacten: [{ naam: 'Oma Visser', relatie: 'grootmoeder', telefoon: '06 1234 5678', email: '' }] },
      },
    }));
    await versie(nummer, { soort: 'gemeente', gebruikerId: null, naam: 'J. de Vries (gemeente)' }, 'in_behandeling_nemen', (h) => ({
      inhoud: {
        ...h.inhoud,
        lesuren: { dagen: [{ datum: van, heleDag: false, lesuren: [3], toelichting: '' }] },
        acties: { ...h.inhoud.acties, acties: ['gesprek_leerling', 'huisbezoek'] },
      },
    }));
    const page = await melder();

    await visit(page, `/verzuim/meldingen/${nummer}/historie`, 'historie-lijst');
    expect(await h1(page)).toBe(`Overzicht historie melding ${nummer}`);
    const rijen = await page.locator('tbody tr').allInnerTexts();
    expect(rijen).toHaveLength(3);
    expect(rijen[0]).toMatch(/Versie 3[\s\S]*J\. de Vries \(gemeente\)[\s\S]*In behandeling genomen/);
    expect(rijen[1]).toMatch(/Versie 2[\s\S]*Mevrouw Melder[\s\S]*Gewijzigd door school/);
    expect(rijen[2]).toMatch(/Versie 1[\s\S]*Melding opgevoerd/);

    await navigate(page, 'historie-versie', () => page.getByRole('link', { name: 'Versie 3', exact: true }).click());
    expect(await h1(page)).toBe(`Details historie melding ${nummer}, versie 3`);
    const gemarkeerd = page.locator('td.vl-diff');
    const teksten = await gemarkeerd.allInnerTexts();
    expect(teksten.map((t) => t.split(/\s/)[0])).toEqual(['Gewijzigd', 'Gewijzigd', 'Verwijderd', 'Toegevoegd']);
    // Red, and a word: not by colour alone (WCAG 1.4.1).
    const stijl = await gemarkeerd.first().locator('.vl-diff__mark').evaluate((el) => ({ achtergrond: getComputedStyle(el).backgroundColor, tekst: (el as HTMLElement).innerText }));
    expect(stijl).toEqual({ achtergrond: 'rgb(213, 43, 30)', tekst: 'Gewijzigd' });
    // Newest on the left, the previous version on the right.
    expect(await page.locator('thead').first().innerText()).toMatch(/Versie 3[\s\S]*Vorige versie \(2\)/);

    await navigate(page, 'historie-versie', () => page.getByRole('link', { name: 'Vorige versie (2)' }).click());
    const v2 = await page.locator('td.vl-diff').allInnerTexts();
    expect(v2.filter((t) => t.startsWith('Toegevoegd'))).toHaveLength(3); // a contact and two verzuimdagen
    expect(v2.filter((t) => t.startsWith('Gewijzigd'))).toHaveLength(1); // t/m

    await navigate(page, 'historie-eerste-versie', () => page.getByRole('link', { name: 'Vorige versie (1)' }).click());
    expect(await page.locator('main').innerText()).toContain('Dit is de eerste versie van de melding');
    expect(await page.locator('td.vl-diff').count()).toBe(0);
  });
});
