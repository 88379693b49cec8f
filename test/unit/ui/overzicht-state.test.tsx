import { describe, expect, it } from 'vitest';
import { linkPrefix, pageInfo, parseOverzichtState, perPageFormHidden, sortTarget, stateQuery } from '../../../src/platform/ui/overzicht-state';

const options = { sortable: ['nummer', 'naam', 'datum'] as const, defaultSort: 'nummer' as const, defaultDir: 'desc' as const };

describe('overzicht state in the URL (R-UI-2)', () => {
  it('R-UI-2 reads pagina, aantal, sorteer and richting', () => {
    expect(parseOverzichtState({ pagina: '3', aantal: '25', sorteer: 'naam', richting: 'asc' }, options)).toEqual({
      page: 3, perPage: 25, sort: 'naam', dir: 'asc',
    });
    expect(parseOverzichtState(new URLSearchParams('pagina=2&aantal=100'), options)).toEqual({ page: 2, perPage: 100, sort: 'nummer', dir: 'desc' });
  });

  it('R-UI-2 defaults: page 1, 10 rows, the default sort', () => {
    expect(parseOverzichtState({}, options)).toEqual({ page: 1, perPage: 10, sort: 'nummer', dir: 'desc' });
  });

  it('R-UI-2 rows per page outside 5, 10, 15, 20, 25, 50, 75, 100 falls back to 10', () => {
    for (const aantal of ['7', '0', '-5', '1000', 'tien', '10.5', '', '1e2']) {
      expect(parseOverzichtState({ aantal }, options).perPage, aantal).toBe(10);
    }
    for (const n of [5, 10, 15, 20, 25, 50, 75, 100]) expect(parseOverzichtState({ aantal: String(n) }, options).perPage).toBe(n);
  });

  it('R-UI-2 an invalid page, sort or direction falls back to its default', () => {
    expect(parseOverzichtState({ pagina: '0' }, options).page).toBe(1);
    expect(parseOverzichtState({ pagina: 'abc' }, options).page).toBe(1);
    expect(parseOverzichtState({ pagina: '-2' }, options).page).toBe(1);
    expect(parseOverzichtState({ sorteer: 'wachtwoord', richting: 'asc' }, options)).toMatchObject({ sort: 'nummer', dir: 'desc' });
    expect(parseOverzichtState({ sorteer: 'naam', richting: 'omhoog' }, options)).toMatchObject({ sort: 'naam', dir: 'desc' });
    expect(parseOverzichtState({ pagina: ['2', '5'] }, options).page).toBe(2);
  });

  it('R-UI-2 0 results: one empty page, nothing clickable', () => {
    expect(pageInfo(0, { page: 1, perPage: 10 })).toEqual({
      total: 0, pages: 1, page: 1, perPage: 10, offset: 0, first: null, prev: null, next: null, last: null, numbers: [1],
    });
  });

  it('R-UI-2 exactly one page: first, previous, next and last not clickable', () => {
    const info = pageInfo(10, { page: 1, perPage: 10 });
    expect(info).toMatchObject({ pages: 1, page: 1, first: null, prev: null, next: null, last: null, numbers: [1] });
  });

  it('R-UI-2 the manual\'s example: 39 results, 10 per page, page 2 of 4', () => {
    expect(pageInfo(39, { page: 2, perPage: 10 })).toMatchObject({ pages: 4, page: 2, offset: 10, first: 1, prev: 1, next: 3, last: 4, numbers: [1, 2, 3, 4] });
  });

  it('R-UI-2 on the last page next and last are not clickable', () => {
    expect(pageInfo(39, { page: 4, perPage: 10 })).toMatchObject({ page: 4, offset: 30, first: 1, prev: 3, next: null, last: null });
  });

  it('R-UI-2 a page beyond the end is clamped to the last page', () => {
    expect(pageInfo(39, { page: 99, perPage: 10 })).toMatchObject({ page: 4, offset: 30, next: null, last: null });
    expect(pageInfo(0, { page: 7, perPage: 10 })).toMatchObject({ page: 1, offset: 0 });
  });

  it('R-UI-2 page numbers are a window of at most 10 around the current page', () => {
    expect(pageInfo(1000, { page: 1, perPage: 10 }).numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(pageInfo(1000, { page: 50, perPage: 10 }).numbers).toEqual([46, 47, 48, 49, 50, 51, 52, 53, 54, 55]);
    expect(pageInfo(1000, { page: 100, perPage: 10 }).numbers).toEqual([91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);
  });

  it('R-UI-2 links keep the filters and replace only the state', () => {
    const state = { page: 2, perPage: 25, sort: 'naam', dir: 'asc' as const };
    const href = linkPrefix('/meldingen', { achternaam: 'jan%', status: ['a', 'b'], pagina: '2' }) + stateQuery({ ...state, page: 3 });
    expect(href).toBe('/meldingen?achternaam=jan%25&status=a&status=b&pagina=3&aantal=25&sorteer=naam&richting=asc');
  });

  it('R-UI-2 clicking the sorted column turns it around and starts at page 1; another column starts ascending', () => {
    const state = { page: 3, perPage: 10, sort: 'naam', dir: 'asc' as const };
    expect(sortTarget(state, 'naam')).toEqual({ sort: 'naam', dir: 'desc', page: 1 });
    expect(sortTarget({ ...state, dir: 'desc' }, 'naam')).toEqual({ sort: 'naam', dir: 'asc', page: 1 });
    expect(sortTarget(state, 'datum')).toEqual({ sort: 'datum', dir: 'asc', page: 1 });
  });

  it('R-UI-2 the rows-per-page form carries the filters and sort, not the page', () => {
    const state = { page: 3, perPage: 10, sort: 'naam', dir: 'asc' as const };
    expect(perPageFormHidden({ achternaam: 'jan', pagina: '3', aantal: '10' }, state)).toEqual([
      ['achternaam', 'jan'], ['sorteer', 'naam'], ['richting', 'asc'],
    ]);
  });
});
