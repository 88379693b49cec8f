// The start page after login and the Contact page (manual ch. 6), reachable from every page.
// Functioneel beheer's start page also counts the meldingen whose gemeente could not be mailed.
import type { FastifyInstance } from 'fastify';
import { messages } from '../../platform/messages/index';
import { can } from '../../platform/permissions';
import type { Services } from '../../services';
import { ZonderOntvangerTelling } from '../meldingen/face';

const t = messages.common;

export function algemeenRoutes(app: FastifyInstance, s: Services) {
  app.get('/', async (request, reply) => {
    const user = request.user!;
    const functies = s.menu(user, '/').filter((m) => m.href !== '/');
    const zonderOntvanger = can(user, 'mails.inzien') ? await s.meldingen.zonderOntvanger.tellingen() : null;
    return s.sendPage(
      request,
      reply,
      { title: t.startTitel },
      <>
        <p>{t.startIntro(user.weergavenaam)}</p>
        {zonderOntvanger ? <ZonderOntvangerTelling {...zonderOntvanger} /> : null}
        {functies.length > 0 ? (
          <>
            <p>{t.startFuncties}</p>
            <ul class="utrecht-unordered-list">
              {functies.map((f) => (
                <li key={f.href}>
                  <a href={f.href}>{f.label}</a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t.startGeenFuncties}</p>
        )}
      </>,
    );
  });

  app.get('/contact', { config: { public: true } }, async (request, reply) => {
    const c = s.config.contact;
    return s.sendPage(
      request,
      reply,
      { title: t.contactTitel },
      <>
        <p>{t.contactIntro(c.naam)}</p>
        <dl class="vl-key-value">
          <dt>{t.contactTelefoon}</dt>
          <dd>{c.telefoon}</dd>
          <dt>{t.contactEmail}</dt>
          <dd>
            <a href={`mailto:${c.email}`}>{c.email}</a>
          </dd>
          <dt>{t.contactPost}</dt>
          <dd>{c.post}</dd>
        </dl>
      </>,
    );
  });
}
