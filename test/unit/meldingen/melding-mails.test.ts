import { describe, expect, it } from 'vitest';
import { meldingNieuwMails } from '../../../src/modules/meldingen/melding-mails';

const base = {
  meldingId: '7',
  nummer: '2026-0000042',
  soort: 'V3' as const,
  instelling: { code: '01AB', naam: 'Het Lyceum' },
  gemeenteEmail: 'leerplicht@amsterdam.example',
  kopieAan: 'piet@school.example',
  baseUrl: 'https://verzuimloket.example',
};

describe('mails of a new melding (R-MEL-18)', () => {
  it('R-MEL-18 one to the gemeente, linking to its page, and a copy to the contact person, linking to the school\'s', () => {
    const [gemeente, kopie] = meldingNieuwMails(base);
    expect(gemeente).toMatchObject({ aan: 'leerplicht@amsterdam.example', soort: 'melding_nieuw', meldingId: '7' });
    expect(gemeente!.onderwerp).toContain('2026-0000042');
    expect(gemeente!.tekst).toContain('https://verzuimloket.example/gemeente/meldingen/2026-0000042');
    expect(gemeente!.tekst).toContain('16 uren per 4 weken 18-');
    expect(gemeente!.tekst).toContain('01AB - Het Lyceum');
    expect(kopie).toMatchObject({ aan: 'piet@school.example', soort: 'melding_kopie' });
    expect(kopie!.tekst).toContain('https://verzuimloket.example/verzuim/meldingen/2026-0000042');
  });

  it('R-MEL-18 no copy unless asked; no gemeente mail without a registered mailbox', () => {
    expect(meldingNieuwMails({ ...base, kopieAan: null }).map((m) => m.soort)).toEqual(['melding_nieuw']);
    expect(meldingNieuwMails({ ...base, gemeenteEmail: null, kopieAan: null })).toEqual([]);
  });

  it('R-MEL-18 the copy says truthfully whether the gemeente was mailed', () => {
    const [, kopie] = meldingNieuwMails(base);
    expect(kopie!.tekst).toContain('De melding is vastgelegd en naar de behandelende gemeente verstuurd.');
    const [alleenKopie] = meldingNieuwMails({ ...base, gemeenteEmail: null });
    expect(alleenKopie).toMatchObject({ aan: 'piet@school.example', soort: 'melding_kopie' });
    expect(alleenKopie!.tekst).toContain('er is geen e-mail naar de behandelende gemeente verstuurd: van deze gemeente is geen e-mailadres voor meldingen bekend');
    expect(alleenKopie!.tekst).not.toContain('naar de behandelende gemeente verstuurd.');
  });

  it('R-MEL-18 R-PRIV-1 the mails hold no PGN, no pupil name, no birth date and no reden, even when the melding handed in carries them', () => {
    // The whole melding as the save service has it at hand, the pupil's data included.
    const leerling = { pgn: '123456782', voornamen: 'Sanne Eva', voorvoegsel: 'van', achternaam: 'Dijkstra', geboortedatum: '2011-03-04' };
    const melding = { ...base, leerling, ...leerling, reden: 'afwezig vanwege ziekte', toelichting: 'Vaak het eerste uur afwezig' };
    const mails = meldingNieuwMails(melding);
    expect(mails).toHaveLength(2);
    for (const m of mails) {
      const alles = `${m.onderwerp}\n${m.tekst}`;
      for (const verboden of ['123456782', 'Sanne', 'Eva', 'Dijkstra', '2011-03-04', '04-03-2011', '4 maart 2011', 'afwezig vanwege ziekte', 'eerste uur']) {
        expect(alles, verboden).not.toContain(verboden);
      }
      expect(alles).not.toMatch(/\b\d{9}\b/);
    }
  });
});
