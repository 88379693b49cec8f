/**
 * Makes one synthetic leerling with its inschrijvingen. The shares below are rough, not
 * official figures; they exist so that demo data holds the cases the service must handle:
 * onderwijsnummers, pupils abroad, 18+ with and without startkwalificatie, doorlopende
 * leerroutes (two current enrolments, one hoofdinschrijving) and earlier, ended enrolments.
 */
import { randomHuisnummer, randomPostcode, STRAATNAMEN } from './address.js';
import { civil, dayNumber, isoDate, parseIsoDate, yearsBefore } from './calendar.js';
import type { PgnSequence } from './pgn.js';
import { type Random, WeightedPicker } from './random.js';
import type { Gemeente, Onderwijssoort, ReferenceData } from './reference-data.js';
import { SchoolChooser } from './schools.js';

export const LEERLINGEN_COLUMNS = [
  'pgn', 'voornamen', 'voorvoegsel', 'achternaam', 'geboortedatum', 'geslacht', 'straat', 'huisnummer',
  'postcode', 'plaats', 'woongemeente_code', 'woont_in_buitenland', 'land', 'startkwalificatie',
] as const;
export const INSCHRIJVINGEN_COLUMNS = ['pgn', 'instellingscode', 'vestigingscode', 'begindatum', 'einddatum', 'hoofdinschrijving'] as const;

/** Age on the peildatum → relative weight: 11–23, most 12–18. */
const AGE_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [11, 2], [12, 10], [13, 11], [14, 11], [15, 11], [16, 11], [17, 10],
  [18, 7], [19, 4], [20, 2.5], [21, 1.5], [22, 1], [23, 0.8],
];
const ONDERWIJSNUMMER_SHARE = 0.03;
const ABROAD_SHARE = 0.005;
const VSO_SHARE = 0.04;
const LEERROUTE_SHARE = 0.02; // of all pupils, drawn from ages 14–18 (vmbo/havo to mbo)
const LEERROUTE_AGES = [14, 18] as const;
const MIDYEAR_SWITCH = 0.2; // share of school changes that do not happen on 1 August

/** Border gemeenten whose schools take pupils living abroad, by name so a code typo cannot slip in. */
const GRENSGEMEENTEN = {
  België: ['Maastricht', 'Terneuzen', 'Sluis', 'Hulst', 'Baarle-Nassau', 'Bergen op Zoom', 'Roosendaal', 'Breda', 'Eindhoven', 'Weert'],
  Duitsland: ['Enschede', 'Kerkrade', 'Venlo', 'Winterswijk', 'Nijmegen', 'Emmen', 'Heerlen', 'Oldenzaal', 'Vaals', 'Aalten'],
} as const;

const earlierSchoolChance = (age: number) => Math.min(0.6, 0.08 + 0.05 * Math.max(0, age - 12));
const startkwalificatieChance = (age: number) => (age >= 18 ? 0.35 : age === 17 ? 0.05 : 0);

export interface Pupil {
  leerling: string[];
  inschrijvingen: string[][];
}

export class PupilFactory {
  private readonly schools: SchoolChooser;
  private readonly woongemeente: WeightedPicker<Gemeente>;
  private readonly age: WeightedPicker<number>;
  private readonly leerrouteChance: number;
  private readonly grens: { land: string; gemeenten: Gemeente[] }[];
  private readonly peildag: number;
  private readonly schooljaar: number; // the year the current school year began

  constructor(
    private readonly ref: ReferenceData,
    private readonly rng: Random,
    private readonly pgns: PgnSequence,
    peildatum: string,
  ) {
    this.schools = new SchoolChooser(ref);
    // VO vestigingen per gemeente stand in for population; +0.5 keeps gemeenten without a VO school.
    this.woongemeente = new WeightedPicker(ref.gemeenten, ref.gemeenten.map((g) => this.schools.voCount(g.code) + 0.5));
    this.age = new WeightedPicker(AGE_WEIGHTS.map(([a]) => a), AGE_WEIGHTS.map(([, w]) => w));
    const total = AGE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
    const eligible = AGE_WEIGHTS.filter(([a]) => a >= LEERROUTE_AGES[0] && a <= LEERROUTE_AGES[1]).reduce((s, [, w]) => s + w, 0);
    this.leerrouteChance = (LEERROUTE_SHARE * total) / eligible;
    const byName = new Map(ref.gemeenten.map((g) => [g.naam, g]));
    this.grens = Object.entries(GRENSGEMEENTEN).map(([land, namen]) => ({
      land,
      gemeenten: namen.map((naam) => {
        const g = byName.get(naam);
        if (!g) throw new Error(`Grensgemeente ${naam} is not in gemeenten.csv`);
        return g;
      }),
    }));
    this.peildag = parseIsoDate(peildatum);
    const { year, month } = civil(this.peildag);
    this.schooljaar = month >= 8 ? year : year - 1;
  }

  next(): Pupil {
    const { rng, ref } = this;
    const pgn = rng.chance(ONDERWIJSNUMMER_SHARE) ? this.pgns.nextOnderwijsnummer() : this.pgns.nextBsn();
    const age = this.age.pick(rng);
    const upper = yearsBefore(this.peildag, age); // born on this day: exactly `age` today
    const geboortedag = upper - rng.int(upper - yearsBefore(this.peildag, age + 1));
    const geslacht = rng.chance(0.5) ? 'M' : 'V';
    const achternaam = rng.pick(ref.achternamen);

    const leerling = [pgn, this.voornamen(geslacht), achternaam.voorvoegsel, achternaam.geslachtsnaam, isoDate(geboortedag), geslacht];
    let schoolGemeente: string;
    if (rng.chance(ABROAD_SHARE)) {
      const { land, gemeenten } = rng.pick(this.grens);
      schoolGemeente = rng.pick(gemeenten).code;
      leerling.push('', '', '', '', '', 'j', land);
    } else {
      const g = this.woongemeente.pick(rng);
      schoolGemeente = g.code;
      const postcode = randomPostcode(rng, ref.pc4PerGemeente.get(g.code) ?? []);
      leerling.push(rng.pick(STRAATNAMEN), randomHuisnummer(rng), postcode, g.naam, g.code, 'n', '');
    }
    leerling.push(rng.chance(startkwalificatieChance(age)) ? 'j' : 'n');
    return { leerling, inschrijvingen: this.inschrijvingen(pgn, age, geboortedag, schoolGemeente) };
  }

  private voornamen(geslacht: 'M' | 'V'): string {
    const list = this.ref.voornamen[geslacht];
    const r = this.rng.next();
    const count = r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
    const names: string[] = [];
    while (names.length < count) {
      const name = this.rng.pick(list);
      if (!names.includes(name)) names.push(name);
    }
    return names.join(' ');
  }

  private inschrijvingen(pgn: string, age: number, geboortedag: number, gemeentecode: string): string[][] {
    const { rng } = this;
    const birth = civil(geboortedag);
    // VO starts in the August after a child turns 12 (a year later for October–December births).
    const instroomjaar = Math.min(this.schooljaar, birth.year + 12 + (birth.month >= 10 ? 1 : 0));
    const soort: Onderwijssoort = rng.chance(VSO_SHARE) ? 'vso' : 'vo';
    const rows: string[][] = [];
    let begin = dayNumber(instroomjaar, 8, 1);

    const jarenInVo = this.schooljaar - instroomjaar;
    if (jarenInVo >= 1 && rng.chance(earlierSchoolChance(age))) {
      const eerder = this.schools.choose(rng, soort, gemeentecode);
      const wisseljaar = instroomjaar + 1 + rng.int(jarenInVo);
      const wissel = rng.chance(MIDYEAR_SWITCH) ? dayNumber(wisseljaar - 1, 8, 1) + 30 + rng.int(300) : dayNumber(wisseljaar, 8, 1);
      rows.push([pgn, eerder.instellingscode, eerder.vestigingscode, isoDate(begin), isoDate(wissel - 1), 'j']);
      begin = wissel;
    }
    const huidig = this.schools.choose(rng, soort, gemeentecode, rows[0]?.[1]);
    rows.push([pgn, huidig.instellingscode, huidig.vestigingscode, isoDate(begin), '', 'j']);

    if (age >= LEERROUTE_AGES[0] && age <= LEERROUTE_AGES[1] && rng.chance(this.leerrouteChance)) {
      // No MBO instellingen in the reference data, so the second enrolment is at another VO instelling.
      const tweede = this.schools.choose(rng, 'vo', gemeentecode, huidig.instellingscode);
      const start = Math.max(begin, dayNumber(this.schooljaar, 8, 1));
      rows.push([pgn, tweede.instellingscode, tweede.vestigingscode, isoDate(start), '', 'n']);
    }
    return rows;
  }
}
