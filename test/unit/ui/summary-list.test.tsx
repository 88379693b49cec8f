import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { SummaryList } from '../../../src/platform/ui/summary-list';

describe('summary list (check answers)', () => {
  it('R-UI-7 renders a dl of rows with a Wijzigen link carrying hidden context', () => {
    const html = renderToString(
      <SummaryList rows={[
        { key: 'Begindatum', value: '31-08-2026', change: { href: '/wizard/verzuim#begindatum', hiddenText: 'begindatum' } },
        { key: 'Status', value: 'Geregistreerd' },
      ]} />,
    );
    expect(html).toMatch(/^<dl class="vl-summary-list">/);
    expect(html).toContain('<dt class="vl-summary-list__key">Begindatum</dt><dd class="vl-summary-list__value">31-08-2026</dd>');
    expect(html).toContain('<a class="utrecht-link vl-change-link" href="/wizard/verzuim#begindatum">Wijzigen<span class="visually-hidden"> begindatum</span></a>');
    // Rows without a link keep an empty actions cell, so the columns line up.
    expect(html.match(/vl-summary-list__actions/g)).toHaveLength(2);
  });

  it('R-UI-7 an empty answer shows "Niet ingevuld"; no actions column when nothing can change', () => {
    const html = renderToString(<SummaryList rows={[{ key: 'Onderwijsnummer', value: null }, { key: 'Naam', value: '' }]} />);
    expect(html.match(/Niet ingevuld/g)).toHaveLength(2);
    expect(html).not.toContain('vl-summary-list__actions');
  });

  it('R-UI-7 a section has a heading and one Wijzigen link for the whole section', () => {
    const html = renderToString(
      <SummaryList title="Verzuim" headingLevel={3} change={{ href: '/wizard/verzuim', hiddenText: 'verzuim' }} rows={[{ key: 'Soort', value: 'Relatief verzuim' }]} />,
    );
    expect(html).toContain('<h3 class="vl-summary-section__title">Verzuim</h3>');
    expect(html).toContain('Wijzigen<span class="visually-hidden"> verzuim</span>');
  });
});
