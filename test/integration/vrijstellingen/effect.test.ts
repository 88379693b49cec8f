// R-VRIJ-2: registering (or changing) a vrijstelling ends an overlapping open melding the day
// before it begins, as a new version with the reason, and mails the school; a melding wholly
// inside it is withdrawn. On the boundary days, through the pages, in one transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nieuweVersie } from '../../../src/modules/meldingen/versie';
import { testDatabaseKind } from '../../helpers/database';
import type { TestClient } from '../../helpers/client';
import { AMSTERDAM, ANDERE_SCHOOL, PAD, registreer, tekst, volg, vrijstellingSetup, zoekLeerling, type VrijstellingSetup } from './setup';

describe(`The effect of a vrijstelling on meldingen (R-VRIJ-2) on ${testDatabaseKind}`, () => {
  let m: VrijstellingSetup;
  let c: TestClient;
  beforeAll(async () => {
    m = await vrijstellingSetup();
    c = await m.inloggen(m.amsterdam);
  });
  afterAll(async () => m?.t.close());

  const versies = (id: string) =>
    m.t.db.selectFrom('melding_versies').select(['versie', 'status', 'soort_wijziging', 'door_gebruiker_id', 'door_naam', 'snapshot']).where('melding_id', '=', id).orderBy('versie').execute();
  const mails = (id: string) => m.t.db.selectFrom('uitgaande_mails').selectAll().where('melding_id', '=', id).orderBy('id').execute();
  const vrijstellingVan = async (pgn: string) => (await m.t.db.selectFrom('vrijstellingen').selectAll().where('pgn', '=', pgn).orderBy('begindatum', 'desc').executeTakeFirstOrThrow());

  /** A pupil with the melding 02-03 t/m 13-03-2030 (version 1); registers a vrijstelling from `van` through the pages. */
  async function metVrijstelling(van: string, tm = '', melding: { van?: string; tm?: string | null; status?: 'R' | 'B' | 'G' | 'K' | 'I' } = {}) {
    const pgn = await m.leerling();
    const nummer = await m.melding(pgn, melding.van ?? '2030-03-02', melding.tm === undefined ? '2030-03-13' : melding.tm, { status: melding.status });
    const pad = await zoekLeerling(c, pgn);
    const r = await registreer(c, pad, { soort: '5_onder_a', begindatum: van, einddatum: tm });
    expect(r.statusCode, r.body.slice(0, 2000)).toBe(303);
    const flash = tekst((await volg(c, r)).body);
    return { pgn, nummer, pad, flash, rij: await m.rij(nummer), vrijstelling: await vrijstellingVan(pgn) };
  }

  it('R-VRIJ-2 a vrijstelling that begins the day after the melding\'s t/m leaves the melding untouched (no version, no mail)', async () => {
    const { rij, flash } = await metVrijstelling('14-03-2030');
    expect(rij).toMatchObject({ versie: 1, status: 'R', einddatum: '2030-03-13' });
    expect(await versies(rij.id)).toHaveLength(1);
    expect(await mails(rij.id)).toHaveLength(0);
    expect(flash).toContain('De vrijstelling is vastgelegd.');
    expect(flash).not.toContain('Beëindigd');
  });

  it('R-VRIJ-2 a vrijstelling that begins on the melding\'s t/m ends it the day before: a new version by the behandelaar "(vrijstelling)", the original t/m kept, and a mail to the school without personal data', async () => {
    const { nummer, rij, flash, vrijstelling } = await metVrijstelling('13-03-2030');
    expect(rij).toMatchObject({ versie: 2, status: 'R', einddatum: '2030-03-12' });
    expect(rij.inhoud).toMatchObject({ verzuim: { tm: '2030-03-12' }, vrijstelling: { vrijstellingId: vrijstelling.id, oorspronkelijkeTm: '2030-03-13' } });
    expect(rij.inhoud).not.toHaveProperty('intrekking');
    const [, v2] = await versies(rij.id);
    expect(v2).toMatchObject({ versie: 2, status: 'R', soort_wijziging: 'vrijstelling_inkorten', door_gebruiker_id: m.amsterdam.id, door_naam: `Test ${m.amsterdam.gebruikersnaam} (vrijstelling)` });
    expect(v2!.snapshot).toMatchObject({ einddatum: '2030-03-12', inhoud: { verzuim: { tm: '2030-03-12' } } });
    expect(flash).toContain(`Beëindigd op de dag voor de vrijstelling: 1 verzuimmelding (${nummer}).`);

    const [mail] = await mails(rij.id);
    expect(mail).toMatchObject({ aan: 'piet@school.example', soort: 'melding_vrijstelling', onderwerp: `Verzuimmelding ${nummer} is aangepast wegens vrijstelling` });
    expect(mail!.tekst).toContain(`Meldingnummer: ${nummer}`);
    expect(mail!.tekst).toContain('beëindigd wegens vrijstelling');
    expect(mail!.tekst).toContain(`https://verzuimloket.example/verzuim/meldingen/${nummer}`);
    const { pgn } = rij.inhoud.leerling as { pgn: string };
    for (const persoonlijk of [pgn, 'Sanne', 'Dijk', '2030-03-12', '12-03-2030']) expect(mail!.tekst).not.toContain(persoonlijk);
  });

  it('R-VRIJ-2 a vrijstelling that begins on the melding\'s begindatum withdraws it (reason vrijstelling) with a mail', async () => {
    const { nummer, rij, flash, vrijstelling } = await metVrijstelling('02-03-2030');
    expect(rij).toMatchObject({ versie: 2, status: 'I', einddatum: '2030-03-13' });
    expect(rij.inhoud).toMatchObject({ intrekking: { reden: 'vrijstelling', toelichting: '' }, vrijstelling: { vrijstellingId: vrijstelling.id, oorspronkelijkeTm: '2030-03-13' } });
    expect((await versies(rij.id))[1]).toMatchObject({ status: 'I', soort_wijziging: 'vrijstelling_intrekken' });
    expect(flash).toContain(`Ingetrokken wegens vrijstelling: 1 verzuimmelding (${nummer}).`);
    const [mail] = await mails(rij.id);
    expect(mail!.tekst).toContain('ingetrokken wegens vrijstelling');
  });

  it('R-VRIJ-2 a melding that began before the vrijstelling and ended before it begins is untouched; a closed melding is never touched', async () => {
    const { rij } = await metVrijstelling('20-03-2030', '', { van: '2030-03-02', tm: '2030-03-19' });
    expect(rij).toMatchObject({ versie: 1, einddatum: '2030-03-19' });
    const gesloten = await metVrijstelling('05-03-2030', '', { status: 'G' });
    expect(gesloten.rij).toMatchObject({ versie: 1, status: 'G', einddatum: '2030-03-13' });
    expect(await mails(gesloten.rij.id)).toHaveLength(0);
  });

  it('R-VRIJ-2 an open-ended melding in behandeling is ended and stays In behandeling; any instelling\'s melding counts', async () => {
    const pgn = await m.leerling();
    const nummer = await m.melding(pgn, '2030-03-02', null, { instellingscode: ANDERE_SCHOOL });
    const { id } = await m.rij(nummer);
    const b = await m.t.db.transaction().execute((trx) =>
      nieuweVersie(trx, { meldingId: id, verwachteVersie: 1, actor: { soort: 'gemeente', gebruikerId: m.amsterdam.id, naam: 'Behandelaar' }, actie: 'in_behandeling_nemen', op: m.clock(), wijzig: (h) => ({ inhoud: h.inhoud }) }),
    );
    expect(b.soort).toBe('opgeslagen');
    const pad = await zoekLeerling(c, pgn);
    expect((await registreer(c, pad, { soort: '15', begindatum: '01-04-2030', einddatum: '' })).statusCode).toBe(303);
    const rij = await m.rij(nummer);
    expect(rij).toMatchObject({ versie: 3, status: 'B', einddatum: '2030-03-31' });
    expect(rij.inhoud).toMatchObject({ vrijstelling: { oorspronkelijkeTm: null } });
  });

  it('a vrijstelling that begins before the melding and ends inside it leaves the melding as it is, and says so', async () => {
    const { nummer, rij, flash } = await metVrijstelling('01-02-2030', '05-03-2030');
    expect(rij).toMatchObject({ versie: 1, status: 'R', einddatum: '2030-03-13' });
    expect(flash).toContain(`Niet automatisch aangepast, want deze melding begint binnen de vrijstelling en loopt daarna door: ${nummer}.`);
    expect(await mails(rij.id)).toHaveLength(0);
  });

  it('R-VRIJ-2 changing a vrijstelling to begin earlier ends a melding it now overlaps; the school\'s stale save afterwards is a conflict (R-RAA-4)', async () => {
    const { nummer, pad, rij: voor, vrijstelling } = await metVrijstelling('01-04-2030');
    expect(voor.versie).toBe(1);
    const r = await c.post(`${PAD}/${vrijstelling.id}/wijzigen?terug=${encodeURIComponent(pad)}`, { versie: '1', soort: '5_onder_a', begindatum: '10-03-2030', einddatum: '' });
    expect(r.statusCode, r.body.slice(0, 2000)).toBe(303);
    const rij = await m.rij(nummer);
    expect(rij).toMatchObject({ versie: 2, einddatum: '2030-03-09' });
    expect(rij.inhoud).toMatchObject({ vrijstelling: { vrijstellingId: vrijstelling.id, oorspronkelijkeTm: '2030-03-13' } });

    // The school opened version 1 before; its save now is refused and writes nothing.
    const school = await m.t.db.transaction().execute((trx) =>
      nieuweVersie(trx, { meldingId: rij.id, verwachteVersie: 1, actor: { soort: 'school', gebruikerId: m.melder.id, naam: 'Melder' }, actie: 'wijzigen', op: m.clock(), wijzig: (h) => ({ inhoud: h.inhoud, einddatum: '2030-03-13' }) }),
    );
    expect(school).toMatchObject({ soort: 'conflict', huidig: { versie: 2, einddatum: '2030-03-09' } });
    expect(await versies(rij.id)).toHaveLength(2);
  });

  it('R-VRIJ-2 all in one transaction: when the vrijstelling is refused, no melding changes and no mail is queued', async () => {
    const pgn = await m.leerling();
    const nummer = await m.melding(pgn, '2030-03-02', '2030-03-13');
    const { id } = await m.rij(nummer);
    const actor = { gemeentecode: AMSTERDAM, gebruikerId: m.amsterdam.id, gebruikersnaam: m.amsterdam.gebruikersnaam, weergavenaam: 'Test', ip: null };
    const invoer = { soort: '5a' as const, begindatum: '2030-03-10', einddatum: null };
    // Two at once: one wins and ends the melding once; the other (rule or database) leaves no trace.
    const uitkomsten = await Promise.all([m.t.services.vrijstellingen.registreren(actor, pgn, invoer), m.t.services.vrijstellingen.registreren(actor, pgn, invoer)]);
    expect(uitkomsten.map((u) => u.soort).sort()).toEqual(['fouten', 'opgeslagen']);
    expect(await versies(id)).toHaveLength(2);
    expect(await mails(id)).toHaveLength(1);
    expect(await m.t.db.selectFrom('vrijstellingen').select('id').where('pgn', '=', pgn).execute()).toHaveLength(1);
    const regels = await m.t.db.selectFrom('audit_log').select('details').where('actie', '=', 'vrijstelling_geregistreerd').where('object_id', 'in', (await m.t.db.selectFrom('vrijstellingen').select('id').where('pgn', '=', pgn).execute()).map((v) => v.id)).execute();
    expect(regels).toHaveLength(1);
    expect(regels[0]!.details).toMatchObject({ gevolgen: { ingekort: [nummer], ingetrokken: [], handmatig: [] } });
  });
});
