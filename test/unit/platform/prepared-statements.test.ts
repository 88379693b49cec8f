import { describe, expect, it } from 'vitest';
import { StatementNames } from '../../../src/db/prepared-statements';

describe('which queries are prepared (issue 5 speed; src/db/prepared-statements.ts)', () => {
  it('a text gets a name on its n-th use and keeps it; other texts get their own', () => {
    const names = new StatementNames(3, 10);
    expect(names.nameFor('select $1')).toBeUndefined();
    expect(names.nameFor('select $1')).toBeUndefined();
    const name = names.nameFor('select $1');
    expect(name).toMatch(/^vl_\d+$/);
    expect(names.nameFor('select $1')).toBe(name);
    for (let i = 0; i < 3; i++) names.nameFor('select $2');
    expect(names.nameFor('select $2')).not.toBe(name);
    expect(names.size).toBe(2);
  });

  it('no more than the maximum number of texts is ever named, so a backend holds a bounded number of statements', () => {
    const names = new StatementNames(1, 3);
    const given = Array.from({ length: 10 }, (_, i) => names.nameFor(`select ${i}`));
    expect(given.filter((n) => n !== undefined)).toHaveLength(3);
    expect(names.nameFor('select 0')).toBe(given[0]);
    expect(names.nameFor('select 9')).toBeUndefined();
  });

  it('texts seen once do not pile up: the counts are forgotten when there are too many', () => {
    const names = new StatementNames(2, 2);
    names.nameFor('select $1 -- wordt vergeten');
    for (let i = 0; i < 100; i++) names.nameFor(`select ${i}`);
    // The first use was forgotten, so this is the first again.
    expect(names.nameFor('select $1 -- wordt vergeten')).toBeUndefined();
  });
});
