// Browser journeys (docs/architecture.md): the real app listening on loopback over a fresh
// database, driven by Debian's Chromium through playwright-core, with axe on every page.
// Every page a test lands on must pass `checkA11y`; a page that was loaded but never checked
// fails the test in afterEach, so a journey cannot silently skip the accessibility check.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { currentCode } from '../../src/modules/auth/totp';
import type { Services } from '../../src/services';
import { createTestApp, type TestApp } from './app';
import { gebruiker, instelling, type TestUser } from './factories';

export const CHROMIUM = '/usr/bin/chromium';
// The flags we run Chromium with: no sandbox (containers), and nothing that phones home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** One screenshot per distinct page label, for a human to look at; not committed. */
export const SHOTS_DIR = '/tmp/e2e-shots';
const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface BrowserHandle {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile. A missing browser is an error, never a skipped test. */
export async function launchBrowser(): Promise<BrowserHandle> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} ontbreekt: installeer Debian's Chromium met \`apt-get install -y chromium\` (nooit een browser downloaden).`);
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'vl-e2e-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    return {
      context,
      close: async () => {
        try {
          await context.close();
        } finally {
          rmSync(userDataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface RunningApp extends TestApp {
  baseUrl: string;
  /**
   * A user named `{naam}-{n}` (unique in this app) with the given roles; instellingscodes in
   * the roles are created in the register first.
   */
  user(gebruikersnaam: string, rollen?: Parameters<typeof gebruiker>[2], opts?: { totp?: boolean }): Promise<TestUser>;
}

/** The real app on a fresh database, listening on a free loopback port. */
export async function startApp(opts: { routes?: (app: FastifyInstance, s: Services) => void } = {}): Promise<RunningApp> {
  const t = await createTestApp(opts.routes ? { routes: opts.routes } : {});
  let users = 0;
  try {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    return {
      ...t,
      baseUrl: address,
      user: async (naam, rollen = [], userOpts = {}) => {
        for (const r of rollen) if (r.code && /^\d{2}[A-Z]{2}$/.test(r.code)) await instelling(t.services, r.code);
        return gebruiker(t.services, `${naam}-${++users}`, rollen, userOpts);
      },
    };
  } catch (error) {
    await t.close();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Every page checked: each main-frame navigation is recorded; checkA11y marks it checked.

interface PageWatch {
  /** The app this page talks to; `visit` resolves relative URLs against it. */
  baseUrl: string;
  /** URL of the loaded document not yet checked by axe, if any. */
  unchecked: string | null;
  /** Documents that were replaced before anyone checked them. */
  missed: string[];
  /** Console errors and page errors (CSP violations, broken scripts, missing CSS). */
  errors: string[];
}
const watches = new WeakMap<Page, PageWatch>();
const shotLabels = new Set<string>();

/** Starts recording navigations and console errors of a page; `assertPageClean` checks them. */
export function watchPage(page: Page, baseUrl: string): void {
  const w: PageWatch = { baseUrl, unchecked: null, missed: [], errors: [] };
  watches.set(page, w);
  // A new document, not a jump to an #anchor on the same one (those fire framenavigated too).
  page.on('domcontentloaded', () => {
    if (w.unchecked) w.missed.push(w.unchecked);
    w.unchecked = page.url();
  });
  page.on('pageerror', (error) => w.errors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // A 4xx page (404, a form with errors answers 400) logs its own status; that is intended.
    if (msg.text().startsWith('Failed to load resource') && msg.location().url === page.url()) return;
    w.errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
}

/** Fails when a loaded page was never checked by axe, or the browser logged an error. */
export function assertPageClean(page: Page): void {
  const w = watches.get(page);
  if (!w) throw new Error('watchPage(page) is niet aangeroepen');
  const problems = [
    ...[...w.missed, ...(w.unchecked ? [w.unchecked] : [])].map((u) => `pagina niet met axe gecontroleerd: ${u}`),
    ...w.errors,
  ];
  if (problems.length > 0) throw new Error(`Browserjourney niet schoon:\n  ${problems.join('\n  ')}`);
}

/**
 * Runs axe (WCAG 2.1 A and AA) on the page as it is now and fails with a readable list.
 * Also takes one full-page screenshot per label into SHOTS_DIR.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const w = watches.get(page);
  if (w) w.unchecked = null;
  if (!shotLabels.has(label)) {
    shotLabels.add(label);
    mkdirSync(SHOTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS_DIR, `${label.replace(/[^a-z0-9-]+/gi, '_')}.png`), fullPage: true });
  }
  // Legacy mode runs axe.run inside the page instead of opening a blank page per check for
  // axe.finishRun: the same rules and tags, three times faster; our pages have no iframes.
  const result = await new AxeBuilder({ page }).withTags(A11Y_TAGS).setLegacyMode(true).analyze();
  if (result.violations.length === 0) return;
  const list = result.violations.map(
    (v) =>
      `- ${v.id} (${v.impact ?? 'onbekend'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}\n    ${v.helpUrl}`,
  );
  throw new Error(`axe: ${result.violations.length} toegankelijkheidsfout(en) op "${label}" (${page.url()}):\n${list.join('\n')}`);
}

/** Goes to a URL (relative to the app) and checks the page it lands on. */
export async function visit(page: Page, url: string, label: string) {
  const base = watches.get(page)?.baseUrl;
  const response = await page.goto(base ? new URL(url, base).toString() : url);
  await checkA11y(page, label);
  return response;
}

/**
 * Does something that loads a new page (submit, click a link, back, reload), waits for that page
 * to load and checks it. Fails after 10 s when nothing loads.
 */
export async function navigate(page: Page, label: string, action: () => Promise<unknown>): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout: 10_000 });
  await action();
  await loaded;
  await checkA11y(page, label);
}

/** Logs in through the real pages: password, then the current code of the token generator. */
export async function login(page: Page, user: TestUser, startUrl = '/inloggen'): Promise<void> {
  await visit(page, startUrl, 'inloggen');
  await page.getByLabel('Inlognaam').fill(user.gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(user.wachtwoord);
  await navigate(page, 'inloggen-code', () => page.getByRole('button', { name: 'Inloggen' }).click());
  if (!page.url().includes('/inloggen/code')) throw new Error(`wachtwoord geweigerd: "${await page.title()}" op ${page.url()}`);
  await page.getByLabel('Code', { exact: true }).fill(currentCode(user.totpSecret));
  await navigate(page, 'na-inloggen', () => page.getByRole('button', { name: 'Verder' }).click());
  if (new URL(page.url()).pathname.startsWith('/inloggen')) throw new Error(`code geweigerd: "${await page.title()}" op ${page.url()}`);
}

export interface E2E {
  readonly page: Page;
  readonly app: RunningApp;
  readonly context: BrowserContext;
}

/**
 * Wires a test file: one Chromium and one app on a fresh database for the file (cloning a
 * database costs seconds); per test no cookies and a new page. Tests stay apart by making
 * their own users (`app.user` names are unique), since a TOTP step works once per user.
 * The login routes allow 30 posts a minute from one IP: a file that logs in more often than
 * that should be split.
 */
export function useE2E(opts: { routes?: (app: FastifyInstance, s: Services) => void } = {}): E2E {
  let browser: BrowserHandle | undefined;
  let app: RunningApp | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    const [b, a] = await Promise.allSettled([launchBrowser(), startApp(opts)]);
    if (b.status === 'fulfilled') browser = b.value;
    if (a.status === 'fulfilled') app = a.value;
    if (b.status === 'rejected') throw b.reason;
    if (a.status === 'rejected') throw a.reason;
  });
  beforeEach(async () => {
    await browser!.context.clearCookies();
    page = await browser!.context.newPage();
    page.setDefaultTimeout(15_000);
    watchPage(page, app!.baseUrl);
  });
  afterEach(async () => {
    try {
      if (page) assertPageClean(page);
    } finally {
      await page?.close();
      page = undefined;
    }
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await app?.close();
    }
  });
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is er alleen binnen een test`);
    return v;
  };
  return {
    get page() {
      return need(page, 'page');
    },
    get app() {
      return need(app, 'app');
    },
    get context() {
      return need(browser, 'browser').context;
    },
  };
}
