/**
 * Bodies of the 404, 500 and 503 pages. They say what a person can do next and nothing about the
 * inside (no stack, no SQL, no ids except an optional reference for the helpdesk). The 404 also
 * serves another tenant's object (R-AUTH-3), so it must not hint that the page exists.
 */
import type { ComponentChildren } from 'preact';
import { uiMessages as t } from '../messages/ui';
import { renderPage, type PageContext } from './layout';

export const notFoundTitle = t.nietGevonden.titel;
export const serverErrorTitle = t.serverFout.titel;
export const unavailableTitle = t.nietBeschikbaar.titel;

export function NotFoundBody(): ComponentChildren {
  return (
    <>
      <p class="utrecht-paragraph">{t.nietGevonden.tekst}</p>
      <p class="utrecht-paragraph">{t.nietGevonden.verwijderd}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          {t.nietGevonden.startpagina}
        </a>
      </p>
    </>
  );
}

/** `referentie`: a request id a person can quote to the helpdesk, matched in the logs. */
export function ServerErrorBody({ referentie }: { referentie?: string | undefined }): ComponentChildren {
  return (
    <>
      <p class="utrecht-paragraph">{t.serverFout.tekst}</p>
      <p class="utrecht-paragraph">
        {t.serverFout.blijft}{' '}
        <a class="utrecht-link" href="/contact">
          {t.contact}
        </a>
        .{referentie ? ` ${t.serverFout.referentie(referentie)}` : null}
      </p>
    </>
  );
}

/** The whole 404 page; pass the user's context when known, so header and menu stay. */
export function renderNotFound(ctx: Omit<PageContext, 'title'> = {}): string {
  return renderPage({ ...ctx, title: notFoundTitle, flash: undefined, errors: undefined }, <NotFoundBody />);
}

/** The whole 500 page; keep `ctx` minimal, the failure may lie in what would fill it. */
export function renderServerError(ctx: Omit<PageContext, 'title'> = {}, referentie?: string): string {
  return renderPage({ ...ctx, title: serverErrorTitle, flash: undefined, errors: undefined }, <ServerErrorBody referentie={referentie} />);
}

export function UnavailableBody(): ComponentChildren {
  return (
    <>
      <p class="utrecht-paragraph">{t.nietBeschikbaar.tekst}</p>
      <p class="utrecht-paragraph">{t.nietBeschikbaar.verzonden}</p>
    </>
  );
}

/**
 * The whole 503 page, for when the database does not answer. Rendered without the database:
 * no user, menu or notice, whose loading is what just failed.
 */
export function renderUnavailable(): string {
  return renderPage({ title: unavailableTitle }, <UnavailableBody />);
}
