// Carrying a refused edit over to the newer version (R-RAA-4, "Opnieuw beginnen vanaf de nieuwe
// versie"): a three-way merge of form input, per step. A field the user changed (their input
// differs from the version they started from) keeps their input; a field they left alone takes
// the newer version's value, so the other person's change is not undone by accident. Repeated
// rows (extra contacts, verzuimdagen) are one unit: a list the user touched stays theirs whole,
// because merging rows by position would mix two people's lists. Pure: no database.
import type { FormValues } from '../../../platform/http/form';
import { STAPPEN, type ConceptInvoer } from '../wizard/steps';

type Waarde = FormValues[string];

/** A value as a comparable list: '' and no value are the same, one checkbox is a list of one. */
function norm(w: Waarde): string[] {
  if (w === undefined) return [];
  return (typeof w === 'string' ? [w] : w).map((x) => x.trim()).filter((x) => x !== '');
}
const gelijk = (a: Waarde, b: Waarde): boolean => JSON.stringify(norm(a)) === JSON.stringify(norm(b));

function rijenVan(v: FormValues, prefix: string): FormValues {
  return Object.fromEntries(Object.entries(v).filter(([k]) => k.startsWith(`${prefix}-`)));
}
function rijenGelijk(a: FormValues, b: FormValues): boolean {
  const sleutels = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...sleutels].every((k) => gelijk(a[k], b[k]));
}

/** One step's input: the user's where they changed it since `basis`, otherwise `nieuw`'s. */
export function voegStapSamen(eigen: FormValues, basis: FormValues, nieuw: FormValues, rijen: readonly string[]): FormValues {
  const isRij = (k: string) => rijen.some((p) => k.startsWith(`${p}-`));
  const uit: FormValues = {};
  const velden = new Set([...Object.keys(eigen), ...Object.keys(basis), ...Object.keys(nieuw)].filter((k) => !isRij(k)));
  for (const k of velden) {
    const w = gelijk(eigen[k], basis[k]) ? nieuw[k] : eigen[k];
    if (w !== undefined) uit[k] = w;
  }
  for (const prefix of rijen) Object.assign(uit, rijenGelijk(rijenVan(eigen, prefix), rijenVan(basis, prefix)) ? rijenVan(nieuw, prefix) : rijenVan(eigen, prefix));
  return uit;
}

/** The whole edit's input carried from `basis` (the version it started from) to `nieuw`. */
export function herbaseer(eigen: ConceptInvoer, basis: ConceptInvoer, nieuw: ConceptInvoer): ConceptInvoer {
  const uit: ConceptInvoer = {};
  for (const st of STAPPEN) uit[st.id] = voegStapSamen(eigen[st.id] ?? basis[st.id] ?? {}, basis[st.id] ?? {}, nieuw[st.id] ?? {}, st.rijen);
  return uit;
}
