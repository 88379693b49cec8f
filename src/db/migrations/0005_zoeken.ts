// Indexes for Raadplegen verzuim (R-RAA-1) and the gemeente inbox (R-GEM-2) at national scale
// (issue 5), and the short-lived stored criteria that keep a PGN or a name out of URLs.
//
// The search (modules/meldingen/raadplegen/zoeken.repository.ts) asks, per chosen status, for
// the meldingen of one instelling (or gemeente) in the order of one column, the id breaking
// ties. So every sort column has an index (scope, status, column, id): each status is then an
// index-only range already in order, and the statuses are merged (Merge Append) instead of
// sorting the whole result. Sorting by status needs (scope, status, id). The name column is
// lower(achternaam) in the "C" collation: the same order on every server, and a prefix search
// (R-UI-1, `jan%`) is a range of that same index; achternaam is included so the scan stays
// index-only. A `%` anywhere is served by the trigram index.
//
// The two indexes of 0004 (status + begindatum desc / aangemaakt_op desc, id asc) give the
// order (x desc, id asc), which no search asks for; they are replaced.
import { sql, type Kysely } from 'kysely';

const SCOPES = ['instellingscode', 'gemeentecode'] as const;
/** Index name suffix → the key after (scope, status); the search's sort expressions match these. */
const SORT_KEYS: Record<string, string> = {
  nummer: 'nummer, id',
  pgn: 'pgn, id',
  naam: '(lower(achternaam) collate "C"), id) include (achternaam',
  soort: 'soort, id',
  periode: 'begindatum, id',
  datum: 'aangemaakt_op, id',
  status: 'id',
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index if exists meldingen_instelling;
    drop index if exists meldingen_gemeente;
    create index meldingen_achternaam_trgm on meldingen using gin (lower(achternaam) gin_trgm_ops);
    create index meldingen_locatie_trgm on meldingen using gin (lower(onderwijslocatie_naam) gin_trgm_ops);

    -- Criteria with personal data (PGN, achternaam) of a search, kept under a random id so the
    -- URL of the result carries the id and not the data (R-PRIV). Private to the user and the
    -- instelling or gemeente they searched for; gone after a week.
    create table zoekopdrachten (
      id text primary key check (id ~ '^[A-Za-z0-9_-]{16,64}$'),
      gebruiker_id uuid not null references gebruikers (id) on delete cascade,
      scope text not null,
      criteria jsonb not null,
      aangemaakt_op timestamptz not null,
      verloopt_op timestamptz not null
    );
    create index zoekopdrachten_verloopt on zoekopdrachten (verloopt_op);
  `.execute(db);
  for (const scope of SCOPES) {
    const prefix = scope === 'instellingscode' ? 'meldingen_instelling' : 'meldingen_gemeente';
    for (const [naam, key] of Object.entries(SORT_KEYS)) {
      await sql.raw(`create index ${prefix}_${naam} on meldingen (${scope}, status, ${key})`).execute(db);
    }
  }
}
