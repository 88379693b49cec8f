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

  async get(url: string) {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() }, remoteAddress: this.ip }));
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
