// The facts outside the form that filing a melding depends on, read fresh for every request:
// the pupil in ROD (R-MEL-1..4, R-MEL-6, R-MEL-9), their other meldingen (R-MEL-8, R-MEL-10),
// RIO's codes for the instelling, and Beheer's locaties and contactpersonen (through the
// beheer services, never their tables).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import type { MeldingActor } from './actor';
import { vandaagIn } from '../../platform/datum';
import * as meldingen from './melding.repository';
import * as registers from '../registers/face';
import { magMelden, type LeerlingWeigering } from './rules';
import type { RodLeerling, WizardFeiten } from './wizard/stap';

/** What the beheer services offer the melding form (their `keuzelijst`). */
export interface Keuzelijsten {
  locaties: { keuzelijst(instellingscode: string): Promise<{ id: string; naam: string }[]> };
  contactpersonen: {
    keuzelijst(instellingscode: string): Promise<{ id: string; naam: string; functie: string | null; telefoonnummer: string | null; email: string }[]>;
  };
}

function rodLeerling(r: registers.LeerlingRij): RodLeerling {
  return {
    pgn: r.pgn,
    voornamen: r.voornamen,
    voorvoegsel: r.voorvoegsel ?? '',
    achternaam: r.achternaam,
    geboortedatum: r.geboortedatum,
    straat: r.straat ?? '',
    huisnummer: r.huisnummer === null ? '' : String(r.huisnummer),
    postcode: r.postcode ?? '',
    plaats: r.plaats ?? '',
    woongemeenteCode: r.woongemeente_code,
    woongemeenteNaam: r.woongemeente_naam ?? '',
    woontInBuitenland: r.woont_in_buitenland,
    startkwalificatie: r.startkwalificatie,
  };
}

export type Toelating = { ok: true; leerling: RodLeerling } | { ok: false; weigering: LeerlingWeigering };

export function feitenLader(deps: { db: Kysely<Database>; now: () => Date; keuzelijsten: Keuzelijsten }) {
  const { db } = deps;
  return {
    /** R-MEL-1 … R-MEL-4: may this instelling file a melding for this pupil today? */
    async toelating(actor: MeldingActor, pgn: string): Promise<Toelating> {
      const rij = await registers.leerling(db, pgn);
      const inschrijvingen = rij ? await registers.inschrijvingen(db, pgn) : [];
      const weigering = magMelden(rij ? { woontInBuitenland: rij.woont_in_buitenland } : null, inschrijvingen, actor.instellingscode, vandaagIn(deps.now()));
      return weigering || !rij ? { ok: false, weigering: weigering ?? { reden: 'geen_leerling' } } : { ok: true, leerling: rodLeerling(rij) };
    },

    /** Everything the steps' rules and views need, for a draft of this pupil. */
    async laad(actor: MeldingActor, leerling: RodLeerling): Promise<WizardFeiten> {
      const [eerdereV3, perioden, aanbieders, onderwijslocaties, locaties, contactpersonen] = await Promise.all([
        meldingen.heeftV3(db, leerling.pgn),
        meldingen.perioden(db, leerling.pgn),
        registers.aanbieders(db, actor.instellingscode),
        registers.onderwijslocaties(db, actor.instellingscode),
        deps.keuzelijsten.locaties.keuzelijst(actor.instellingscode),
        deps.keuzelijsten.contactpersonen.keuzelijst(actor.instellingscode),
      ]);
      return {
        vandaag: vandaagIn(deps.now()),
        instellingscode: actor.instellingscode,
        leerling,
        eerdereV3,
        // Another school's melding number is not this school's business: the overlap message
        // then says only that there is one.
        andereMeldingen: perioden.map((p) => ({ nummer: p.instellingscode === actor.instellingscode ? p.nummer : null, status: p.status, periode: { van: p.begindatum, tm: p.einddatum } })),
        aanbieders,
        onderwijslocaties,
        locaties,
        contactpersonen,
      };
    },

    /** The pupil as ROD knows them now, whatever the enrolment (a draft already exists). */
    async leerling(pgn: string): Promise<RodLeerling | null> {
      const rij = await registers.leerling(db, pgn);
      return rij ? rodLeerling(rij) : null;
    },
  };
}

export type FeitenLader = ReturnType<typeof feitenLader>;
