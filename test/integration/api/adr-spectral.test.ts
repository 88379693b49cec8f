// B-API (issue 16): the OpenAPI document the service serves follows the NL GOV API Design Rules
// as api/nlgov-adr.spectral.yaml writes them; any warning fails. And the ruleset itself can
// fail: a document with a trailing slash and a snake_case property is refused.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const SPECTRAL = path.join(ROOT, 'node_modules/.bin/spectral');
const RULESET = path.join(ROOT, 'api/nlgov-adr.spectral.yaml');

interface Bevinding {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

/** Spectral on `document` with our ruleset: exit code and findings. */
async function lint(dir: string, document: unknown): Promise<{ code: number; bevindingen: Bevinding[]; uitvoer: string }> {
  const file = path.join(dir, `doc-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(document, null, 2));
  const args = ['lint', file, '--ruleset', RULESET, '--fail-severity=warn', '--format', 'json', '--quiet'];
  try {
    const r = await run(SPECTRAL, args, { cwd: ROOT, timeout: 120_000 });
    return { code: 0, bevindingen: JSON.parse(r.stdout || '[]') as Bevinding[], uitvoer: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    let bevindingen: Bevinding[] = [];
    try {
      bevindingen = JSON.parse(err.stdout || '[]') as Bevinding[];
    } catch {
      // Not JSON: spectral itself failed; the output says why.
    }
    return { code: typeof err.code === 'number' ? err.code : -1, bevindingen, uitvoer: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe(`B-API: the served OpenAPI document against the NL GOV API Design Rules (on ${testDatabaseKind})`, () => {
  let t: TestApp;
  let dir: string;
  let document: Record<string, unknown>;
  beforeAll(async () => {
    t = await createTestApp();
    dir = mkdtempSync(path.join(os.tmpdir(), 'vl-spectral-'));
    const r = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(r.statusCode).toBe(200);
    document = r.json();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  it('B-API ADR: spectral finds nothing in the served document, not even a warning', async () => {
    const r = await lint(dir, document);
    expect(r.bevindingen.map((b) => `${b.code}: ${b.message} at ${b.path.join('.')}`)).toEqual([]);
    expect(r.code, r.uitvoer).toBe(0);
  }, 180_000);

  it('B-API ADR: the ruleset refuses a trailing slash, a snake_case property, a path without version and an error that is not problem+json', async () => {
    const slecht = structuredClone(document) as { paths: Record<string, Record<string, Record<string, unknown>>>; servers: { url: string }[] };
    slecht.servers = [{ url: 'http://localhost:3000/api' }];
    slecht.paths['/dingen/'] = {
      get: {
        operationId: 'dingenLijst',
        summary: 'Dingen',
        description: 'De dingen.',
        tags: ['meldingen'],
        security: [{ oauth2: ['meldingen:lezen'] }],
        responses: {
          200: {
            description: 'De dingen.',
            headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
            content: { 'application/json': { schema: { type: 'object', description: 'Dingen.', properties: { ding_naam: { type: 'string', description: 'Naam.' } } } } },
          },
          404: { description: 'Niet gevonden.', headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } }, content: { 'text/html': { schema: { type: 'string' } } } },
        },
      },
    };
    const r = await lint(dir, slecht);
    expect(r.code, r.uitvoer).not.toBe(0);
    const codes = new Set(r.bevindingen.map((b) => b.code));
    for (const c of ['nlgov-path-no-trailing-slash', 'nlgov-property-camel-case', 'nlgov-server-version-in-path', 'nlgov-problem-json']) expect(codes, r.uitvoer).toContain(c);
  }, 180_000);
});
