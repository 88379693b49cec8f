// Kopiëren (§4.3, R-MEL-19): a new draft for the same pupil with the copied melding's
// fields, except the period and the verzuimdagen. Another instelling's melding answers 404 and is audited
// (R-AUTH-3), the same as one that does not exist.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import type { MeldingActor } from './actor';
import type { ConceptService } from './concept.service';
import { auditMelding, eigenMelding } from './toegang';
import type { FeitenLader } from './feiten';
import { weigeringTekst } from './rules';
import { naarConceptInvoer } from './wizard/steps';

export function kopieService(deps: { db: Kysely<Database>; feiten: FeitenLader; concepten: ConceptService }) {
  const { db } = deps;
  const audit = (actor: MeldingActor, actie: string, nummer: string) => auditMelding(db, actor, actie, nummer);
  const eigen = (actor: MeldingActor, nummer: string) => eigenMelding(db, actor, nummer);

  return {
    /** Checks the melding is the actor's (404 otherwise), for the confirmation page. */
    async kopieBron(actor: MeldingActor, nummer: string) {
      return eigen(actor, nummer);
    },

    /**
     * Kopiëren (R-MEL-19): a draft for the same pupil, refused as a new melding would be
     * (R-MEL-1 … R-MEL-4). A location or aanbieder that is no longer on the lists is left
     * out, so the form does not start with an error.
     */
    async kopieren(actor: MeldingActor, nummer: string): Promise<{ ok: true; conceptId: string } | { ok: false; tekst: string }> {
      const m = await eigen(actor, nummer);
      const toelating = await deps.feiten.toelating(actor, m.pgn);
      if (!toelating.ok) return { ok: false, tekst: weigeringTekst(toelating.weigering) };
      const f = await deps.feiten.laad(actor, toelating.leerling);
      const { inhoud } = m;
      const invoer = naarConceptInvoer({ leerling: inhoud.leerlingStap, verzuim: inhoud.verzuim, lesuren: inhoud.lesuren, acties: inhoud.acties });
      const { van: _van, tm: _tm, ...verzuim } = invoer.verzuim ?? {};
      if (!f.locaties.some((l) => l.id === verzuim.locatie)) verzuim.locatie = '';
      if (!f.aanbieders.some((a) => a.code === verzuim.oac)) verzuim.oac = '';
      const conceptId = await deps.concepten.starten(actor, m.pgn, { leerling: invoer.leerling, verzuim, acties: invoer.acties }, m.id);
      await audit(actor, 'melding_gekopieerd', m.nummer);
      return { ok: true, conceptId };
    },
  };
}

export type KopieService = ReturnType<typeof kopieService>;
