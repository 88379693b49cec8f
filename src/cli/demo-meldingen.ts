// Demo meldingen, so Raadplegen verzuim and the gemeente's inbox have something to show on a
// fresh start. Each is filed the way a melder files one: a draft with the wizard's own form
// input, then the ordinary save (every rule checked again), routed by R-GEM-1. Pupils are
// those of the melder's two instellingen, those living in the behandelaar's gemeente first.
import { sql } from 'kysely';
import type { MeldingActor } from '../modules/meldingen/actor';
import { vandaagIn, formatDutchDate } from '../platform/datum';
import type { Services } from '../services';
import type { DemoScopes } from './demo-registers';

const DAG = 24 * 60 * 60 * 1000;
const AANTAL = 12;

/** A demo period: from `terug` days ago, `lengte` days long (open-ended when null). */
const PERIODEN: readonly { terug: number; lengte: number | null; soort: 'V3' | 'L' | 'O'; prioriteit: boolean }[] = [
  { terug: 30, lengte: 10, soort: 'V3', prioriteit: false },
  { terug: 20, lengte: null, soort: 'V3', prioriteit: true },
  { terug: 14, lengte: 5, soort: 'O', prioriteit: false },
  { terug: 60, lengte: 20, soort: 'L', prioriteit: false },
];

export async function seedDemoMeldingen(s: Services, scopes: DemoScopes, melderId: string, log: (m: string) => void): Promise<number> {
  const vandaag = s.now();
  // Under 18 on every demo day, so every soort above is allowed (R-MEL-9, R-MEL-11).
  const jongerDan = vandaagIn(new Date(vandaag.getTime() - (18 * 365 - 70) * DAG));
  const leerlingen = await s.db
    .selectFrom('leerlingen as l')
    .innerJoin('inschrijvingen as i', 'i.pgn', 'l.pgn')
    .select(['l.pgn', 'i.instellingscode'])
    .where('i.instellingscode', 'in', [scopes.instelling1, scopes.instelling2])
    .where('i.einddatum', 'is', null)
    .where('i.begindatum', '<=', vandaagIn(new Date(vandaag.getTime() - 61 * DAG)))
    .where('l.woongemeente_code', 'is not', null)
    .where('l.geboortedatum', '>', jongerDan)
    // The behandelaar's gemeente first, so their inbox has the most to show.
    .orderBy(sql`l.woongemeente_code = ${scopes.gemeente1}`, 'desc')
    .orderBy('l.pgn')
    .limit(AANTAL)
    .execute();
  let gemaakt = 0;
  for (const [n, { pgn, instellingscode }] of leerlingen.entries()) {
    const actor: MeldingActor = { instellingscode, gebruikerId: melderId, gebruikersnaam: 'melder', weergavenaam: 'Marieke de Melder', ip: null };
    const p = PERIODEN[n % PERIODEN.length]!;
    const van = new Date(vandaag.getTime() - p.terug * DAG);
    const tm = p.lengte === null ? '' : formatDutchDate(vandaagIn(new Date(van.getTime() + (p.lengte - 1) * DAG)));
    const nieuw = await s.meldingen.opvoeren.toevoegen(actor, pgn);
    if (!nieuw.ok) continue;
    const concept = await s.meldingen.concepten.vind(actor, nieuw.conceptId);
    const invoer = {
      leerling: { telefoon: '020 123 45 67', email: '', adresKeuze: 'geen' },
      verzuim: {
        van: formatDutchDate(vandaagIn(van)),
        tm,
        soort: p.soort,
        verbijzondering: p.soort === 'O' ? 'vermoedelijk_ongeoorloofd' : '',
        reden: 'afwezig vanwege ziekte',
        allesGemist: 'nee',
        toelichting: 'Regelmatig de eerste uren afwezig.',
        actieGewenst: 'ja',
        toelichtingActieGewenst: '',
        prioriteit: p.prioriteit ? 'ja' : 'nee',
        oac: '',
        olc: '',
        locatie: '',
        contactNaam: 'Marieke de Melder',
        contactFunctie: 'Verzuimcoördinator',
        contactTelefoon: '020 765 43 21',
        contactEmail: 'verzuim@school.example',
        kopie: 'ja',
      },
      lesuren: { nvt: 'ja' },
      acties: { acties: ['gesprek_leerling', 'telefonisch_ouders'], toelichtingActie: 'Gesprek met mentor gevoerd.' },
    };
    await s.meldingen.concepten.bewaar(actor, concept, invoer, ['leerling', 'verzuim', 'lesuren', 'acties']);
    const r = await s.meldingen.opvoeren.opslaan(actor, concept.id);
    if (r.soort === 'opgeslagen') gemaakt += 1;
    else log(`Demo-melding voor ${pgn} niet opgeslagen (${r.soort === 'onvolledig' ? `stap ${r.stap.id}` : r.tekst})`);
  }
  log(`Demo-meldingen opgevoerd (${gemaakt})`);
  return gemaakt;
}
