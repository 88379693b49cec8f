// The gemeente behandelaar's use cases (R-GEM-2 … R-GEM-5). Every use case starts with the one
// door to a melding (meldingen' requireMelding): the melding with this number when it is handled by the actor's gemeente;
// another gemeente's, one routed away (R-GEM-5), unknown or malformed answers 404 and is
// audited (R-AUTH-3). Every action is a new version through nieuweVersie, so the transition
// table decides what is allowed (R-GEM-3) and a stale version is refused (R-RAA-4); its mails
// and audit line are written in the same transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import type { FormValues } from '../../platform/http/form';
import { queueMails } from '../../platform/mail/outbox';
import { gemeenteFouten } from './messages';
import type { FieldError } from '../../platform/ui/error-summary';
import type { OverzichtState } from '../../platform/ui/overzicht-state';
import { bewaarZoekopdracht, filterQueryPairs, gemeenteToegang, naStatus, nieuweVersie, RecenteTotalen, requireMelding, versieDoor, zoekMeldingen, zoekopdrachtCriteria, type HuidigeMelding, type MeldingSort, type MeldingZoekFilter, type MeldingZoekRij, type Status, type ToegangMelding } from '../meldingen/face';
import { vandaagIn } from '../../platform/datum';
import type { GemeenteActor } from './actor';
import { routeringMail, statusMail } from './gemeente-mails';
import { gebruikerEmail } from '../auth/face';
import { actueleGemeente, actueleGemeenten } from '../registers/face';
import { formulierWaarden, parseActie, wijzigingVoor, type GemeenteActie } from './rules';

/** Stored searches are private to the user and to the gemeente they searched for. */
const zoekScope = (actor: GemeenteActor) => `gemeente:${actor.gemeentecode}`;

export interface GemeenteDeps {
  db: Kysely<Database>;
  now: () => Date;
  baseUrl: string;
}

export type GemeenteMelding = ToegangMelding;
export interface GemeenteKeuze {
  gemeentecode: string;
  naam: string;
}

/** What an action's page needs: the melding, whether the action is allowed now, the form's values. */
export interface ActiePagina {
  melding: GemeenteMelding;
  toegestaan: boolean;
  waarden: FormValues;
  /** Routeren: the gemeenten to choose from (not the melding's own). */
  gemeenten: GemeenteKeuze[];
}

export type ActieUitkomst =
  | { soort: 'opgeslagen'; melding: HuidigeMelding; naar: GemeenteKeuze | null }
  /** The form is not valid: the same page again with the messages and the input. */
  | { soort: 'fouten'; errors: FieldError[]; pagina: ActiePagina }
  /** Someone saved a newer version first (R-RAA-4): the page again with the melding as it is now. */
  | { soort: 'conflict'; door: string; pagina: ActiePagina }
  /** The transition table does not allow this action in the melding's status: nothing written. */
  | { soort: 'niet_toegestaan'; melding: GemeenteMelding };

export function gemeenteService(deps: GemeenteDeps) {
  const { db, now, baseUrl } = deps;
  // So that a later page of a recent inbox search comes in one statement (zoeken.repository.ts).
  const totalen = new RecenteTotalen();

  /** The one door (meldingen' requireMelding, see the file's header). */
  const eigen = (actor: GemeenteActor, nummer: string, ingezien?: { actie: string; details?: Record<string, unknown> }) => requireMelding(db, gemeenteToegang(actor), nummer, ingezien);

  async function keuzeGemeenten(melding: GemeenteMelding): Promise<GemeenteKeuze[]> {
    return (await actueleGemeenten(db)).filter((g) => g.gemeentecode !== melding.gemeentecode).map(({ gemeentecode, naam }) => ({ gemeentecode, naam }));
  }

  async function pagina(actor: GemeenteActor, melding: GemeenteMelding, actie: GemeenteActie, waarden?: FormValues): Promise<ActiePagina> {
    const voorstel = actie === 'in_behandeling_nemen' && waarden === undefined ? { naam: actor.weergavenaam, email: await gebruikerEmail(db, actor.gebruikerId) } : { naam: '', email: '' };
    return {
      melding,
      toegestaan: naStatus('gemeente', actie, melding.status) !== null,
      waarden: waarden ?? formulierWaarden(actie, melding.inhoud, voorstel),
      gemeenten: actie === 'routeren' ? await keuzeGemeenten(melding) : [],
    };
  }

  return {
    /**
     * One page of the inbox (R-GEM-2): the gemeente's meldingen matching the filter, through the
     * one melding search (R-GEM-5: the scope is the current gemeentecode, so a melding routed
     * away is gone, and drafts are never meldingen). Audited, as every search of personal data.
     */
    async inbox(actor: GemeenteActor, filter: MeldingZoekFilter, state: OverzichtState<MeldingSort>): Promise<{ rows: MeldingZoekRij[]; total: number }> {
      const r = await zoekMeldingen(db, { gemeentecode: actor.gemeentecode }, filter, state, totalen);
      const criteria: Record<string, string> = {};
      for (const [k, v] of filterQueryPairs(filter)) criteria[k] = criteria[k] ? `${criteria[k]},${v}` : v;
      await writeAudit(db, {
        actie: 'meldingen_gezocht',
        gebruikerId: actor.gebruikerId,
        gebruikersnaam: actor.gebruikersnaam,
        ip: actor.ip,
        gemeentecode: actor.gemeentecode,
        objectType: 'meldingen',
        details: { criteria, pagina: state.page, sorteer: `${state.sort} ${state.dir}`, gevonden: r.total },
      });
      return r;
    },

    /** Keeps a search's PGN and name under a random id, out of the URL (zoekopdracht.repository.ts). */
    bewaarZoekopdracht: (actor: GemeenteActor, criteria: Record<string, string>) =>
      bewaarZoekopdracht(db, { gebruikerId: actor.gebruikerId, scope: zoekScope(actor), criteria, nu: now() }),

    /** The criteria of the actor's own stored search for this gemeente, or null. */
    zoekopdracht: (actor: GemeenteActor, id: string) => zoekopdrachtCriteria(db, { id, gebruikerId: actor.gebruikerId, scope: zoekScope(actor), nu: now() }),

    /** The melding for the detail page (R-GEM-2); the view is audited (R-PRIV-1). */
    async inzien(actor: GemeenteActor, nummer: string): Promise<GemeenteMelding> {
      return eigen(actor, nummer, { actie: 'melding_ingezien' });
    },

    /** An action's page: the melding (its view audited) and the form's starting values. */
    async actiePagina(actor: GemeenteActor, nummer: string, actie: GemeenteActie): Promise<ActiePagina> {
      const m = await eigen(actor, nummer, { actie: 'melding_ingezien', details: { actie } });
      return pagina(actor, m, actie);
    },

    /**
     * Performs an action (R-GEM-3) on the version the actor saw. Writes the new version, the
     * mails (the school's copy on a status change; the new gemeente's on Routeren) and the
     * audit line in one transaction, or nothing.
     */
    async uitvoeren(actor: GemeenteActor, nummer: string, actie: GemeenteActie, verwachteVersie: number, waarden: FormValues): Promise<ActieUitkomst> {
      const m = await eigen(actor, nummer);
      if (naStatus('gemeente', actie, m.status) === null) return { soort: 'niet_toegestaan', melding: m };
      const parsed = parseActie(actie, waarden);
      let naar: (GemeenteKeuze & { email_meldingen: string | null }) | null = null;
      const errors = parsed.ok ? [] : [...parsed.errors];
      if (parsed.ok && parsed.invoer.actie === 'routeren') {
        const code = parsed.invoer.gemeentecode;
        const g = await actueleGemeente(db, code);
        if (!g) errors.push({ field: 'gemeente', text: gemeenteFouten.gemeenteOnbekend });
        else if (g.gemeentecode === m.gemeentecode) errors.push({ field: 'gemeente', text: gemeenteFouten.gemeenteZelfde });
        else naar = g;
      }
      if (!parsed.ok || errors.length > 0) return { soort: 'fouten', errors, pagina: await pagina(actor, m, actie, waarden) };
      const invoer = parsed.invoer;

      const uitkomst = await db.transaction().execute(async (trx) => {
        const op = now();
        let van: Status = m.status;
        const r = await nieuweVersie(trx, {
          meldingId: m.id,
          verwachteVersie,
          actor: { soort: 'gemeente', gebruikerId: actor.gebruikerId, naam: actor.weergavenaam },
          actie,
          op,
          wijzig: (huidig) => {
            van = huidig.status;
            return wijzigingVoor(huidig, invoer, vandaagIn(op));
          },
        });
        if (r.soort !== 'opgeslagen') return r;
        const nieuw = r.melding;
        const mails = [
          ...statusMail({ meldingId: nieuw.id, nummer: nieuw.nummer, van, naar: nieuw.status, inhoud: nieuw.inhoud, baseUrl }),
          ...(naar
            ? routeringMail({
                meldingId: nieuw.id,
                nummer: nieuw.nummer,
                soort: m.soort,
                instelling: { code: m.instellingscode, naam: m.instelling_naam ?? m.instellingscode },
                gemeenteEmail: naar.email_meldingen,
                baseUrl,
              })
            : []),
        ];
        await queueMails(trx, mails, op);
        await writeAudit(trx, {
          actie: `melding_${actie}`,
          gebruikerId: actor.gebruikerId,
          gebruikersnaam: actor.gebruikersnaam,
          ip: actor.ip,
          gemeentecode: actor.gemeentecode,
          instellingscode: nieuw.instellingscode,
          objectType: 'melding',
          objectId: nieuw.nummer,
          details: { versie: nieuw.versie, status: nieuw.status, ...(naar ? { naarGemeente: naar.gemeentecode } : {}), mails: mails.map((x) => x.soort) },
        });
        return r;
      });

      if (uitkomst.soort === 'opgeslagen') return { soort: 'opgeslagen', melding: uitkomst.melding, naar: naar && { gemeentecode: naar.gemeentecode, naam: naar.naam } };
      // The melding as it is now; routed away meanwhile is a 404 like any other gemeente's.
      const nu = await eigen(actor, nummer);
      if (uitkomst.soort === 'onbekend' || naStatus('gemeente', actie, nu.status) === null) return { soort: 'niet_toegestaan', melding: nu };
      const door = await versieDoor(db, nu.id, nu.versie);
      return { soort: 'conflict', door, pagina: await pagina(actor, nu, actie, waarden) };
    },
  };
}

export type GemeenteService = ReturnType<typeof gemeenteService>;
