// security R-PRIV-1: access log lines carry paths, never the values of a query string (a PGN
// in `?pgn=` was logged whole).
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions, logUrl } from '../../../src/platform/http/logging';
import { createTestApp, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';

describe(`security: the access log on ${testDatabaseKind}`, () => {
  let t: TestApp;
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });

  beforeAll(async () => {
    t = await createTestApp({ logger: { ...loggerOptions({ logLevel: 'info' }), stream } });
  });
  afterAll(async () => t?.close());

  it('security R-PRIV-1 a PGN or a name in a query string never reaches the log, the path and parameter names do', async () => {
    const pgn = '123456782';
    for (const url of [`/verzuim/raadplegen?pgn=${pgn}`, `/inloggen?terug=%2Fx%3Fpgn%3D${pgn}`, `/onbekend?achternaam=Jansen&pgn=${pgn}`, `/contact?${pgn}`]) {
      await t.app.inject(url);
    }
    const log = lines.join('');
    expect(log).toContain('"url":"/verzuim/raadplegen?pgn=…"');
    expect(log).toContain('"url":"/onbekend?achternaam=…&pgn=…"');
    expect(log).not.toContain(pgn);
    expect(log).not.toContain('Jansen');
  });

  it('logUrl keeps the path and plain parameter names only', () => {
    expect(logUrl('/a/b')).toBe('/a/b');
    expect(logUrl('/a?pagina=2&sorteer=pgn')).toBe('/a?pagina=…&sorteer=…');
    expect(logUrl('/a?123456782')).toBe('/a?…');
    expect(logUrl('/a?Jan%20Jansen=1&x')).toBe('/a?…&x=…');
  });
});
