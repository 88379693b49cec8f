// The name search of every overview (R-UI-1, manual §2.2), as one pure function so that each
// search in the service behaves the same: a term without `%` finds names that START with it,
// `%` is a wildcard anywhere ("%oor" finds names CONTAINING "oor", as the manual says; so the
// term is always a prefix, with an implicit `%` at its end). Case-insensitivity is
// the query's job: it compares `lower(naam) LIKE lower(pattern)`, so PostgreSQL's own lower()
// folds both sides the same way (JavaScript's toLowerCase differs for some characters).

/** The escape character of the pattern; PostgreSQL's LIKE uses it by default. */
export const LIKE_ESCAPE = '\\';

/**
 * The search term as a LIKE pattern, or null for an empty term (no filter: list everything).
 * Only `%` is special to the person searching: `_` (LIKE's one-character wildcard) and the
 * escape character itself are escaped, so "a_b" finds "a_b…" and not "axb…".
 * @example namePattern('jan') === 'jan%'
 * @example namePattern('%oor') === '%oor%'
 * @example namePattern('a_b') === 'a\\_b%'
 * @example namePattern('  ') === null
 */
export function namePattern(term: string): string | null {
  const trimmed = term.trim();
  if (trimmed === '') return null;
  const escaped = trimmed.replace(/[\\_]/g, (c) => `${LIKE_ESCAPE}${c}`);
  return escaped.endsWith('%') ? escaped : `${escaped}%`;
}
