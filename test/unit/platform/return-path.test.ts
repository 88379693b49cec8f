// The return path after login or choosing (security: no open redirect). Checked by what a
// browser does with the Location header: resolve it with the WHATWG URL parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../../src/platform/http/request-context';

const OURS = 'https://verzuimloket.example';

/** Where a browser on our origin would go with this Location header. */
const browserTarget = (location: string) => new URL(location, `${OURS}/inloggen`);

describe('security: the return path after login stays on our origin', () => {
  it('keeps our own paths with their query, and turns known tricks into /', () => {
    expect(safeReturnPath('/beheer/audit?pagina=2')).toBe('/beheer/audit?pagina=2');
    expect(safeReturnPath('/raadplegen#resultaten')).toBe('/raadplegen#resultaten');
    for (const evil of [
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '//evil.example',
      '/\\evil.example',
      '/\\/evil.example',
      '/.//evil.example',
      '/%2F/evil.example/..//',
      'https://evil.example/',
      'evil.example',
      '',
      '/\u0000/evil.example',
    ]) {
      const out = safeReturnPath(evil);
      expect(browserTarget(out).origin, JSON.stringify(evil)).toBe(OURS);
      expect(out).not.toMatch(/^\/[/\\]/);
    }
    expect(safeReturnPath('/\t/evil.example')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
    expect(safeReturnPath(['/a'])).toBe('/');
  });

  it('for any input the answer is printable ASCII that a browser resolves on our origin', () => {
    const pathish = fc
      .array(fc.oneof(fc.constantFrom('/', '\\', '\t', '\n', '\r', '.', '%2F', '%5C', '%09', '%00', '?', '#', '@', ':', 'evil.example', 'a', ' ', '\u0000', '\u2028', 'é'), fc.string()), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(pathish, pathish.map((p) => `/${p}`), fc.string()), (input) => {
        const out = safeReturnPath(input);
        expect(out.startsWith('/')).toBe(true);
        expect(out).not.toMatch(/^\/[/\\]/);
        expect(out).toMatch(/^[\x21-\x7e]*$/);
        expect(browserTarget(out).origin).toBe(OURS);
      }),
      { numRuns: 5000 },
    );
  });
});
