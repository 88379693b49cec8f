// Beheer contactpersonen through its pages (R-CON-1, manual §3.2): search, Toevoegen with
// its checks, Wijzigen by clicking the name ("gegevens gewijzigd"), Verwijderen showing the
// details, Annuleren, and the choice list of the melding form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { contactpersoon } from '../../helpers/factories';
import { auditRegels, beheerWereld, foutBijVeld, linkNaar, namenInOverzicht, waardeVan, type BeheerWereld } from './setup';

const PAD = '/beheer/contactpersonen';
const namen = (html: string) => namenInOverzicht(html, PAD);
const geldig = { naam: 'Anouk de Wit', functie: 'Verzuimcoördinator', telefoonnummer: '+31 20-123 45 67', email: 'a.dewit@lyceum.example' };

describe(`Beheer contactpersonen on ${testDatabaseKind}`, () => {
  let w: BeheerWereld;
  beforeAll(async () => {
    w = await beheerWereld();
  });
  afterAll(async () => w?.t.close());

  it('R-CON-1 the search screen, then "Geen contactpersoon gevonden" with Toevoegen; Toevoegen saves, lists and audits the details', async () => {
    const s = await w.school('30AA');
    const start = await s.c.get(PAD);
    expect(start.body).toContain('Beheer contactpersonen</h1>');
    expect(start.body).toContain('>Contactpersoon<');
    const leeg = await s.c.get(`${PAD}?zoek=`);
    expect(leeg.body).toContain('Geen contactpersoon gevonden');

    const form = await s.c.get(linkNaar(leeg.body, 'Toevoegen'));
    expect(form.body).toContain('Toevoegen contactpersoon</h1>');
    for (const label of ['Naam', 'Functie', 'Telefoonnummer', 'E-mailadres']) expect(form.body).toContain(`>${label}`);
    const saved = await s.c.post(`${PAD}/toevoegen`, geldig);
    expect(saved.statusCode).toBe(303);
    const lijst = await s.c.get(String(saved.headers.location));
    expect(lijst.body).toContain('De contactpersoon is toegevoegd.');
    expect(namen(lijst.body)).toEqual(['Anouk de Wit']);
    for (const v of ['Verzuimcoördinator', '+31 20-123 45 67', 'a.dewit@lyceum.example']) expect(lijst.body).toContain(v);

    const regel = (await auditRegels(w.t, 'contactpersoon_toegevoegd')).find((r) => r.instellingscode === s.code)!;
    expect(regel).toMatchObject({ object_type: 'contactpersoon', gebruikersnaam: s.beheerder.gebruikersnaam });
    expect(regel.details).toEqual({ na: geldig });
  });

  it('R-CON-1 R-UI-7 bad details: 400, a message at each field and in the summary, everything typed kept, nothing saved', async () => {
    const s = await w.school('31AA');
    await s.c.get(`${PAD}/toevoegen`);
    const fout = { naam: '', functie: 'F'.repeat(61), telefoonnummer: '020-12345', email: 'geen-adres' };
    const res = await s.c.post(`${PAD}/toevoegen`, fout);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Fout: Toevoegen contactpersoon - Verzuimloket</title>');
    expect(foutBijVeld(res.body, 'naam')).toBe('Vul de naam van de contactpersoon in');
    expect(foutBijVeld(res.body, 'functie')).toBe('De functie mag maximaal 60 tekens lang zijn');
    expect(foutBijVeld(res.body, 'telefoonnummer')).toContain('Vul een geldig telefoonnummer in');
    expect(foutBijVeld(res.body, 'email')).toBe('Vul een geldig e-mailadres in, zoals naam@school.nl');
    expect([...res.body.matchAll(/<li><a href="#(\w+)">/g)].map((m) => m[1])).toEqual(['naam', 'functie', 'telefoonnummer', 'email']);
    for (const [veld, waarde] of Object.entries(fout)) expect(waardeVan(res.body, veld)).toBe(waarde);

    // Phone numbers: digits, spaces, - and a leading +, at least 10 digits.
    for (const nummer of ['06 1234 567', '020 123 45 6x', '(020) 1234567', '020+1234567', '1'.repeat(16)]) {
      const r = await s.c.post(`${PAD}/toevoegen`, { ...geldig, telefoonnummer: nummer });
      expect(r.statusCode, nummer).toBe(400);
    }
    expect(await w.t.services.contactpersonen.keuzelijst(s.code)).toEqual([]);
    // Functie (and telefoonnummer) may stay empty.
    const zonderFunctie = await s.c.post(`${PAD}/toevoegen`, { ...geldig, functie: '  ', telefoonnummer: '0612345678' });
    expect(zonderFunctie.statusCode).toBe(303);
    expect((await w.t.services.contactpersonen.keuzelijst(s.code))[0]).toMatchObject({ functie: null, telefoonnummer: '0612345678' });
  });

  it('R-CON-1 R-MEL-7 the telephone number is optional, as on the melding form: saved empty as null, and Wijzigen can clear it', async () => {
    const s = await w.school('36AA');
    const form = await s.c.get(`${PAD}/toevoegen`);
    const veld = form.body.slice(form.body.indexOf('for="telefoonnummer"'), form.body.indexOf('name="telefoonnummer"'));
    expect(veld).toContain('niet verplicht');
    const zonder = await s.c.post(`${PAD}/toevoegen`, { ...geldig, telefoonnummer: '   ' });
    expect(zonder.statusCode).toBe(303);
    const [opgeslagen] = await w.t.services.contactpersonen.keuzelijst(s.code);
    expect(opgeslagen).toMatchObject({ naam: geldig.naam, telefoonnummer: null });
    const met = await s.c.post(`${PAD}/toevoegen`, { ...geldig, naam: 'Bert Bos', telefoonnummer: '020 123 45 67' });
    expect(met.statusCode).toBe(303);
    const bert = (await w.t.services.contactpersonen.keuzelijst(s.code)).find((c) => c.naam === 'Bert Bos')!;
    await s.c.get(`${PAD}/${bert.id}/wijzigen`);
    expect((await s.c.post(`${PAD}/${bert.id}/wijzigen`, { ...geldig, naam: 'Bert Bos', telefoonnummer: '' })).statusCode).toBe(303);
    expect((await w.t.services.contactpersonen.keuze(s.code, bert.id))?.telefoonnummer).toBeNull();
  });

  it('R-CON-1 Wijzigen: click the name, change, Opslaan → back to the list with "De gegevens zijn gewijzigd."; Annuleren changes nothing', async () => {
    const s = await w.school('32AA');
    const c = await contactpersoon(w.t.services, s.code, 'Bram Bakker', { functie: 'Mentor' });
    const lijst = await s.c.get(`${PAD}?zoek=bra`);
    const form = await s.c.get(linkNaar(lijst.body, 'Bram Bakker'));
    expect(form.body).toContain('Wijzigen contactpersoon</h1>');
    expect(waardeVan(form.body, 'functie')).toBe('Mentor');
    expect(linkNaar(form.body, 'Annuleren')).toBe(`${PAD}?zoek=bra`);
    expect((await s.c.get(linkNaar(form.body, 'Annuleren'))).body).toContain('Mentor');

    // Bad input on Wijzigen: kept, not saved.
    const action = /<form method="post" action="([^"]+)"/.exec(form.body)![1]!.replace(/&amp;/g, '&');
    const fout = await s.c.post(action, { ...geldig, naam: 'Bram Bakker', email: 'bram@' });
    expect(fout.statusCode).toBe(400);
    expect(waardeVan(fout.body, 'email')).toBe('bram@');

    const saved = await s.c.post(action, { naam: 'Bram Bakker', functie: 'Teamleider', telefoonnummer: '010 765 43 21', email: 'b.bakker@lyceum.example' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${PAD}?zoek=bra`);
    const terug = await s.c.get(`${PAD}?zoek=bra`);
    expect(terug.body).toContain('De gegevens zijn gewijzigd.');
    expect(terug.body).toContain('Teamleider');

    const regel = (await auditRegels(w.t, 'contactpersoon_gewijzigd')).find((r) => r.object_id === c.id)!;
    expect(regel.details).toEqual({
      voor: { naam: 'Bram Bakker', functie: 'Mentor', telefoonnummer: c.telefoonnummer, email: c.email },
      na: { naam: 'Bram Bakker', functie: 'Teamleider', telefoonnummer: '010 765 43 21', email: 'b.bakker@lyceum.example' },
    });
    expect((await auditRegels(w.t, 'contactpersoon_gewijzigd')).filter((r) => r.object_id === c.id)).toHaveLength(1);
  });

  it('R-CON-1 Verwijderen shows the details first; Annuleren keeps the contactpersoon; Verwijderen deletes it and audits what it was', async () => {
    const s = await w.school('33AA');
    const c = await contactpersoon(w.t.services, s.code, 'Cor Claassen', { functie: 'Conciërge', telefoonnummer: '030 111 22 33', email: 'cor@school.example' });
    const lijst = await s.c.get(`${PAD}?zoek=`);
    const bevestigen = await s.c.get(linkNaar(lijst.body, 'Verwijderen contactpersoon Cor Claassen'));
    expect(bevestigen.body).toContain('Verwijderen contactpersoon</h1>');
    for (const v of ['Cor Claassen', 'Conciërge', '030 111 22 33', 'cor@school.example']) expect(bevestigen.body).toContain(`<dd class="vl-summary-list__value">${v}</dd>`);

    await s.c.get(linkNaar(bevestigen.body, 'Annuleren'));
    expect(namen((await s.c.get(`${PAD}?zoek=`)).body)).toEqual(['Cor Claassen']);

    await s.c.get(`${PAD}/${c.id}/verwijderen`);
    const weg = await s.c.post(`${PAD}/${c.id}/verwijderen`);
    expect(weg.statusCode).toBe(303);
    const daarna = await s.c.get(String(weg.headers.location));
    expect(daarna.body).toContain('De contactpersoon is verwijderd.');
    expect(daarna.body).toContain('Geen contactpersoon gevonden');
    const regel = (await auditRegels(w.t, 'contactpersoon_verwijderd')).find((r) => r.object_id === c.id)!;
    expect(regel.details).toEqual({ voor: { naam: 'Cor Claassen', functie: 'Conciërge', telefoonnummer: '030 111 22 33', email: 'cor@school.example' } });
  });

  it('R-CON-1 R-LOC-2 a stored contactpersoon is in the choice list of the melding form; the choice is a copy that outlives changes', async () => {
    const s = await w.school('34AA');
    const andere = await w.school('34BB');
    const dirk = await contactpersoon(w.t.services, s.code, 'Dirk Dekker');
    await contactpersoon(w.t.services, s.code, 'anna Aarts');
    await contactpersoon(w.t.services, andere.code, 'Elsa Elshout');
    expect((await w.t.services.contactpersonen.keuzelijst(s.code)).map((c) => c.naam)).toEqual(['anna Aarts', 'Dirk Dekker']);

    const keuze = await w.t.services.contactpersonen.keuze(s.code, dirk.id);
    await s.c.get(`${PAD}/${dirk.id}/verwijderen`);
    await s.c.post(`${PAD}/${dirk.id}/verwijderen`);
    expect(keuze).toEqual({ naam: 'Dirk Dekker', functie: dirk.functie, telefoonnummer: dirk.telefoonnummer, email: dirk.email });
    expect(await w.t.services.contactpersonen.keuze(s.code, dirk.id)).toBeNull();
    expect(await w.t.services.contactpersonen.keuze(andere.code, (await w.t.services.contactpersonen.keuzelijst(s.code))[0]!.id)).toBeNull();
  });
});
