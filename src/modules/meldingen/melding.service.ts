// Filing a melding (docs/functioneel.md §5, manual §4.1): finding the pupil (R-MEL-1..5), starting a draft,
// and saving it (R-MEL-16..18, R-GEM-1). Saving re-validates every step from the draft's
// input against today's facts, then writes the melding, its first version, its mails and
// its audit line in ONE transaction and consumes the draft. The draft's id is the
// idempotency key (meldingen.concept_id is unique): a replay or a double click finds the
// melding it already made. The database refuses an overlap that raced past the check
// (meldingen_geen_overlap), and that refusal becomes the same Dutch message as the check's.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { queueMails } from '../../platform/mail/outbox';
import { classifyPgn, gemeenteVoorMelding, instellingNamen } from '../registers/face';
import { isConceptId, isPgFout, type MeldingActor } from './actor';
import type { ConceptService } from './concept.service';
import { deleteConcept } from './concept.repository';
import type { FeitenLader } from './feiten';
import { vandaagIn } from '../../platform/datum';
import { meldingNieuwMails } from './melding-mails';
import * as repo from './melding.repository';
import type { MeldingInhoud } from './melding.types';
import { behandelendeGemeente, isOverlapGeweigerd, weigeringTekst } from './rules';
import { versieSnapshot } from './versie';
import type { AnyStap, RodLeerling, StapData } from './wizard/stap';
import { doorloop, isCompleet, stapMetPad } from './wizard/steps';

export type ZoekUitkomst =
  | { soort: 'ongeldig'; tekst: string }
  | { soort: 'geweigerd'; tekst: string }
  | { soort: 'gevonden'; leerling: RodLeerling; open: repo.OpenMeldingRij[] };

export type OpslaanUitkomst =
  | { soort: 'opgeslagen'; nummer: string }
  /** A step no longer holds (or the database found an overlap): back to it, where its errors show. */
  | { soort: 'onvolledig'; stap: AnyStap }
  | { soort: 'geweigerd'; tekst: string };

export interface MeldingServiceDeps {
  db: Kysely<Database>;
  now: () => Date;
  baseUrl: string;
  feiten: FeitenLader;
  concepten: ConceptService;
}

export function meldingService(deps: MeldingServiceDeps) {
  const { db, now, feiten } = deps;
  const audit = (actor: MeldingActor, actie: string, objectType: string, objectId: string, details: Record<string, unknown> = {}) =>
    writeAudit(db, { actie, gebruikerId: actor.gebruikerId, gebruikersnaam: actor.gebruikersnaam, ip: actor.ip, instellingscode: actor.instellingscode, objectType, objectId, details });

  /** The melding this user already made from this draft (R-MEL-17), if any. */
  async function alOpgeslagen(actor: MeldingActor, conceptId: string) {
    // A malformed id would be a database error (concept_id is a uuid); it was never a draft.
    if (!isConceptId(conceptId)) return undefined;
    const m = await repo.meldingVanConcept(db, conceptId);
    return m && m.aangemaakt_door === actor.gebruikerId && m.instellingscode === actor.instellingscode ? m : undefined;
  }

  async function opslaanInTransactie(actor: MeldingActor, conceptId: string, leerling: RodLeerling, data: StapData): Promise<string> {
    const v = data.verzuim;
    // The pupil is not abroad (magMelden), so ROD has a woongemeente.
    const woon = leerling.woongemeenteCode ?? '';
    const woonGemeente = await gemeenteVoorMelding(db, woon);
    const gemeentecode = behandelendeGemeente(v.soort, woon, woonGemeente?.contactgemeente_code ?? null);
    const behandelend = gemeentecode === woon ? woonGemeente : await gemeenteVoorMelding(db, gemeentecode);
    const instellingNaam = (await instellingNamen(db, [actor.instellingscode]))[0]?.naam ?? actor.instellingscode;
    const inhoud: MeldingInhoud = {
      leerling: {
        pgn: leerling.pgn,
        voornamen: leerling.voornamen,
        voorvoegsel: leerling.voorvoegsel,
        achternaam: leerling.achternaam,
        geboortedatum: leerling.geboortedatum,
        straat: leerling.straat,
        huisnummer: leerling.huisnummer,
        postcode: leerling.postcode,
        plaats: leerling.plaats,
        woongemeenteCode: woon,
        woongemeenteNaam: leerling.woongemeenteNaam,
      },
      leerlingStap: data.leerling,
      verzuim: v,
      lesuren: data.lesuren,
      acties: data.acties,
    };
    // Only the transaction inside the callback: PGlite has one connection (pglite-dialect.ts).
    return db.transaction().execute(async (trx) => {
      const op = now();
      const nummer = `${vandaagIn(op).slice(0, 4)}-${(await repo.volgendNummer(trx)).padStart(7, '0')}`;
      const rij = {
        nummer,
        status: 'R' as const,
        pgn: leerling.pgn,
        achternaam: leerling.achternaam,
        instellingscode: actor.instellingscode,
        gemeentecode,
        soort: v.soort,
        begindatum: v.van,
        einddatum: v.tm,
        prioriteit: v.prioriteit,
        onderwijslocatie_naam: v.locatie?.naam ?? null,
      };
      // A gemeente without an address for meldingen gets no mail; the melding is filed all the
      // same, and functioneel beheer finds it on "Meldingen zonder ontvanger".
      const gemeenteEmail = behandelend?.email_meldingen ?? null;
      const id = await repo.insertMelding(trx, {
        ...rij,
        inhoud: JSON.stringify(inhoud),
        concept_id: conceptId,
        aangemaakt_op: op,
        aangemaakt_door: actor.gebruikerId,
        gewijzigd_op: op,
        zonder_ontvanger: gemeenteEmail === null,
      });
      await repo.insertVersie(trx, {
        melding_id: id,
        versie: 1,
        status: 'R',
        snapshot: versieSnapshot({ ...rij, versie: 1, inhoud }),
        soort_wijziging: 'aangemaakt',
        op,
        door_gebruiker_id: actor.gebruikerId,
        door_naam: actor.weergavenaam,
      });
      const mails = meldingNieuwMails({
        meldingId: id,
        nummer,
        soort: v.soort,
        instelling: { code: actor.instellingscode, naam: instellingNaam },
        gemeenteEmail,
        kopieAan: v.contactpersoon.kopie ? v.contactpersoon.email : null,
        baseUrl: deps.baseUrl,
      });
      await queueMails(trx, mails, op);
      await writeAudit(trx, {
        actie: 'melding_opgevoerd',
        gebruikerId: actor.gebruikerId,
        gebruikersnaam: actor.gebruikersnaam,
        ip: actor.ip,
        instellingscode: actor.instellingscode,
        gemeentecode,
        objectType: 'melding',
        objectId: nummer,
        details: { soort: v.soort, mails: mails.map((m) => m.soort) },
      });
      await deleteConcept(trx, conceptId, actor.gebruikerId);
      return nummer;
    });
  }

  return {
    /** Leerling zoeken (R-MEL-1 … R-MEL-5): a malformed PGN is refused without a lookup (R-REG-1). */
    async zoekLeerling(actor: MeldingActor, invoer: string): Promise<ZoekUitkomst> {
      const pgn = invoer.trim();
      const check = classifyPgn(pgn);
      if (!check.ok) return { soort: 'ongeldig', tekst: check.message };
      const toelating = await feiten.toelating(actor, pgn);
      await audit(actor, 'leerling_opgezocht', 'leerling', pgn, { uitkomst: toelating.ok ? 'gevonden' : toelating.weigering.reden });
      if (!toelating.ok) return { soort: 'geweigerd', tekst: weigeringTekst(toelating.weigering) };
      return { soort: 'gevonden', leerling: toelating.leerling, open: await repo.openMeldingen(db, pgn, actor.instellingscode) };
    },

    /** "Toevoegen" (R-MEL-5): a new draft, after checking R-MEL-1 … R-MEL-4 again. */
    async toevoegen(actor: MeldingActor, pgn: string): Promise<{ ok: true; conceptId: string } | { ok: false; tekst: string }> {
      if (!classifyPgn(pgn).ok) return { ok: false, tekst: weigeringTekst({ reden: 'geen_leerling' }) };
      const toelating = await feiten.toelating(actor, pgn);
      if (!toelating.ok) return { ok: false, tekst: weigeringTekst(toelating.weigering) };
      return { ok: true, conceptId: await deps.concepten.starten(actor, pgn) };
    },

    /** Opslaan (R-MEL-16 … R-MEL-18): see the file's header. */
    async opslaan(actor: MeldingActor, conceptId: string): Promise<OpslaanUitkomst> {
      // The draft first: it is deleted in the same transaction that stores its melding, so when
      // it is gone, the melding exists (a replay, R-MEL-17) or the id was never the user's.
      const concept = await deps.concepten.zoek(actor, conceptId);
      if (!concept) {
        const eerder = await alOpgeslagen(actor, conceptId);
        if (eerder) return { soort: 'opgeslagen', nummer: eerder.nummer };
        return deps.concepten.weiger(actor, conceptId);
      }
      // A concurrent save of this draft may have committed since the draft was read: its
      // melding would now fail this one's checks (an overlap with itself). Looked up after
      // the facts are read, it is found whenever they include it (R-MEL-17).
      const gelijktijdig = async (): Promise<OpslaanUitkomst | undefined> => {
        const m = await alOpgeslagen(actor, concept.id);
        return m ? { soort: 'opgeslagen', nummer: m.nummer } : undefined;
      };
      const toelating = await feiten.toelating(actor, concept.pgn);
      if (!toelating.ok) return (await gelijktijdig()) ?? { soort: 'geweigerd', tekst: weigeringTekst(toelating.weigering) };
      const f = await feiten.laad(actor, toelating.leerling);
      const replay = await gelijktijdig();
      if (replay) return replay;
      const { data, eersteOnvolledig } = doorloop(concept.invoer, concept.voltooid, f);
      if (eersteOnvolledig) return { soort: 'onvolledig', stap: eersteOnvolledig.stap };
      if (!isCompleet(data)) throw new Error('doorloop compleet zonder alle stappen');
      try {
        return { soort: 'opgeslagen', nummer: await opslaanInTransactie(actor, concept.id, toelating.leerling, data) };
      } catch (err) {
        const uniek = isPgFout(err, '23505');
        const overlap = isOverlapGeweigerd(err);
        if (!uniek && !overlap) throw err;
        // A concurrent save of the same draft won: that melding is this one (R-MEL-17).
        const gewonnen = await gelijktijdig();
        if (gewonnen) return gewonnen;
        // Another draft's melding for the same days won the race (R-MEL-8): the Verzuim step,
        // re-validated against the database, now shows the overlap at its van field.
        if (overlap) return { soort: 'onvolledig', stap: stapMetPad('verzuim')! };
        throw err;
      }
    },

    /**
     * "Melding verzonden" (Afb. 33): the number of the melding this draft became, for its maker
     * only, and whether the gemeente could be mailed (it had an address for meldingen).
     */
    async verzonden(actor: MeldingActor, conceptId: string): Promise<{ nummer: string; kopie: boolean; gemeenteGemaild: boolean } | undefined> {
      const m = await alOpgeslagen(actor, conceptId);
      return m ? { nummer: m.nummer, kopie: m.inhoud.verzuim.contactpersoon.kopie, gemeenteGemaild: !m.zonder_ontvanger } : undefined;
    },
  };
}

export type MeldingService = ReturnType<typeof meldingService>;
