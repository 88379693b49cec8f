// Melding intrekken (R-INT-1, R-INT-2, manual §4.2.3): the school's own melding (eigenMelding:
// 404 + audit otherwise), only while the transition table allows it (Geregistreerd, In
// behandeling), with a reason allowed for its begindatum today (intrekken.rules.ts). The new
// version (status I, inhoud.intrekking), the gemeente's e-mail and the audit line commit in
// one transaction or not at all; a version saved since the page was opened is a conflict.
// Once Ingetrokken the period no longer blocks a new melding: meldingen_geen_overlap
// excludes status I.
import { notFound } from '../../../platform/http/errors';
import type { FormValues } from '../../../platform/http/form';
import { queueMails } from '../../../platform/mail/outbox';
import type { FieldError } from '../../../platform/ui/error-summary';
import { gemeenteVoorMelding, instellingNamen } from '../../registers/face';
import type { MeldingActor } from '../actor';
import type { Soort, Status } from '../codes';
import { auditMelding, eigenMelding } from '../toegang';
import { eenJaarTerug, schooljaarBegin, vandaagIn } from '../../../platform/datum';
import type { MeldingModuleDeps } from '../meldingen.services';
import { toegestaneActies } from '../status-overgangen';
import { nieuweVersie } from '../versie';
import { ingetrokkenMails } from './intrekken-mail';
import { toetsIntrekken } from './intrekken.parse';

/** What the Intrekken pages show of the melding: a compact overview (Afb. 39). */
export interface IntrekkenMelding {
  nummer: string;
  versie: number;
  status: Status;
  pgn: string;
  naam: string;
  soort: Soort;
  begindatum: string;
  einddatum: string | null;
  aangemaaktOp: Date;
  /** Whether the school may withdraw it now (toegestaneActies('school', status)). */
  magIntrekken: boolean;
}

/** The earliest begindatum per kind of reason today (R-INT-2), for the hint on the form. */
export interface IntrekkenGrenzen {
  schooljaar: string;
  jaarTerug: string;
}

export type IntrekkenUitkomst =
  | { soort: 'ingetrokken'; nummer: string }
  /** The input or a limit of R-INT-2 is refused; nothing was written. */
  | { soort: 'fouten'; errors: FieldError[]; melding: IntrekkenMelding }
  /** Someone saved another version since the page was opened (R-RAA-4); `melding` is theirs. */
  | { soort: 'conflict'; melding: IntrekkenMelding }
  /** The status no longer allows intrekken (e.g. the gemeente closed it meanwhile). */
  | { soort: 'niet_toegestaan'; melding: IntrekkenMelding };

type EigenMelding = Awaited<ReturnType<typeof eigenMelding>>;

function overzicht(m: Pick<EigenMelding, 'nummer' | 'versie' | 'status' | 'pgn' | 'soort' | 'begindatum' | 'einddatum' | 'inhoud' | 'aangemaakt_op'>): IntrekkenMelding {
  const l = m.inhoud.leerling;
  return {
    nummer: m.nummer,
    versie: m.versie,
    status: m.status,
    pgn: m.pgn,
    naam: [l.voornamen, l.voorvoegsel, l.achternaam].filter(Boolean).join(' '),
    soort: m.soort,
    begindatum: m.begindatum,
    einddatum: m.einddatum,
    aangemaaktOp: m.aangemaakt_op,
    magIntrekken: toegestaneActies('school', m.status).includes('intrekken'),
  };
}

export function intrekkenService(deps: MeldingModuleDeps) {
  const { db, now } = deps;

  return {
    /** Today's limits of R-INT-2 (Dutch day of the injected clock). */
    grenzen(): IntrekkenGrenzen {
      const vandaag = vandaagIn(now());
      return { schooljaar: schooljaarBegin(vandaag), jaarTerug: eenJaarTerug(vandaag) };
    },

    /** The melding for the Intrekken page; looking at it is audited (R-PRIV-1). */
    async formulier(actor: MeldingActor, nummer: string): Promise<IntrekkenMelding> {
      const m = await eigenMelding(db, actor, nummer);
      await auditMelding(db, actor, 'melding_ingezien', m.nummer, { pagina: 'intrekken' });
      return overzicht(m);
    },

    /** The confirmation page (the route shows it only for a melding that is Ingetrokken); audited as a view. */
    async ingetrokken(actor: MeldingActor, nummer: string): Promise<IntrekkenMelding> {
      const m = await eigenMelding(db, actor, nummer);
      if (m.status === 'I') await auditMelding(db, actor, 'melding_ingezien', m.nummer, { pagina: 'intrekken_bevestiging' });
      return overzicht(m);
    },

    /**
     * Withdraws the melding with the posted reason (R-INT-1). `values.versie` is the version the
     * page showed: a later one makes this a conflict and nothing is written.
     */
    async intrekken(actor: MeldingActor, nummer: string, values: FormValues): Promise<IntrekkenUitkomst> {
      const m = await eigenMelding(db, actor, nummer);
      const melding = overzicht(m);
      if (!melding.magIntrekken) return { soort: 'niet_toegestaan', melding };
      const gezien = typeof values.versie === 'string' && /^\d{1,9}$/.test(values.versie) ? Number(values.versie) : 0;
      if (gezien !== m.versie) return { soort: 'conflict', melding };
      const op = now();
      const keuze = toetsIntrekken(values, m.begindatum, vandaagIn(op));
      if (!keuze.ok) return { soort: 'fouten', errors: keuze.errors, melding };
      const intrekking = { reden: keuze.reden, toelichting: keuze.toelichting };

      // Only the transaction inside the callback: PGlite has one connection.
      const u = await db.transaction().execute(async (trx) => {
        const r = await nieuweVersie(trx, {
          meldingId: m.id,
          verwachteVersie: gezien,
          actor: { soort: 'school', gebruikerId: actor.gebruikerId, naam: actor.weergavenaam },
          actie: 'intrekken',
          op,
          wijzig: (h) => ({ inhoud: { ...h.inhoud, intrekking } }),
        });
        if (r.soort !== 'opgeslagen') return r;
        const gemeente = await gemeenteVoorMelding(trx, r.melding.gemeentecode);
        const instellingNaam = (await instellingNamen(trx, [actor.instellingscode]))[0]?.naam ?? actor.instellingscode;
        const mails = ingetrokkenMails({
          meldingId: m.id,
          nummer: m.nummer,
          instelling: { code: actor.instellingscode, naam: instellingNaam },
          gemeenteEmail: gemeente?.email_meldingen ?? null,
          baseUrl: deps.baseUrl,
        });
        await queueMails(trx, mails, op);
        // The reason is a code; the free-text toelichting stays out of the log.
        await auditMelding(trx, actor, 'melding_ingetrokken', m.nummer, { reden: intrekking.reden, versie: r.melding.versie, mails: mails.map((x) => x.soort) }, r.melding.gemeentecode);
        return r;
      });

      switch (u.soort) {
        case 'opgeslagen':
          return { soort: 'ingetrokken', nummer: m.nummer };
        case 'conflict':
        case 'niet_toegestaan': {
          const huidig = overzicht({ ...u.huidig, aangemaakt_op: m.aangemaakt_op });
          return huidig.magIntrekken ? { soort: 'conflict', melding: huidig } : { soort: 'niet_toegestaan', melding: huidig };
        }
        case 'onbekend':
          // Gone between reading and writing (meldingen are never deleted): as any unknown number.
          throw notFound();
      }
    },
  };
}

export type IntrekkenService = ReturnType<typeof intrekkenService>;
