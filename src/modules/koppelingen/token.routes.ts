// POST /oauth/token: the machine door of the API (issue 16). An encapsulated plugin with its own
// error handler, so whatever goes wrong — a body that does not parse, a header refused by the
// platform, the rate limit — answers as OAuth's JSON (RFC 6749 §5.2), never as an HTML page.
// No session, no CSRF token and no origin check: a koppeling authenticates with its signed
// assertion, and a browser's cookies give it nothing here.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../../platform/http/errors';
import { koppelingenMessages } from './messages';
import type { OAuthFoutCode, tokenService } from './token.service';

const m = koppelingenMessages.token;
export const TOKEN_PAD = '/oauth/token';

/**
 * Per address and process, against floods: a koppeling asks once per token lifetime (5 minutes),
 * so even a gemeente's many systems behind one address stay far below this.
 */
const rateLimit = { max: 60, timeWindow: '1 minute' };

function oauthJson(reply: FastifyReply, status: number, body: object) {
  // RFC 6749 §5.1: token responses are never cached, by browsers or proxies.
  return reply.code(status).header('cache-control', 'no-store').header('pragma', 'no-cache').type('application/json; charset=utf-8').send(body);
}

const fout = (reply: FastifyReply, status: number, error: OAuthFoutCode, beschrijving: string) => oauthJson(reply, status, { error, error_description: beschrijving });

export function tokenRoutes(app: FastifyInstance, s: { koppelingen: { token: ReturnType<typeof tokenService> } }) {
  void app.register(async (oauth) => {
    oauth.setErrorHandler(async (error, request, reply) => {
      const status = error instanceof AppError ? error.status : (error as { statusCode?: number }).statusCode;
      if (status === 429) return fout(reply, 429, 'invalid_request', m.teVeel);
      if (status !== undefined && status >= 400 && status < 500) return fout(reply, status, 'invalid_request', m.ongeldigVerzoek);
      request.log.error({ err: error }, 'onverwachte fout in het tokenadres');
      return oauthJson(reply, 500, { error: 'server_error', error_description: m.ongeldigVerzoek });
    });

    oauth.post(TOKEN_PAD, { config: { public: true, bare: true, csrf: false, rateLimit } }, async (request, reply) => {
      // Credentials in an address end up in logs and proxies: refused even when the body is right.
      if (request.url.includes('?')) return fout(reply, 400, 'invalid_request', m.queryString);
      if (!String(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) return fout(reply, 400, 'invalid_request', m.contentType);
      const antwoord = await s.koppelingen.token.vraag(request.body, request.ip);
      if (!antwoord.ok) return oauthJson(reply, antwoord.status, antwoord.body);
      return oauthJson(reply, 200, antwoord.body);
    });
  });
}
