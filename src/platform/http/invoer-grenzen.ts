// What the request itself may carry before any module sees it (security; text that PostgreSQL
// cannot store must never reach it as a 500):
//   - a header (and so a cookie) holding a control character is refused as a bad request; Node's
//     own HTTP parser refuses most of them already, this holds for any way in;
//   - every `:param` of a route has a format by its name (PARAM_FORMATEN), checked after the
//     login guard and before the handler: a value that cannot be one is a 404, without SQL. A
//     route with a parameter not in the table fails at start, so a new one cannot be forgotten;
//   - a redirect's Location never carries a character Node refuses in a header (controls,
//     anything past U+00FF): it is percent-encoded, so a URL taken from the request (e.g.
//     `terug`) cannot turn the redirect into a 500.
// Text in forms and search fields is refused at the field instead (tekens.ts).
import type { FastifyInstance } from 'fastify';
import { AppError, notFound } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GETAL = /^[1-9]\d{0,17}$/;

/** The format of each path parameter, by its name. */
export const PARAM_FORMATEN: Readonly<Record<string, (v: string) => boolean>> = {
  /** A melding's number, JJJJ-NNNNNNN (more digits once the sequence passes 9,999,999). */
  nummer: (v) => /^\d{4}-\d{7,12}$/.test(v),
  versie: (v) => GETAL.test(v) && v.length <= 9,
  concept: (v) => UUID.test(v),
  /** A record's id: a uuid, or a bigint (imports, mails); the handler checks which. */
  id: (v) => UUID.test(v) || GETAL.test(v),
  rolId: (v) => GETAL.test(v),
  /** A random token (vrijstellingen: the chosen pupil). */
  keuze: (v) => /^[A-Za-z0-9_-]{16,64}$/.test(v),
  /** A step or action segment, checked against its own list by the handler. */
  stap: (v) => /^[a-z][a-z-]{0,40}$/.test(v),
  actie: (v) => /^[a-z][a-z-]{0,40}$/.test(v),
};

/** C0 controls but tab, and DEL: never in a header value (RFC 9110 §5.5). */
const HEADER_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
/** What a Location header cannot carry as is: Node refuses controls and anything past U+00FF. */
const LOCATION_ONVEILIG = /[^\u0020-\u007e]/;

/** Percent-encodes (UTF-8) every character outside printable ASCII; a lone UTF-16 half as U+FFFD. */
function veiligeLocation(url: string): string {
  return url.replace(/[^\u0020-\u007e]/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD';
    }
  });
}

const namedParams = (url: string): string[] => [...url.matchAll(/:([A-Za-z][A-Za-z0-9_]*)/g)].map((m) => m[1]!);

/** Before the routes: the route check at registration and the header check on every request. */
export function installInvoerGrenzen(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    for (const name of namedParams(route.url)) {
      if (!Object.hasOwn(PARAM_FORMATEN, name)) throw new Error(`route ${route.url}: parameter :${name} has no format in PARAM_FORMATEN`);
    }
  });

  app.addHook('onRequest', async (request) => {
    for (const value of Object.values(request.headers)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === 'string' && HEADER_CONTROL.test(v)) throw new AppError('ongeldig');
      }
    }
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    const location = reply.getHeader('location');
    if (typeof location === 'string' && LOCATION_ONVEILIG.test(location)) reply.header('location', veiligeLocation(location));
    return payload;
  });
}

/** After the request context (session, login, ability): a path parameter that cannot be one is a 404. */
export function installParamGrenzen(app: FastifyInstance) {
  app.addHook('preHandler', async (request) => {
    const params = request.params as Record<string, unknown> | undefined;
    if (!params) return;
    for (const [name, value] of Object.entries(params)) {
      const format = PARAM_FORMATEN[name];
      if (format && !(typeof value === 'string' && format(value))) throw notFound();
    }
  });
}
