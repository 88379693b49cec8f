// The logger's options, one place for the service and its tests. Access log lines carry the
// path but never a query string's values: a PGN, a name or a birth date typed in a search
// (or pasted into a URL by mistake) must not end up in log files that live longer and are
// read by more people than the database.
import type { FastifyServerOptions } from 'fastify';

/** The path, and of the query only the parameter names: `/x?pgn=…&pagina=…`. */
export function logUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const names = url
    .slice(q + 1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const name = part.split('=', 1)[0]!;
      // A name is ours when short and plain; anything else is data, and goes too.
      return /^[A-Za-z][A-Za-z0-9_.[\]-]{0,39}$/.test(name) ? `${name}=…` : '…';
    });
  return `${url.slice(0, q)}?${names.join('&')}`;
}

interface RequestLike {
  method: string;
  url: string;
  hostname?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

export function loggerOptions(config: { logLevel: string }): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers.authorization'],
    serializers: {
      req: (request: RequestLike) => ({
        method: request.method,
        url: logUrl(request.url),
        host: request.hostname,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
  };
}
