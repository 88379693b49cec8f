// Browser journeys through Wijzigen verzuim (manual §4.2.1, §4.2.2; R-RAA-2 … R-RAA-5): open a
// melding, change the einddatum and a Lesuren row on the wizard's own pages, save, and see the
// new version's data; an error on a step; the refusal when the melding changed meanwhile and
// the redo on the new version; a read-only Afgesloten melding. Every page visited passes axe
// (useE2E enforces it), error states included. The app runs on the real clock.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { vandaagIn, formatDutchDate } from '../../src/platform/datum';
import type { MeldingInhoud } from '../../src/modules/meldingen/melding.types';
import type { Actie, ActorSoort } from '../../src/modules/meldingen/status-overgangen';
import { nieuweVersie } from '../../src/modules/meldingen/versie';
import { login, navigate, useE2E, visit } from '../helpers/browser';
import { gemeenteInRegio, inschrijving, leerling, melding, vestiging } from '../helpers/factories';

const e2e = useE2E();
const SCHOOL = '46GH';

const h1 = (page: Page) => page.locator('h1').innerText();
const main = (page: Page) => page.getByRole('main').innerText();
const summary = (page: Page) => page.locator('.vl-error-summary').getByRole('link').allInnerTexts();

/** Today minus `dagen` as an ISO day (Dutch days). */
const dagenGeleden = (dagen: number) => vandaagIn(new Date(Date.now() - dagen * 24 * 60 * 60 * 1000));
const VAN = dagenGeleden(14);
const TM = dagenGeleden(3);
const NIEUWE_TM = dagenGeleden(5);
const DAG = dagenGeleden(13);

let schoolKlaar: Promise<void> | undefined;
function school(): Promise<void> {
  schoolKlaar ??= (async () => {
    const s = e2e.app.services;
    await gemeenteInRegio(s, '0363', '13');
    await vestiging(s, SCHOOL, '0363');
  })();
  return schoolKlaar;
}

/** A change through the versioned write (the service layer), as another actor makes it. */
async function actie(nummer: string, soort: ActorSoort, a: Actie, naam: string, wijzig: (i: MeldingInhoud) => MeldingInhoud = (i) => i) {
  const db = e2e.app.services.db;
  const rij = await db.selectFrom('meldingen').select(['id', 'versie']).where('nummer', '=', nummer).executeTakeFirstOrThrow();
  const r = await db.transaction().execute((trx) => nieuweVersie(trx, { meldingId: rij.id, verwachteVersie: rij.versie, actor: { soort, gebruikerId: null, naam }, actie: a, op: new Date(), wijzig: (h) => ({ inhoud: wijzig(h.inhoud) }) }));
  expect(r.soort).toBe('opgeslagen');
}

/** A melding of the school with one verzuimdag (a whole day), at version 2. */
async function meldingMetDag(): Promise<string> {
  await school();
  const s = e2e.app.services;
  const pgn = await leerling(s, { geboortedatum: `${Number(vandaagIn(new Date()).slice(0, 4)) - 14}-01-15`, achternaam: 'Bakker' });
  await inschrijving(s, pgn, SCHOOL);
  const nummer = await melding(s, { pgn, instellingscode: SCHOOL, van: VAN, tm: TM });
  await actie(nummer, 'school', 'wijzigen', 'Eerdere melder', (i) => ({ ...i, lesuren: { dagen: [{ datum: DAG, heleDag: true, lesuren: [], toelichting: '' }] } }));
  return nummer;
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

describe('Wijzigen verzuim in the browser (R-RAA-2 … R-RAA-5)', () => {
  it('R-RAA-2 R-RAA-3 R-RAA-4 open a melding, change the einddatum and a Lesuren row, save, and see version 3 with the new data', async () => {
    const nummer = await meldingMetDag();
    const page = await melder();
    await visit(page, `/verzuim/meldingen/${nummer}`, 'wijzigen-melding');
    expect(await h1(page)).toBe(`Wijzigen verzuim - Melding ${nummer}`);
    expect(await page.locator('.vl-privacy-warning').count()).toBe(1);
    const eerst = await main(page);
    expect(eerst).toContain('Geregistreerd');
    expect(eerst).toContain('Er is nog geen terugkoppeling van de gemeente.');
    expect(eerst).toContain(`${formatDutchDate(VAN)} t/m ${formatDutchDate(TM)}`);
    expect(await page.getByRole('main').getByRole('link', { name: 'Melding intrekken' }).getAttribute('href')).toBe(`/verzuim/meldingen/${nummer}/intrekken`);

    await klik(page, 'wijzigen-verzuim', 'Wijzigen verzuim', 'link');
    expect(await h1(page)).toBe('Wijzigen verzuim - Gegevens melding');
    // Begindatum and soort are shown, not asked (R-RAA-3).
    expect(await page.locator('#van').count()).toBe(0);
    expect(await page.locator('input[name="soort"]').count()).toBe(0);
    expect(await main(page)).toContain(formatDutchDate(VAN));
    // A t/m before van: the error at the field, the input kept.
    await page.locator('#tm').fill(formatDutchDate(dagenGeleden(20)));
    await klik(page, 'wijzigen-verzuim-fout', 'Verder');
    expect((await summary(page)).length).toBe(1);
    expect(await page.locator('#tm').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#tm').fill(formatDutchDate(NIEUWE_TM));
    await klik(page, 'wijzigen-melding-concept', 'Verder');
    expect(await h1(page)).toBe(`Wijzigen verzuim - Melding ${nummer}`);
    expect(await main(page)).toContain('nog niet zijn opgeslagen');

    await klik(page, 'wijzigen-lesuren', 'Wijzigen lesuren', 'link');
    expect(await h1(page)).toBe('Wijzigen verzuim - Verzuimde lesuren');
    expect(await page.locator('#dag-0-datum').inputValue()).toBe(formatDutchDate(DAG));
    await page.getByRole('group', { name: 'Hele dag verzuimd' }).getByLabel('Nee').check();
    await page.getByLabel('3e uur', { exact: true }).check();
    await page.getByLabel('4e uur', { exact: true }).check();
    await klik(page, 'wijzigen-melding-concept-2', 'Verder');
    const voor = await main(page);
    expect(voor).toContain(`${formatDutchDate(VAN)} t/m ${formatDutchDate(NIEUWE_TM)}`);
    expect(voor).toContain('Lesuur 3, 4');

    await klik(page, 'wijzigen-opgeslagen', 'Opslaan');
    const na = await main(page);
    expect(na).toContain('De wijzigingen zijn opgeslagen. De melding heeft nu versie 3.');
    expect(na).toContain(`${formatDutchDate(VAN)} t/m ${formatDutchDate(NIEUWE_TM)}`);
    expect(na).toContain('Lesuur 3, 4');
    expect(na).not.toContain('nog niet zijn opgeslagen');
    const rij = await e2e.app.services.db.selectFrom('meldingen').select(['versie', 'einddatum', 'begindatum']).where('nummer', '=', nummer).executeTakeFirstOrThrow();
    expect(rij).toEqual({ versie: 3, einddatum: NIEUWE_TM, begindatum: VAN });
  });

  it('R-RAA-4 the melding changed meanwhile: Opslaan is refused with who and when, the input stays, and it is redone on the new version', async () => {
    const nummer = await meldingMetDag();
    const page = await melder();
    await visit(page, `/verzuim/meldingen/${nummer}`, 'conflict-melding');
    await klik(page, 'conflict-actie-school', 'Wijzigen actie school', 'link');
    await page.locator('#toelichtingActie').fill('Brief aan ouders verstuurd');
    await klik(page, 'conflict-concept', 'Verder');
    // Meanwhile the gemeente takes the melding in behandeling (version 3).
    await actie(nummer, 'gemeente', 'in_behandeling_nemen', 'Behandelaar Gemeente', (i) => ({
      ...i,
      gemeente: { contactpersoon: { naam: 'Fatima el Idrissi', functie: 'Leerplichtambtenaar', telefoon: '020 555 12 34', email: 'f@gemeente.example' }, toelichting: 'In behandeling', overgedragenAan: null, afsluiting: null },
    }));
    await klik(page, 'conflict-geweigerd', 'Opslaan');
    const geweigerd = await main(page);
    expect(geweigerd).toContain('Deze melding is intussen gewijzigd door Behandelaar Gemeente op');
    expect(geweigerd).toContain('uw wijzigingen zijn niet opgeslagen');
    expect(geweigerd).toContain('Brief aan ouders verstuurd');
    expect(await page.getByRole('alert').count()).toBeGreaterThan(0);
    await klik(page, 'conflict-herbaseerd', 'Opnieuw beginnen vanaf de nieuwe versie');
    const herbaseerd = await main(page);
    expect(herbaseerd).toContain('Uw wijzigingen staan nu in versie 3');
    expect(herbaseerd).toContain('In behandeling');
    expect(herbaseerd).toContain('Fatima el Idrissi');
    expect(herbaseerd).toContain('Brief aan ouders verstuurd');
    await klik(page, 'conflict-opgeslagen', 'Opslaan');
    expect(await main(page)).toContain('De melding heeft nu versie 4.');
  });

  it('R-RAA-5 an Afgesloten melding is read-only: no Wijzigen, no Opslaan, no Intrekken', async () => {
    const nummer = await meldingMetDag();
    await actie(nummer, 'gemeente', 'afsluiten', 'Behandelaar Gemeente', (i) => ({
      ...i,
      gemeente: { contactpersoon: null, toelichting: 'Leerling is weer op school', overgedragenAan: { partij: 'CJG', anders: '' }, afsluiting: { reden: 'terug_naar_school', toelichting: 'gezien_door_gemeente' } },
    }));
    const page = await melder();
    await visit(page, `/verzuim/meldingen/${nummer}`, 'afgesloten-melding');
    expect(await h1(page)).toBe(`Raadplegen verzuim - Melding ${nummer}`);
    const tekst = await main(page);
    for (const t of ['Afgesloten', 'kan niet meer gewijzigd worden', 'Leerling is weer op school', 'Centrum Jeugd en Gezin (CJG)', 'Terug naar school']) expect(tekst).toContain(t);
    expect(await page.getByRole('main').getByRole('link', { name: /^Wijzigen/ }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('link', { name: 'Melding intrekken' }).count()).toBe(0);
  });
});
