/**
 * Writes src/modules/meldingen/raadplegen/zoeken.sql.md: the SQL the search module sends for
 * the main searches, and PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) of each on the benchmark's
 * national-scale data, so a change that loses an index shows in review.
 * The SQL is captured from the real zoekMeldingen / alleMeldingen through Kysely's query log.
 */
import { writeFile } from 'node:fs/promises';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database } from '../../src/db/types';
import { alleMeldingen, RecenteTotalen, zoekMeldingen, type MeldingSort, type MeldingZoekFilter, type MeldingZoekScope } from '../../src/modules/meldingen/raadplegen/zoeken.repository';

export interface ExplainCase {
  titel: string;
  scope: MeldingZoekScope;
  filter: MeldingZoekFilter;
  state?: { page: number; perPage: number; sort: MeldingSort; dir: 'asc' | 'desc' };
  /** The total a recent search saw (RecenteTotalen): the page comes in one statement with its count. */
  hint?: number;
  /** Instead of a page: the second keyset batch of the CSV export in this order. */
  export?: { sort: MeldingSort; dir: 'asc' | 'desc' };
}

const fence = (lang: string, text: string) => `\`\`\`${lang}\n${text}\n\`\`\``;

export async function schrijfExplain(url: string, cases: readonly ExplainCase[], file: string, kop: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  let captured: CompiledQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (e) => {
      if (e.level === 'query') captured.push(e.query);
    },
  });
  const out: string[] = [kop];
  try {
    for (const c of cases) {
      captured = [];
      if (c.state) {
        const totalen = new RecenteTotalen();
        if (c.hint !== undefined) totalen.set(RecenteTotalen.sleutel(c.scope, c.filter), c.hint);
        await zoekMeldingen(db, c.scope, c.filter, c.state, c.hint === undefined ? undefined : totalen);
      }
      else if (c.export) {
        let n = 0;
        for await (const _ of alleMeldingen(db, c.scope, c.filter, c.export, 1000)) if (++n === 2) break;
        // Only the second batch: the one that starts after a keyset.
        captured = captured.slice(-2);
      }
      out.push(`## ${c.titel}`, '');
      for (const q of captured) {
        const plan = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.sql}`, q.parameters as unknown[]);
        out.push(fence('sql', q.sql), '', `Parameters: \`${JSON.stringify(q.parameters)}\``, '', fence('', plan.rows.map((r) => r['QUERY PLAN']).join('\n')), '');
      }
    }
  } finally {
    await db.destroy();
  }
  await writeFile(file, `${out.join('\n')}\n`);
}
