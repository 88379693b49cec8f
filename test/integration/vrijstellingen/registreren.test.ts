// R-VRIJ-1 and R-VRIJ-4 through the gemeente's pages: find a pupil who lives in the gemeente,
// register, change and end a vrijstelling, every validation at its field with the input kept,
// overlap refused by the rule and by the database, and the scope: another gemeente's pupil is
// refused, another gemeente's vrijstelling is a 404 with an audit line.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import type { TestClient } from '../../helpers/client';
import { AMSTERDAM, DIEMEN, PAD, registreer, tekst, volg, vrijstellingSetup, zoekLeerling, type VrijstellingSetup } from './setup';

describe(`Vrijstellingen registreren, wijzigen, beëindigen (R-VRIJ-1, R-VRIJ-4) on ${testDatabaseKind}`, () => {
  let m: VrijstellingSetup;
  let c: TestClient;
  beforeAll(async () => {
    m = await vrijstellingSetup();
    c = await m.inloggen(m.amsterdam);
  });
  afterAll(async () => m?.t.close());

  const vrijstellingen = (pgn: string) => m.t.db.selectFrom('vrijstellingen').selectAll().where('pgn', '=', pgn).orderBy('begindatum').execute();
  const audit = (actie: string) => m.t.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();

  it('R-VRIJ-1 the behandelaar finds a pupil of the gemeente by PGN (no PGN in the URL), registers a vrijstelling, and sees it per pupil and per gemeente', async () => {
    const pgn = await m.leerling({ achternaam: 'Verhoeven' });
    const overzicht = await c.get(PAD);
    expect(overzicht.statusCode).toBe(200);
    expect(overzicht.body).toContain('Uw gemeente heeft nog geen vrijstellingen vastgelegd.');

    const pad = await zoekLeerling(c, ` ${pgn} `);
    const pagina = await c.get(pad);
    expect(pagina.statusCode).toBe(200);
    expect(tekst(pagina.body)).toContain('Sanne van Verhoeven');
    expect(pagina.body).toContain('Voor deze leerling is geen vrijstelling vastgelegd.');
    expect(await audit('vrijstelling_leerling_gezocht')).toContainEqual(expect.objectContaining({ object_id: pgn, gemeentecode: AMSTERDAM }));

    const r = await registreer(c, pad, { soort: '5_onder_a', begindatum: '01-04-2030', einddatum: '' });
    expect(r.statusCode, r.body.slice(0, 3000)).toBe(303);
    expect(r.headers.location).toBe(pad);
    const na = await volg(c, r);
    expect(tekst(na.body)).toContain('De vrijstelling is vastgelegd.');
    expect(tekst(na.body)).toContain('Art. 5 onder a: lichamelijke of psychische ongeschiktheid');
    expect(tekst(na.body)).toContain('01-04-2030');

    const [v] = await vrijstellingen(pgn);
    expect(v).toMatchObject({ pgn, gemeentecode: AMSTERDAM, soort: '5_onder_a', begindatum: '2030-04-01', einddatum: null, versie: 1, aangemaakt_door: m.amsterdam.id });
    const [regel] = (await audit('vrijstelling_geregistreerd')).filter((a) => a.object_id === v!.id);
    expect(regel).toMatchObject({ gebruiker_id: m.amsterdam.id, gemeentecode: AMSTERDAM, object_type: 'vrijstelling' });
    expect(regel!.details).toMatchObject({ pgn, na: { soort: '5_onder_a', begindatum: '2030-04-01', einddatum: null } });

    const lijst = await c.get(PAD);
    expect(tekst(lijst.body)).toContain('Sanne van Verhoeven');
    expect(lijst.body).toContain(`${PAD}/${v!.id}/wijzigen`);
    expect(await audit('vrijstellingen_ingezien')).not.toHaveLength(0);
  });

  it('R-VRIJ-1 validation: Dutch messages at the fields, the input kept, nothing saved', async () => {
    const pgn = await m.leerling();
    const pad = await zoekLeerling(c, pgn);
    const leeg = await registreer(c, pad, { begindatum: '', einddatum: '' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('Kies de soort vrijstelling.');
    expect(leeg.body).toContain('Vul de begindatum in.');
    expect(leeg.body).toContain('href="#soort"');

    const fout = await c.post(`${pad}/registreren`, { soort: '5_onder_b', begindatum: '31-02-2030', einddatum: '1-1' });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('Vul een bestaande begindatum in als DD-MM-JJJJ');
    expect(fout.body).toContain('Vul een bestaande einddatum in als DD-MM-JJJJ');
    expect(fout.body).toContain('value="31-02-2030"');
    expect(fout.body).toMatch(/value="5_onder_b"[^>]*checked|checked[^>]*value="5_onder_b"/);

    const omgekeerd = await c.post(`${pad}/registreren`, { soort: '5_onder_b', begindatum: '10-04-2030', einddatum: '09-04-2030' });
    expect(omgekeerd.statusCode).toBe(400);
    expect(omgekeerd.body).toContain('De einddatum moet op of na de begindatum liggen.');
    expect(await vrijstellingen(pgn)).toHaveLength(0);
  });

  it('R-VRIJ-1 two vrijstellingen of one pupil may not overlap: refused by the rule at the field, and by the database', async () => {
    const pgn = await m.leerling();
    const pad = await zoekLeerling(c, pgn);
    expect((await registreer(c, pad, { soort: '15', begindatum: '01-04-2030', einddatum: '30-06-2030' })).statusCode).toBe(303);
    const overlap = await registreer(c, pad, { soort: '5a', begindatum: '30-06-2030', einddatum: '' });
    expect(overlap.statusCode).toBe(400);
    expect(tekst(overlap.body)).toContain('Er is al een vrijstelling voor deze leerling van 01-04-2030 t/m 30-06-2030.');
    expect(overlap.body).toContain('value="30-06-2030"');
    // The day after is fine.
    expect((await registreer(c, pad, { soort: '5a', begindatum: '01-07-2030', einddatum: '' })).statusCode).toBe(303);
    expect(await vrijstellingen(pgn)).toHaveLength(2);

    // The database refuses what the rule would have: a row written around the service.
    const direct = await sql`insert into vrijstellingen (pgn, gemeentecode, soort, begindatum, einddatum, aangemaakt_op, aangemaakt_door_naam, gewijzigd_op, gewijzigd_door_naam)
      values (${pgn}, ${AMSTERDAM}, '5a', '2030-05-01', '2030-05-02', now(), 'x', now(), 'x')`
      .execute(m.t.db)
      .catch((e: unknown) => e);
    expect((direct as { code?: string }).code).toBe('23P01');
    const onbekend = await sql`insert into vrijstellingen (pgn, gemeentecode, soort, begindatum, aangemaakt_op, aangemaakt_door_naam, gewijzigd_op, gewijzigd_door_naam)
      values (${pgn}, ${AMSTERDAM}, '16', '2040-05-01', now(), 'x', now(), 'x')`
      .execute(m.t.db)
      .catch((e: unknown) => e);
    expect((onbekend as { code?: string }).code).toBe('23514');
  });

  it('R-VRIJ-1 two registrations at once for one pupil: exactly one is stored, the other gets the overlap message', async () => {
    const pgn = await m.leerling();
    const actor = { gemeentecode: AMSTERDAM, gebruikerId: m.amsterdam.id, gebruikersnaam: m.amsterdam.gebruikersnaam, weergavenaam: 'Test', ip: null };
    const invoer = { soort: '5_onder_c' as const, begindatum: '2030-05-01', einddatum: null };
    const uitkomsten = await Promise.all([m.t.services.vrijstellingen.registreren(actor, pgn, invoer), m.t.services.vrijstellingen.registreren(actor, pgn, invoer)]);
    expect(uitkomsten.map((u) => u.soort).sort()).toEqual(['fouten', 'opgeslagen']);
    expect(await vrijstellingen(pgn)).toHaveLength(1);
  });

  it('R-VRIJ-1 change a vrijstelling (a new version, audited with before and after); a stale version is refused and shown as it is now', async () => {
    const pgn = await m.leerling();
    const pad = await zoekLeerling(c, pgn);
    await registreer(c, pad, { soort: '5_onder_a', begindatum: '01-04-2030', einddatum: '' });
    const [v] = await vrijstellingen(pgn);
    const wijzigPad = `${PAD}/${v!.id}/wijzigen?terug=${encodeURIComponent(pad)}`;

    const form = await c.get(wijzigPad);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="01-04-2030"');
    expect(form.body).toContain('name="versie" value="1"');
    const r = await c.post(wijzigPad, { versie: '1', soort: '5_onder_b', begindatum: '02-04-2030', einddatum: '31-07-2030' });
    expect(r.statusCode, r.body.slice(0, 2000)).toBe(303);
    expect(r.headers.location).toBe(pad);
    expect(tekst((await volg(c, r)).body)).toContain('De vrijstelling is gewijzigd.');
    expect((await vrijstellingen(pgn))[0]).toMatchObject({ soort: '5_onder_b', begindatum: '2030-04-02', einddatum: '2030-07-31', versie: 2, gewijzigd_door: m.amsterdam.id });
    const regel = (await audit('vrijstelling_gewijzigd')).find((a) => a.object_id === v!.id);
    expect(regel!.details).toMatchObject({ voor: { soort: '5_onder_a', begindatum: '2030-04-01', einddatum: null }, na: { soort: '5_onder_b', einddatum: '2030-07-31' } });

    // A colleague's form, opened on version 1, saved after that change.
    const oud = await c.post(wijzigPad, { versie: '1', soort: '15', begindatum: '01-04-2030', einddatum: '' });
    expect(oud.statusCode).toBe(400);
    expect(tekst(oud.body)).toContain('Iemand anders heeft deze vrijstelling intussen gewijzigd.');
    expect(oud.body).toContain('name="versie" value="2"');
    expect(oud.body).toContain('value="31-07-2030"');
    expect((await vrijstellingen(pgn))[0]).toMatchObject({ soort: '5_onder_b', versie: 2 });
  });

  it('R-VRIJ-1 end a vrijstelling: its last day, not before its begin', async () => {
    const pgn = await m.leerling();
    const pad = await zoekLeerling(c, pgn);
    await registreer(c, pad, { soort: '5a', begindatum: '01-04-2030', einddatum: '' });
    const [v] = await vrijstellingen(pgn);
    const pagina = await c.get(pad);
    expect(pagina.body).toContain(`${PAD}/${v!.id}/beeindigen`);
    const eindPad = `${PAD}/${v!.id}/beeindigen?terug=${encodeURIComponent(pad)}`;
    expect((await c.get(eindPad)).statusCode).toBe(200);
    const leeg = await c.post(eindPad, { versie: '1', einddatum: '' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('Vul de einddatum in.');
    const ervoor = await c.post(eindPad, { versie: '1', einddatum: '31-03-2030' });
    expect(ervoor.statusCode).toBe(400);
    expect(ervoor.body).toContain('De einddatum moet op of na de begindatum liggen.');
    expect(ervoor.body).toContain('value="31-03-2030"');
    const r = await c.post(eindPad, { versie: '1', einddatum: '30-06-2030' });
    expect(r.statusCode).toBe(303);
    expect(tekst((await volg(c, r)).body)).toContain('De vrijstelling is beëindigd.');
    expect((await vrijstellingen(pgn))[0]).toMatchObject({ einddatum: '2030-06-30', versie: 2 });
    expect((await audit('vrijstelling_beeindigd')).some((a) => a.object_id === v!.id)).toBe(true);
    // Ended: no more Beëindigen link.
    expect((await c.get(pad)).body).not.toContain(`${PAD}/${v!.id}/beeindigen`);
  });

  it('R-VRIJ-1 scope: a pupil who does not live in the gemeente, an unknown PGN and a malformed one are refused at the field', async () => {
    const elders = await m.leerling({ woongemeente: DIEMEN });
    await c.get(PAD);
    const r = await c.post(PAD, { pgn: elders });
    expect(r.statusCode).toBe(400);
    expect(tekst(r.body)).toContain('Deze leerling woont volgens de registratie (ROD) niet in uw gemeente.');
    expect(r.body).toContain(`value="${elders}"`);
    const buitenland = await m.leerling({ buitenland: true });
    expect(tekst((await c.post(PAD, { pgn: buitenland })).body)).toContain('niet in uw gemeente');
    expect(tekst((await c.post(PAD, { pgn: '111222333' })).body)).toContain('Geen leerling gevonden met dit persoonsgebonden nummer.');
    const kapot = await c.post(PAD, { pgn: '12345' });
    expect(kapot.statusCode).toBe(400);
    expect(kapot.body).toContain('href="#pgn"');
    expect((await audit('vrijstelling_leerling_gezocht')).find((a) => a.object_id === elders)!.details).toMatchObject({ gevonden: true, inGemeente: false });
  });

  it('R-VRIJ-1 scope: another gemeente\'s vrijstelling is a 404 (GET and POST), audited, and nothing changes; another user\'s pupil page is not theirs', async () => {
    const pgn = await m.leerling();
    const pad = await zoekLeerling(c, pgn);
    await registreer(c, pad, { soort: '5a', begindatum: '01-04-2030', einddatum: '' });
    const [v] = await vrijstellingen(pgn);

    const d = await m.inloggen(m.diemen);
    const lijst = await d.get(PAD);
    expect(lijst.body).not.toContain(v!.id);
    expect((await d.get(`${PAD}/${v!.id}/wijzigen`)).statusCode).toBe(404);
    expect((await d.get(`${PAD}/${v!.id}/beeindigen`)).statusCode).toBe(404);
    const post = await d.post(`${PAD}/${v!.id}/beeindigen`, { versie: '1', einddatum: '30-04-2030' });
    expect(post.statusCode).toBe(404);
    expect((await d.get(`${PAD}/00000000-0000-4000-8000-000000000000/wijzigen`)).statusCode).toBe(404);
    expect((await d.get(`${PAD}/geen-id/wijzigen`)).statusCode).toBe(404);
    const weigeringen = (await audit('toegang_geweigerd')).filter((a) => a.gemeentecode === DIEMEN && a.object_type === 'vrijstelling');
    expect(weigeringen.map((a) => (a.details as { reden: string }).reden)).toEqual(['andere_gemeente', 'andere_gemeente', 'andere_gemeente', 'onbekend', 'ongeldig_id']);
    expect((await vrijstellingen(pgn))[0]).toMatchObject({ einddatum: null, versie: 1 });

    // Amsterdam's pupil page URL, opened by Diemen's behandelaar: not theirs, back to the search.
    const vreemd = await d.get(pad);
    expect(vreemd.statusCode).toBe(303);
    expect(vreemd.headers.location).toBe(PAD);
    expect(tekst((await d.get(PAD)).body)).toContain('Deze pagina is verlopen. Zoek de leerling opnieuw.');
    expect((await d.post(`${pad}/registreren`, { soort: '5a', begindatum: '01-09-2031', einddatum: '' })).statusCode).toBe(303);
    expect(await vrijstellingen(pgn)).toHaveLength(1);
  });

  it('R-VRIJ-1 only a gemeente behandelaar: a melder gets no access', async () => {
    const melder = await m.inloggen(m.melder);
    expect((await melder.get(PAD)).statusCode).toBe(403);
  });

  it('R-VRIJ-4 each of the five kinds can be registered and is shown by its article', async () => {
    const pgn = await m.leerling();
    const pad = await zoekLeerling(c, pgn);
    const soorten = ['5_onder_a', '5_onder_b', '5_onder_c', '5a', '15'];
    for (const [i, soort] of soorten.entries()) {
      const r = await registreer(c, pad, { soort, begindatum: `0${i + 1}-01-2031`, einddatum: `0${i + 1}-01-2031` });
      expect(r.statusCode, soort).toBe(303);
    }
    expect((await vrijstellingen(pgn)).map((v) => v.soort)).toEqual(soorten);
    const pagina = tekst((await c.get(pad)).body);
    for (const label of ['Art. 5 onder a', 'Art. 5 onder b', 'Art. 5 onder c', 'Art. 5a: trekkend bestaan', 'Art. 15: vervangende leerplicht']) expect(pagina).toContain(label);
    const onbekend = await registreer(c, pad, { soort: '16', begindatum: '01-02-2031', einddatum: '' });
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.body).toContain('Kies de soort vrijstelling.');
  });
});
