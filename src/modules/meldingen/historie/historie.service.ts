// Historie of a melding (R-HIS-1, manual §4.2.4): the list of its versions and one version
// beside the previous one. Who may look is a parameter, so the school's pages and the
// gemeente's share this service: `schoolToegang(actor)` admits the school's own meldingen,
// `gemeenteToegang(lezer)` the meldingen whose behandelende gemeente is the lezer's, both
// through the one door (toegang.ts, requireMelding): any other number answers 404 and is
// audited, the same as one that does not exist (R-AUTH-3). Every look is an audit line (R-PRIV-1).
import { notFound } from '../../../platform/http/errors';
import { pageInfo, type OverzichtState } from '../../../platform/ui/overzicht-state';
import { gemeenteNamen } from '../../registers/face';
import type { Status } from '../codes';
import { auditToegang, gemeenteToegang, requireMelding, schoolToegang, type GemeenteLezer, type MeldingToegang } from '../toegang';
import type { MeldingModuleDeps } from '../meldingen.services';
import { vergelijkVersies, type VersieSnapshot } from './diff';
import * as repo from './historie.repository';
import { aantalMarkeringen, vergelijkModel, type VergelijkSectie } from './velden';

/** Who looks: the one door's (toegang.ts) school or gemeente access. */
export type HistorieToegang = MeldingToegang;
export { gemeenteToegang, schoolToegang, type GemeenteLezer };

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

const VERSIE = /^\d{1,9}$/;

const meta = (r: Omit<repo.VersieLijstRij, 'snapshot'>): VersieMeta => ({ versie: r.versie, status: r.status, soortWijziging: r.soort_wijziging, op: r.op, doorNaam: r.door_naam });

export function historieService(deps: MeldingModuleDeps) {
  const { db } = deps;

  const audit = (toegang: HistorieToegang, actie: string, nummer: string, details: Record<string, unknown> = {}) => auditToegang(db, toegang, actie, nummer, details);
  const toegestaneMelding = (toegang: HistorieToegang, nummer: string) => requireMelding(db, toegang, nummer);

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
