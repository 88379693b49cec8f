// Facts for the step parsers' unit tests: a pupil of 17 who turns 18 on 2026-09-15, today
// 2026-10-01, one earlier melding 2026-06-01 … 2026-06-30 of this school.
import type { WizardFeiten } from '../../../src/modules/meldingen/wizard/stap';

export function feiten(over: Partial<WizardFeiten> = {}): WizardFeiten {
  return {
    vandaag: '2026-10-01',
    instellingscode: '01AB',
    leerling: {
      pgn: '111222333',
      voornamen: 'Jan',
      voorvoegsel: 'de',
      achternaam: 'Vries',
      geboortedatum: '2008-09-15',
      straat: 'Dorpsstraat',
      huisnummer: '1',
      postcode: '1234AB',
      plaats: 'Amsterdam',
      woongemeenteCode: '0363',
      woongemeenteNaam: 'Amsterdam',
      woontInBuitenland: false,
      startkwalificatie: false,
    },
    eerdereV3: false,
    andereMeldingen: [{ nummer: '2026-0000001', status: 'R', periode: { van: '2026-06-01', tm: '2026-06-30' } }],
    aanbieders: [{ code: '110A133', naam: 'Het Lyceum' }],
    onderwijslocaties: [{ code: '110X912', postcode: '1234AB', huisnummer: '12' }],
    locaties: [{ id: '7c1e9a4e-2f0b-4c57-9a55-0d1f3b7f6a11', naam: 'Hoofdgebouw' }],
    contactpersonen: [{ id: '0b9c2f7e-8d9a-4a3b-9f0e-5c6d7e8f9a01', naam: 'Piet Jansen', functie: 'Mentor', telefoonnummer: '020 123 45 67', email: 'piet@school.example' }],
    ...over,
  };
}

/** A Verzuim step input that parses (R-MEL-7 … R-MEL-13). */
export const geldigVerzuim = {
  van: '01-09-2026',
  tm: '10-09-2026',
  soort: 'V3',
  verbijzondering: '',
  reden: 'afwezig vanwege ziekte',
  allesGemist: 'nee',
  toelichting: '',
  actieGewenst: 'ja',
  toelichtingActieGewenst: '',
  prioriteit: 'nee',
  oac: '',
  olc: '',
  locatie: '',
  contactNaam: 'Piet Jansen',
  contactFunctie: '',
  contactTelefoon: '',
  contactEmail: 'piet@school.example',
  kopie: 'nee',
};
