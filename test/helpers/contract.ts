// A contract check of the JSON API (issue 16): every answer a test gets is checked against the
// OpenAPI document the service serves — its status must be documented for that operation, its
// media type too, and its body must match the documented schema (z.fromJSONSchema of it; the
// document's objects forbid extra properties, so an undocumented field fails as well).
import { expect } from 'vitest';
import { z } from 'zod';

type Json = Record<string, unknown>;
interface Antwoord {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

export interface Contract {
  /** Checks one answer of `method path` (a concrete path under /api/v1, query allowed). */
  check(method: string, url: string, r: Antwoord): void;
}

const padRegex = (template: string) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);

export function contract(document: Json): Contract {
  const components = document.components as { responses?: Record<string, Json>; schemas?: Record<string, Json> };
  const resolve = (x: Json): Json => {
    const ref = x.$ref;
    if (typeof ref !== 'string') return x;
    const [, , soort, naam] = ref.split('/');
    const doel = (components as Record<string, Record<string, Json> | undefined>)[soort!]?.[naam!];
    if (!doel) throw new Error(`onbekende $ref ${ref}`);
    return resolve(doel);
  };
  const server = new URL((document.servers as { url: string }[])[0]!.url).pathname;
  const paths = Object.entries(document.paths as Record<string, Record<string, Json>>).map(([template, item]) => ({ template, re: padRegex(template), item }));
  const cache = new Map<Json, z.ZodType>();
  const schemaVan = (schema: Json) => {
    let s = cache.get(schema);
    if (!s) cache.set(schema, (s = z.fromJSONSchema(resolve(schema))));
    return s;
  };

  return {
    check(method, url, r) {
      const pad = url.split('?')[0]!;
      expect(pad.startsWith(server), `${url} ligt niet onder ${server}`).toBe(true);
      const rest = pad.slice(server.length);
      const p = paths.find((x) => x.re.test(rest));
      // Outside the documented paths: only the platform's problems (404, 405) may answer.
      if (!p || !p.item[method.toLowerCase()]) {
        expect([404, 405], `${method} ${url}: ${r.statusCode} voor een ongedocumenteerd pad`).toContain(r.statusCode);
        expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        return;
      }
      const op = p.item[method.toLowerCase()] as Json;
      const responses = op.responses as Record<string, Json>;
      const doc = responses[String(r.statusCode)];
      expect(doc, `${method} ${p.template}: status ${r.statusCode} is niet gedocumenteerd (${r.body.slice(0, 300)})`).toBeDefined();
      const response = resolve(doc!);
      for (const h of Object.keys((response.headers as Json | undefined) ?? {})) {
        const verplicht = h === 'API-Version';
        if (verplicht) expect(r.headers[h.toLowerCase()], `${method} ${p.template} ${r.statusCode}: header ${h}`).toBeDefined();
      }
      const content = response.content as Record<string, { schema: Json }> | undefined;
      if (!content) {
        expect(r.body).toBe('');
        return;
      }
      const ct = r.headers['content-type'];
      const type = (typeof ct === 'string' ? ct : '').split(';')[0]!;
      expect(Object.keys(content), `${method} ${p.template} ${r.statusCode}: mediatype ${type}`).toContain(type);
      const parsed = schemaVan(content[type]!.schema).safeParse(JSON.parse(r.body));
      expect(parsed.success ? [] : parsed.error.issues, `${method} ${p.template} ${r.statusCode}: body volgt het schema niet`).toEqual([]);
    },
  };
}
