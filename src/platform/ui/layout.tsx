/**
 * The page frame every screen shares: skip link, header (service name, user, logout, the chosen
 * instelling or gemeente), the left menu, main with the h1, and a footer with the print button
 * (R-UI-4) and Contact. Server-rendered, no inline script or style (strict CSP); the scripts
 * (assets.ts SCRIPTS) only enhance: print.js wires the print button, formulier.js hides
 * questions that do not apply.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { uiMessages as t } from '../messages/ui';
import { PRINT_STYLESHEET, SCRIPTS, STYLESHEETS } from './assets';
import { ErrorSummary, type FieldError } from './error-summary';
import { HiddenCsrf } from './fields';
import { PrivacyWarning } from './privacy-warning';

export interface MenuItem {
  href: string;
  label: string;
  current?: boolean;
}

export interface PageContext {
  /** `<title>` "{title} - Verzuimloket" and the page's h1. */
  title: string;
  /** Shown in the header with a logout form when set. */
  user?: { displayName: string } | undefined;
  /** The chosen instelling or gemeente, on every page (R-AUTH-2); "Wijzigen" when switchHref is set. */
  context?: { label: string; value: string; switchHref?: string | undefined } | undefined;
  /** The left menu; the caller passes only what the roles allow (R-AUTH-3). */
  menu?: readonly MenuItem[] | undefined;
  /** Hidden `_csrf` field of the logout form. */
  csrfToken?: string | undefined;
  /** A success notice, e.g. "De gegevens zijn gewijzigd." */
  flash?: string | undefined;
  /** When present: the ErrorSummary on top of main and "Fout: " before the title (GOV.UK). */
  errors?: readonly FieldError[] | undefined;
  /** The Toelichting warning bar (R-UI-6). */
  privacyWarning?: boolean | undefined;
  lang?: 'nl';
}

/** The whole document for one page, as the string a route sends. */
export function renderPage(ctx: PageContext, body: ComponentChildren): string {
  return `<!doctype html>${renderToString(<Page ctx={ctx}>{body}</Page>)}`;
}

export function Page({ ctx, children }: { ctx: PageContext; children: ComponentChildren }): ComponentChildren {
  const hasErrors = (ctx.errors?.length ?? 0) > 0;
  const hasMenu = (ctx.menu?.length ?? 0) > 0;
  return (
    <html lang={ctx.lang ?? 'nl'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${hasErrors ? t.foutTitelPrefix : ''}${t.paginaTitel(ctx.title)}`}</title>
        {STYLESHEETS.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        <link rel="stylesheet" href={PRINT_STYLESHEET} media="print" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        {SCRIPTS.map((src) => (
          <script key={src} src={src} defer />
        ))}
      </head>
      <body class="utrecht-theme utrecht-document vl-page">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus vl-skip-link" href="#inhoud">
          {t.naarDeInhoud}
        </a>
        <Header ctx={ctx} />
        <div class={`vl-body${hasMenu ? ' vl-body--with-menu' : ''}`}>
          {hasMenu ? <Menu items={ctx.menu ?? []} /> : null}
          {/* tabindex=-1: the skip link then moves keyboard focus too, not only the scroll. */}
          <main id="inhoud" class="vl-main" tabIndex={-1}>
            {hasErrors ? <ErrorSummary errors={ctx.errors ?? []} /> : null}
            {ctx.flash ? (
              <div class="utrecht-alert utrecht-alert--ok vl-flash" role="status">
                <p class="utrecht-paragraph">{ctx.flash}</p>
              </div>
            ) : null}
            <h1 class="utrecht-heading-1 vl-title">{ctx.title}</h1>
            {ctx.privacyWarning ? <PrivacyWarning /> : null}
            {children}
          </main>
        </div>
        <Footer />
      </body>
    </html>
  );
}

function Header({ ctx }: { ctx: PageContext }): ComponentChildren {
  return (
    <header class="vl-header">
      <div class="vl-header__bar">
        <a class="vl-header__service" href="/">
          {t.dienst}
        </a>
        {ctx.user ? (
          <div class="vl-header__user">
            <span class="vl-header__name">
              <span class="visually-hidden">{t.ingelogdAls} </span>
              {ctx.user.displayName}
            </span>
            <form class="vl-header__logout" method="post" action="/uitloggen">
              {ctx.csrfToken ? <HiddenCsrf token={ctx.csrfToken} /> : null}
              <button class="vl-header__logout-button" type="submit">
                {t.uitloggen}
              </button>
            </form>
          </div>
        ) : null}
      </div>
      {ctx.context ? (
        <p class="vl-context">
          <span class="vl-context__label">{ctx.context.label}:</span> <strong class="vl-context__value">{ctx.context.value}</strong>
          {ctx.context.switchHref ? (
            <>
              {' '}
              <a class="vl-context__switch" href={ctx.context.switchHref}>
                {t.wijzigen}
                <span class="visually-hidden"> {ctx.context.label.toLowerCase()}</span>
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </header>
  );
}

function Menu({ items }: { items: readonly MenuItem[] }): ComponentChildren {
  return (
    <nav class="vl-menu" aria-label={t.hoofdmenu}>
      <ul class="vl-menu__list">
        {items.map((item) => (
          <li key={item.href} class="vl-menu__item">
            <a
              class={`vl-menu__link${item.current ? ' vl-menu__link--current' : ''}`}
              href={item.href}
              aria-current={item.current ? 'page' : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Footer(): ComponentChildren {
  return (
    <footer class="vl-footer">
      <div class="vl-footer__inner">
        {/* Hidden until print.js wires it: without JavaScript it could not print (R-UI-4). */}
        <button class="utrecht-button utrecht-button--secondary-action vl-print-button" type="button" data-print="" hidden>
          {t.afdrukken}
        </button>
        <ul class="vl-footer__links">
          <li>
            <a class="vl-footer__link" href="/contact">
              {t.contact}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
