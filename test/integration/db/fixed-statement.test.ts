import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database';
import { fixedStatement } from '../../../src/db/fixed-statement';
import type { Database } from '../../../src/db/types';
import { sessieGebruiker } from '../../../src/modules/auth/gebruikers.repository';
import { sessieLezer } from '../../../src/platform/session/session.repository';

const findSessie = sessieLezer(sessieGebruiker);
import { createTestDatabase } from '../../helpers/database';

// A statement of one fixed shape is built and compiled once per database and then sent with new
// values (issue 5's speed goal); it must answer exactly as the builder's statement does.
describe('fixedStatement (issue 5: the session statement built once)', () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
    await sql`create table proef_vast (id int primary key, naam text, soort text)`.execute(h.db);
    await sql`insert into proef_vast values (1, 'een', 'a'), (2, 'twee', 'b'), (3, 'drie', 'a')`.execute(h.db);
  });
  afterAll(async () => h?.close());

  const bouw = (db: Kysely<Database>, soort: string, vanaf: number) =>
    db
      .selectFrom('proef_vast' as never)
      .select(['id' as never, 'naam' as never])
      .where('soort' as never, '=', soort as never)
      .where('id' as never, '>=', vanaf as never)
      .where('naam' as never, '<>', 'geen' as never)
      .orderBy('id' as never);

  it('answers as the builder does, for other values each time, with the constants of the text kept; the builder runs once', async () => {
    let gebouwd = 0;
    const vast = fixedStatement((db: Kysely<Database>, soort: string, vanaf: number) => {
      gebouwd += 1;
      return bouw(db, soort, vanaf);
    });
    for (const [soort, vanaf] of [['a', 1], ['a', 2], ['b', 1], ['c', 1], ['a', 3]] as const) {
      expect(await vast(h.db, soort, vanaf)).toEqual(await bouw(h.db, soort, vanaf).execute());
    }
    expect(await vast(h.db, 'a', 1)).toEqual([{ id: 1, naam: 'een' }, { id: 3, naam: 'drie' }]);
    expect(gebouwd).toBe(1);
  });

  it('refuses, when first built, an argument that is not a parameter of the text', async () => {
    const fout = fixedStatement((db: Kysely<Database>, soort: string, _ongebruikt: string) => bouw(db, soort, 1));
    await expect(fout(h.db, 'a', 'x')).rejects.toThrow(/argument 1 is not a parameter/);
  });

  it('the session statement finds a session with its user and roles, and nothing for an unknown id (R-AUTH)', async () => {
    const gebruiker = randomUUID();
    await h.db.insertInto('gebruikers').values({ id: gebruiker, gebruikersnaam: 'vast', weergavenaam: 'Vaste Gebruiker', email: '', wachtwoord_hash: 'x', geblokkeerd: false, aangemaakt_op: new Date(), gewijzigd_op: new Date() }).execute();
    const nu = new Date('2026-11-29T10:00:00Z');
    for (const id of ['h1', 'h2']) {
      await h.db.insertInto('sessies').values({ id_hash: id, gebruiker_id: id === 'h1' ? gebruiker : null, fase: id === 'h1' ? 'ingelogd' : 'anoniem', csrf_token: `t-${id}`, instellingscode: null, gemeentecode: null, flash: null, aangemaakt_op: nu, laatst_actief_op: nu } as never).execute();
    }
    const een = await findSessie(h.db, 'h1');
    expect(een).toMatchObject({ id_hash: 'h1', csrf_token: 't-h1', gebruiker: { id: gebruiker, gebruikersnaam: 'vast', weergavenaam: 'Vaste Gebruiker', geblokkeerd: false, rollen: [] } });
    expect(await findSessie(h.db, 'h2')).toMatchObject({ id_hash: 'h2', gebruiker: null });
    expect(await findSessie(h.db, 'onbekend')).toBeUndefined();
  });
});
