// The service's menu: every module's function behind its ability, in the order of the manual.
// Modules add their function here when they ship it.
import { gemeenteScherm } from './modules/gemeente/messages';
import { koppelingenMessages } from './modules/koppelingen/messages';
import { beheerLocatiesMessages } from './modules/beheer/messages';
import { meldingScherm, zonderOntvangerScherm } from './modules/meldingen/messages';
import { raadplegenScherm } from './modules/meldingen/raadplegen/messages';
import { registerImportMessages } from './modules/registers/messages';
import { vrijstellingenScherm } from './modules/vrijstellingen/messages';
import type { MenuEntry } from './platform/menu';
import { messages } from './platform/messages/index';

export const MENU: readonly MenuEntry[] = [
  { href: '/', label: messages.common.menuStart, ability: null },
  { href: '/verzuim/opvoeren', label: meldingScherm.menuOpvoeren, ability: 'verzuim.opvoeren' },
  { href: '/verzuim/concepten', label: meldingScherm.menuConcepten, ability: 'verzuim.opvoeren' },
  { href: '/verzuim/raadplegen', label: raadplegenScherm.menu, ability: 'verzuim.raadplegen' },
  { href: '/gemeente/meldingen', label: gemeenteScherm.menu, ability: 'meldingen.behandelen' },
  { href: '/gemeente/vrijstellingen', label: vrijstellingenScherm.menu, ability: 'vrijstellingen.beheren' },
  { href: '/beheer/locaties', label: beheerLocatiesMessages.menuLocaties, ability: 'locaties.beheren' },
  { href: '/beheer/contactpersonen', label: beheerLocatiesMessages.menuContactpersonen, ability: 'contactpersonen.beheren' },
  { href: '/beheer/gebruikers', label: messages.common.menuGebruikers, ability: 'gebruikers.beheren' },
  { href: '/beheer/audit', label: messages.common.menuAudit, ability: 'audit.inzien' },
  { href: '/beheer/registers', label: registerImportMessages.menu, ability: 'registers.beheren' },
  { href: '/beheer/mails', label: messages.mail.menu, ability: 'mails.inzien' },
  { href: '/beheer/meldingen-zonder-ontvanger', label: zonderOntvangerScherm.menu, ability: 'mails.inzien' },
  { href: '/beheer/koppelingen', label: koppelingenMessages.menu, ability: 'koppelingen.beheren' },
];
