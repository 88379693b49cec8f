// createApp(deps): the whole web application, readable top-down. Plugins, the request
// pipeline, the modules' routes, and one error handler that never shows internals.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Registry } from 'prom-client';
import type { Config } from './config';
import type { DB } from './db/database';
import { isDatabaseUnavailable } from './db/unavailable';
import { algemeenRoutes } from './modules/algemeen/routes';
import { authRoutes } from './modules/auth/routes';
import { beheerRoutes } from './modules/auth/beheer/routes';
import { GEMEENTE_API_TAGS, gemeenteApiOperaties } from './modules/gemeente/api/meldingen.api';
import { WIJZIGINGEN_API_TAGS, wijzigingenApiOperaties } from './modules/wijzigingen/face';
import { gemeenteRoutes } from './modules/gemeente/routes';
import { koppelingenBeheerRoutes } from './modules/koppelingen/beheer.routes';
import { tokenRoutes } from './modules/koppelingen/token.routes';
import { vrijstellingenRoutes } from './modules/vrijstellingen/routes';
import { contactpersonenRoutes } from './modules/beheer/contactpersonen/routes';
import { locatiesRoutes } from './modules/beheer/locaties/routes';
import { chooserRoutes } from './modules/instellingen/routes';
import { meldingenRoutes } from './modules/meldingen/routes';
import { registersRoutes } from './modules/registers/routes';
import type { ApiAuthenticator } from './platform/api/client';
import { registerApi } from './platform/api/plugin';
import { AppError, type AppErrorCode } from './platform/http/errors';
import { healthRoutes } from './platform/http/health';
import { installMetrics } from './platform/http/metrics';
import { installSecurityHeaders } from './platform/http/security-headers';
import { installInvoerGrenzen, installParamGrenzen } from './platform/http/invoer-grenzen';
import { installRequestContext } from './platform/http/request-context';
import { mailRoutes } from './platform/mail/routes';
import { messages } from './platform/messages/index';
import { VENDOR_FILES } from './platform/ui/assets';
import { NotFoundBody, ServerErrorBody, notFoundTitle, renderUnavailable, serverErrorTitle } from './platform/ui/error-pages';
import { buildServices, type Services } from './services';

/** Retry-After of the 503 page: long enough for a failover, short enough to notice recovery. */
const RETRY_AFTER_SECONDS = 30;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface AppDeps {
  config: Config;
  db: DB;
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** Who calls the JSON API: the koppelingen' access tokens; tests may map tokens to koppelingen themselves. */
  apiAuthenticator?: ApiAuthenticator;
}

const c = messages.common;
/** The page of each AppError that has one besides the 404 (its status is the error's own). */
const errorPages: Partial<Record<AppErrorCode, { title: string; text: string; link?: { href: string; text: string } }>> = {
  sessie_verlopen: { title: c.sessieVerlopenTitel, text: c.sessieVerlopenTekst, link: { href: '/inloggen', text: c.opnieuwInloggen } },
  andere_herkomst: { title: c.andereHerkomstTitel, text: c.andereHerkomstTekst, link: { href: '/', text: c.naarStart } },
  ongeldig: { title: c.ongeldigVerzoekTitel, text: c.ongeldigVerzoekTekst },
  geen_toegang: { title: c.geenToegangTitel, text: c.geenToegangTekst },
};

export async function createApp(deps: AppDeps): Promise<{ app: FastifyInstance; services: Services; metrics: Registry }> {
  const services = buildServices(deps);
  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: deps.config.trustProxy,
    // Form posts are small; a larger body is a mistake or an attack.
    bodyLimit: 1024 * 1024,
  });

  await app.register(cookie);
  await app.register(formbody);
  installSecurityHeaders(app, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    // DENY agrees with frame-ancestors 'none' (helmet's default SAMEORIGIN said otherwise).
    xFrameOptions: { action: 'deny' },
    // The service may run on plain http on localhost in development; production sits behind TLS.
    strictTransportSecurity: deps.config.env === 'production',
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => Object.assign(new Error(messages.common.teVeelVerzoeken), { statusCode: 429 }),
  });
  await app.register(fastifyStatic, { root: path.join(root, 'public'), prefix: '/static/', decorateReply: false, maxAge: '1h' });
  for (const v of VENDOR_FILES) {
    const file = path.join(root, 'node_modules', v.file);
    app.get(v.url, { config: { public: true, bare: true } }, (_request, reply) =>
      reply.header('cache-control', 'public, max-age=3600').type('text/css; charset=utf-8').send(createReadStream(file)),
    );
  }

  // The JSON API, an encapsulated plugin with its own error and not-found handlers (problem+json,
  // never an HTML page). The pages' session and CSRF/origin hooks below skip it (isApiPad): Fastify
  // hands root hooks to every child. The header and path-parameter checks do apply to it.
  await registerApi(app, {
    operations: [...gemeenteApiOperaties({ db: deps.db }), ...wijzigingenApiOperaties({ db: deps.db })],
    authenticator: deps.apiAuthenticator ?? services.koppelingen.authenticator,
    baseUrl: deps.config.baseUrl,
    tags: [...GEMEENTE_API_TAGS, ...WIJZIGINGEN_API_TAGS],
  });

  // Browsers ask for /favicon.ico on their own; answer it without a session or a login.
  app.get('/favicon.ico', { config: { public: true, bare: true } }, (_request, reply) => reply.redirect('/static/favicon.svg', 301));

  installInvoerGrenzen(app);
  installRequestContext(app, services);
  installParamGrenzen(app);
  healthRoutes(app, deps.db);
  const metrics = installMetrics(app);
  authRoutes(app, services);
  chooserRoutes(app, services);
  algemeenRoutes(app, services);
  beheerRoutes(app, services);
  locatiesRoutes(app, services);
  contactpersonenRoutes(app, services);
  meldingenRoutes(app, services);
  gemeenteRoutes(app, services);
  vrijstellingenRoutes(app, services);
  mailRoutes(app, services);
  registersRoutes(app, services);
  koppelingenBeheerRoutes(app, services);
  tokenRoutes(app, services);

  app.setNotFoundHandler(async (request, reply) => {
    return services.sendPage(request, reply, { title: notFoundTitle, status: 404 }, <NotFoundBody />);
  });

  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof AppError) {
      if (error.code === 'niet_gevonden') return services.sendPage(request, reply, { title: notFoundTitle, status: 404 }, <NotFoundBody />);
      const page = errorPages[error.code];
      if (page) {
        return services.sendPage(
          request,
          reply,
          { title: page.title, status: error.status },
          <>
            <p>{page.text}</p>
            {page.link ? (
              <p>
                <a href={page.link.href}>{page.link.text}</a>
              </p>
            ) : null}
          </>,
        );
      }
    }
    if (isDatabaseUnavailable(error)) {
      // Temporary, and not this request's fault: 503, and a browser or proxy may try again.
      request.log.warn({ err: error }, 'database niet beschikbaar');
      return reply
        .code(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(renderUnavailable());
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 429) {
      return services.sendPage(request, reply, { title: messages.common.teVeelVerzoeken, status: 429 }, <p>{messages.common.teVeelVerzoeken}</p>);
    }
    if (status && status >= 400 && status < 500) {
      // A malformed request (bad body, bad content type): answer plainly, without internals.
      return services.sendPage(request, reply, { title: messages.common.ongeldigVerzoekTitel, status }, <p>{messages.common.ongeldigVerzoekTekst}</p>);
    }
    request.log.error({ err: error }, 'onverwachte fout');
    return services.sendPage(request, reply, { title: serverErrorTitle, status: 500 }, <ServerErrorBody referentie={request.id} />);
  });

  return { app, services, metrics };
}
