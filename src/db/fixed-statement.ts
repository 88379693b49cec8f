// Statements of one fixed shape, built with Kysely's typed builder once per database and after
// that only sent with new values. Building and compiling a query with the builder costs the app
// more CPU than PostgreSQL needs to run a short prepared one; for the statement every page sends
// (the session with its user) that was ~3 % of a search request (issue 5's speed goal).
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './types';

/** Stands for the i-th argument while the statement is built; found again among its parameters. */
class Slot {
  constructor(readonly index: number) {}
}

type Parameter = { slot: number } | { value: unknown };

/**
 * `build(db, ...args)` as a function that builds and compiles once per database (a transaction is
 * a database of its own here) and then sends the same text with the arguments in their places.
 * Only for statements whose text never depends on the values: `build` must use each argument as
 * a value only (no `if`, no length, no property of it). An argument the text does not hold as a
 * parameter is an error when it is first built, not a wrong statement later.
 */
export function fixedStatement<Db extends Kysely<Database>, A extends readonly unknown[], R>(
  build: (db: Db, ...args: A) => Compilable<R>,
): (db: Db, ...args: A) => Promise<R[]> {
  const compiled = new WeakMap<Db, { sql: string; parameters: Parameter[] }>();
  return async (db, ...args) => {
    let c = compiled.get(db);
    if (c === undefined) {
      const slots = args.map((_, i) => new Slot(i));
      const q = build(db, ...(slots as unknown as A)).compile();
      const parameters = q.parameters.map((v): Parameter => (v instanceof Slot ? { slot: v.index } : { value: v }));
      const unused = slots.filter((s) => !parameters.some((p) => 'slot' in p && p.slot === s.index));
      if (unused.length > 0) throw new Error(`fixedStatement: argument ${unused.map((s) => s.index).join(', ')} is not a parameter of: ${q.sql}`);
      c = { sql: q.sql, parameters };
      compiled.set(db, c);
    }
    const values = c.parameters.map((p) => ('slot' in p ? args[p.slot] : p.value));
    return (await db.executeQuery<R>(CompiledQuery.raw(c.sql, values))).rows;
  };
}
