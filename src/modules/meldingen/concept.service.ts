// Drafts of the melding wizard (R-MEL-20): a wizard left half-way is kept for its maker, 7
// days from the last change, and can be resumed from "Mijn concepten". A draft is never
// visible to anyone else (another user's id answers 404, audited) and never to a gemeente.
// An edit of a filed melding (Wijzigen, R-RAA-3) is a draft too, found by its melding and the
// browser session rather than its id; it carries the version it started from (R-RAA-4).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';
import { isConceptId, type MeldingActor, type WijzigActor } from './actor';
import * as repo from './concept.repository';
import { plusDagen } from '../../platform/datum';
import type { ConceptInvoer } from './wizard/steps';

/** R-MEL-20: "at least 7 days"; counted from the last change. */
export const CONCEPT_BEWAARDAGEN = 7;

export interface Concept {
  id: string;
  instellingscode: string;
  pgn: string;
  invoer: ConceptInvoer;
  voltooid: string[];
  kopieVan: string | null;
  /** An edit: the melding it changes and the version it started from; null for a new melding. */
  wijziging: { meldingId: string; basisVersie: number } | null;
}

const naarConcept = (r: repo.ConceptRij): Concept => ({
  id: r.id,
  instellingscode: r.instellingscode,
  pgn: r.pgn,
  invoer: r.invoer,
  voltooid: r.voltooid,
  kopieVan: r.kopie_van,
  wijziging: r.melding_id !== null && r.basis_versie !== null ? { meldingId: r.melding_id, basisVersie: r.basis_versie } : null,
});

export function conceptService({ db, now }: { db: Kysely<Database>; now: () => Date }) {
  /** 404 for a draft that is not the actor's (another user's, another instelling's, expired, or none), audited. */
  async function weiger(actor: MeldingActor, id: string, reden: string): Promise<never> {
    await writeAudit(db, {
      actie: 'toegang_geweigerd',
      gebruikerId: actor.gebruikerId,
      gebruikersnaam: actor.gebruikersnaam,
      ip: actor.ip,
      instellingscode: actor.instellingscode,
      objectType: 'concept',
      objectId: id.slice(0, 100),
      details: { reden },
    });
    throw notFound();
  }

  return {
    /** A new draft for a pupil the caller has checked (magMelden); with input when copied (R-MEL-19). */
    async starten(actor: MeldingActor, pgn: string, invoer: ConceptInvoer = {}, kopieVan: string | null = null): Promise<string> {
      const op = now();
      return repo.insertConcept(db, { gebruikerId: actor.gebruikerId, instellingscode: actor.instellingscode, pgn, invoer, kopieVan, op, verlooptOp: plusDagen(op, CONCEPT_BEWAARDAGEN) });
    },

    /** The actor's draft for the chosen instelling, or undefined (no audit: see `vind`). */
    async zoek(actor: MeldingActor, id: string): Promise<Concept | undefined> {
      if (!isConceptId(id)) return undefined;
      const rij = await repo.vindConcept(db, id, actor.gebruikerId, now());
      // A user working for two schools sees a draft only under the school it was made for.
      return rij && rij.instellingscode === actor.instellingscode ? naarConcept(rij) : undefined;
    },

    /** The actor's draft for the chosen instelling; anything else is 404, audited. */
    async vind(actor: MeldingActor, id: string): Promise<Concept> {
      return (await this.zoek(actor, id)) ?? this.weiger(actor, id);
    },

    /** The 404 (audited) for an id that is no draft of the actor's: never says whether it exists. */
    weiger: (actor: MeldingActor, id: string): Promise<never> => weiger(actor, id, isConceptId(id) ? 'onbekend_verlopen_of_van_ander' : 'ongeldig_id'),

    /** Keeps what was typed on a step; `voltooid` says which steps were passed with Verder. */
    async bewaar(actor: MeldingActor, concept: Concept, invoer: ConceptInvoer, voltooid: readonly string[]): Promise<void> {
      const op = now();
      await repo.updateConcept(db, concept.id, actor.gebruikerId, { invoer, voltooid: [...new Set(voltooid)], op, verlooptOp: plusDagen(op, CONCEPT_BEWAARDAGEN) });
    },

    /** "Mijn concepten": the actor's current drafts (expired ones wait, unseen, for the housekeeping job). */
    async lijst(actor: MeldingActor): Promise<repo.ConceptLijstRij[]> {
      return repo.conceptenVan(db, actor.gebruikerId, actor.instellingscode, now());
    },

    async verwijderen(actor: MeldingActor, id: string): Promise<void> {
      const concept = await this.vind(actor, id);
      await repo.deleteConcept(db, concept.id, actor.gebruikerId);
    },

    /** The actor's edit of this melding (of the chosen instelling) in this session, if any. */
    async zoekWijziging(actor: WijzigActor, meldingId: string): Promise<Concept | undefined> {
      const rij = await repo.vindWijziging(db, meldingId, actor.gebruikerId, actor.sessie, now());
      return rij && rij.instellingscode === actor.instellingscode ? naarConcept(rij) : undefined;
    },

    /** The actor's edit of this melding in this session: the existing one, or a new one from `invoer` at `basisVersie`. */
    async startWijziging(actor: WijzigActor, m: { meldingId: string; pgn: string; basisVersie: number; invoer: ConceptInvoer; voltooid: string[] }): Promise<Concept> {
      const op = now();
      await repo.insertWijziging(db, { gebruikerId: actor.gebruikerId, sessie: actor.sessie, instellingscode: actor.instellingscode, ...m, op, verlooptOp: plusDagen(op, CONCEPT_BEWAARDAGEN) });
      const c = await this.zoekWijziging(actor, m.meldingId);
      if (!c) throw new Error('wijziging niet gevonden na het starten');
      return c;
    },

    /** Puts an edit on a newer base version with the given input (R-RAA-4: redo a refused change). */
    async herbaseer(actor: MeldingActor, concept: Concept, invoer: ConceptInvoer, basisVersie: number): Promise<void> {
      const op = now();
      await repo.herbaseerWijziging(db, concept.id, actor.gebruikerId, { invoer, basisVersie, op, verlooptOp: plusDagen(op, CONCEPT_BEWAARDAGEN) });
    },

    /** Throws away the actor's edit of a melding ("Wijzigingen ongedaan maken"). */
    async verwijderWijziging(actor: MeldingActor, concept: Concept): Promise<void> {
      if (concept.wijziging) await repo.deleteConcept(db, concept.id, actor.gebruikerId);
    },

    /** Removes at most `max` drafts past their keeping date at `nu`, in `trx` (the housekeeping job only). */
    verwijderVerlopen(trx: Kysely<Database>, nu: Date, max: number): Promise<number> {
      return repo.deleteVerlopen(trx, nu, max);
    },
  };
}

export type ConceptService = ReturnType<typeof conceptService>;
