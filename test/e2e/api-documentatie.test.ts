// B-API (issue 16): the API's reference page at /api/v1/documentatie, rendered by the service
// from its own OpenAPI document, in a real browser: our own stylesheets only (CSP 'self', no
// CDN, no inline script) and accessible (axe, through visit).
import { describe, expect, it } from 'vitest';
import { useE2E, visit } from '../helpers/browser';

const e2e = useE2E();

describe('B-API documentatie in Chromium', () => {
  it('B-API: the reference page lists the operations, links the document, loads nothing from elsewhere and passes axe', async () => {
    const response = await visit(e2e.page, '/api/v1/documentatie', 'api-documentatie');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await e2e.page.locator('h1').textContent()).toBe('Verzuimloket API – referentie');
    expect(await e2e.page.getByRole('heading', { name: /GET \/api\/v1\/meldingen\/\{meldingnummer\}/ }).count()).toBe(1);
    expect(await e2e.page.locator('a[href="/api/v1/openapi.json"]').count()).toBe(1);
    const bronnen = await e2e.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    for (const b of bronnen) expect(new URL(b).origin).toBe(new URL(e2e.page.url()).origin);
    expect(await e2e.page.locator('script:not([src])').count()).toBe(0);
  });
});
