// R-VRIJ-3: a melding may still be filed over a vrijstelling (the wizard does not stop it);
// the scheduled check then ends it the day before the vrijstelling, or withdraws it when it lies
// wholly inside, and mails the school. Idempotent (a second run changes nothing), one process
// at a time (PostgreSQL advisory lock), and the same from the CLI.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/commands/index';
import { advisoryLockKey } from '../../../src/platform/jobs/lock';
import { CONTROLE_JOB, CONTROLE_NAAM } from '../../../src/modules/vrijstellingen/vrijstellingen.service';
import { testDatabaseKind } from '../../helpers/database';
import type { TestClient } from '../../helpers/client';
import { meldingOpvoeren } from '../meldingen/setup';
import { registreer, vrijstellingSetup, zoekLeerling, type VrijstellingSetup } from './setup';

describe(`The vrijstelling check (R-VRIJ-3) on ${testDatabaseKind}`, () => {
  let m: VrijstellingSetup;
  let gemeente: TestClient;
  beforeAll(async () => {
    m = await vrijstellingSetup();
    gemeente = await m.inloggen(m.amsterdam);
  });
  afterAll(async () => m?.t.close());

  const controle = () => m.t.services.vrijstellingen.controle();
  const versies = (id: string) => m.t.db.selectFrom('melding_versies').select(['versie', 'soort_wijziging', 'door_gebruiker_id', 'door_naam']).where('melding_id', '=', id).orderBy('versie').execute();
  const mails = (id: string) => m.t.db.selectFrom('uitgaande_mails').selectAll().where('melding_id', '=', id).execute();
  const telling = async () => {
    const v = await m.t.db.selectFrom('melding_versies').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const u = await m.t.db.selectFrom('uitgaande_mails').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    return { versies: Number(v.n), mails: Number(u.n) };
  };

  /** A pupil with a vrijstelling registered through the pages (no meldingen yet). */
  async function leerlingMetVrijstelling(begindatum: string, einddatum = '') {
    const pgn = await m.leerling();
    const pad = await zoekLeerling(gemeente, pgn);
    expect((await registreer(gemeente, pad, { soort: '5_onder_a', begindatum, einddatum })).statusCode).toBe(303);
    const v = await m.t.db.selectFrom('vrijstellingen').select(['id']).where('pgn', '=', pgn).executeTakeFirstOrThrow();
    return { pgn, vrijstellingId: v.id };
  }

  it('R-VRIJ-3 a melding filed through the wizard over a vrijstelling is accepted, then the check ends it the day before; a second run changes nothing', async () => {
    const { pgn, vrijstellingId } = await leerlingMetVrijstelling('10-03-2030');
    const school = await m.inloggen(m.melder);
    // The wizard's verzuim: 02-03 t/m 13-03-2030, over the vrijstelling from 10-03.
    const nummer = await meldingOpvoeren(school, pgn);
    const voor = await m.rij(nummer);
    expect(voor).toMatchObject({ versie: 1, status: 'R', einddatum: '2030-03-13' });

    const eerste = await controle();
    expect(eerste).toMatchObject({ ran: true, gevolgen: { ingekort: [nummer], ingetrokken: [], handmatig: [] } });
    const na = await m.rij(nummer);
    expect(na).toMatchObject({ versie: 2, status: 'R', einddatum: '2030-03-09' });
    expect(na.inhoud).toMatchObject({ verzuim: { tm: '2030-03-09' }, vrijstelling: { vrijstellingId, oorspronkelijkeTm: '2030-03-13' } });
    expect((await versies(na.id))[1]).toEqual({ versie: 2, soort_wijziging: 'vrijstelling_inkorten', door_gebruiker_id: null, door_naam: CONTROLE_NAAM });
    const vrijstellingMails = (await mails(na.id)).filter((x) => x.soort === 'melding_vrijstelling');
    expect(vrijstellingMails).toHaveLength(1);
    expect(vrijstellingMails[0]!.aan).toBe('piet@school.example');
    expect(vrijstellingMails[0]!.tekst).toContain('beëindigd wegens vrijstelling');
    const audit = await m.t.db.selectFrom('audit_log').select(['gebruikersnaam', 'details']).where('actie', '=', 'vrijstellingen_controle').execute();
    expect(audit.some((a) => (a.details as { ingekort: string[] }).ingekort.includes(nummer))).toBe(true);

    const stand = await telling();
    const tweede = await controle();
    expect(tweede).toEqual({ ran: true, gevolgen: { ingekort: [], ingetrokken: [], handmatig: [] } });
    expect(await telling()).toEqual(stand);
    expect(await m.rij(nummer)).toMatchObject({ versie: 2 });
  });

  it('R-VRIJ-3 a melding that lies wholly inside a vrijstelling is withdrawn with reason vrijstelling; one that runs on after it is left alone and reported', async () => {
    const binnen = await leerlingMetVrijstelling('01-03-2030', '31-03-2030');
    const nummerBinnen = await m.melding(binnen.pgn, '2030-03-02', '2030-03-13');
    const doorlopend = await leerlingMetVrijstelling('01-03-2030', '05-03-2030');
    const nummerDoor = await m.melding(doorlopend.pgn, '2030-03-02', null);
    const gesloten = await leerlingMetVrijstelling('01-03-2030');
    const nummerGesloten = await m.melding(gesloten.pgn, '2030-03-02', '2030-03-13', { status: 'K' });

    const r = await controle();
    expect(r.ran).toBe(true);
    if (!r.ran) return;
    expect(r.gevolgen.ingetrokken).toContain(nummerBinnen);
    expect(r.gevolgen.handmatig).toContain(nummerDoor);
    expect([...r.gevolgen.ingekort, ...r.gevolgen.ingetrokken, ...r.gevolgen.handmatig]).not.toContain(nummerGesloten);
    const rij = await m.rij(nummerBinnen);
    expect(rij).toMatchObject({ versie: 2, status: 'I' });
    expect(rij.inhoud).toMatchObject({ intrekking: { reden: 'vrijstelling', toelichting: '' }, vrijstelling: { vrijstellingId: binnen.vrijstellingId } });
    expect((await versies(rij.id))[1]).toMatchObject({ soort_wijziging: 'vrijstelling_intrekken', door_naam: CONTROLE_NAAM });
    expect((await mails(rij.id))[0]!.tekst).toContain('ingetrokken wegens vrijstelling');
    expect(await m.rij(nummerDoor)).toMatchObject({ versie: 1, status: 'R', einddatum: null });
    expect(await m.rij(nummerGesloten)).toMatchObject({ versie: 1, status: 'K' });

    const stand = await telling();
    const tweede = await controle();
    expect(tweede).toMatchObject({ ran: true, gevolgen: { ingekort: [], ingetrokken: [] } });
    expect(await telling()).toEqual(stand);
  });

  it('R-VRIJ-3 two runs at once do not both act: every melding gets exactly one new version and one mail', async () => {
    const nummers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { pgn } = await leerlingMetVrijstelling('10-03-2030');
      nummers.push(await m.melding(pgn, '2030-03-02', '2030-03-13'));
    }
    const [a, b] = await Promise.all([controle(), controle()]);
    const gedaan = [a, b].flatMap((r) => (r.ran ? r.gevolgen.ingekort : []));
    expect(gedaan.sort()).toEqual([...nummers].sort());
    for (const nummer of nummers) {
      const rij = await m.rij(nummer);
      expect(rij).toMatchObject({ versie: 2, einddatum: '2030-03-09' });
      expect(await versies(rij.id)).toHaveLength(2);
      expect(await mails(rij.id)).toHaveLength(1);
    }
  });

  it.runIf(testDatabaseKind === 'postgres')('R-VRIJ-3 while another process holds the advisory lock, a run does nothing; after it is released the next run acts (PostgreSQL, two connections)', async () => {
    const { pgn } = await leerlingMetVrijstelling('10-03-2030');
    const nummer = await m.melding(pgn, '2030-03-02', '2030-03-13');
    // "Another process": a transaction on another connection of the pool holding the job's lock.
    const terwijl = await m.t.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${advisoryLockKey(CONTROLE_JOB)}::bigint) as ok`.execute(trx);
      expect(rows[0]!.ok).toBe(true);
      return controle();
    });
    expect(terwijl).toEqual({ ran: false });
    expect(await m.rij(nummer)).toMatchObject({ versie: 1, einddatum: '2030-03-13' });
    const daarna = await controle();
    expect(daarna).toMatchObject({ ran: true, gevolgen: { ingekort: [nummer] } });
  });

  it('R-VRIJ-3 the CLI runs the check once and says how many meldingen it changed', async () => {
    const { pgn } = await leerlingMetVrijstelling('10-03-2030');
    const nummer = await m.melding(pgn, '2030-03-02', '2030-03-13');
    const run = async () => {
      const out: string[] = [];
      const code = await runCommand(['vrijstellingen-controle'], { s: m.t.services, actor: { gebruikerId: null, gebruikersnaam: 'cli:tester', ip: null }, env: {}, out: (l) => out.push(l), migrated: [] }, (l) => out.push(`FOUT ${l}`));
      return { code, out: out.join('\n') };
    };
    const eerste = await run();
    expect(eerste.code).toBe(0);
    expect(eerste.out).toContain('1 verzuimmelding aangepast: 1 beëindigd op de dag voor de vrijstelling, 0 ingetrokken.');
    expect(eerste.out).toContain(nummer);
    const audit = await m.t.db.selectFrom('audit_log').select(['gebruikersnaam', 'details']).where('actie', '=', 'vrijstellingen_controle').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.gebruikersnaam).toBe('cli:tester');
    const tweede = await run();
    expect(tweede.out).toContain('0 verzuimmeldingen aangepast');
  });
});
