// The world of the Beheer locaties and Beheer contactpersonen tests: one app, and a new school
// with its own beheerder per test, plus helpers to read the pages as a person would.
import { createTestApp, testClock, type TestApp } from '../../helpers/app';
import { TestClient } from '../../helpers/client';
import { gebruiker, instelling, type TestUser } from '../../helpers/factories';

export interface School {
  code: string;
  /** The school's beheerder ('Verzuimloket beheerder onderwijs'), logged in. */
  c: TestClient;
  beheerder: TestUser;
}

export interface BeheerWereld {
  t: TestApp;
  /** A new school with its own beheerder, so each test starts from an empty list. */
  school(code: string): Promise<School>;
  /** A client logged in as `u` through the real login pages. */
  loggedIn(u: TestUser): Promise<TestClient>;
}

export async function beheerWereld(): Promise<BeheerWereld> {
  const clock = testClock();
  const t = await createTestApp({ now: clock });
  let ip = 2;
  const loggedIn = async (u: TestUser) => {
    // A TOTP code works once: each login uses the next 30-second step; a new IP keeps the
    // per-IP rate limit out of the way.
    clock.advance(30_000);
    const c = new TestClient(t.app, `127.0.1.${ip++}`);
    await c.login(u.gebruikersnaam, u.wachtwoord, u.totpSecret, clock().getTime());
    return c;
  };
  return {
    t,
    loggedIn,
    school: async (code) => {
      await instelling(t.services, code, `School ${code}`);
      const beheerder = await gebruiker(t.services, `beheer.${code.toLowerCase()}`, [{ rol: 'beheerder_onderwijs', code }]);
      return { code, beheerder, c: await loggedIn(beheerder) };
    },
  };
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The names in an overview, in order: the links to each record's Wijzigen page. */
export function namenInOverzicht(html: string, pad: string): string[] {
  const re = new RegExp(`<a href="${pad}/[0-9a-f-]{36}/wijzigen[^"]*">([^<]*)</a>`, 'g');
  return [...html.matchAll(re)].map((m) => decode(m[1]!));
}

/** The href of the first link whose text is `text` (decoded, as a client would follow it). */
export function linkNaar(html: string, text: string | RegExp): string {
  for (const m of html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
    const label = decode(m[2]!.replace(/<[^>]+>/g, '')).trim();
    if (typeof text === 'string' ? label === text : text.test(label)) return decode(m[1]!);
  }
  throw new Error(`geen link "${String(text)}" op de pagina`);
}

/** The message at a field (GOV.UK: between label and input), without the hidden "Fout:". */
export function foutBijVeld(html: string, veld: string): string | undefined {
  const m = new RegExp(`id="${veld}-fout">([\\s\\S]*?)</p>`).exec(html);
  return m ? decode(m[1]!.replace(/<span class="visually-hidden">[^<]*<\/span>/, '')).trim() : undefined;
}

/** The value an input shows. */
export function waardeVan(html: string, veld: string): string | undefined {
  const input = new RegExp(`<input[^>]*name="${veld}"[^>]*>`).exec(html)?.[0];
  if (!input) return undefined;
  // An empty value is rendered without the attribute.
  return decode(/value="([^"]*)"/.exec(input)?.[1] ?? '');
}

/** The audit lines of an action, newest last. */
export async function auditRegels(t: TestApp, actie: string) {
  return t.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();
}
