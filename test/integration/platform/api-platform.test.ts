// B-API platform (issue 16): every error under /api/v1 is problem+json (RFC 9457) with a Dutch
// detail and the API-Version header; 400 with invalidParams as the page words it, 401 with a
// Bearer challenge, 403 for a missing scope, 404, 405 with Allow, 406, 413, 415, 503 with
// Retry-After, 500 without internals; the pages' session, CSRF/origin check and HTML error
// pages never run for the API.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DatabaseUnavailableError } from '../../../src/db/unavailable';
import { defineOperation } from '../../../src/platform/api/operation';
import { registerApi } from '../../../src/platform/api/plugin';
import { API_VERSIE } from '../../../src/platform/api/versie';
import { AppError } from '../../../src/platform/http/errors';
import { commonMessages } from '../../../src/platform/messages/common';
import { bearer, koppeling, testAuthenticator } from '../../helpers/api';
import { createTestApp, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';

const lezer = koppeling('gemeente', ['0363']);
const zonderScope = koppeling('gemeente', ['0363'], ['vrijstellingen:beheren']);
const TOKENS = { lezer, zonderScope };

const dingSchema = z.object({ naam: z.string().min(1, 'Vul een naam in').max(10, 'De naam is te lang').describe('De naam.') }).describe('Een ding.');

const operaties = [
  defineOperation({
    method: 'GET',
    path: '/dingen/{id}',
    operationId: 'dingOphalen',
    summary: 'Eén ding',
    description: 'Een ding om het platform mee te testen.',
    tags: ['test'],
    scope: 'meldingen:lezen',
    params: z.object({ id: z.string().regex(/^\d{1,5}$/, 'Het id bestaat uit cijfers').describe('Het id.') }),
    query: z.object({ aantal: z.coerce.number().int('Vul een heel getal in').optional().describe('Hoeveel.') }),
    responses: { 200: { description: 'Het ding.', schema: dingSchema } },
    handler: async ({ params }) => {
      if (params.id === '404') throw new AppError('niet_gevonden');
      if (params.id === '503') throw new DatabaseUnavailableError('weg');
      if (params.id === '500') throw new Error('geheim: /srv/app/src/x.ts regel 12');
      return { status: 200, body: { naam: `ding ${params.id}` } };
    },
  }),
  defineOperation({
    method: 'POST',
    path: '/dingen',
    operationId: 'dingMaken',
    summary: 'Een ding maken',
    description: 'Maakt een ding.',
    tags: ['test'],
    scope: 'meldingen:lezen',
    body: dingSchema,
    responses: { 201: { description: 'Gemaakt.', schema: dingSchema } },
    handler: async ({ body }) => ({ status: 201, body }),
  }),
];

async function losseApi(): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: 1024 * 1024 });
  await registerApi(app, { operations: operaties, authenticator: testAuthenticator(TOKENS), baseUrl: 'http://localhost:3000', tags: [{ name: 'test', description: 'Test.' }] });
  await app.ready();
  return app;
}

function verwachtProbleem(r: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number) {
  expect(r.statusCode, r.body).toBe(status);
  expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  expect(r.headers['api-version']).toBe(API_VERSIE);
  const p = JSON.parse(r.body) as Record<string, unknown>;
  expect(p.status).toBe(status);
  expect(p.type).toMatch(/^\/api\/v1\/documentatie#probleem-[a-z-]+$/);
  expect(p.title).toEqual(expect.any(String) as unknown);
  expect(p.detail).toEqual(expect.any(String) as unknown);
  expect(p.instance).toMatch(/^\//);
  expect(r.body).not.toMatch(/<html|at .*\.ts:\d+|stack/i);
  return p;
}

describe('B-API platform: problem+json and the media types, on a bare Fastify', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await losseApi();
  });
  afterAll(async () => app.close());

  it('B-API: a good call answers JSON with the full API-Version header', async () => {
    const r = await app.inject({ url: '/api/v1/dingen/12', headers: bearer('lezer') });
    expect(r.statusCode).toBe(200);
    expect(r.headers['api-version']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.json()).toEqual({ naam: 'ding 12' });
  });

  it('B-API: no token is a 401 with a Bearer challenge; an unknown token names invalid_token', async () => {
    const geen = await app.inject({ url: '/api/v1/dingen/12' });
    verwachtProbleem(geen, 401);
    expect(geen.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(geen.headers['www-authenticate']).not.toContain('error=');
    const fout = await app.inject({ url: '/api/v1/dingen/12', headers: bearer('niet-bekend') });
    verwachtProbleem(fout, 401);
    expect(fout.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('B-API: a token without the scope is a 403 naming the scope; authentication comes before validation', async () => {
    const r = await app.inject({ url: '/api/v1/dingen/abc', headers: bearer('zonderScope') });
    const p = verwachtProbleem(r, 403);
    expect(p.detail).toContain('meldingen:lezen');
    expect(r.headers['www-authenticate']).toContain('insufficient_scope');
    verwachtProbleem(await app.inject({ url: '/api/v1/dingen/abc' }), 401);
  });

  it('B-API: invalid path, query and body give 400 with invalidParams (name, code, the Dutch reason)', async () => {
    const pad = verwachtProbleem(await app.inject({ url: '/api/v1/dingen/abc?aantal=1.5', headers: bearer('lezer') }), 400);
    expect(pad.invalidParams).toEqual([{ name: 'id', code: 'invalid_format', reason: 'Het id bestaat uit cijfers' }]);
    const query = verwachtProbleem(await app.inject({ url: '/api/v1/dingen/1?aantal=1.5', headers: bearer('lezer') }), 400);
    expect(query.invalidParams).toEqual([{ name: 'aantal', code: 'invalid_type', reason: 'Vul een heel getal in' }]);
    const body = verwachtProbleem(await app.inject({ method: 'POST', url: '/api/v1/dingen', headers: bearer('lezer'), payload: { naam: '' } }), 400);
    expect(body.invalidParams).toEqual([{ name: '/naam', code: 'too_small', reason: 'Vul een naam in' }]);
    // A control character: the pages' message at the field.
    const teken = verwachtProbleem(await app.inject({ method: 'POST', url: '/api/v1/dingen', headers: bearer('lezer'), payload: { naam: 'a\u0000b' } }), 400);
    expect(teken.invalidParams).toEqual([{ name: '/naam', code: 'ongeldig_teken', reason: commonMessages.tekenNietToegestaan }]);
    verwachtProbleem(await app.inject({ method: 'POST', url: '/api/v1/dingen', headers: { ...bearer('lezer'), 'content-type': 'application/json' }, payload: '{"naam":' }), 400);
  });

  it('B-API: 404 for an unknown route, a trailing slash and what is not there; 405 with Allow for another method', async () => {
    verwachtProbleem(await app.inject({ url: '/api/v1/bestaat-niet' }), 404);
    verwachtProbleem(await app.inject({ url: '/api/v1/dingen/12/', headers: bearer('lezer') }), 404);
    verwachtProbleem(await app.inject({ url: '/api/v1/dingen/404', headers: bearer('lezer') }), 404);
    const r = await app.inject({ method: 'DELETE', url: '/api/v1/dingen/12', headers: bearer('lezer') });
    verwachtProbleem(r, 405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });

  it('B-API: 406 when Accept allows no JSON, 415 for a body that is not JSON, 413 for a body too large', async () => {
    verwachtProbleem(await app.inject({ url: '/api/v1/dingen/12', headers: { ...bearer('lezer'), accept: 'text/html' } }), 406);
    expect((await app.inject({ url: '/api/v1/dingen/12', headers: { ...bearer('lezer'), accept: 'text/html, application/*;q=0.5' } })).statusCode).toBe(200);
    verwachtProbleem(await app.inject({ url: '/api/v1/dingen/12', headers: { ...bearer('lezer'), accept: 'application/json;q=0' } }), 406);
    verwachtProbleem(await app.inject({ method: 'POST', url: '/api/v1/dingen', headers: { ...bearer('lezer'), 'content-type': 'application/x-www-form-urlencoded' }, payload: 'naam=x' }), 415);
    verwachtProbleem(
      await app.inject({ method: 'POST', url: '/api/v1/dingen', headers: { ...bearer('lezer'), 'content-type': 'application/json' }, payload: JSON.stringify({ naam: 'x'.repeat(1024 * 1024 + 10) }) }),
      413,
    );
  });

  it('B-API: the database away is a 503 with Retry-After; an unexpected error a 500 naming only a reference', async () => {
    const weg = await app.inject({ url: '/api/v1/dingen/503', headers: bearer('lezer') });
    verwachtProbleem(weg, 503);
    expect(Number(weg.headers['retry-after'])).toBeGreaterThan(0);
    const fout = await app.inject({ url: '/api/v1/dingen/500', headers: bearer('lezer') });
    const p = verwachtProbleem(fout, 500);
    expect(fout.body).not.toContain('geheim');
    expect(p.detail).toContain('Referentie');
  });
});

describe(`B-API platform inside the app: the pages' pipeline does not run for /api/v1 (on ${testDatabaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ apiAuthenticator: testAuthenticator(TOKENS) });
  });
  afterAll(async () => t?.close());

  it('B-API: a cross-site POST without CSRF token is not refused as the pages refuse it, and no session cookie is set', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/iets', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, payload: '{}' });
    verwachtProbleem(r, 404);
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('B-API: an unknown API path is problem+json, never the HTML 404 page; the pages keep theirs', async () => {
    verwachtProbleem(await t.app.inject({ url: '/api/v1/meldingen/x/y/z', headers: { accept: 'text/html' } }), 404);
    verwachtProbleem(await t.app.inject({ url: '/api/v1' }), 404);
    const pagina = await t.app.inject({ url: '/bestaat-niet', headers: { accept: 'text/html' } });
    expect([303, 404]).toContain(pagina.statusCode);
    expect(String(pagina.headers['content-type'] ?? '')).not.toContain('problem');
  });

  it('B-API: without koppelingen wired in, no token is accepted (the API is closed, not open); the document stays public', async () => {
    const dicht = await createTestApp();
    try {
      expect((await dicht.app.inject({ url: '/api/v1/openapi.json' })).statusCode).toBe(200);
      const r = await dicht.app.inject({ url: '/api/v1/meldingen', headers: bearer('lezer') });
      verwachtProbleem(r, 401);
    } finally {
      await dicht.close();
    }
  }, 30_000);
});
