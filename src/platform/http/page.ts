// Sends a whole page: fills the layout's context (user, chosen instelling or gemeente, menu,
// CSRF token, a one-time notice) from the request, so routes pass only what is theirs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { messages } from '../messages/index';
import { menuFor, type MenuEntry } from '../menu';
import type { SessionStore } from '../session/session';
import type { FieldError } from '../ui/error-summary';
import { renderPage, type PageContext } from '../ui/layout';
import { canSwitch } from './request-context';

export interface ContextNames {
  instelling(code: string): Promise<string | undefined>;
  gemeente(code: string): Promise<string | undefined>;
}

export interface PageOptions {
  title: string;
  status?: number;
  errors?: readonly FieldError[];
  privacyWarning?: boolean;
}

export function pageSender(deps: { sessions: SessionStore; names: ContextNames; menu: readonly MenuEntry[] }) {
  async function context(request: FastifyRequest): Promise<PageContext['context']> {
    const { session, user } = request;
    if (!session || !user) return undefined;
    if (session.instellingscode) {
      const naam = await deps.names.instelling(session.instellingscode);
      return {
        label: messages.common.instellingLabel,
        value: naam ? `${session.instellingscode} - ${naam}` : session.instellingscode,
        switchHref: canSwitch(user, 'instelling') ? '/instelling-kiezen' : undefined,
      };
    }
    if (session.gemeentecode) {
      const naam = await deps.names.gemeente(session.gemeentecode);
      return {
        label: messages.common.gemeenteLabel,
        value: naam ? `${session.gemeentecode} - ${naam}` : session.gemeentecode,
        switchHref: canSwitch(user, 'gemeente') ? '/gemeente-kiezen' : undefined,
      };
    }
    return undefined;
  }

  return async function sendPage(request: FastifyRequest, reply: FastifyReply, options: PageOptions, body: ComponentChildren) {
    const { session, user } = request;
    let flash: string | undefined;
    if (session?.flash) {
      flash = session.flash;
      await deps.sessions.setFlash(session, null);
    }
    const html = renderPage(
      {
        title: options.title,
        user: user ? { displayName: user.weergavenaam } : undefined,
        context: await context(request),
        menu: menuFor(deps.menu, user, request.url.split('?')[0] ?? '/'),
        csrfToken: session?.csrfToken,
        flash,
        errors: options.errors,
        privacyWarning: options.privacyWarning,
      },
      body,
    );
    return reply
      .code(options.status ?? (options.errors?.length ? 400 : 200))
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(html);
  };
}

export type SendPage = ReturnType<typeof pageSender>;
