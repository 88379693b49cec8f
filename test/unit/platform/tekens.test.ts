// security: the one check for characters no typed text holds, and JSON text for jsonb.
import { describe, expect, it } from 'vitest';
import { jsonbTekst } from '../../../src/db/json';
import { parseForm } from '../../../src/platform/http/form';
import { heeftVerbodenTeken, metTekenFouten, tekenFouten } from '../../../src/platform/http/tekens';
import { commonMessages } from '../../../src/platform/messages/common';
import { z } from 'zod';

const M = commonMessages.tekenNietToegestaan;

describe('security: refused characters in text input', () => {
  it('security: C0 and C1 controls, DEL and lone UTF-16 halves are refused; tab and line breaks only in a textarea', () => {
    for (const c of ['\u0000', '\u0001', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f', '\ud800', '\udfff', '\udc00\ud800']) {
      expect(heeftVerbodenTeken(`a${c}b`), JSON.stringify(c)).toBe(true);
      expect(heeftVerbodenTeken(`a${c}b`, true), JSON.stringify(c)).toBe(true);
    }
    for (const c of ['\t', '\n', '\r']) {
      expect(heeftVerbodenTeken(`a${c}b`)).toBe(true);
      expect(heeftVerbodenTeken(`a${c}b`, true)).toBe(false);
    }
    for (const ok of ['', 'Jansen', 'é ñ € 😀', "O'Brien-Smit", '\u00a0', '\u2028', '%00', '\\u0000']) expect(heeftVerbodenTeken(ok), ok).toBe(false);
  });

  it('security: tekenFouten names each field once (lists too), in the order of the values; its message replaces a field\'s other error in place', () => {
    const fouten = tekenFouten({ a: 'ok', b: 'x\u0000', c: ['ja', 'n\u0001'], d: 'regel\nregel', e: 'vak\nvak' }, ['e']);
    expect(fouten).toEqual([
      { field: 'b', text: M },
      { field: 'c', text: M },
      { field: 'd', text: M },
    ]);
    const samen = metTekenFouten(fouten, [
      { field: 'a', text: 'A' },
      { field: 'd', text: 'D' },
      { field: 'd', text: 'D2' },
    ]);
    expect(samen).toEqual([{ field: 'a', text: 'A' }, { field: 'd', text: M }, { field: 'b', text: M }, { field: 'c', text: M }]);
  });

  it('security: parseForm refuses a control character whatever the schema allows, input kept; tekstvakken allow line breaks', () => {
    const schema = z.object({ naam: z.string(), opmerking: z.string() });
    const r = parseForm(schema, { naam: 'Piet\u0000', opmerking: 'a\r\nb', _csrf: 't' });
    expect(r).toEqual({ ok: false, errors: [{ field: 'naam', text: M }, { field: 'opmerking', text: M }], values: { naam: 'Piet\u0000', opmerking: 'a\r\nb' } });
    expect(parseForm(schema, { naam: 'Piet', opmerking: 'a\r\nb' }, { tekstvakken: ['opmerking'] }).ok).toBe(true);
  });

  it('security: jsonbTekst writes no \\u0000 escape and no lone UTF-16 half; other text is JSON.stringify as is', () => {
    expect(jsonbTekst({ a: 'x\u0000y', b: ['\ud800', 'ok'], c: '😀' })).toBe(JSON.stringify({ a: 'x\ufffdy', b: ['\ufffd', 'ok'], c: '😀' }));
    const gewoon = { a: 'tab\there', b: 'back\\u0000slash', n: 1, x: null };
    expect(JSON.parse(jsonbTekst(gewoon))).toEqual(gewoon);
  });
});
