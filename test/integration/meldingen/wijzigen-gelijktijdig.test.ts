// Two people, or one person in two sessions, changing the same melding (R-RAA-4, optimistic
// locking): both opened version 1; the first Opslaan wins, the second is refused with a message
// naming who changed it (or saying it was the user in another session) and when,
// the first's change is kept, the second's input is still there, and "Opnieuw beginnen vanaf
// de nieuwe versie" carries it over to version 2 without undoing the first's change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { meldingOpvoeren, meldingSetup, type MeldingSetup } from './setup';
import { meldingRij, pagina, sessieVan, versies, wijzigStap, wijzigVelden } from './wijzigen-setup';

describe(`Two edits of one melding (R-RAA-4) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  beforeAll(async () => {
    m = await meldingSetup();
  });
  afterAll(async () => m?.t.close());

  it('R-RAA-4 the second Opslaan over the same version is refused with a clear message; the first change is kept, the second input shown, and it can be redone on the new version', async () => {
    const melder = await m.inloggen(m.melder);
    const collega = await m.inloggen(m.collega);
    const nummer = await meldingOpvoeren(melder, await m.leerling());

    // Both open version 1 and change different things.
    expect((await wijzigVelden(melder, nummer, 'verzuim', { tm: '06-03-2030' })).statusCode).toBe(303);
    expect((await wijzigVelden(collega, nummer, 'verzuim', { toelichting: 'Ouders gebeld' })).statusCode).toBe(303);
    expect((await wijzigVelden(collega, nummer, 'actie-school', { toelichtingActie: 'Brief verstuurd' })).statusCode).toBe(303);

    // The collega saves first: version 2.
    await collega.get(pagina(nummer));
    expect((await collega.post(pagina(nummer), { actie: 'opslaan' })).statusCode).toBe(303);
    expect((await meldingRij(m, nummer)).versie).toBe(2);

    // The melder's Opslaan is refused, the page says by whom and when, and shows the melder's input.
    await melder.get(pagina(nummer));
    const geweigerd = await melder.post(pagina(nummer), { actie: 'opslaan' });
    expect(geweigerd.statusCode).toBe(409);
    expect(geweigerd.body).toContain('Deze melding is intussen gewijzigd door Test collega op 16-03-2030');
    expect(geweigerd.body).toContain('uw wijzigingen zijn niet opgeslagen');
    expect(geweigerd.body).toContain('02-03-2030 t/m 06-03-2030');
    expect(geweigerd.body).toContain('value="opnieuw"');
    expect(geweigerd.body).not.toContain('value="opslaan"');
    const na = await meldingRij(m, nummer);
    expect(na).toMatchObject({ versie: 2, einddatum: '2030-03-13' });
    expect(na.inhoud.verzuim.toelichting).toBe('Ouders gebeld');
    expect(na.inhoud.acties.toelichting).toBe('Brief verstuurd');
    // The refusal stays until the edit is redone: the page, opened again, says the same.
    expect((await melder.get(pagina(nummer))).body).toContain('intussen gewijzigd door Test collega');
    // A replayed Opslaan is refused again.
    expect((await melder.post(pagina(nummer), { actie: 'opslaan' })).statusCode).toBe(409);

    // Redo on version 2: the melder's t/m stays, the collega's toelichtingen are kept.
    await melder.get(pagina(nummer));
    expect((await melder.post(pagina(nummer), { actie: 'opnieuw' })).statusCode).toBe(303);
    const herbaseerd = await melder.get(pagina(nummer));
    expect(herbaseerd.body).toContain('Uw wijzigingen staan nu in versie 2');
    expect(herbaseerd.body).toContain('02-03-2030 t/m 06-03-2030');
    expect(herbaseerd.body).toContain('Ouders gebeld');
    expect((await melder.post(pagina(nummer), { actie: 'opslaan' })).statusCode).toBe(303);
    const v3 = await meldingRij(m, nummer);
    expect(v3).toMatchObject({ versie: 3, einddatum: '2030-03-06' });
    expect(v3.inhoud.verzuim).toMatchObject({ tm: '2030-03-06', toelichting: 'Ouders gebeld' });
    expect(v3.inhoud.acties.toelichting).toBe('Brief verstuurd');
    expect((await versies(m, nummer)).map((v) => [v.versie, v.door_naam])).toEqual([
      [1, 'Test melder'],
      [2, 'Test collega'],
      [3, 'Test melder'],
    ]);
  });

  it('R-RAA-4 two sessions of one user each have their own edit: what is typed in one never shows in the other, and the later Opslaan is refused as a change from another session, not naming the user as someone else', async () => {
    const laptop = await m.inloggen(m.melder);
    const desktop = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(laptop, await m.leerling());
    expect((await wijzigVelden(laptop, nummer, 'verzuim', { toelichting: 'Alleen op de laptop' })).statusCode).toBe(303);
    expect((await laptop.get(pagina(nummer))).body).toContain('Alleen op de laptop');

    // The other session sees the melding as saved, on its page and on the step.
    const op = await desktop.get(pagina(nummer));
    expect(op.body).not.toContain('Alleen op de laptop');
    expect(op.body).not.toContain('nog niet zijn opgeslagen');
    const stap = await desktop.get(wijzigStap(nummer, 'verzuim'));
    expect(stap.body).toContain('Vaak het eerste uur afwezig');
    expect(stap.body).not.toContain('Alleen op de laptop');

    // The desktop changes something else and saves first: only its own change is in version 2.
    expect((await wijzigVelden(desktop, nummer, 'actie-school', { toelichtingActie: 'Van de desktop' })).statusCode).toBe(303);
    await desktop.get(pagina(nummer));
    expect((await desktop.post(pagina(nummer), { actie: 'opslaan' })).statusCode).toBe(303);
    const v2 = await meldingRij(m, nummer);
    expect(v2.versie).toBe(2);
    expect(v2.inhoud.verzuim.toelichting).toBe('Vaak het eerste uur afwezig');
    expect(v2.inhoud.acties.toelichting).toBe('Van de desktop');

    // The laptop's Opslaan is refused: a change made in another session, not "by Test melder".
    await laptop.get(pagina(nummer));
    const geweigerd = await laptop.post(pagina(nummer), { actie: 'opslaan' });
    expect(geweigerd.statusCode).toBe(409);
    expect(geweigerd.body).toContain('U heeft deze melding intussen in een andere sessie gewijzigd');
    expect(geweigerd.body).toContain('op 16-03-2030');
    expect(geweigerd.body).not.toContain('gewijzigd door');
    expect(geweigerd.body).toContain('Alleen op de laptop');
    expect((await meldingRij(m, nummer)).versie).toBe(2);

    // Redone on version 2, both changes are kept.
    await laptop.get(pagina(nummer));
    expect((await laptop.post(pagina(nummer), { actie: 'opnieuw' })).statusCode).toBe(303);
    await laptop.get(pagina(nummer));
    expect((await laptop.post(pagina(nummer), { actie: 'opslaan' })).statusCode).toBe(303);
    const v3 = await meldingRij(m, nummer);
    expect(v3.versie).toBe(3);
    expect(v3.inhoud.verzuim.toelichting).toBe('Alleen op de laptop');
    expect(v3.inhoud.acties.toelichting).toBe('Van de desktop');
  });

  it('R-RAA-4 an edit belongs to its session: logged in again (a new session id), the melding shows as saved; the old session\'s edit is left to expire', async () => {
    const eerst = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(eerst, await m.leerling());
    expect((await wijzigVelden(eerst, nummer, 'verzuim', { toelichting: 'Voor het uitloggen' })).statusCode).toBe(303);
    await eerst.get(pagina(nummer));
    expect((await eerst.post('/uitloggen')).statusCode).toBe(303);
    const later = await m.inloggen(m.melder);
    const r = await later.get(pagina(nummer));
    expect(r.body).not.toContain('Voor het uitloggen');
    expect(r.body).not.toContain('nog niet zijn opgeslagen');
    const { id } = await meldingRij(m, nummer);
    const rijen = await m.t.db.selectFrom('concepten').select(['sessie_id_hash', 'verloopt_op']).where('melding_id', '=', id).execute();
    expect(rijen).toHaveLength(1);
    expect(rijen[0]!.sessie_id_hash).not.toBe(sessieVan(later));
  });

  it('R-RAA-4 two Opslaan of two edits of the same version at the same moment: exactly one new version, the other refused', async () => {
    const melder = await m.inloggen(m.melder);
    const collega = await m.inloggen(m.collega);
    const nummer = await meldingOpvoeren(melder, await m.leerling());
    await wijzigVelden(melder, nummer, 'actie-school', { toelichtingActie: 'Van de melder' });
    await wijzigVelden(collega, nummer, 'actie-school', { toelichtingActie: 'Van de collega' });
    await melder.get(pagina(nummer));
    await collega.get(pagina(nummer));
    const r = await Promise.all([melder.post(pagina(nummer), { actie: 'opslaan' }), collega.post(pagina(nummer), { actie: 'opslaan' })]);
    expect(r.map((x) => x.statusCode).sort()).toEqual([303, 409]);
    const winnaar = r[0].statusCode === 303 ? 'Van de melder' : 'Van de collega';
    const rij = await meldingRij(m, nummer);
    expect(rij.versie).toBe(2);
    expect(rij.inhoud.acties.toelichting).toBe(winnaar);
    expect(await versies(m, nummer)).toHaveLength(2);
  });

  it('R-RAA-4 R-RAA-5 an edit of a melding the gemeente closes meanwhile cannot be saved; the page says so and is read-only', async () => {
    const melder = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(melder, await m.leerling());
    await wijzigVelden(melder, nummer, 'verzuim', { reden: 'Nieuwe reden' });
    const { gemeenteActie } = await import('./wijzigen-setup');
    await gemeenteActie(m, nummer, 'afsluiten');
    // Opslaan from the page opened before: refused, the page is now read-only.
    const r = await melder.post(pagina(nummer), { actie: 'opslaan' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('kan niet meer gewijzigd worden');
    expect(r.body).not.toContain('value="opslaan"');
    expect(r.body).toContain('Uw wijzigingen zijn niet opgeslagen: de melding heeft intussen de status ‘Afgesloten’');
    expect((await meldingRij(m, nummer)).inhoud.verzuim.reden).toBe('afwezig vanwege ziekte');
    expect(await versies(m, nummer)).toHaveLength(2);
  });
});
