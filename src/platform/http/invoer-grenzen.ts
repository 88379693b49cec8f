// What the request itself may carry before any module sees it (security; text that PostgreSQL
// cannot store must never reach it as a 500):
//   - a header (and so a cookie) holding a control character is refused as a bad request; Node's
//     own HTTP parser refuses most of them already, this holds for any way in;
//   - every `:param` of a route is in PARAM_FORMATEN, checked after the login guard and before
//     the handler: a value with a control or broken character, or too long for any id, is a 404
//     without SQL; so is one of the wrong format where the module does not check and audit that
//     itself. A route with a parameter not in the table fails at start, so none is forgotten;
//   - a redirect's Location never carries a character Node refuses in a header (controls,
//     anything past U+00FF): it is percent-encoded, so a URL taken from the request (e.g.
//     `terug`) cannot turn the redirect into a 500.
// Text in forms and search fields is refused at the field instead (tekens.ts).
import type { FastifyInstance } from 'fastify';
import { AppError, notFound } from './errors';

const GETAL = /^[1-9]\d{0,17}$/;

/**
 * The format of each path parameter, by its name. 'gecontroleerd': the module checks the format
 * itself before any query on it and audits the refused access (R-PRIV-1: probing a meldingnummer
 * or a record id leaves a trace), so here only what no URL of ours holds is refused.
 */
export const PARAM_FORMATEN: Readonly<Record<string, 'gecontroleerd' | ((v: string) => boolean)>> = {
  nummer: 'gecontroleerd',
  /** The API's meldingnummer (issue 16): checked and audited by the one door (requireMelding). */
  meldingnummer: 'gecontroleerd',
  concept: 'gecontroleerd',
  id: 'gecontroleerd',
  keuze: 'gecontroleerd',
  versie: (v) => GETAL.test(v) && v.length <= 9,
  rolId: (v) => GETAL.test(v),
  /** A step or action segment, checked against its own list by the handler. */
  stap: (v) => /^[a-z][a-z-]{0,40}$/.test(v),
  actie: (v) => /^[a-z][a-z-]{0,40}$/.test(v),
};

/** No id, number or segment of ours is longer, or holds a control or a broken (U+FFFD) character. */
const GEEN_ID = /[\u0000-\u001f\u007f-\u009f\ufffd]|[\ud800-\udfff]/;
const kanGeenIdZijn = (v: string) => v.length > 64 || GEEN_ID.test(v);

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
      if (!format) continue;
      if (typeof value !== 'string' || kanGeenIdZijn(value) || (format !== 'gecontroleerd' && !format(value))) throw notFound();
    }
  });
}
