// The search's round trip through the URL, shared by Raadplegen verzuim and the gemeente inbox:
// a search POST becomes a bookmarkable GET whose PGN and achternaam are stored server-side
// under a short-lived id (zoekopdracht.repository.ts), and a GET merges them back in.
import { PARAM, queryPairs, type OverzichtState, type QueryInput } from '../../../platform/ui/overzicht-state';
import { filterQueryPairs, PERSOONSGEGEVENS } from './zoeken.filter';
import type { MeldingZoekFilter } from './zoeken.repository';
import { ZOEKOPDRACHT_PARAM } from './zoekopdracht.repository';

/**
 * The criteria of the URL, with the stored personal ones of `?zoekopdracht=` merged in;
 * `verlopen` when the id is unknown, expired or another user's.
 */
export async function criteriaUitUrl(
  query: QueryInput,
  opgeslagen: (id: string) => Promise<Record<string, string> | null>,
): Promise<{ pairs: [string, string][]; verlopen: boolean }> {
  const pairs = queryPairs(query);
  const id = pairs.find(([k]) => k === ZOEKOPDRACHT_PARAM)?.[1];
  const rest = pairs.filter(([k]) => k !== ZOEKOPDRACHT_PARAM);
  if (id === undefined) return { pairs: rest, verlopen: false };
  const stored = await opgeslagen(id);
  if (stored === null) return { pairs: [], verlopen: true };
  return { pairs: [...rest.filter(([k]) => !(k in stored)), ...Object.entries(stored)], verlopen: false };
}

/** Where a valid search POST redirects to: the criteria in the URL, the personal ones by id. */
export async function resultaatUrl(pad: string, filter: MeldingZoekFilter, state: OverzichtState, bewaar: (persoonlijk: Record<string, string>) => Promise<string>): Promise<string> {
  const params = new URLSearchParams(filterQueryPairs(filter, { zonderPersoonsgegevens: true }));
  const persoonlijk = Object.fromEntries(filterQueryPairs(filter).filter(([k]) => PERSOONSGEGEVENS.includes(k)));
  if (Object.keys(persoonlijk).length > 0) params.set(ZOEKOPDRACHT_PARAM, await bewaar(persoonlijk));
  params.set(PARAM.perPage, String(state.perPage));
  params.set(PARAM.sort, state.sort);
  params.set(PARAM.dir, state.dir);
  return `${pad}?${params.toString()}`;
}
