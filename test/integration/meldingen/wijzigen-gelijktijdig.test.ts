// Two people changing the same melding (R-RAA-4, optimistic locking): both opened version 1;
// the first Opslaan wins, the second is refused with a message naming who changed it and when,
// the first's change is kept, the second's input is still there, and "Opnieuw beginnen vanaf
// de nieuwe versie" carries it over to version 2 without undoing the first's change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { meldingOpvoeren, meldingSetup, type MeldingSetup } from './setup';
import { meldingRij, pagina, versies, wijzigVelden } from './wijzigen-setup';

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
