// Browser journey: functioneel beheer uploads register files on the Registers page (R-REG-3)
// without any script: the form and its help text, the form's own errors, a file with a bad
// row (nothing loaded, line/column/reason shown, the kind kept), a good file whose report
// shows the counts, and a file that would end everything (the confirmation page). Every page
// visited passes axe (useE2E enforces it).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/modules/registers/generator/csv';
import { INSTELLINGEN_COLUMNS } from '../../src/modules/registers/generator/registries';
import { LEERLINGEN_COLUMNS } from '../../src/modules/registers/generator/leerling';
import { registerImportMessages as m, registersMessages } from '../../src/modules/registers/messages';
import { login, navigate, useE2E, visit } from '../helpers/browser';
import { baseSet, writeSet } from '../integration/registers/fixtures';

const e2e = useE2E();
const u = m.upload;

const csv = (header: readonly string[], rows: string[][]) => Buffer.from([header, ...rows].map(csvLine).join(''));
const h1 = (page: Page) => page.locator('h1').innerText();
const laden = (page: Page, shot: string) => navigate(page, shot, () => page.getByRole('main').getByRole('button', { name: u.knop }).click());

describe('Registers: uploading a file (R-REG-3)', () => {
  it('R-REG-3 R-UI-3 functioneel beheer uploads a bad file (nothing loaded, rows named) and then a good one (counts shown)', async () => {
    const { page, app } = e2e;
    // What instellingen refer to: the gemeenten with their RMC-regio's, loaded as the CLI does.
    const files = await writeSet(baseSet(), ['rmc-regios', 'gemeenten']);
    await app.services.registerImport.importPath(files.dir, { door: { gebruikerId: null, gebruikersnaam: 'cli:test' } });
    await files.cleanup();

    const user = await app.user('beheer', [{ rol: 'functioneel_beheerder' }]);
    await login(page, user);
    await navigate(page, 'registers-upload', () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: m.menu }).click());
    expect(await h1(page)).toBe(m.titel);

    // R-UI-3: the help text on the format opens without script and links to the columns.
    const help = page.locator('#bestand-uitleg');
    await help.locator('summary').click();
    expect(await help.getAttribute('open')).not.toBeNull();
    await navigate(page, 'registers-formaat', () => help.getByRole('link', { name: u.kolommenLink }).click());
    expect(await h1(page)).toBe(u.formaatTitel);
    expect(await page.getByRole('main').innerText()).toContain('leerlingen.csv');
    await visit(page, '/beheer/registers', 'registers-upload');

    // Nothing chosen: both fields say so, the summary links to them.
    await laden(page, 'registers-upload-leeg');
    expect(await page.title()).toBe(`Fout: ${m.titel} - Verzuimloket`);
    const summary = page.locator('.vl-error-summary');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([u.soortKiezen, u.bestandKiezen]);

    // A file with a bad row: nothing loaded, the row named by line, column and reason.
    const rows = baseSet().leerlingen;
    rows[2]![4] = '2008-02-30'; // line 4, geboortedatum
    await page.getByLabel(m.soorten.leerlingen).check();
    await page.getByLabel(u.bestand, { exact: true }).setInputFiles({ name: 'leerlingen.csv', mimeType: 'text/csv', buffer: csv(LEERLINGEN_COLUMNS, rows) });
    await laden(page, 'registers-upload-afgekeurd');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([u.afgekeurd('leerlingen.csv', 1)]);
    const table = page.getByRole('table', { name: m.foutenTitel });
    expect(await table.locator('tbody tr td').allInnerTexts()).toEqual(['4', 'geboortedatum', registersMessages.datumFormaat]);
    expect(await page.getByLabel(m.soorten.leerlingen).isChecked()).toBe(true);
    expect(await app.db.selectFrom('leerlingen').select('pgn').execute()).toEqual([]);

    // A good file: loaded, and its report shows what changed.
    await page.getByLabel(m.soorten.instellingen).check();
    await page.getByLabel(u.bestand, { exact: true }).setInputFiles({ name: 'instellingen.csv', mimeType: 'text/csv', buffer: csv(INSTELLINGEN_COLUMNS, baseSet().instellingen) });
    await laden(page, 'registers-upload-geladen');
    expect(await page.getByRole('status').innerText()).toBe(u.geladen('instellingen.csv'));
    expect(await h1(page)).toBe(m.importTitel('instellingen.csv'));
    const main = await page.getByRole('main').innerText();
    expect(main).toMatch(new RegExp(`${m.kolom.toegevoegd}\\s+3`));
    expect(main).toMatch(new RegExp(`${m.kolom.resultaat}\\s+${m.resultaten.geladen}`));

    await navigate(page, 'registers-historie', () => page.getByRole('link', { name: m.terug }).click());
    const history = page.getByRole('table', { name: m.historieTitel });
    expect(await history.innerText()).toContain('instellingen.csv');
  });

  it('R-REG-3 security R-UI-3 a file that would end every vestiging asks for a confirmation on its own page first', async () => {
    const { page, app } = e2e;
    // Three current vestigingen (with what they refer to), loaded as the CLI does; unchanged if the test above loaded them.
    const files = await writeSet(baseSet(), ['rmc-regios', 'gemeenten', 'instellingen']);
    await app.services.registerImport.importPath(files.dir, { door: { gebruikerId: null, gebruikersnaam: 'cli:test' } });
    await files.cleanup();
    await login(page, await app.user('beheer-bevestigen', [{ rol: 'functioneel_beheerder' }]));
    await visit(page, '/beheer/registers', 'registers-upload');

    // Only the header: the confirmation page says how many end; without the box ticked it asks
    // again, with it (the same file chosen again) it loads.
    const b = m.bevestigen;
    const leeg = { name: 'instellingen.csv', mimeType: 'text/csv', buffer: csv(INSTELLINGEN_COLUMNS, []) };
    await page.getByLabel(m.soorten.instellingen).check();
    await page.getByLabel(u.bestand, { exact: true }).setInputFiles(leeg);
    await laden(page, 'registers-bevestigen');
    expect(await h1(page)).toBe(b.titel);
    expect(await page.getByRole('main').innerText()).toContain(b.uitleg('instellingen.csv', m.soorten.instellingen, 3, 3, 100));
    await page.getByLabel(b.bestand, { exact: true }).setInputFiles(leeg);
    await navigate(page, 'registers-bevestigen-fout', () => page.getByRole('main').getByRole('button', { name: b.knop }).click());
    expect(await page.locator('.vl-error-summary').getByRole('link').allInnerTexts()).toEqual([b.aanvinken]);
    expect(await app.db.selectFrom('vestigingen').select('vestigingscode').where('vervallen_op', 'is', null).execute()).toHaveLength(3);
    await page.getByLabel(b.bestand, { exact: true }).setInputFiles(leeg);
    await page.getByLabel(b.ikBevestig(3)).check();
    await navigate(page, 'registers-bevestigd', () => page.getByRole('main').getByRole('button', { name: b.knop }).click());
    expect(await page.getByRole('status').innerText()).toBe(u.geladen('instellingen.csv'));
    expect(await page.getByRole('main').innerText()).toMatch(new RegExp(`${m.kolom.beeindigd}\\s+3`));
    expect(await app.db.selectFrom('vestigingen').select('vestigingscode').where('vervallen_op', 'is', null).execute()).toEqual([]);
  });
});
