import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { Radios } from '../../../src/platform/ui/choices';
import { TextField } from '../../../src/platform/ui/fields';
import { HelpText } from '../../../src/platform/ui/help-text';

describe('help text behind a question mark (R-UI-3)', () => {
  it('R-UI-3 is a closed <details> whose summary is named "Uitleg bij {label}" and shows "?" and "×"', () => {
    const html = renderToString(<HelpText label="Achternaam" id="achternaam-uitleg">Gebruik % als jokerteken.</HelpText>);
    expect(html).toMatch(/^<details class="vl-help" id="achternaam-uitleg"><summary class="vl-help__toggle">/);
    expect(html).not.toContain(' open');
    expect(html).toContain('<span class="vl-help__icon vl-help__icon--open" aria-hidden="true">?</span>');
    expect(html).toContain('<span class="vl-help__icon vl-help__icon--close" aria-hidden="true">×</span>');
    expect(html).toContain('Uitleg bij Achternaam</span>');
    expect(html).toContain('Uitleg bij Achternaam sluiten</span>');
    expect(html).toContain('<div class="vl-help__text">Gebruik % als jokerteken.</div>');
  });

  it('R-UI-3 a field with help places it beside the label, never inside it', () => {
    const html = renderToString(<TextField name="achternaam" label="Achternaam" help="Uitleg." />);
    expect(html).toContain('</label><details class="vl-help" id="achternaam-uitleg">');
    const legend = renderToString(<Radios name="soort" label="Soort" options={[]} help="Uitleg." />);
    expect(legend).toMatch(/<\/legend><details class="vl-help" id="soort-uitleg">/);
  });

  it('R-UI-3 no help, no question mark', () => {
    expect(renderToString(<TextField name="voornaam" label="Voornaam" />)).not.toContain('<details');
  });
});
