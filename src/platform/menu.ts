// The left menu (R-AUTH-3): a table of functions, each behind an ability; a user sees only what
// their roles allow. The table itself names every module's function, so it lives with the
// composition root (src/menu.ts), not here.
import { can, type Ability, type CurrentUser } from './permissions';

export interface MenuEntry {
  href: string;
  label: string;
  ability: Ability | null;
}


/** The menu items this user may use, the current one marked. */
export function menuFor(menu: readonly MenuEntry[], user: CurrentUser | null, currentPath: string) {
  if (!user) return [];
  return menu.filter((e) => e.ability === null || can(user, e.ability)).map((e) => ({
    href: e.href,
    label: e.label,
    current: e.href === '/' ? currentPath === '/' : currentPath === e.href || currentPath.startsWith(`${e.href}/`),
  }));
}
