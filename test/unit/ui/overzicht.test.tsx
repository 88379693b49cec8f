import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { Overzicht, type OverzichtColumn } from '../../../src/platform/ui/overzicht';
import type { OverzichtState } from '../../../src/platform/ui/overzicht-state';

interface Row { nummer: number; naam: string }
const columns: OverzichtColumn<Row>[] = [
  { key: 'nummer', label: 'Nummer', sortable: true, render: (r) => r.nummer },
  { key: 'naam', label: 'Naam', sortable: true, render: (r) => r.naam },
  { key: 'status', label: 'Status', render: () => 'Geregistreerd' },
];
const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ nummer: i + 1, naam: `Leerling <${i + 1}>` }));

function render(total: number, state: Partial<OverzichtState> = {}, query: Record<string, string> = {}, opts: { kopId?: string; idPrefix?: string } = {}): string {
  const full: OverzichtState = { page: 1, perPage: 10, sort: 'nummer', dir: 'asc', ...state };
  return renderToString(
    <Overzicht caption="Verzuimmeldingen" columns={columns} rows={rows(Math.min(total, full.perPage))} total={total} state={full}
      baseUrl="/meldingen" query={query} nounSingular="verzuimmelding" nounPlural="verzuimmeldingen" {...opts} />,
  );
}

describe('Overzicht component (R-UI-2)', () => {
  it('R-UI-2 shows the count found, plural and singular', () => {
    expect(render(39)).toContain('39 verzuimmeldingen gevonden');
    expect(render(1)).toContain('1 verzuimmelding gevonden');
    expect(render(1234)).toContain('1.234 verzuimmeldingen gevonden');
  });

  it('R-UI-2 the count found stands below the table, above the paging controls (manual §2.3: "onderin")', () => {
    const html = render(39, { page: 2 });
    const count = html.indexOf('39 verzuimmeldingen gevonden');
    expect(count).toBeGreaterThan(html.indexOf('</table>'));
    expect(count).toBeLessThan(html.indexOf('Overzicht bestaat uit'));
  });

  it('R-UI-2 WCAG 2.4.3 sort and page links and the rows-per-page form land on the results: the caption takes focus, or the heading given', () => {
    const html = render(39, { page: 2 });
    expect(html).toContain('<caption class="utrecht-table__caption" id="overzicht-kop" tabindex="-1">Verzuimmeldingen</caption>');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBe(2 + 4 + 4); // two sort links, first/prev/next/last, four page numbers
    for (const href of hrefs) expect(href).toMatch(/^\/meldingen\?[^#]*#overzicht-kop$/);
    expect(html).toContain('<form class="vl-per-page" method="get" action="/meldingen#overzicht-kop">');
    // A second overview on the page gets its own target.
    expect(render(39, {}, {}, { idPrefix: 'tweede' })).toMatch(/id="tweede-kop" tabindex="-1"[^]*href="[^"]*#tweede-kop"/);
    // With the page's own heading: links go there, the caption is plain.
    const kop = render(39, { page: 2 }, {}, { kopId: 'resultaten-kop' });
    expect(kop).toContain('<caption class="utrecht-table__caption">Verzuimmeldingen</caption>');
    expect([...kop.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.endsWith('#resultaten-kop'))).toBe(true);
    expect(kop).toContain('action="/meldingen#resultaten-kop"');
  });

  it('R-UI-2 0 results: a message, no table and no paging', () => {
    const html = render(0);
    expect(html).toContain('Geen verzuimmeldingen gevonden.');
    expect(html).not.toContain('<table');
    expect(html).not.toContain('Overzicht bestaat uit');
  });

  it('R-UI-2 says how many pages and which one, as the manual does', () => {
    expect(render(39, { page: 2 })).toContain('Overzicht bestaat uit 4 pagina’s, u bevindt zich op pagina 2');
    expect(render(7)).toContain('Overzicht bestaat uit 1 pagina, u bevindt zich op pagina 1');
  });

  it('R-UI-2 on page 1 first and previous are not links but aria-disabled text', () => {
    const html = render(39, { page: 1 });
    expect(html).toMatch(/<span class="vl-pager__link vl-pager__link--first vl-pager__link--disabled" aria-disabled="true">/);
    expect(html).toMatch(/<span class="vl-pager__link vl-pager__link--prev vl-pager__link--disabled" aria-disabled="true">/);
    expect(html).toMatch(/<a class="vl-pager__link vl-pager__link--next" href="\/meldingen\?pagina=2&amp;aantal=10&amp;sorteer=nummer&amp;richting=asc#overzicht-kop">/);
    expect(html).toMatch(/<a class="vl-pager__link vl-pager__link--last" href="\/meldingen\?pagina=4&amp;/);
  });

  it('R-UI-2 on the last page next and last are not links', () => {
    const html = render(39, { page: 4 });
    expect(html).toMatch(/vl-pager__link--next vl-pager__link--disabled" aria-disabled="true"/);
    expect(html).toMatch(/vl-pager__link--last vl-pager__link--disabled" aria-disabled="true"/);
    expect(html).toMatch(/<a class="vl-pager__link vl-pager__link--first" href="\/meldingen\?pagina=1&amp;/);
  });

  it('R-UI-2 exactly one page: none of the four controls is a link', () => {
    const html = render(10);
    expect(html.match(/aria-disabled="true"/g)).toHaveLength(4);
  });

  it('R-UI-2 a page beyond the end shows the last page as current', () => {
    const html = render(39, { page: 40 });
    expect(html).toContain('u bevindt zich op pagina 4');
    expect(html).toMatch(/aria-current="page"><span class="visually-hidden">Pagina <\/span>4<\/a>/);
  });

  it('R-UI-2 page number links mark the current page', () => {
    const html = render(39, { page: 2 });
    expect(html.match(/vl-pager__link--number/g)).toHaveLength(4);
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
  });

  it('R-UI-2 sortable headers link to the other direction and mark the sorted column with aria-sort', () => {
    const html = render(39, { sort: 'naam', dir: 'asc', page: 3 });
    expect(html).toMatch(/<th scope="col" class="utrecht-table__header-cell vl-sortable vl-sortable--sorted" aria-sort="ascending"><a class="vl-sort-link" href="\/meldingen\?pagina=1&amp;aantal=10&amp;sorteer=naam&amp;richting=desc#overzicht-kop">Naam/);
    expect(html).toMatch(/<th scope="col" class="utrecht-table__header-cell vl-sortable"><a class="vl-sort-link" href="\/meldingen\?pagina=1&amp;aantal=10&amp;sorteer=nummer&amp;richting=asc#overzicht-kop">Nummer/);
    expect(html).toContain('<th scope="col" class="utrecht-table__header-cell">Status</th>');
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
  });

  it('R-UI-2 links and the rows-per-page form keep the filters', () => {
    const html = render(39, { page: 2, sort: 'naam', dir: 'desc' }, { achternaam: '%oor', pagina: '2' });
    expect(html).toContain('href="/meldingen?achternaam=%25oor&amp;pagina=3&amp;aantal=10&amp;sorteer=naam&amp;richting=desc#overzicht-kop"');
    expect(html).toMatch(/<form class="vl-per-page" method="get" action="\/meldingen#overzicht-kop">/);
    expect(html).toContain('<input type="hidden" name="achternaam" value="%oor"/>');
    expect(html).toContain('<input type="hidden" name="sorteer" value="naam"/>');
    expect(html).toContain('<input type="hidden" name="richting" value="desc"/>');
    expect(html).not.toContain('type="hidden" name="pagina"');
  });

  it('R-UI-2 the rows-per-page select offers 5 to 100 with the current one selected, and a Toon button', () => {
    const html = render(39, { perPage: 25 });
    const options = [...html.matchAll(/<option value="(\d+)"( selected)?>/g)];
    expect(options.map((m) => Number(m[1]))).toEqual([5, 10, 15, 20, 25, 50, 75, 100]);
    expect(options.filter((m) => m[2]).map((m) => m[1])).toEqual(['25']);
    expect(html).toMatch(/<label class="utrecht-form-label vl-per-page__label" for="overzicht-aantal">Aantal regels per pagina<\/label>/);
    expect(html).toMatch(/<button[^>]*type="submit">Toon<\/button>/);
  });

  it('R-UI-2 cell content is escaped', () => {
    expect(render(3)).toContain('Leerling &lt;1>');
  });

  it('R-UI-2 reused header, pager and form HTML follows every change of state, total and filters, and equals a fresh render', () => {
    // Render each case twice (the second from reused HTML) and against the components rendered
    // without reuse in between: a stale piece would show another page, order or filter.
    // The same state with another landing target (heading or caption) is another piece too.
    const cases: [number, Partial<OverzichtState>, Record<string, string>, { kopId?: string; idPrefix?: string }][] = [
      [39, { page: 2 }, {}, {}],
      [39, { page: 3 }, {}, {}],
      [40, { page: 3 }, {}, {}],
      [39, { page: 3, dir: 'desc' }, {}, {}],
      [39, { page: 3, sort: 'naam' }, {}, {}],
      [39, { page: 3, perPage: 25 }, {}, {}],
      [39, { page: 3 }, { status: 'R' }, {}],
      [39, { page: 3 }, { status: 'B' }, {}],
      [39, { page: 3 }, { status: 'B' }, { kopId: 'resultaten-kop' }],
      [39, { page: 3 }, { status: 'B' }, { idPrefix: 'tweede' }],
    ];
    const seen = new Set<string>();
    for (const [total, state, query, opts] of cases) {
      const html = render(total, state, query, opts);
      expect(render(total, state, query, opts)).toBe(html);
      const anker = `#${opts.kopId ?? `${opts.idPrefix ?? 'overzicht'}-kop`}`;
      // Every link and the form of this render land on this render's target, none on another's.
      const targets = [...html.matchAll(/(?:href|action)="[^"]*?(#[^"]*)?"/g)].map((m) => m[1]);
      expect(targets.length).toBeGreaterThan(5);
      expect(new Set(targets)).toEqual(new Set([anker]));
      seen.add(html);
      const page = Math.min(state.page ?? 1, Math.ceil(total / (state.perPage ?? 10)));
      expect(html).toContain(`u bevindt zich op pagina ${page}<`);
      expect(html).toContain(`aria-sort="${state.dir === 'desc' ? 'descending' : 'ascending'}"`);
      const filters = Object.entries(query).map(([k, v]) => `${k}=${v}&amp;`).join('');
      expect(html).toContain(`href="/meldingen?${filters}pagina=1&amp;aantal=${state.perPage ?? 10}&amp;sorteer=${state.sort ?? 'nummer'}&amp;richting=${state.dir ?? 'asc'}${anker}"`);
      expect(html).toContain(`<option value="${state.perPage ?? 10}" selected>`);
    }
    expect(seen.size).toBe(cases.length);
  });
});
