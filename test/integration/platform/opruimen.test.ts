// Housekeeping as a job (issue 15 item 7): expired sessions, drafts (R-MEL-20), stored searches,
// pupil choices and old login attempts are purged in batches by one job under the advisory
// lock; a page view deletes nothing of anyone else's.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker, type TestUser } from '../../helpers/factories';
import { ABSOLUTE_MS, IDLE_MS } from '../../../src/platform/session/session';
import { LOGIN_POGINGEN_BEWAARDAGEN, FAILURE_WINDOW_MS } from '../../../src/modules/auth/rules';
import { APPARAAT_GELDIG_MS } from '../../../src/modules/auth/login.service';
import { withJobLock } from '../../../src/platform/jobs/lock';
import { runCommand } from '../../../src/cli/commands/index';
import { AMSTERDAM, meldingSetup, SCHOOL, type MeldingSetup } from '../meldingen/setup';

const DAG = 86_400_000;
type Tabel = 'sessies' | 'concepten' | 'zoekopdrachten' | 'vrijstelling_leerlingkeuzes' | 'login_pogingen' | 'vertrouwde_apparaten';

describe(`housekeeping job (issue 15 item 7) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let ander: TestUser;
  beforeAll(async () => {
    m = await meldingSetup();
    ander = await gebruiker(m.t.services, 'ander', [{ rol: 'gemeente_behandelaar', code: AMSTERDAM }]);
  });
  afterAll(async () => m?.t.close());

  const db = () => m.t.db;

  /** `n` rows of each kind for `gebruikerId`, expired (or old) at `nu` when `verlopen`, live otherwise. */
  async function vul(gebruikerId: string, nu: Date, n: number, verlopen: boolean, merk: string) {
    const t = nu.getTime();
    const d = verlopen ? -1 : 1;
    // Sessions: idle too long, or too old though active, or half-way too long.
    const actief = new Date(t - (verlopen ? IDLE_MS + 1000 : 1000));
    const begonnen = new Date(t - (verlopen ? ABSOLUTE_MS + 1000 : 60_000));
    await sql`
      insert into sessies (id_hash, gebruiker_id, fase, csrf_token, aangemaakt_op, laatst_actief_op)
      select ${merk} || '-s-' || i, ${gebruikerId}, 'ingelogd', 'x',
             case when i % 2 = 0 then ${begonnen}::timestamptz else ${new Date(t - 60_000)}::timestamptz end,
             case when i % 2 = 0 then ${new Date(t - 1000)}::timestamptz else ${actief}::timestamptz end
      from generate_series(1, ${n}) i`.execute(db());
    await sql`
      insert into concepten (gebruiker_id, instellingscode, pgn, aangemaakt_op, gewijzigd_op, verloopt_op)
      select ${gebruikerId}, ${SCHOOL}, '123456782', ${nu}, ${nu}, ${new Date(t + d * 1000)}::timestamptz from generate_series(1, ${n})`.execute(db());
    await sql`
      insert into zoekopdrachten (id, gebruiker_id, scope, criteria, aangemaakt_op, verloopt_op)
      select ${merk} || 'zoekopdracht' || lpad(i::text, 6, '0'), ${gebruikerId}, 'instelling:x', '{}', ${nu}, ${new Date(t + d * 1000)}::timestamptz
      from generate_series(1, ${n}) i`.execute(db());
    await sql`
      insert into vrijstelling_leerlingkeuzes (id, gebruiker_id, gemeentecode, pgn, aangemaakt_op, verloopt_op)
      select ${merk} || 'leerlingkeuze' || lpad(i::text, 6, '0'), ${gebruikerId}, ${AMSTERDAM}, '123456782', ${nu}, ${new Date(t + d * 1000)}::timestamptz
      from generate_series(1, ${n}) i`.execute(db());
    const op = new Date(t - (verlopen ? LOGIN_POGINGEN_BEWAARDAGEN * DAG + 1000 : FAILURE_WINDOW_MS));
    await sql`
      insert into login_pogingen (gebruikersnaam, ip, geslaagd, op)
      select ${merk}, '192.0.2.1', i % 2 = 0, ${op}::timestamptz from generate_series(1, ${n}) i`.execute(db());
    // Trusted devices: unused for longer than they count as trusted, or used lately.
    const gebruikt = new Date(t - (verlopen ? APPARAAT_GELDIG_MS + 1000 : DAG));
    await sql`
      insert into vertrouwde_apparaten (token_hash, gebruiker_id, aangemaakt_op, laatst_gebruikt_op)
      select ${merk} || '-a-' || i, ${gebruikerId}, ${gebruikt}::timestamptz, ${gebruikt}::timestamptz from generate_series(1, ${n}) i`.execute(db());
  }

  async function tel(gebruikerId: string, merk: string): Promise<Record<Tabel, number>> {
    const { rows } = await sql<{ t: Tabel; n: string }>`
      select 'sessies' as t, count(*) as n from sessies where gebruiker_id = ${gebruikerId} and id_hash like ${`${merk}-s-%`}
      union all select 'concepten', count(*) from concepten where gebruiker_id = ${gebruikerId}
      union all select 'zoekopdrachten', count(*) from zoekopdrachten where gebruiker_id = ${gebruikerId}
      union all select 'vrijstelling_leerlingkeuzes', count(*) from vrijstelling_leerlingkeuzes where gebruiker_id = ${gebruikerId}
      union all select 'login_pogingen', count(*) from login_pogingen where gebruikersnaam = ${merk}
      union all select 'vertrouwde_apparaten', count(*) from vertrouwde_apparaten where token_hash like ${`${merk}-a-%`}`.execute(db());
    return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)])) as Record<Tabel, number>;
  }

  it('R-MEL-20 R-PRIV purges expired rows of every kind in batches and leaves live ones', async () => {
    const nu = m.clock();
    await vul(ander.id, nu, 23, true, 'oud');
    await vul(ander.id, nu, 4, false, 'nieuw');
    // Half-way sessions (password, no code) end after 10 minutes; one of 11 minutes goes, one of 9 stays.
    await sql`
      insert into sessies (id_hash, gebruiker_id, fase, csrf_token, aangemaakt_op, laatst_actief_op) values
        ('oud-s-half', ${ander.id}, 'wachtwoord', 'x', ${new Date(nu.getTime() - 11 * 60_000)}, ${new Date(nu.getTime() - 60_000)}),
        ('nieuw-s-half', ${ander.id}, 'wachtwoord', 'x', ${new Date(nu.getTime() - 9 * 60_000)}, ${new Date(nu.getTime() - 60_000)})`.execute(db());

    const r = await m.t.services.opruimen({ batch: 5 });
    if (!r.ran) throw new Error('opruimen draaide niet');
    expect(r.verwijderd).toMatchObject({ concepten: 23, zoekopdrachten: 23, vrijstelling_leerlingkeuzes: 23, login_pogingen: 23, vertrouwde_apparaten: 23 });
    // Other sessions (the setup's logins) may have ended too; ours are 23 + the half-way one.
    expect(r.verwijderd.sessies).toBeGreaterThanOrEqual(24);
    expect(await tel(ander.id, 'oud')).toMatchObject({ sessies: 0, login_pogingen: 0, vertrouwde_apparaten: 0 });
    expect(await tel(ander.id, 'nieuw')).toEqual({ sessies: 5, concepten: 4, zoekopdrachten: 4, vrijstelling_leerlingkeuzes: 4, login_pogingen: 4, vertrouwde_apparaten: 4 });
    // Nothing left to do: a second run deletes nothing.
    expect(await m.t.services.opruimen({ batch: 5 })).toEqual({
      ran: true,
      verwijderd: { sessies: 0, concepten: 0, zoekopdrachten: 0, vrijstelling_leerlingkeuzes: 0, login_pogingen: 0, vertrouwde_apparaten: 0, wijzigingen: 0, koppeling_assertions: 0 },
    });
  });

  it('stops between batches when the stop signal fires, and skips the round while another process holds the lock', async () => {
    const nu = m.clock();
    const ander = await gebruiker(m.t.services, 'ander2');
    await vul(ander.id, nu, 12, true, 'stop');
    const stop = new AbortController();
    stop.abort();
    expect(await m.t.services.opruimen({ batch: 5, signal: stop.signal })).toEqual({ ran: true, verwijderd: {} });
    expect((await tel(ander.id, 'stop')).login_pogingen).toBe(12);

    if (testDatabaseKind === 'postgres') {
      // Another process: a second connection holding the same advisory lock.
      const bezet = await withJobLock(db(), 'opruimen', async () => {
        const binnen = await m.t.services.opruimen({ batch: 5 });
        return binnen;
      });
      expect(bezet).toEqual({ ran: true, value: { ran: false } });
    }
    // The CLI's `opruimen` runs the same job once.
    const out: string[] = [];
    const ctx = { s: m.t.services, actor: { gebruikerId: null, gebruikersnaam: 'cli:tester', ip: null }, env: {}, out: (l: string) => out.push(l), migrated: [] };
    expect(await runCommand(['opruimen'], ctx, (l) => out.push(`FOUT ${l}`))).toBe(0);
    expect(out.join('\n')).toMatch(/^Opgeruimd: .*login_pogingen 12/);
    expect((await tel(ander.id, 'stop')).login_pogingen).toBe(0);
  });

  it("R-MEL-20 a page view deletes no other user's expired rows; reads still ignore them", async () => {
    const nu = m.clock();
    const ander = await gebruiker(m.t.services, 'ander3', [{ rol: 'gemeente_behandelaar', code: AMSTERDAM }]);
    await vul(ander.id, nu, 3, true, 'pagina');
    const c = await m.inloggen(m.melder);
    // The pages that used to delete every expired row: Mijn concepten and storing a search.
    expect((await c.get('/verzuim/concepten')).statusCode).toBe(200);
    const zoek = await c.post('/verzuim/raadplegen', { status: ['R'], pgn: '', achternaam: 'Test' });
    expect(zoek.statusCode).toBe(303);
    // …and storing a gemeente's pupil choice (the service the page calls).
    const behandelaar = { gemeentecode: AMSTERDAM, gebruikerId: ander.id, gebruikersnaam: 'ander3', weergavenaam: 'Ander', ip: null };
    await m.t.services.vrijstellingen.zoekLeerling(behandelaar, await m.leerling({ woongemeente: AMSTERDAM }));
    // The choice just made is the fourth; the three expired ones are still there.
    expect(await tel(ander.id, 'pagina')).toEqual({ sessies: 3, concepten: 3, zoekopdrachten: 3, vrijstelling_leerlingkeuzes: 4, login_pogingen: 3, vertrouwde_apparaten: 3 });

    // An expired draft is neither listed nor resumed while it waits for the job.
    const id = (await db().selectFrom('concepten').select('id').where('gebruiker_id', '=', ander.id).executeTakeFirstOrThrow()).id;
    await db().updateTable('concepten').set({ gebruiker_id: m.melder.id }).where('id', '=', id).execute();
    expect((await c.get('/verzuim/concepten')).body).not.toContain(id);
    expect((await c.get(`/verzuim/opvoeren/${id}`)).statusCode).toBe(404);
    await m.t.services.opruimen();
    expect(await db().selectFrom('concepten').select('id').where('id', '=', id).execute()).toHaveLength(0);
  });
});
