// Browser journeys through login, the instellingscode choice, the menu per role, logout and
// the shared page frame (404, Contact, print). Every page visited passes axe (useE2E enforces
// it), error states included.
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentCode } from '../../src/modules/auth/totp';
import type { Services } from '../../src/services';
import { checkA11y, login, navigate, useE2E, visit } from '../helpers/browser';

/**
 * /beheer/gebruikers is in the menu but its module has not shipped yet. Until it does, a
 * stand-in behind the same ability lets this file test the real guard and the real
 * "Geen toegang" page; once the real route exists, the stand-in steps aside.
 */
function gebruikersStandIn(app: FastifyInstance, s: Services) {
  if (app.hasRoute({ method: 'GET', url: '/beheer/gebruikers' })) return;
  app.get('/beheer/gebruikers', { config: { ability: 'gebruikers.beheren' } }, (request, reply) =>
    s.sendPage(request, reply, { title: 'Gebruikers' }, 'Stand-in voor de gebruikersbeheerpagina.'),
  );
}

const e2e = useE2E({ routes: gebruikersStandIn });

const h1 = (page: Page) => page.locator('h1').innerText();
const pathOf = (page: Page) => new URL(page.url()).pathname;
const errorSummary = (page: Page) => page.locator('.vl-error-summary');

/** A 6-digit code that is valid in none of the steps the server accepts (now ± 1). */
function wrongCode(secret: string): string {
  const valid = new Set([-30_000, 0, 30_000].map((d) => currentCode(secret, Date.now() + d)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

describe('login (R-AUTH-1)', () => {
  it('R-AUTH-1 logs in with inlognaam, wachtwoord and the code of the token generator', async () => {
    const { page, app, context } = e2e;
    const user = await app.user('melder', [{ rol: 'melder', code: '12AB' }]);
    await login(page, user);

    expect(pathOf(page)).toBe('/');
    expect(await h1(page)).toBe('Welkom bij het Verzuimloket');
    expect(await page.locator('header').innerText()).toContain('Test melder');
    // The session cookie is __Host- and Secure; Chromium keeps it on http://127.0.0.1.
    const cookie = (await context.cookies(app.baseUrl)).find((c) => c.name === '__Host-sessie');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('R-AUTH-1 R-UI-7 a wrong password: error summary linking to the field, message at the field, name kept, password empty', async () => {
    const { page, app } = e2e;
    const user = await app.user('melder', [{ rol: 'melder', code: '12AB' }]);
    await visit(page, '/inloggen', 'inloggen');
    await page.getByLabel('Inlognaam').fill(user.gebruikersnaam);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await navigate(page, 'inloggen-fout', () => page.getByRole('button', { name: 'Inloggen' }).click());

    expect(await page.title()).toBe('Fout: Inloggen - Verzuimloket');
    const summary = errorSummary(page);
    expect(await summary.getAttribute('role')).toBe('alert');
    expect(await summary.locator('h2').innerText()).toBe('Er is een probleem');
    // The summary has the focus on load, so a screen reader starts at the problem.
    expect(await page.locator('.vl-error-summary:focus').count()).toBe(1);
    const link = summary.getByRole('link', { name: /De combinatie van inlognaam en wachtwoord is onjuist/ });
    expect(await link.getAttribute('href')).toBe('#gebruikersnaam');

    const naam = page.getByLabel('Inlognaam');
    expect(await page.locator('#gebruikersnaam-fout').innerText()).toContain('De combinatie van inlognaam en wachtwoord is onjuist');
    expect(await naam.getAttribute('aria-invalid')).toBe('true');
    expect(await naam.getAttribute('aria-describedby')).toContain('gebruikersnaam-fout');
    expect(await naam.inputValue()).toBe(user.gebruikersnaam);
    expect(await page.getByLabel('Wachtwoord').inputValue()).toBe('');

    // The summary's link moves the focus to the field.
    await link.click();
    expect(await page.locator('#gebruikersnaam:focus').count()).toBe(1);

    // The same form, now with the right password, goes on to the code.
    await page.getByLabel('Wachtwoord').fill(user.wachtwoord);
    await navigate(page, 'inloggen-code', () => page.getByRole('button', { name: 'Inloggen' }).click());
    expect(pathOf(page)).toBe('/inloggen/code');
  });

  it('R-AUTH-1 R-UI-7 empty fields get a message each', async () => {
    const { page } = e2e;
    await visit(page, '/inloggen', 'inloggen');
    await navigate(page, 'inloggen-leeg', () => page.getByRole('button', { name: 'Inloggen' }).click());
    const links = errorSummary(page).getByRole('link');
    expect(await links.allInnerTexts()).toEqual(['Vul uw inlognaam in', 'Vul uw wachtwoord in']);
    expect(await links.nth(1).getAttribute('href')).toBe('#wachtwoord');
    expect(await page.locator('#wachtwoord-fout').innerText()).toContain('Vul uw wachtwoord in');
  });

  it('R-AUTH-1 R-UI-7 a wrong code is refused at the field; the right code then logs in', async () => {
    const { page, app } = e2e;
    const user = await app.user('melder', [{ rol: 'melder', code: '12AB' }]);
    await visit(page, '/inloggen', 'inloggen');
    await page.getByLabel('Inlognaam').fill(user.gebruikersnaam);
    await page.getByLabel('Wachtwoord').fill(user.wachtwoord);
    await navigate(page, 'inloggen-code', () => page.getByRole('button', { name: 'Inloggen' }).click());

    await page.getByLabel('Code', { exact: true }).fill(wrongCode(user.totpSecret));
    await navigate(page, 'inloggen-code-fout', () => page.getByRole('button', { name: 'Verder' }).click());
    expect(pathOf(page)).toBe('/inloggen/code');
    expect(await page.title()).toBe('Fout: Code van uw tokengenerator - Verzuimloket');
    expect(await errorSummary(page).getByRole('link').getAttribute('href')).toBe('#code');
    expect(await page.locator('#code-fout').innerText()).toContain('De code is onjuist of al gebruikt');
    expect(await page.locator('.vl-error-summary:focus').count()).toBe(1);

    await page.getByLabel('Code', { exact: true }).fill(currentCode(user.totpSecret));
    await navigate(page, 'start', () => page.getByRole('button', { name: 'Verder' }).click());
    expect(pathOf(page)).toBe('/');
  });

  it('R-AUTH-1 the first login couples a token generator: the key on the page gives the code', async () => {
    const { page, app } = e2e;
    const user = await app.user('nieuw', [{ rol: 'melder', code: '12AB' }], { totp: false });
    await visit(page, '/inloggen', 'inloggen');
    await page.getByLabel('Inlognaam').fill(user.gebruikersnaam);
    await page.getByLabel('Wachtwoord').fill(user.wachtwoord);
    await navigate(page, 'koppelen', () => page.getByRole('button', { name: 'Inloggen' }).click());
    expect(pathOf(page)).toBe('/inloggen/koppelen');
    expect(await h1(page)).toBe('Tokengenerator koppelen');

    // What a person types over into the app: the key in groups of four.
    const secret = (await page.locator('.vl-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = await page.getByRole('link', { name: 'Open in authenticator-app' }).getAttribute('href');
    expect(uri).toContain(`secret=${secret}`);

    // A wrong confirmation code keeps the same key on the page.
    await page.getByLabel('Code', { exact: true }).fill(wrongCode(secret));
    await navigate(page, 'koppelen-fout', () => page.getByRole('button', { name: 'Koppelen en inloggen' }).click());
    expect(await page.locator('#code-fout').innerText()).toContain('De code is onjuist');
    expect((await page.locator('.vl-secret').innerText()).replace(/\s/g, '')).toBe(secret);

    await page.getByLabel('Code', { exact: true }).fill(currentCode(secret));
    await navigate(page, 'start', () => page.getByRole('button', { name: 'Koppelen en inloggen' }).click());
    expect(pathOf(page)).toBe('/');
    expect(await h1(page)).toBe('Welkom bij het Verzuimloket');
  });

  it('R-AUTH-1 after logging out, back, reload and / all land on the login page', async () => {
    const { page, app, context } = e2e;
    const user = await app.user('melder', [{ rol: 'melder', code: '12AB' }]);
    await login(page, user);
    const oldCookie = (await context.cookies(app.baseUrl)).find((c) => c.name === '__Host-sessie')!;

    await navigate(page, 'uitgelogd', () => page.getByRole('button', { name: 'Uitloggen' }).click());
    expect(pathOf(page)).toBe('/uitgelogd');
    expect(await h1(page)).toBe('U bent uitgelogd');
    expect(await page.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);

    await navigate(page, 'inloggen', () => page.goBack());
    expect(pathOf(page)).toBe('/inloggen');
    await navigate(page, 'inloggen', () => page.reload());
    expect(pathOf(page)).toBe('/inloggen');
    await visit(page, '/', 'inloggen');
    expect(pathOf(page)).toBe('/inloggen');

    // The old session is gone on the server too: putting its cookie back does not log in.
    await context.addCookies([oldCookie]);
    await visit(page, '/', 'inloggen');
    expect(pathOf(page)).toBe('/inloggen');
  });
});

describe('instellingscode (R-AUTH-2)', () => {
  it('R-AUTH-2 a user with two instellingscodes chooses one; it shows on every page; Wijzigen switches', async () => {
    const { page, app } = e2e;
    const user = await app.user('tweescholen', [
      { rol: 'melder', code: '12AB' },
      { rol: 'melder', code: '34CD' },
    ]);
    await login(page, user);

    await visit(page, '/instelling-kiezen', 'instelling-kiezen');
    expect(await h1(page)).toBe('Selecteren instellingscode');
    // Choosing nothing is an error state like any other.
    await navigate(page, 'instelling-kiezen-fout', () => page.getByRole('button', { name: 'Kiezen' }).click());
    expect(await errorSummary(page).getByRole('link').innerText()).toBe('Kies een instellingscode uit de lijst');

    await page.getByLabel('34CD - School 34CD').check();
    await navigate(page, 'start-met-instelling', () => page.getByRole('button', { name: 'Kiezen' }).click());
    expect(pathOf(page)).toBe('/');
    const context = page.locator('.vl-context');
    for (const [url, label] of [
      ['/', 'start-met-instelling'],
      ['/contact', 'contact-ingelogd'],
      ['/bestaat-niet', 'niet-gevonden'],
    ] as const) {
      await visit(page, url, label);
      expect(await context.innerText(), url).toContain('Instellingscode: 34CD - School 34CD');
    }

    await navigate(page, 'instelling-kiezen', () => page.getByRole('link', { name: 'Wijzigen instellingscode' }).click());
    expect(pathOf(page)).toBe('/instelling-kiezen');
    expect(await page.getByLabel('34CD - School 34CD').isChecked()).toBe(true);
    await page.getByLabel('12AB - School 12AB').check();
    await navigate(page, 'start-met-instelling', () => page.getByRole('button', { name: 'Kiezen' }).click());
    expect(await context.innerText()).toContain('Instellingscode: 12AB - School 12AB');
  });
});

describe('menu per role (R-AUTH-3)', () => {
  const menuLinks = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allInnerTexts();

  it('R-AUTH-3 a functioneel beheerder sees Gebruikers and Auditlog', async () => {
    const { page, app } = e2e;
    const user = await app.user('beheer', [{ rol: 'functioneel_beheerder' }]);
    await login(page, user);
    // Other functions join the menu as modules ship; these two are functioneel beheer's.
    expect(await menuLinks(page)).toEqual(expect.arrayContaining(['Startpagina', 'Gebruikers', 'Auditlog']));
    expect(await page.getByRole('link', { name: 'Startpagina' }).getAttribute('aria-current')).toBe('page');
  });

  it('R-AUTH-3 a melder does not see them, and /beheer/gebruikers answers Geen toegang', async () => {
    const { page, app } = e2e;
    const user = await app.user('melder', [{ rol: 'melder', code: '12AB' }]);
    await login(page, user);
    const links = await menuLinks(page);
    expect(links).toContain('Startpagina');
    expect(links).not.toContain('Gebruikers');
    expect(links).not.toContain('Auditlog');

    const response = await visit(page, '/beheer/gebruikers', 'geen-toegang');
    expect(response?.status()).toBe(403);
    expect(await h1(page)).toBe('Geen toegang');
    expect(await page.locator('main').innerText()).toContain('U heeft geen toegang tot deze functie.');
  });
});

describe('page frame (R-UI-4, R-UI-7)', () => {
  it('R-UI-7 an unknown address shows the 404 page with the way back', async () => {
    const { page, app } = e2e;
    const user = await app.user('melder', [{ rol: 'melder', code: '12AB' }]);
    await login(page, user);
    const response = await visit(page, '/bestaat-niet', 'niet-gevonden');
    expect(response?.status()).toBe(404);
    expect(await page.title()).toBe('Pagina niet gevonden - Verzuimloket');
    await navigate(page, 'start', () => page.getByRole('link', { name: 'Ga naar de startpagina' }).click());
    expect(pathOf(page)).toBe('/');
  });

  it('R-UI-7 Contact is reachable from the footer without logging in', async () => {
    const { page } = e2e;
    await visit(page, '/inloggen', 'inloggen');
    await navigate(page, 'contact', () => page.getByRole('contentinfo').getByRole('link', { name: 'Contact' }).click());
    expect(pathOf(page)).toBe('/contact');
    expect(await h1(page)).toBe('Contact');
    expect(await page.locator('main').innerText()).toContain('Informatiepunt Onderwijs');
  });

  it('R-UI-7 R-UI-4 without the page script, logging in works and the print button stays hidden', async () => {
    const { page, app } = e2e;
    // The page's only script answers empty, as if JavaScript were off. (Turning JavaScript off
    // in Chromium would also stop axe, which runs inside the page.)
    await page.route('**/static/js/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    const user = await app.user('zonderjs', [{ rol: 'melder', code: '12AB' }]);
    await login(page, user);
    expect(pathOf(page)).toBe('/');
    expect(await page.getByRole('button', { name: 'Deze pagina afdrukken' }).count()).toBe(0);
    expect(await page.locator('button[data-print]').isHidden()).toBe(true);
  });

  it('R-UI-4 with JavaScript the print button shows and calls window.print; on paper the navigation is gone', async () => {
    const { page, app } = e2e;
    // Headless Chromium would print nothing visible; count the calls instead.
    await page.addInitScript('window.__afdrukken = 0; window.print = () => { window.__afdrukken += 1; };');
    const user = await app.user('melder', [{ rol: 'melder', code: '12AB' }]);
    await login(page, user);

    const button = page.getByRole('button', { name: 'Deze pagina afdrukken' });
    expect(await button.isVisible()).toBe(true);
    await button.click();
    expect(await page.evaluate('window.__afdrukken')).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await checkA11y(page, 'start-afdruk');
    await page.emulateMedia({ media: 'screen' });
  });
});
