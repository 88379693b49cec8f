// No module's SQL names another module's tables (issue 15): a module reads what another owns
// through that module's face (a function, or a query fragment the owner builds). Ownership is
// the keys of the `...Tables` interfaces in each module's `*.tables.ts`. The scan looks at the
// query builder's table arguments and at the words after from / join / into / update in the
// code (comments stripped), which catches raw `sql` text as well.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const MODULES = join(ROOT, 'src/modules');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

const modules = readdirSync(MODULES).filter((m) => statSync(join(MODULES, m)).isDirectory());

/** table name → owning module, from the `interface XTables { name: ...; }` declarations. */
const eigenaar = new Map<string, string>();
for (const m of modules) {
  for (const f of files(join(MODULES, m)).filter((p) => p.endsWith('.tables.ts'))) {
    for (const blok of readFileSync(f, 'utf8').matchAll(/export interface \w+Tables \{([^}]*)\}/g)) {
      for (const key of blok[1]!.matchAll(/^\s*(\w+)\s*:/gm)) eigenaar.set(key[1]!, m);
    }
  }
}

/**
 * What must stay, with the reason. Empty: every read of another module's table goes through
 * that module's face.
 */
const UITZONDERINGEN: { bestand: string; tabel: string; reden: string }[] = [];

function zonderCommentaar(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function genoemdeTabellen(code: string): Set<string> {
  const namen = new Set<string>();
  const builder = /\.(?:selectFrom|insertInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|crossJoin|innerJoinLateral|leftJoinLateral)\(\s*\[?\s*['"`](\w+)/g;
  for (const m of code.matchAll(builder)) namen.add(m[1]!);
  const tekst = /\b(?:from|join|into|update|table)\s+"?(\w+)"?/gi;
  for (const m of code.matchAll(tekst)) namen.add(m[1]!);
  return namen;
}

describe('table ownership', () => {
  it('finds the owners of the tables', () => {
    expect(eigenaar.get('meldingen')).toBe('meldingen');
    expect(eigenaar.get('leerlingen')).toBe('registers');
    expect(eigenaar.get('gebruikers')).toBe('auth');
    expect(eigenaar.get('locaties')).toBe('beheer');
  });

  it('sees a foreign table in builder calls and in sql text', () => {
    expect(genoemdeTabellen(`db.selectFrom('leerlingen as l').leftJoin('gemeenten as g', 'a', 'b')`)).toEqual(new Set(['leerlingen', 'gemeenten']));
    expect(genoemdeTabellen('sql`select 1 from meldingen m join instellingen i on true`')).toEqual(new Set(['meldingen', 'instellingen']));
  });

  for (const m of modules) {
    it(`module ${m} names no other module's table in its SQL`, () => {
      const fout: string[] = [];
      for (const f of files(join(MODULES, m))) {
        const rel = relative(ROOT, f);
        for (const tabel of genoemdeTabellen(zonderCommentaar(readFileSync(f, 'utf8')))) {
          const van = eigenaar.get(tabel);
          if (!van || van === m) continue;
          if (UITZONDERINGEN.some((u) => u.bestand === rel && u.tabel === tabel)) continue;
          fout.push(`${rel}: ${tabel} (of ${van})`);
        }
      }
      expect(fout).toEqual([]);
    });
  }
});
