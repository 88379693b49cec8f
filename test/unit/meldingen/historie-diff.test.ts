// The difference between two versions of a melding (R-HIS-1), pure: scalars, nested objects,
// objects that appear or disappear, each list's added / removed / changed rows, identical
// versions; and the comparison rows the page shows (velden.ts), field by field.
import { describe, expect, it } from 'vitest';
import { gelijkeWaarde, LIJST_PADEN, vergelijkLijst, vergelijkVersies, veldGewijzigd, type VersieSnapshot } from '../../../src/modules/meldingen/historie/diff';
import { aantalMarkeringen, SECTIES, SPIEGELS, vergelijkModel, type VergelijkRij } from '../../../src/modules/meldingen/historie/velden';
import type { MeldingInhoud } from '../../../src/modules/meldingen/melding.types';

function basis(): VersieSnapshot {
  const inhoud: MeldingInhoud = {
    leerling: { pgn: '123456782', voornamen: 'Sanne', voorvoegsel: 'van', achternaam: 'Dijk', geboortedatum: '2015-05-01', straat: 'Dorpsstraat', huisnummer: '12', postcode: '1011AB', plaats: 'Amsterdam', woongemeenteCode: '0363', woongemeenteNaam: 'Amsterdam' },
    leerlingStap: {
      telefoon: '020 765 43 21',
      email: 'ouder@example.nl',
      extraContacten: [
        { naam: 'Oma Bakker', relatie: 'grootmoeder', telefoon: '06 1234 5678', email: '' },
        { naam: 'Buurman', relatie: 'buurman', telefoon: '', email: 'buur@example.nl' },
      ],
      afwijkendAdres: null,
    },
    verzuim: {
      van: '2030-03-02', tm: '2030-03-13', soort: 'V3', verbijzondering: null, reden: 'afwezig vanwege ziekte', allesGemist: false, toelichting: 'Vaak het eerste uur afwezig',
      actieGewenst: true, toelichtingActieGewenst: '', prioriteit: false, onderwijsaanbieder: null, onderwijslocatie: null, locatie: { id: 'l1', naam: 'Hoofdgebouw' },
      contactpersoon: { naam: 'Piet Jansen', functie: 'Mentor', telefoon: '020 123 45 67', email: 'piet@school.example', kopie: true },
    },
    lesuren: {
      dagen: [
        { datum: '2030-03-02', heleDag: true, lesuren: [], toelichting: '' },
        { datum: '2030-03-04', heleDag: false, lesuren: [1, 2], toelichting: 'te laat' },
      ],
    },
    acties: { acties: ['gesprek_leerling', 'huisbezoek'], toelichting: 'Gesprek op 3 maart' },
  };
  return { nummer: '2030-0000001', versie: 1, status: 'R', pgn: '123456782', achternaam: 'Dijk', instellingscode: '01AB', gemeentecode: '0363', soort: 'V3', begindatum: '2030-03-02', einddatum: '2030-03-13', prioriteit: false, onderwijslocatie_naam: 'Hoofdgebouw', inhoud };
}

/** A copy of the base with `wijzig` applied, as the next version. */
function volgende(wijzig: (v: VersieSnapshot) => void, van = basis()): VersieSnapshot {
  const v = structuredClone(van);
  v.versie += 1;
  wijzig(v);
  return v;
}

describe('R-HIS-1 vergelijkVersies: scalars and nested objects', () => {
  it('R-HIS-1 identical versions (only the version number differs): no differences, every list row gelijk', () => {
    const v = vergelijkVersies(volgende(() => {}), basis());
    expect(v.identiek).toBe(true);
    expect(v.velden).toEqual([]);
    expect([...v.verzuimdagen, ...v.acties, ...v.extraContacten].map((r) => r.soort)).toEqual(['gelijk', 'gelijk', 'gelijk', 'gelijk', 'gelijk', 'gelijk']);
  });

  it('R-HIS-1 a top-level scalar (status) and nested ones (einddatum twice: the column and inhoud.verzuim.tm)', () => {
    const v = vergelijkVersies(
      volgende((x) => {
        x.status = 'B';
        x.einddatum = '2030-03-10';
        x.inhoud.verzuim.tm = '2030-03-10';
        x.inhoud.verzuim.contactpersoon.telefoon = '020 000 00 00';
      }),
      basis(),
    );
    expect(v.velden).toEqual(['einddatum', 'inhoud.verzuim.contactpersoon.telefoon', 'inhoud.verzuim.tm', 'status']);
    expect(v.identiek).toBe(false);
  });

  it('R-HIS-1 booleans: true → false is a difference, false is not empty', () => {
    expect(vergelijkVersies(volgende((x) => void (x.inhoud.verzuim.contactpersoon.kopie = false)), basis()).velden).toEqual(['inhoud.verzuim.contactpersoon.kopie']);
    expect(gelijkeWaarde(false, null)).toBe(false);
    expect(gelijkeWaarde(0, '')).toBe(false);
  });

  it('R-HIS-1 null, undefined and "" are the same empty value; a value that becomes empty is a difference', () => {
    expect(gelijkeWaarde(null, '')).toBe(true);
    expect(gelijkeWaarde(undefined, null)).toBe(true);
    expect(vergelijkVersies(volgende((x) => void (x.inhoud.verzuim.toelichtingActieGewenst = null as unknown as string)), basis()).identiek).toBe(true);
    expect(vergelijkVersies(volgende((x) => void (x.inhoud.verzuim.toelichting = '')), basis()).velden).toEqual(['inhoud.verzuim.toelichting']);
  });

  it('R-HIS-1 an object that appears (afwijkend adres, the gemeente\'s terugkoppeling, an intrekking) counts by its leaves; one that only holds empties is no difference', () => {
    const met = volgende((x) => {
      x.inhoud.leerlingStap.afwijkendAdres = { soort: 'locatie', locatie: 'Opvang De Haven', plaatsnaam: 'Diemen' };
      x.inhoud.gemeente = { contactpersoon: null, toelichting: 'Gebeld met ouders', overgedragenAan: null, afsluiting: null };
      x.inhoud.intrekking = { reden: 'foutief_opgevoerd', toelichting: '' };
    });
    const v = vergelijkVersies(met, basis());
    expect(v.velden).toEqual([
      'inhoud.gemeente.toelichting',
      'inhoud.intrekking.reden',
      'inhoud.leerlingStap.afwijkendAdres.locatie',
      'inhoud.leerlingStap.afwijkendAdres.plaatsnaam',
      'inhoud.leerlingStap.afwijkendAdres.soort',
    ]);
    // And the other way round: the object disappears.
    expect(vergelijkVersies(basis(), met).velden).toEqual(v.velden);
    const leeg = volgende((x) => void (x.inhoud.gemeente = { contactpersoon: null, toelichting: '', overgedragenAan: null, afsluiting: null }));
    expect(vergelijkVersies(leeg, basis()).identiek).toBe(true);
  });

  it('R-HIS-1 an object replaced by another of the same kind: only the leaves that differ', () => {
    const a = volgende((x) => void (x.inhoud.leerlingStap.afwijkendAdres = { soort: 'straat', straat: 'Kerkstraat', huisnummer: '1', postcode: '1011AB', plaats: 'Amsterdam' }));
    const b = volgende((x) => void (x.inhoud.leerlingStap.afwijkendAdres = { soort: 'straat', straat: 'Kerkstraat', huisnummer: '3', postcode: '1011AB', plaats: 'Amsterdam' }), a);
    expect(vergelijkVersies(b, a).velden).toEqual(['inhoud.leerlingStap.afwijkendAdres.huisnummer']);
    // Street address → location: every leaf of both shapes.
    const c = volgende((x) => void (x.inhoud.leerlingStap.afwijkendAdres = { soort: 'locatie', locatie: 'Opvang', plaatsnaam: 'Diemen' }), a);
    expect(vergelijkVersies(c, a).velden).toHaveLength(7);
  });

  it('R-HIS-1 deeper nesting: the gemeente\'s contactpersoon, overdracht and afsluiting', () => {
    const a = volgende((x) => void (x.inhoud.gemeente = { contactpersoon: { naam: 'J. de Vries', functie: 'Leerplichtambtenaar', telefoon: '', email: 'j@gem.example' }, toelichting: '', overgedragenAan: null, afsluiting: null }));
    const b = volgende((x) => {
      x.inhoud.gemeente!.contactpersoon!.telefoon = '020 111 22 33';
      x.inhoud.gemeente!.overgedragenAan = { partij: 'anders', anders: 'Wijkteam' };
      x.inhoud.gemeente!.afsluiting = { reden: 'terug_naar_school', toelichting: null };
    }, a);
    expect(vergelijkVersies(b, a).velden).toEqual(['inhoud.gemeente.afsluiting.reden', 'inhoud.gemeente.contactpersoon.telefoon', 'inhoud.gemeente.overgedragenAan.anders', 'inhoud.gemeente.overgedragenAan.partij']);
  });

  it('R-HIS-1 the lists are never scalar differences, whatever happens to them', () => {
    const v = vergelijkVersies(
      volgende((x) => {
        x.inhoud.lesuren.dagen = [];
        x.inhoud.acties.acties = ['anders'];
        x.inhoud.leerlingStap.extraContacten = [];
      }),
      basis(),
    );
    expect(v.velden).toEqual([]);
    expect(v.identiek).toBe(false);
    for (const pad of LIJST_PADEN) expect(veldGewijzigd(v, pad)).toBe(false);
  });

  it('veldGewijzigd: the path itself, something under it, or the object it is part of', () => {
    const v = { velden: ['inhoud.leerlingStap.afwijkendAdres.straat', 'inhoud.gemeente'] };
    expect(veldGewijzigd(v, 'inhoud.leerlingStap.afwijkendAdres')).toBe(true);
    expect(veldGewijzigd(v, 'inhoud.leerlingStap.afwijkendAdres.straat')).toBe(true);
    expect(veldGewijzigd(v, 'inhoud.gemeente.toelichting')).toBe(true);
    expect(veldGewijzigd(v, 'inhoud.leerlingStap')).toBe(true);
    expect(veldGewijzigd(v, 'inhoud.leerlingStap.afwijkend')).toBe(false);
    expect(veldGewijzigd(v, 'inhoud.verzuim')).toBe(false);
  });
});

describe('R-HIS-1 vergelijkVersies: the lists row by row', () => {
  it('R-HIS-1 verzuimdagen (by date): a day added, a day removed, a day whose lesuren and toelichting changed, in date order', () => {
    const v = vergelijkVersies(
      volgende((x) => {
        x.inhoud.lesuren.dagen = [
          { datum: '2030-03-06', heleDag: true, lesuren: [], toelichting: '' },
          { datum: '2030-03-04', heleDag: false, lesuren: [1, 2, 3], toelichting: 'heel laat' },
        ];
      }),
      basis(),
    );
    expect(v.verzuimdagen.map((r) => [(r.nieuw ?? r.vorig)!.datum, r.soort, r.velden])).toEqual([
      ['2030-03-02', 'verwijderd', []],
      ['2030-03-04', 'gewijzigd', ['lesuren', 'toelichting']],
      ['2030-03-06', 'toegevoegd', []],
    ]);
    expect(v.verzuimdagen[0]).toMatchObject({ nieuw: null, vorig: { datum: '2030-03-02' } });
    expect(v.verzuimdagen[2]).toMatchObject({ nieuw: { datum: '2030-03-06' }, vorig: null });
  });

  it('R-HIS-1 verzuimdagen: hele dag → lesuren is a change of both fields; the same days in another order are no change', () => {
    const v = vergelijkVersies(volgende((x) => void (x.inhoud.lesuren.dagen[0] = { datum: '2030-03-02', heleDag: false, lesuren: [5], toelichting: '' })), basis());
    expect(v.verzuimdagen[0]).toMatchObject({ soort: 'gewijzigd', velden: ['heleDag', 'lesuren'] });
    expect(vergelijkVersies(volgende((x) => void x.inhoud.lesuren.dagen.reverse()), basis()).identiek).toBe(true);
  });

  it('R-HIS-1 acties school (by code): added and removed, in the reference list\'s order; a code cannot be "changed"', () => {
    const v = vergelijkVersies(volgende((x) => void (x.inhoud.acties.acties = ['zorg_adviesteam', 'gesprek_leerling', 'telefonisch_ouders'])), basis());
    expect(v.acties.map((r) => [r.nieuw ?? r.vorig, r.soort])).toEqual([
      ['gesprek_leerling', 'gelijk'],
      ['telefonisch_ouders', 'toegevoegd'],
      ['huisbezoek', 'verwijderd'],
      ['zorg_adviesteam', 'toegevoegd'],
    ]);
  });

  it('R-HIS-1 aanvullende contacten (by name, ignoring case and spaces): changed fields, added and removed rows', () => {
    const v = vergelijkVersies(
      volgende((x) => {
        x.inhoud.leerlingStap.extraContacten = [
          { naam: 'oma bakker ', relatie: 'grootmoeder', telefoon: '06 9999 9999', email: 'oma@example.nl' },
          { naam: 'Tante Els', relatie: 'tante', telefoon: '', email: '' },
        ];
      }),
      basis(),
    );
    expect(v.extraContacten.map((r) => [(r.nieuw ?? r.vorig)!.naam, r.soort, r.velden])).toEqual([
      ['oma bakker ', 'gewijzigd', ['naam', 'telefoon', 'email']],
      ['Tante Els', 'toegevoegd', []],
      ['Buurman', 'verwijderd', []],
    ]);
  });

  it('R-HIS-1 vergelijkLijst pairs repeated keys in order and keeps the newer order without a sort', () => {
    const r = vergelijkLijst(
      [{ k: 'a', w: 1 }, { k: 'a', w: 2 }, { k: 'c', w: 1 }],
      [{ k: 'b', w: 1 }, { k: 'a', w: 1 }, { k: 'a', w: 3 }],
      { sleutel: (x) => x.k, velden: ['w'] },
    );
    expect(r.map((x) => [x.soort, x.nieuw?.w ?? null, x.vorig?.w ?? null])).toEqual([
      ['gelijk', 1, 1],
      ['gewijzigd', 2, 3],
      ['toegevoegd', 1, null],
      ['verwijderd', null, 1],
    ]);
    expect(vergelijkLijst([], [], { sleutel: String, velden: [] })).toEqual([]);
  });

  it('R-HIS-1 a snapshot without lists (an older shape) compares as empty lists, without failing', () => {
    const oud = basis();
    (oud.inhoud as Partial<MeldingInhoud>).lesuren = undefined;
    const v = vergelijkVersies(basis(), oud);
    expect(v.verzuimdagen.map((r) => r.soort)).toEqual(['toegevoegd', 'toegevoegd']);
  });
});

describe('R-HIS-1 the comparison rows (velden.ts)', () => {
  const ctx = { gemeenteNaam: (c: string) => (c === '0363' ? 'Amsterdam' : undefined) };
  const rijen = (nieuw: VersieSnapshot, vorig: VersieSnapshot | null) =>
    vergelijkModel(nieuw, vorig, vorig ? vergelijkVersies(nieuw, vorig) : null, ctx).flatMap((s) => s.rijen.map((r) => ({ sectie: s.titel, ...r })));
  const gemarkeerd = (rs: (VergelijkRij & { sectie: string })[]) => rs.filter((r) => r.markering).map((r) => [r.sectie, r.label, r.nieuw, r.vorig, r.markering]);

  it('R-HIS-1 every part of a full snapshot is shown by a field, is a list, or repeats a shown field', () => {
    const vol = volgende((x) => {
      x.inhoud.leerlingStap.afwijkendAdres = { soort: 'straat', straat: 'Kerkstraat', huisnummer: '1', postcode: '1011AB', plaats: 'Amsterdam' };
      x.inhoud.verzuim.onderwijsaanbieder = { code: '110A133', naam: 'Lyceum' };
      x.inhoud.verzuim.onderwijslocatie = { code: '110X912', postcode: '1011AB', huisnummer: '7' };
      x.inhoud.gemeente = { contactpersoon: { naam: 'a', functie: 'b', telefoon: 'c', email: 'd' }, toelichting: 'e', overgedragenAan: { partij: 'anders', anders: 'f' }, afsluiting: { reden: 'terug_naar_school', toelichting: 'actie_loopt' } };
      x.inhoud.intrekking = { reden: 'foutief_opgevoerd', toelichting: 'g' };
      x.inhoud.vrijstelling = { vrijstellingId: '1', oorspronkelijkeTm: '2030-04-01' };
    });
    const bladeren: string[] = [];
    const loop = (v: unknown, pad: string) => {
      if ((LIJST_PADEN as readonly string[]).includes(pad)) return;
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) for (const [k, w] of Object.entries(v)) loop(w, pad ? `${pad}.${k}` : k);
      else bladeren.push(pad);
    };
    loop(vol, '');
    const getoond = SECTIES.flatMap((s) => s.items.flatMap((i) => ('paden' in i ? i.paden : [])));
    const gedekt = (p: string) => p === 'versie' || SPIEGELS.includes(p) || getoond.some((g) => p === g || p.startsWith(`${g}.`));
    expect(bladeren.filter((p) => !gedekt(p))).toEqual([]);
  });

  it('R-HIS-1 version 1 alone: every field once, no previous values, nothing marked', () => {
    const rs = rijen(basis(), null);
    expect(rs.every((r) => r.vorig === undefined && r.markering === null)).toBe(true);
    expect(rs.map((r) => r.sectie)).not.toContain('Terugkoppeling gemeente');
    expect(rs).toContainEqual(expect.objectContaining({ label: 'Verzuimperiode t/m', nieuw: '13-03-2030' }));
    expect(rs).toContainEqual(expect.objectContaining({ label: 'Behandelende gemeente', nieuw: '0363 - Amsterdam' }));
    expect(rs).toContainEqual(expect.objectContaining({ label: 'Verzuimdag 04-03-2030', nieuw: 'Lesuur 1, 2 - te laat' }));
    expect(rs).toContainEqual(expect.objectContaining({ label: 'Aanvullend contact Oma Bakker', nieuw: 'Oma Bakker, grootmoeder, 06 1234 5678' }));
  });

  it('R-HIS-1 a changed field is marked with both values; unchanged fields are not', () => {
    const nieuw = volgende((x) => {
      x.einddatum = null;
      x.inhoud.verzuim.tm = null;
      x.inhoud.verzuim.contactpersoon.kopie = false;
    });
    const rs = rijen(nieuw, basis());
    expect(gemarkeerd(rs)).toEqual([
      ['Verzuim', 'Verzuimperiode t/m', 'Nog niet beëindigd', '13-03-2030', 'gewijzigd'],
      ['Verzuim', 'Kopie van de e-mail naar de contactpersoon', 'Nee', 'Ja', 'gewijzigd'],
    ]);
    expect(rs.find((r) => r.label === 'Vermoedelijke reden')).toMatchObject({ nieuw: 'afwezig vanwege ziekte', vorig: 'afwezig vanwege ziekte', markering: null });
  });

  it('R-HIS-1 list rows are marked toegevoegd / verwijderd / gewijzigd; an absent row reads null', () => {
    const nieuw = volgende((x) => {
      x.inhoud.lesuren.dagen = [{ datum: '2030-03-02', heleDag: false, lesuren: [3], toelichting: '' }];
      x.inhoud.acties.acties = ['gesprek_leerling', 'brief_ouders'];
      x.inhoud.leerlingStap.extraContacten = [{ naam: 'Oma Bakker', relatie: 'grootmoeder', telefoon: '06 1234 5678', email: '' }];
    });
    expect(gemarkeerd(rijen(nieuw, basis()))).toEqual([
      ['Leerling', 'Aanvullend contact Buurman', null, 'Buurman, buurman, buur@example.nl', 'verwijderd'],
      ['Lesuren', 'Verzuimdag 02-03-2030', 'Lesuur 3', 'Hele dag', 'gewijzigd'],
      ['Lesuren', 'Verzuimdag 04-03-2030', null, 'Lesuur 1, 2 - te laat', 'verwijderd'],
      ['Actie school', 'Ondernomen actie door school', 'Brief aan ouder(s)/verzorger(s)', null, 'toegevoegd'],
      ['Actie school', 'Ondernomen actie door school', null, 'Huisbezoek', 'verwijderd'],
    ]);
  });

  it('R-HIS-1 empty lists in both versions show one row, "Geen" or the lesuren text, and a change between those texts is marked', () => {
    const a = volgende((x) => {
      x.inhoud.lesuren.dagen = [];
      x.inhoud.leerlingStap.extraContacten = [];
    });
    const b = volgende((x) => void (x.inhoud.verzuim.allesGemist = true), a);
    const rs = rijen(b, a);
    expect(rs.find((r) => r.label === 'Aanvullende contactgegevens')).toMatchObject({ nieuw: 'Geen', vorig: 'Geen', markering: null });
    expect(rs.find((r) => r.label === 'Verzuimdagen')).toMatchObject({ nieuw: 'Alle lessen gemist: geen lesuren opgegeven', vorig: 'Niet van toepassing', markering: 'gewijzigd' });
  });

  it('R-HIS-1 R-INT-1 a withdrawal: status and the Intrekking section marked; the section shows though the previous version had none', () => {
    const nieuw = volgende((x) => {
      x.status = 'I';
      x.inhoud.intrekking = { reden: 'geen_inschrijving', toelichting: 'Uitgeschreven per 1 maart' };
    });
    const secties = vergelijkModel(nieuw, basis(), vergelijkVersies(nieuw, basis()), ctx);
    expect(gemarkeerd(secties.flatMap((s) => s.rijen.map((r) => ({ sectie: s.titel, ...r }))))).toEqual([
      ['Melding', 'Status', 'Ingetrokken', 'Geregistreerd', 'gewijzigd'],
      ['Intrekking', 'Reden intrekken', 'Geen inschrijving', '', 'gewijzigd'],
      ['Intrekking', 'Toelichting intrekken', 'Uitgeschreven per 1 maart', '', 'gewijzigd'],
    ]);
    expect(aantalMarkeringen(secties)).toBe(3);
  });

  it('R-HIS-1 R-GEM-3 the gemeente\'s terugkoppeling and a routing to another gemeente', () => {
    const nieuw = volgende((x) => {
      x.gemeentecode = '0384';
      x.inhoud.gemeente = { contactpersoon: null, toelichting: '', overgedragenAan: { partij: 'JZ', anders: '' }, afsluiting: null };
    });
    expect(gemarkeerd(rijen(nieuw, basis()))).toEqual([
      ['Melding', 'Behandelende gemeente', '0384', '0363 - Amsterdam', 'gewijzigd'],
      ['Terugkoppeling gemeente', 'Overgedragen aan', 'Jeugdzorg (JZ)', '', 'gewijzigd'],
    ]);
  });

  it('R-HIS-1 identical versions: nothing marked', () => {
    expect(aantalMarkeringen(vergelijkModel(volgende(() => {}), basis(), vergelijkVersies(volgende(() => {}), basis()), ctx))).toBe(0);
  });
});
