// Historie of a melding (R-HIS-1, manual §4.2.4): the list of its versions and one version
// beside the previous one. Who may look is a parameter, so the school's pages and the
// gemeente's share this service: `schoolToegang(actor)` admits the school's own meldingen
// (eigenMelding), `gemeenteToegang(lezer)` the meldingen whose behandelende gemeente is the
// lezer's. Any other number answers 404 and is audited, the same as one that does not exist
// (R-AUTH-3). Every look is an audit line (R-PRIV-1).
import { writeAudit } from '../../../platform/audit/audit.service';
import { notFound } from '../../../platform/http/errors';
import { pageInfo, type OverzichtState } from '../../../platform/ui/overzicht-state';
import { gemeenteNamen } from '../../registers/face';
import type { MeldingActor } from '../actor';
import type { Status } from '../codes';
import { auditMelding, eigenMelding } from '../eigen-melding';
import { meldingOpNummer } from '../melding.repository';
import type { MeldingModuleDeps } from '../meldingen.services';
import { vergelijkVersies, type VersieSnapshot } from './diff';
import * as repo from './historie.repository';
import { aantalMarkeringen, vergelijkModel, type VergelijkSectie } from './velden';

/** A gemeente behandelaar reading meldingen of their gemeente (ability 'meldingen.behandelen'). */
export interface GemeenteLezer {
  gemeentecode: string;
  gebruikerId: string;
  gebruikersnaam: string;
  ip: string | null;
}

/** Who looks, and so which meldingen they may see. Build it with schoolToegang or gemeenteToegang. */
export type HistorieToegang = { soort: 'school'; actor: MeldingActor } | { soort: 'gemeente'; lezer: GemeenteLezer };

/** The school's own meldingen (the session's instelling), as Inzien. */
export const schoolToegang = (actor: MeldingActor): HistorieToegang => ({ soort: 'school', actor });
/** The meldingen whose behandelende gemeente (meldingen.gemeentecode) is the lezer's. */
export const gemeenteToegang = (lezer: GemeenteLezer): HistorieToegang => ({ soort: 'gemeente', lezer });

export type HistorieSort = 'versie';
export const HISTORIE_SORTEERBAAR: readonly HistorieSort[] = ['versie'];

/** One version as the list and the comparison name it. */
export interface VersieMeta {
  versie: number;
  status: Status;
  /** A SoortWijziging as stored (melding_versies.soort_wijziging is text). */
  soortWijziging: string;
  op: Date;
  doorNaam: string;
}

export interface HistorieLijst {
  nummer: string;
  status: Status;
  laatsteVersie: number;
  rows: VersieMeta[];
  total: number;
}

export interface VersieDetail {
  nummer: string;
  laatsteVersie: number;
  nieuw: VersieMeta;
  /** null for version 1: there is nothing before it. */
  vorig: VersieMeta | null;
  secties: VergelijkSectie[];
  /** How many rows differ; null for version 1. */
  aantalVerschillen: number | null;
}

const NUMMER = /^\d{4}-\d{7,}$/;
const VERSIE = /^\d{1,9}$/;

const meta = (r: Omit<repo.VersieLijstRij, 'snapshot'>): VersieMeta => ({ versie: r.versie, status: r.status, soortWijziging: r.soort_wijziging, op: r.op, doorNaam: r.door_naam });

export function historieService(deps: MeldingModuleDeps) {
  const { db } = deps;

  function audit(toegang: HistorieToegang, actie: string, nummer: string, details: Record<string, unknown> = {}) {
    if (toegang.soort === 'school') return auditMelding(db, toegang.actor, actie, nummer, details);
    const l = toegang.lezer;
    return writeAudit(db, { actie, gebruikerId: l.gebruikerId, gebruikersnaam: l.gebruikersnaam, ip: l.ip, gemeentecode: l.gemeentecode, objectType: 'melding', objectId: nummer.slice(0, 100), details });
  }

  /** The melding when `toegang` may see it; otherwise 404, audited. */
  async function toegestaneMelding(toegang: HistorieToegang, nummer: string) {
    if (toegang.soort === 'school') return eigenMelding(db, toegang.actor, nummer);
    const m = NUMMER.test(nummer) ? await meldingOpNummer(db, nummer) : undefined;
    if (m && m.gemeentecode === toegang.lezer.gemeentecode) return m;
    await audit(toegang, 'toegang_geweigerd', nummer, { reden: m ? 'andere_gemeente' : 'onbekend' });
    throw notFound();
  }

  return {
    /** Overzicht historie (Afb. 42): one page of the versions, newest first by default. */
    async lijst(toegang: HistorieToegang, nummer: string, state: OverzichtState<HistorieSort>): Promise<HistorieLijst> {
      const m = await toegestaneMelding(toegang, nummer);
      const total = await repo.aantalVersies(db, m.id);
      const { offset, perPage } = pageInfo(total, state);
      const rows = (await repo.versiePagina(db, m.id, state.dir, perPage, offset)).map(meta);
      await audit(toegang, 'melding_historie_ingezien', m.nummer);
      return { nummer: m.nummer, status: m.status, laatsteVersie: m.versie, rows, total };
    },

    /**
     * Details historie (Afb. 43): version `versie` beside the one before it, every difference
     * marked in the previous one. An unknown version number is 404.
     */
    async versie(toegang: HistorieToegang, nummer: string, versie: string): Promise<VersieDetail> {
      const m = await toegestaneMelding(toegang, nummer);
      const n = VERSIE.test(versie) ? Number(versie) : 0;
      const [nieuw, vorig] = n >= 1 ? await repo.versieEnVorige(db, m.id, n) : [];
      if (!nieuw || nieuw.versie !== n) throw notFound();
      const sNieuw = nieuw.snapshot as unknown as VersieSnapshot;
      const sVorig = vorig ? (vorig.snapshot as unknown as VersieSnapshot) : null;
      const codes = [...new Set([sNieuw.gemeentecode, sVorig?.gemeentecode].filter((c): c is string => typeof c === 'string' && c !== ''))];
      const namen = new Map((await gemeenteNamen(db, codes)).map((g) => [g.code, g.naam]));
      const verschil = sVorig ? vergelijkVersies(sNieuw, sVorig) : null;
      const secties = vergelijkModel(sNieuw, sVorig, verschil, { gemeenteNaam: (c) => namen.get(c) });
      await audit(toegang, 'melding_versie_ingezien', m.nummer, { versie: n });
      return {
        nummer: m.nummer,
        laatsteVersie: m.versie,
        nieuw: meta(nieuw),
        vorig: vorig ? meta(vorig) : null,
        secties,
        aantalVerschillen: sVorig ? aantalMarkeringen(secties) : null,
      };
    },
  };
}

export type HistorieService = ReturnType<typeof historieService>;
