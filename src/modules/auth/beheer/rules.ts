// Decisions of user management (functioneel beheer), pure: no database, no request. The
// service asks these before it changes anything; the pages ask them to hide what would be
// refused. Also the name-search rule (R-UI-1) as an ILIKE pattern.
import { beheerMessages } from './messages';
import type { RolToekenning } from '../../../platform/permissions';

const t = beheerMessages.regels;

/** Who acts: a logged-in user (id), or the CLI / the system (null). */
export type ActorId = string | null;

/** A refusal as a Dutch message, or null when allowed. */
export type Besluit = string | null;

/**
 * Whether `actor` may block `doel`. Blocking yourself would end your own session at once and
 * leave you locked out; another functioneel beheerder (or the CLI) has to do it.
 */
export function blokkerenBesluit(actor: ActorId, doel: string): Besluit {
  return actor !== null && actor === doel ? t.zelfBlokkeren : null;
}

/**
 * Whether `actor` may remove `rol` from `doel`. Your own functioneel_beheerder role stays: a
 * user holds it at most once (unique index), so removing it would always remove the last one
 * and take away your access to this very page.
 */
export function rolVerwijderenBesluit(actor: ActorId, doel: string, rol: Pick<RolToekenning, 'rol'>): Besluit {
  return actor !== null && actor === doel && rol.rol === 'functioneel_beheerder' ? t.eigenBeheerrol : null;
}

/** Whether the user already holds exactly this role (same codes). */
export function heeftRol(rollen: readonly RolToekenning[], nieuw: RolToekenning): boolean {
  return rollen.some((r) => r.rol === nieuw.rol && r.instellingscode === nieuw.instellingscode && r.gemeentecode === nieuw.gemeentecode);
}
