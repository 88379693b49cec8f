// The left menu (R-AUTH-3): one table of functions, each behind an ability. A user sees only
// what their roles allow. Modules add their function here when they ship it.
import { messages } from './messages/index';
import { gemeenteScherm } from './messages/gemeente';
import { meldingScherm, zonderOntvangerScherm } from './messages/meldingen';
import { raadplegenScherm } from './messages/raadplegen';
import { registerImportMessages } from './messages/registers';
import { vrijstellingenScherm } from './messages/vrijstellingen';
import { can, type Ability, type CurrentUser } from './permissions';

export interface MenuEntry {
  href: string;
  label: string;
  ability: Ability | null;
}

export const MENU: readonly MenuEntry[] = [
  { href: '/', label: messages.common.menuStart, ability: null },
  { href: '/verzuim/opvoeren', label: meldingScherm.menuOpvoeren, ability: 'verzuim.opvoeren' },
  { href: '/verzuim/concepten', label: meldingScherm.menuConcepten, ability: 'verzuim.opvoeren' },
  { href: '/verzuim/raadplegen', label: raadplegenScherm.menu, ability: 'verzuim.raadplegen' },
  { href: '/gemeente/meldingen', label: gemeenteScherm.menu, ability: 'meldingen.behandelen' },
  { href: '/gemeente/vrijstellingen', label: vrijstellingenScherm.menu, ability: 'vrijstellingen.beheren' },
  { href: '/beheer/locaties', label: messages.beheerLocaties.menuLocaties, ability: 'locaties.beheren' },
  { href: '/beheer/contactpersonen', label: messages.beheerLocaties.menuContactpersonen, ability: 'contactpersonen.beheren' },
  { href: '/beheer/gebruikers', label: messages.common.menuGebruikers, ability: 'gebruikers.beheren' },
  { href: '/beheer/audit', label: messages.common.menuAudit, ability: 'audit.inzien' },
  { href: '/beheer/registers', label: registerImportMessages.menu, ability: 'registers.beheren' },
  { href: '/beheer/mails', label: messages.mail.menu, ability: 'mails.inzien' },
  { href: '/beheer/meldingen-zonder-ontvanger', label: zonderOntvangerScherm.menu, ability: 'mails.inzien' },
];

/** The menu items this user may use, the current one marked. */
export function menuFor(user: CurrentUser | null, currentPath: string) {
  if (!user) return [];
  return MENU.filter((e) => e.ability === null || can(user, e.ability)).map((e) => ({
    href: e.href,
    label: e.label,
    current: e.href === '/' ? currentPath === '/' : currentPath === e.href || currentPath.startsWith(`${e.href}/`),
  }));
}
