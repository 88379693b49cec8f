// A small browser for app.inject: keeps cookies, follows nothing by itself, and fills in the
// CSRF token of the last page it saw, the way a form post from that page would.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { currentCode } from '../../src/modules/auth/totp';

export class TestClient {
  readonly cookies = new Map<string, string>();
  lastHtml = '';

  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = '127.0.0.1',
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    if (String(res.headers['content-type'] ?? '').startsWith('text/html')) this.lastHtml = res.body;
    return res;
  }

  /** The CSRF token in the last HTML page seen. */
  csrf(): string {
    return /name="_csrf" value="([^"]+)"/.exec(this.lastHtml)?.[1] ?? '';
  }

  /** Gets a page; a link's #fragment stays in the client, as a browser keeps it. */
  async get(url: string) {
    return this.remember(await this.app.inject({ method: 'GET', url: url.split('#')[0]!, headers: { cookie: this.cookieHeader() }, remoteAddress: this.ip }));
  }

  /** Posts a form; `_csrf` is taken from the last page unless given. */
  async post(url: string, form: Record<string, string | string[]> = {}) {
    const params = new URLSearchParams();
    const withCsrf: Record<string, string | string[]> = { _csrf: this.csrf(), ...form };
    for (const [k, v] of Object.entries(withCsrf)) for (const one of typeof v === 'string' ? [v] : v) params.append(k, one);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: params.toString(),
        remoteAddress: this.ip,
      }),
    );
  }

  /**
   * Posts a multipart/form-data form, parts in the given order as a browser sends them in
   * document order; `_csrf` from the last page goes first unless the parts hold their own.
   * A file part is `{ filename, content }` (filename '' is what a browser sends for no file).
   * `{ csrf: false }` sends no token at all.
   */
  async postMultipart(
    url: string,
    parts: [name: string, value: string | { filename: string; content: string | Buffer; type?: string }][],
    opts: { csrf?: false } = {},
  ) {
    const boundary = `----vltest${Math.random().toString(16).slice(2)}`;
    const own = opts.csrf === false || parts.some(([name]) => name === '_csrf');
    const all = own ? parts : [['_csrf', this.csrf()] as [string, string], ...parts];
    const chunks: Buffer[] = [];
    for (const [name, value] of all) {
      const head =
        typeof value === 'string'
          ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`
          : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.filename}"\r\nContent-Type: ${value.type ?? 'text/csv'}\r\n\r\n`;
      chunks.push(Buffer.from(head), Buffer.from(typeof value === 'string' ? value : value.content), Buffer.from('\r\n'));
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat(chunks),
        remoteAddress: this.ip,
      }),
    );
  }

  /** Logs in through the real pages: password, then the current TOTP code. */
  async login(gebruikersnaam: string, wachtwoord: string, totpSecret: string, now = Date.now()) {
    await this.get('/inloggen');
    const pw = await this.post('/inloggen', { gebruikersnaam, wachtwoord });
    if (pw.statusCode !== 303) throw new Error(`wachtwoord geweigerd (${pw.statusCode})`);
    await this.get(String(pw.headers.location));
    const code = await this.post('/inloggen/code', { code: currentCode(totpSecret, now) });
    if (code.statusCode !== 303) throw new Error(`code geweigerd (${code.statusCode})`);
    return code;
  }
}
