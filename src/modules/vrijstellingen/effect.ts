// THE one code path by which a vrijstelling changes meldingen (R-VRIJ-2 when a gemeente
// registers or changes one, R-VRIJ-3 when the scheduled check finds a melding filed over one).
// Inside the caller's transaction: lock the pupil's open meldingen that share a day with the
// vrijstelling, decide per melding with the pure rule (rules.ts effectOpMelding), write each
// change as a new version through meldingen/versie.ts (actor 'systeem', so the transition
// table allows exactly vrijstelling_inkorten and vrijstelling_intrekken), and queue the mail to
// the school. Either everything commits with the vrijstelling, or nothing does.
//
// Version conflicts: the meldingen are read FOR UPDATE in this transaction and their versions
// passed to nieuweVersie, so no one can save in between. A school that opened the melding
// before and saves afterwards gets the ordinary conflict of R-RAA-4 and sees the shortened
// melding. Should the versioned write still refuse (it cannot, under the lock), this throws
// and the whole transaction, vrijstelling included, rolls back: never half an effect.
import type { Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { queueMails } from '../../platform/mail/outbox';
import { nieuweVersie, openMeldingenInPeriode, type MeldingInhoud, type VersieActor } from '../meldingen/face';
import { effectOpMelding } from './rules';
import { vrijstellingMail } from './vrijstelling-mails';

/** What a vrijstelling did to meldingen: the numbers, per kind of effect. */
export interface Gevolgen {
  ingekort: string[];
  ingetrokken: string[];
  /** Begins inside the vrijstelling and runs on after it: left alone, for a person (rules.ts). */
  handmatig: string[];
}

export const geenGevolgen = (): Gevolgen => ({ ingekort: [], ingetrokken: [], handmatig: [] });

export interface VrijstellingPeriode {
  id: string;
  pgn: string;
  begindatum: string;
  einddatum: string | null;
}

/**
 * Applies vrijstelling `v` to the pupil's open meldingen, in `trx`. Idempotent: a second call
 * finds nothing left to change (a shortened melding ends before `v`, a withdrawn one is closed).
 */
export async function pasVrijstellingToe(
  trx: Transaction<Database>,
  v: VrijstellingPeriode,
  ctx: { actor: VersieActor; op: Date; baseUrl: string },
): Promise<Gevolgen> {
  const gevolgen = geenGevolgen();
  const meldingen = await openMeldingenInPeriode(trx, v.pgn, v.begindatum, v.einddatum);
  for (const m of meldingen) {
    const effect = effectOpMelding({ status: m.status, van: m.begindatum, tm: m.einddatum }, { van: v.begindatum, tm: v.einddatum });
    if (effect.soort === 'geen') continue;
    if (effect.soort === 'handmatig') {
      gevolgen.handmatig.push(m.nummer);
      continue;
    }
    const vrijstelling = { vrijstellingId: v.id, oorspronkelijkeTm: m.einddatum };
    const wijzig =
      effect.soort === 'inkorten'
        ? (h: { inhoud: MeldingInhoud }) => ({
            inhoud: { ...h.inhoud, verzuim: { ...h.inhoud.verzuim, tm: effect.nieuweTm }, vrijstelling },
            einddatum: effect.nieuweTm,
          })
        : (h: { inhoud: MeldingInhoud }) => ({ inhoud: { ...h.inhoud, vrijstelling, intrekking: { reden: 'vrijstelling' as const, toelichting: '' } } });
    const uitkomst = await nieuweVersie(trx, {
      meldingId: m.id,
      verwachteVersie: m.versie,
      actor: ctx.actor,
      actie: effect.soort === 'inkorten' ? 'vrijstelling_inkorten' : 'vrijstelling_intrekken',
      op: ctx.op,
      wijzig,
    });
    if (uitkomst.soort !== 'opgeslagen') throw new Error(`vrijstelling ${v.id}: melding ${m.nummer} kon niet worden aangepast (${uitkomst.soort})`);
    const email = uitkomst.melding.inhoud.verzuim.contactpersoon?.email?.trim();
    if (email) {
      await queueMails(trx, [vrijstellingMail({ meldingId: m.id, nummer: m.nummer, aan: email, ingetrokken: effect.soort === 'intrekken', baseUrl: ctx.baseUrl })], ctx.op);
    }
    (effect.soort === 'inkorten' ? gevolgen.ingekort : gevolgen.ingetrokken).push(m.nummer);
  }
  return gevolgen;
}
