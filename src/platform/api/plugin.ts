// The JSON API under /api/v1 as its own encapsulated Fastify plugin: the pages' session, CSRF
// and origin checks, parameter table and HTML error pages are hooks of the root instance added
// after this plugin is registered (app.tsx), so none of them runs here. What runs instead:
// an API-Version header on every answer, content negotiation (406/415), the bearer token
// (401, 403 for a missing scope), the operations' zod schemas (400 with invalidParams), and one
// error handler that answers every failure as problem+json — never HTML, never a stack trace.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../../db/unavailable';
import { AppError } from '../http/errors';
import { messages } from '../messages/index';
import { ApiAuthError, type ApiAuthenticator, type ApiClient } from './client';
import { documentatiePagina } from './documentatie';
import { leesBody, leesParameters } from './invoer';
import { openApiDocument, type DocumentOpties } from './openapi';
import { fastifyPad, padPatroon, type ApiOperation } from './operation';
import { ApiProblem, PROBLEM_MEDIA_TYPE, probleemType, type Problem } from './problem';
import { API_PREFIX, API_VERSIE } from './versie';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The media types an API route answers in; the Accept header must allow one (else 406). */
    apiMedia?: readonly string[];
  }
}

const m = messages.api;
/** Retry-After of a 503: long enough for a failover, short enough to notice recovery. */
const RETRY_AFTER_SECONDS = 30;
const JSON_TYPE = 'application/json';
/** A 1 MB body is far more than any request of ours holds. */
const BODY_LIMIT = 1024 * 1024;
export const DOCUMENTATIE_PAD = `${API_PREFIX}/documentatie`;
export const OPENAPI_PAD = `${API_PREFIX}/openapi.json`;

export interface ApiOpties extends DocumentOpties {
  operations: readonly ApiOperation[];
  authenticator: ApiAuthenticator;
}

/** Whether an Accept header allows `type` (q=0 refuses; wildcards as RFC 9110 §12.5.1). */
export function accepteert(accept: string | undefined, type: string): boolean {
  if (!accept || !accept.trim()) return true;
  const [hoofd] = type.split('/');
  return accept.split(',').some((deel) => {
    const [bereik, ...params] = deel.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && Number(q.slice(2)) === 0) return false;
    return bereik === type || bereik === `${hoofd}/*` || bereik === '*/*';
  });
}

/** The registry's routes, the reference page and the document, inside the /api/v1 plugin. */
export async function registerApi(app: FastifyInstance, opties: ApiOpties): Promise<void> {
  const document = openApiDocument(opties.operations, opties);
  const documentTekst = JSON.stringify(document);
  const documentatieHtml = documentatiePagina(document);
  const methodenPerPad = new Map<string, { patroon: RegExp; methoden: Set<string> }>();
  for (const op of opties.operations) {
    const p = methodenPerPad.get(op.path) ?? { patroon: padPatroon(op.path), methoden: new Set<string>() };
    p.methoden.add(op.method);
    if (op.method === 'GET') p.methoden.add('HEAD');
    methodenPerPad.set(op.path, p);
  }

  await app.register(
    async (api) => {
      // JSON only: the pages' form parser is not the API's.
      api.removeAllContentTypeParsers();
      api.addContentTypeParser(JSON_TYPE, { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
        try {
          done(null, body === '' ? undefined : JSON.parse(body as string));
        } catch {
          done(new ApiProblem(400, m.ongeldigVerzoekTitel, m.ongeldigVerzoekDetail), undefined);
        }
      });

      api.addHook('onRequest', async (request, reply) => {
        reply.header('api-version', API_VERSIE);
        const media = request.routeOptions.config.apiMedia;
        if (media && !media.some((t) => accepteert(request.headers.accept, t))) {
          throw new ApiProblem(406, m.nietAcceptabelTitel, m.nietAcceptabelDetail(media.join(', ')));
        }
      });

      api.get('/openapi.json', { config: { apiMedia: [JSON_TYPE] } }, async (_request, reply) =>
        reply.header('cache-control', 'no-cache').type(`${JSON_TYPE}; charset=utf-8`).send(documentTekst),
      );
      api.get('/documentatie', { config: { apiMedia: ['text/html'] } }, async (_request, reply) =>
        reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(documentatieHtml),
      );

      for (const op of opties.operations) {
        api.route({
          method: op.method,
          url: fastifyPad(op.path),
          config: { apiMedia: [JSON_TYPE] },
          handler: async (request, reply) => {
            const client = await authenticeer(opties.authenticator, request, op);
            const params = op.params ? leesParameters(op.params, request.params) : undefined;
            const query = op.query ? leesParameters(op.query, request.query) : undefined;
            const body = op.body ? leesBody(op.body, request.body) : undefined;
            const a = await op.handler({ client, params, query, body, request, reply });
            reply.code(a.status).headers(a.headers ?? {}).header('cache-control', 'no-store');
            if (a.body === undefined) return reply.send();
            return reply.type(`${JSON_TYPE}; charset=utf-8`).send(JSON.stringify(a.body));
          },
        });
      }

      api.setNotFoundHandler(async (request, reply) => {
        const pad = request.url.split('?')[0]!.slice(API_PREFIX.length);
        const bekend = [...methodenPerPad.values()].find((p) => p.patroon.test(pad));
        if (bekend) {
          const toegestaan = [...bekend.methoden].join(', ');
          return stuurProbleem(request, reply, new ApiProblem(405, m.methodeNietToegestaanTitel, m.methodeNietToegestaanDetail(request.method, toegestaan), { headers: { allow: toegestaan } }));
        }
        return stuurProbleem(request, reply, new ApiProblem(404, m.nietGevondenTitel, m.nietGevondenDetail));
      });

      api.setErrorHandler(async (error, request, reply) => stuurProbleem(request, reply, alsProbleem(error, request)));
    },
    { prefix: API_PREFIX },
  );
}

async function authenticeer(authenticator: ApiAuthenticator, request: FastifyRequest, op: ApiOperation): Promise<ApiClient> {
  const client = await authenticator(request);
  if (!client.scopes.includes(op.scope)) {
    throw new ApiProblem(403, m.geenScopeTitel, m.geenScopeDetail(op.scope), { headers: { 'www-authenticate': `Bearer error="insufficient_scope", scope="${op.scope}"` } });
  }
  return client;
}

/** Any error as the problem it is; what is not ours is a 500 that names only a reference. */
export function alsProbleem(error: unknown, request: FastifyRequest): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof ApiAuthError) {
    if (error.reden === 'scope') return new ApiProblem(403, m.geenScopeTitel, error.message, { headers: { 'www-authenticate': 'Bearer error="insufficient_scope"' } });
    const detail = error.reden === 'ontbreekt' ? m.tokenOntbreekt : error.reden === 'verlopen' ? m.tokenVerlopen : m.tokenOngeldig;
    // RFC 6750 §3: no error code when the request carried no credentials at all.
    const challenge = error.reden === 'ontbreekt' ? 'Bearer realm="verzuimloket"' : 'Bearer realm="verzuimloket", error="invalid_token"';
    return new ApiProblem(401, m.nietGeauthenticeerdTitel, detail, { headers: { 'www-authenticate': challenge } });
  }
  if (error instanceof AppError) {
    if (error.code === 'niet_gevonden') return new ApiProblem(404, m.nietGevondenTitel, m.nietGevondenDetail);
    if (error.code === 'conflict') return new ApiProblem(409, m.conflictTitel, m.conflictDetail);
    if (error.code === 'ongeldig') return new ApiProblem(400, m.ongeldigVerzoekTitel, m.ongeldigVerzoekDetail);
    return new ApiProblem(403, m.geenToegangTitel, m.geenToegangDetail);
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database niet beschikbaar');
    return new ApiProblem(503, m.nietBeschikbaarTitel, m.nietBeschikbaarDetail, { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } });
  }
  const status = (error as { statusCode?: unknown }).statusCode;
  if (status === 413) return new ApiProblem(413, m.teGrootTitel, m.teGrootDetail);
  if (status === 415) return new ApiProblem(415, m.mediatypeTitel, m.mediatypeDetail);
  if (status === 429) return new ApiProblem(429, m.teVeelTitel, m.teVeelDetail);
  // Fastify's own refusals of a malformed request (an empty JSON body, a bad header): the
  // request's fault, not ours.
  if (typeof status === 'number' && status >= 400 && status < 500) return new ApiProblem(400, m.ongeldigVerzoekTitel, m.ongeldigVerzoekDetail);
  request.log.error({ err: error }, 'onverwachte fout in de API');
  return new ApiProblem(500, m.serverfoutTitel, m.serverfoutDetail(request.id));
}

function stuurProbleem(request: FastifyRequest, reply: FastifyReply, p: ApiProblem) {
  const body: Problem = {
    type: probleemType(p.status, DOCUMENTATIE_PAD),
    title: p.title,
    status: p.status,
    detail: p.detail,
    instance: request.url.split('?')[0]!,
    ...(p.extra.invalidParams ? { invalidParams: p.extra.invalidParams } : {}),
  };
  return reply
    .code(p.status)
    .headers(p.extra.headers ?? {})
    .header('api-version', API_VERSIE)
    .header('cache-control', 'no-store')
    .type(`${PROBLEM_MEDIA_TYPE}; charset=utf-8`)
    .send(JSON.stringify(body));
}
