// The whole schema as Kysely sees it: each module declares its own tables.
import type { AuthTables } from '../modules/auth/auth.tables';
import type { MeldingTables } from '../modules/meldingen/melding.tables';
import type { MailTables } from '../platform/mail/mail.tables';
import type { ContactpersoonTables } from '../modules/beheer/contactpersonen/contactpersonen.tables';
import type { LocatieTables } from '../modules/beheer/locaties/locaties.tables';
import type { RegisterTables } from '../modules/registers/registers.tables';
import type { AuditTables } from '../platform/audit/audit.tables';
import type { SessieTables } from '../platform/session/session.tables';
import type { KoppelingTables } from '../modules/koppelingen/koppelingen.tables';
import type { VrijstellingTables } from '../modules/vrijstellingen/vrijstellingen.tables';
import type { WijzigingTables } from '../modules/wijzigingen/wijzigingen.tables';

export interface Database extends AuthTables, RegisterTables, AuditTables, LocatieTables, ContactpersoonTables, MeldingTables, MailTables, VrijstellingTables, SessieTables, WijzigingTables, KoppelingTables {}
