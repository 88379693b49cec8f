import { describe, expect, it } from 'vitest';
import { renderNotFound, renderServerError } from '../../../src/platform/ui/error-pages';
import { renderPage, type PageContext } from '../../../src/platform/ui/layout';

const ctx: PageContext = {
  title: 'Raadplegen verzuim',
  user: { displayName: 'Petra de Vries' },
  context: { label: 'Instellingscode', value: '00AA - Het Lyceum', switchHref: '/instelling-kiezen' },
  menu: [
    { href: '/meldingen/nieuw', label: 'Opvoeren verzuim' },
    { href: '/meldingen', label: 'Raadplegen verzuim', current: true },
  ],
  csrfToken: 'tok-123',
};

describe('page layout (R-UI-4, R-UI-6, R-UI-7, R-AUTH-2)', () => {
  it('R-UI-7 is a Dutch HTML document with title and h1, skip link first, main as its target', () => {
    const html = renderPage(ctx, <p>Inhoud</p>);
    expect(html.startsWith('<!doctype html><html lang="nl">')).toBe(true);
    expect(html).toContain('<title>Raadplegen verzuim - Verzuimloket</title>');
    expect(html).toContain('<h1 class="utrecht-heading-1 vl-title">Raadplegen verzuim</h1>');
    expect(html.indexOf('href="#inhoud">Naar de inhoud</a>')).toBeLessThan(html.indexOf('<header'));
    expect(html).toContain('<main id="inhoud"');
    expect(html).toContain('<p>Inhoud</p>');
  });

  it('R-UI-7 no inline script or style: only external files from our own origin', () => {
    const html = renderPage({ ...ctx, errors: [{ field: 'x', text: 'Fout' }], flash: 'Klaar.', privacyWarning: true }, <p>x</p>);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/);
    expect(html).toContain('<script src="/static/js/print.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="/static/vendor/utrecht/design-tokens.css"/>');
    expect(html).toContain('<link rel="stylesheet" href="/static/vendor/utrecht/component-library.css"/>');
    expect(html).toContain('<link rel="stylesheet" href="/static/css/app.css"/>');
    expect(html).toContain('<link rel="stylesheet" href="/static/css/print.css" media="print"/>');
  });

  it('R-UI-7 errors: "Fout: " before the title and the error summary at the top of main', () => {
    const html = renderPage({ ...ctx, errors: [{ field: 'achternaam', text: 'Vul de achternaam in.' }] }, <p>x</p>);
    expect(html).toContain('<title>Fout: Raadplegen verzuim - Verzuimloket</title>');
    expect(html).toMatch(/<main id="inhoud" class="vl-main" tabindex="-1"><div class="vl-error-summary" role="alert"/);
    expect(html).toContain('<a href="#achternaam">Vul de achternaam in.</a>');
    expect(renderPage({ ...ctx, errors: [] }, null)).not.toContain('Fout:');
  });

  it('R-AUTH-2 the header shows the user, a logout form with CSRF token, and the chosen instelling with Wijzigen', () => {
    const html = renderPage(ctx, null);
    expect(html).toContain('<a class="vl-header__service" href="/">Verzuimloket</a>');
    expect(html).toContain('Petra de Vries');
    expect(html).toMatch(/<form class="vl-header__logout" method="post" action="\/uitloggen"><input type="hidden" name="_csrf" value="tok-123"\/><button[^>]*type="submit">Uitloggen<\/button><\/form>/);
    expect(html).toContain('Instellingscode:</span> <strong class="vl-context__value">00AA - Het Lyceum</strong>');
    expect(html).toContain('<a class="vl-context__switch" href="/instelling-kiezen">Wijzigen<span class="visually-hidden"> instellingscode</span></a>');
  });

  it('R-AUTH-2 without a user or context the header shows only the service name', () => {
    const html = renderPage({ title: 'Inloggen' }, null);
    expect(html).not.toContain('Uitloggen');
    expect(html).not.toContain('vl-context');
    expect(html).not.toContain('Hoofdmenu');
  });

  it('R-AUTH-3 the left menu is a labelled nav with aria-current on the current item', () => {
    const html = renderPage(ctx, null);
    expect(html).toContain('<nav class="vl-menu" aria-label="Hoofdmenu">');
    expect(html).toContain('<a class="vl-menu__link vl-menu__link--current" href="/meldingen" aria-current="page">Raadplegen verzuim</a>');
    expect(html).toContain('<a class="vl-menu__link" href="/meldingen/nieuw">Opvoeren verzuim</a>');
  });

  it('R-UI-4 the footer has a print button, hidden until print.js wires it, and a Contact link', () => {
    const html = renderPage(ctx, null);
    expect(html).toMatch(/<footer[\s\S]*<button class="[^"]*vl-print-button" type="button" data-print hidden>Deze pagina afdrukken<\/button>/);
    expect(html).toContain('<a class="vl-footer__link" href="/contact">Contact</a>');
  });

  it('R-UI-6 the privacy warning bar shows only when asked, with the manual\'s words', () => {
    expect(renderPage(ctx, null)).not.toContain('vl-privacy-warning');
    const html = renderPage({ ...ctx, privacyWarning: true }, null);
    expect(html).toContain('Let goed op wat u invult bij het veld Toelichting!');
    expect(html).toContain('kan iedereen de toelichting op de verzuimmelding lezen');
  });

  it('R-UI-7 a flash message is a status notice', () => {
    expect(renderPage({ ...ctx, flash: 'De gegevens zijn gewijzigd.' }, null)).toMatch(/role="status"><p class="utrecht-paragraph">De gegevens zijn gewijzigd.<\/p>/);
  });

  it('R-AUTH-3 error pages say what to do and nothing about the inside', () => {
    const notFound = renderNotFound(ctx);
    expect(notFound).toContain('<title>Pagina niet gevonden - Verzuimloket</title>');
    expect(notFound).toContain('Ga naar de startpagina');
    expect(notFound).toContain('aria-label="Hoofdmenu"');
    const serverError = renderServerError({}, 'req-7f3a');
    expect(serverError).toContain('<h1 class="utrecht-heading-1 vl-title">Er is iets misgegaan</h1>');
    expect(serverError).toContain('Vermeld dan deze code: req-7f3a');
    expect(serverError).toContain('href="/contact"');
    expect(serverError).not.toMatch(/Error|stack|at \w+ \(/);
  });
});
