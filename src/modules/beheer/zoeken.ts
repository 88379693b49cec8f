// Reading an overview request of a beheer page: the search term and the overview's state,
// both from the URL (R-UI-1, R-UI-2), and whether a search was done at all.
import type { FastifyRequest } from 'fastify';
import { tekenFouten } from '../../platform/http/tekens';
import type { FieldError } from '../../platform/ui/error-summary';
import { parseOverzichtState, type OverzichtState, type QueryInput } from '../../platform/ui/overzicht-state';
import { MAX_ZOEKTERM } from './rules';

export interface Zoekopdracht<Sort extends string> {
  /** Null before the first Zoeken (the manual's empty search screen, Afb. 10 and 16). */
  zoek: string | null;
  /** The search term as typed when it holds a refused character: no search, the message at the field. */
  fouten: FieldError[];
  state: OverzichtState<Sort>;
  query: QueryInput;
  /** The overview's own URL, to return to after Wijzigen, Verwijderen or Annuleren. */
  hier: string;
}

/** Sorting is by name only (the one sortable column), ascending unless the URL says otherwise. */
export function leesZoekopdracht(request: FastifyRequest): Zoekopdracht<'naam'> {
  const query = request.query as QueryInput & { zoek?: unknown };
  const state = parseOverzichtState(query, { sortable: ['naam'] as const, defaultSort: 'naam', defaultDir: 'asc' });
  // An empty field is a search too: it lists everything. A term longer than any name is cut.
  const zoek = typeof query.zoek === 'string' ? query.zoek.slice(0, MAX_ZOEKTERM) : null;
  return { zoek, fouten: zoek === null ? [] : tekenFouten({ zoek }), state, query, hier: request.url };
}
