// Beheer locaties through its pages (R-LOC-1, manual §3.1): search, Toevoegen, Wijzigen,
// Verwijderen with Annuleren, bad input and duplicates, and the audit of every change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { locatie } from '../../helpers/factories';
import { auditRegels, beheerWereld, foutBijVeld, linkNaar, namenInOverzicht, waardeVan, type BeheerWereld } from './setup';

const PAD = '/beheer/locaties';
const namen = (html: string) => namenInOverzicht(html, PAD);

describe(`Beheer locaties on ${testDatabaseKind}`, () => {
  let w: BeheerWereld;
  beforeAll(async () => {
    w = await beheerWereld();
  });
  afterAll(async () => w?.t.close());

  it('R-LOC-1 before Zoeken only the search form; an empty search with nothing stored says "Geen onderwijslocatie gevonden" with Toevoegen', async () => {
    const { c } = await w.school('10AA');
    const start = await c.get(PAD);
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('<h1 class="utrecht-heading-1 vl-title">Beheer locaties</h1>');
    expect(start.body).toContain('>Onderwijslocatie<');
    expect(start.body).toContain('>Zoeken</button>');
    expect(start.body).not.toContain('Geen onderwijslocatie gevonden');

    const leeg = await c.get(`${PAD}?zoek=`);
    expect(leeg.body).toContain('Geen onderwijslocatie gevonden');
    expect(linkNaar(leeg.body, 'Toevoegen')).toBe(`${PAD}/toevoegen?terug=${encodeURIComponent(`${PAD}?zoek=`)}`);
  });

  it('R-LOC-1 Toevoegen: Opslaan puts the location in the list and audits it; Annuleren goes back without saving', async () => {
    const s = await w.school('11AA');
    const lijst = await s.c.get(`${PAD}?zoek=`);
    const toevoegen = await s.c.get(linkNaar(lijst.body, 'Toevoegen'));
    expect(toevoegen.body).toContain('Toevoegen onderwijslocatie');
    expect(linkNaar(toevoegen.body, 'Annuleren')).toBe(`${PAD}?zoek=`);

    const saved = await s.c.post(`${PAD}/toevoegen?terug=${encodeURIComponent(`${PAD}?zoek=`)}`, { naam: '  Hoofdgebouw   Noord ' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${PAD}?zoek=`);
    const daarna = await s.c.get(String(saved.headers.location));
    expect(daarna.body).toContain('De onderwijslocatie is toegevoegd.');
    expect(namen(daarna.body)).toEqual(['Hoofdgebouw Noord']); // spaces tidied
    expect(daarna.body).toContain('1 onderwijslocatie gevonden');

    const regel = (await auditRegels(w.t, 'locatie_toegevoegd')).find((r) => r.instellingscode === s.code)!;
    expect(regel).toMatchObject({ gebruikersnaam: s.beheerder.gebruikersnaam, object_type: 'locatie' });
    expect(regel.details).toEqual({ na: { naam: 'Hoofdgebouw Noord' } });

    // Annuleren is a link back: following it saves nothing.
    await s.c.get(`${PAD}/toevoegen`);
    await s.c.get(`${PAD}?zoek=`);
    expect(await w.t.services.locaties.keuzelijst(s.code)).toHaveLength(1);
  });

  it('R-LOC-1 R-UI-7 bad input answers 400 with the error summary and the message at the field, keeps the input, saves nothing', async () => {
    const s = await w.school('12AA');
    await s.c.get(`${PAD}/toevoegen`);
    const leeg = await s.c.post(`${PAD}/toevoegen`, { naam: '   ' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('<title>Fout: Toevoegen onderwijslocatie - Verzuimloket</title>');
    expect(leeg.body).toContain('<a href="#naam">Vul de naam van de onderwijslocatie in</a>');
    expect(foutBijVeld(leeg.body, 'naam')).toBe('Vul de naam van de onderwijslocatie in');

    const lang = 'L'.repeat(101);
    const teLang = await s.c.post(`${PAD}/toevoegen`, { naam: lang });
    expect(teLang.statusCode).toBe(400);
    expect(foutBijVeld(teLang.body, 'naam')).toBe('De naam van de onderwijslocatie mag maximaal 100 tekens lang zijn');
    expect(waardeVan(teLang.body, 'naam')).toBe(lang);

    // A crafted post: no field at all, or a NUL byte (security): a clear message at the field, never a 500.
    expect((await s.c.post(`${PAD}/toevoegen`, {})).statusCode).toBe(400);
    const nul = await s.c.post(`${PAD}/toevoegen`, { naam: 'Gym\u0000zaal' });
    expect(nul.statusCode).toBe(400);
    expect(foutBijVeld(nul.body, 'naam')).toBe('Dit veld bevat een teken dat niet is toegestaan, zoals een onzichtbaar stuurteken. Typ de tekst opnieuw');
    expect(waardeVan(nul.body, 'naam')).toBe('Gym\u0000zaal');
    expect(await w.t.services.locaties.keuzelijst(s.code)).toEqual([]);
  });

  it('R-LOC-1 a name the instelling already has, in any case, is refused at the field (also when renaming); another instelling may use it', async () => {
    const s = await w.school('13AA');
    const andere = await w.school('13BB');
    await locatie(w.t.services, s.code, 'De Brug');
    const wissel = await locatie(w.t.services, s.code, 'Het Anker');

    await s.c.get(`${PAD}/toevoegen`);
    const dubbel = await s.c.post(`${PAD}/toevoegen`, { naam: 'de brug' });
    expect(dubbel.statusCode).toBe(400);
    expect(foutBijVeld(dubbel.body, 'naam')).toBe('Er is al een onderwijslocatie met deze naam bij uw instelling. Kies een andere naam.');
    expect(dubbel.body).toContain('<a href="#naam">Er is al een onderwijslocatie met deze naam');
    expect(waardeVan(dubbel.body, 'naam')).toBe('de brug');

    await s.c.get(`${PAD}/${wissel.id}/wijzigen`);
    const hernoemd = await s.c.post(`${PAD}/${wissel.id}/wijzigen`, { naam: 'DE BRUG' });
    expect(hernoemd.statusCode).toBe(400);
    expect(foutBijVeld(hernoemd.body, 'naam')).toContain('Er is al een onderwijslocatie met deze naam');
    expect((await w.t.services.locaties.keuzelijst(s.code)).map((l) => l.naam)).toEqual(['De Brug', 'Het Anker']);

    // Only a change of case of its own name is fine, and the same name elsewhere too.
    expect((await s.c.post(`${PAD}/${wissel.id}/wijzigen`, { naam: 'het anker' })).statusCode).toBe(303);
    await andere.c.get(`${PAD}/toevoegen`);
    expect((await andere.c.post(`${PAD}/toevoegen`, { naam: 'De Brug' })).statusCode).toBe(303);
  });

  it('R-LOC-1 Wijzigen: the name in the list opens the form; Opslaan returns to the same overview with "De gegevens zijn gewijzigd." and audits before and after', async () => {
    const s = await w.school('14AA');
    for (const naam of ['Aula', 'Bijgebouw', 'Centrum', 'Dependance', 'Eiland', 'Fietsenstalling']) await locatie(w.t.services, s.code, naam);
    const overzicht = `${PAD}?zoek=&pagina=2&aantal=5&sorteer=naam&richting=asc`;
    const lijst = await s.c.get(overzicht);
    expect(namen(lijst.body)).toEqual(['Fietsenstalling']);

    const form = await s.c.get(linkNaar(lijst.body, 'Fietsenstalling'));
    expect(form.body).toContain('Wijzigen onderwijslocatie');
    expect(waardeVan(form.body, 'naam')).toBe('Fietsenstalling');
    expect(linkNaar(form.body, 'Annuleren')).toBe(overzicht);

    const action = /<form method="post" action="([^"]+)"/.exec(form.body)![1]!.replace(/&amp;/g, '&');
    const saved = await s.c.post(action, { naam: 'Fietsenkelder' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(overzicht);
    const terug = await s.c.get(overzicht);
    expect(terug.body).toContain('De gegevens zijn gewijzigd.');
    expect(namen(terug.body)).toEqual(['Fietsenkelder']);
    // The notice shows once.
    expect((await s.c.get(overzicht)).body).not.toContain('De gegevens zijn gewijzigd.');

    const regel = (await auditRegels(w.t, 'locatie_gewijzigd')).find((r) => r.instellingscode === s.code)!;
    expect(regel.details).toEqual({ voor: { naam: 'Fietsenstalling' }, na: { naam: 'Fietsenkelder' } });
    expect(regel.gebruikersnaam).toBe(s.beheerder.gebruikersnaam);
  });

  it('R-LOC-1 Verwijderen shows the name first; Annuleren changes nothing; Verwijderen deletes, returns to the list and audits', async () => {
    const s = await w.school('15AA');
    const weg = await locatie(w.t.services, s.code, 'Noodlokaal');
    await locatie(w.t.services, s.code, 'Sporthal');
    const lijst = await s.c.get(`${PAD}?zoek=`);

    const bevestigen = await s.c.get(linkNaar(lijst.body, 'Verwijderen onderwijslocatie Noodlokaal'));
    expect(bevestigen.statusCode).toBe(200);
    expect(bevestigen.body).toContain('Verwijderen onderwijslocatie');
    expect(bevestigen.body).toMatch(/<dd class="vl-summary-list__value">Noodlokaal<\/dd>/);
    expect(bevestigen.body).toContain('>Verwijderen</button>');

    expect(linkNaar(bevestigen.body, 'Annuleren')).toBe(`${PAD}?zoek=`);
    expect(namen((await s.c.get(`${PAD}?zoek=`)).body)).toEqual(['Noodlokaal', 'Sporthal']);

    await s.c.get(linkNaar(lijst.body, 'Verwijderen onderwijslocatie Noodlokaal'));
    const verwijderd = await s.c.post(`${PAD}/${weg.id}/verwijderen?terug=${encodeURIComponent(`${PAD}?zoek=`)}`);
    expect(verwijderd.statusCode).toBe(303);
    expect(verwijderd.headers.location).toBe(`${PAD}?zoek=`);
    const daarna = await s.c.get(`${PAD}?zoek=`);
    expect(daarna.body).toContain('De onderwijslocatie is verwijderd.');
    expect(namen(daarna.body)).toEqual(['Sporthal']);

    const regel = (await auditRegels(w.t, 'locatie_verwijderd')).find((r) => r.object_id === weg.id)!;
    expect(regel).toMatchObject({ instellingscode: s.code, gebruikersnaam: s.beheerder.gebruikersnaam });
    expect(regel.details).toEqual({ voor: { naam: 'Noodlokaal' } });
    // Posting again (a double click) finds nothing: 404, the row stays gone.
    expect((await s.c.post(`${PAD}/${weg.id}/verwijderen`)).statusCode).toBe(404);
  });

  it('R-LOC-2 a melding keeps what was chosen: the choice is a copy; renaming or deleting the location leaves it, and the name can be used again', async () => {
    const s = await w.school('16AA');
    const gekozen = await locatie(w.t.services, s.code, 'Praktijklokaal');
    const keuze = await w.t.services.locaties.keuze(s.code, gekozen.id);
    expect(keuze).toEqual({ naam: 'Praktijklokaal' });

    await s.c.get(`${PAD}/${gekozen.id}/wijzigen`);
    await s.c.post(`${PAD}/${gekozen.id}/wijzigen`, { naam: 'Techniekhal' });
    await s.c.get(`${PAD}/${gekozen.id}/verwijderen`);
    expect((await s.c.post(`${PAD}/${gekozen.id}/verwijderen`)).statusCode).toBe(303);
    expect(keuze).toEqual({ naam: 'Praktijklokaal' });
    // Gone from the choice list of new meldingen; the freed name can be added again.
    expect(await w.t.services.locaties.keuze(s.code, gekozen.id)).toBeNull();
    expect(await w.t.services.locaties.keuzelijst(s.code)).toEqual([]);
    await locatie(w.t.services, s.code, 'Techniekhal');
    // Another instelling's location is never a choice.
    const andere = await w.school('16BB');
    expect(await w.t.services.locaties.keuze(andere.code, (await w.t.services.locaties.keuzelijst(s.code))[0]!.id)).toBeNull();
  });
});
