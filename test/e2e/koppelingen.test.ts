// Browser journey (issue 16): functioneel beheer registers a koppeling for the API in the pages —
// the list, the form's errors at the fields with the input kept, a registration with a pasted
// public key, the detail page with the client-id, and the deactivation's confirmation page.
// Every page visited passes axe (useE2E enforces it).
import { exportJWK, generateKeyPair } from 'jose';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { koppelingenMessages as t } from '../../src/modules/koppelingen/messages';
import { login, navigate, useE2E } from '../helpers/browser';
import { gemeente } from '../helpers/factories';

const e2e = useE2E();
const h1 = (page: Page) => page.locator('h1').innerText();
const main = (page: Page) => page.getByRole('main');

describe('Koppelingen: functioneel beheer registers an API client (issue 16)', () => {
  it('B-API R-UI-7 register a koppeling: errors at the fields with the input kept, then registered, shown, and deactivated after confirmation', async () => {
    const { page, app } = e2e;
    await gemeente(app.services, '0363', 'Amsterdam');
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = JSON.stringify({ ...(await exportJWK(publicKey)), kid: 'sleutel-1', use: 'sig', alg: 'ES256' });

    const user = await app.user('beheer', [{ rol: 'functioneel_beheerder' }]);
    await login(page, user);
    await navigate(page, 'koppelingen', () => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: t.menu }).click());
    expect(await h1(page)).toBe(t.lijst.titel);
    expect(await main(page).innerText()).toContain(t.lijst.leeg);

    await navigate(page, 'koppeling-nieuw', () => main(page).getByRole('link', { name: t.lijst.toevoegen }).click());
    await page.getByLabel(t.nieuw.naam, { exact: true }).fill('Zaaksysteem Amsterdam');
    await navigate(page, 'koppeling-nieuw-fouten', () => main(page).getByRole('button', { name: t.nieuw.knop }).click());
    const summary = page.locator('.vl-error-summary');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(expect.arrayContaining([t.fouten.soortOnbekend, t.fouten.codesLeeg, t.fouten.scopesLeeg]));
    expect(await page.getByLabel(t.nieuw.naam, { exact: true }).inputValue()).toBe('Zaaksysteem Amsterdam');

    await page.getByLabel(t.soort.gemeente!).check();
    await page.getByLabel(t.nieuw.codes, { exact: true }).fill('0363');
    await page.getByLabel('meldingen:lezen').check();
    await page.getByLabel(t.nieuw.jwks).fill(jwk);
    await navigate(page, 'koppeling-detail', () => main(page).getByRole('button', { name: t.nieuw.knop }).click());
    expect(await page.getByRole('status').innerText()).toBe(t.nieuw.geregistreerd);
    expect(await h1(page)).toBe('Zaaksysteem Amsterdam');
    const rij = await app.db.selectFrom('koppelingen').select(['id', 'actief']).executeTakeFirstOrThrow();
    expect(await main(page).innerText()).toContain(rij.id);

    await navigate(page, 'koppeling-deactiveren', () => main(page).getByRole('link', { name: t.detail.deactiveren }).click());
    expect(await h1(page)).toBe(t.bevestigen.deactiveren.titel);
    await navigate(page, 'koppeling-gedeactiveerd', () => main(page).getByRole('button', { name: t.bevestigen.deactiveren.knop }).click());
    expect(await page.getByRole('status').innerText()).toBe(t.bevestigen.deactiveren.klaar);
    expect((await app.db.selectFrom('koppelingen').select('actief').executeTakeFirstOrThrow()).actief).toBe(false);
  });
});
