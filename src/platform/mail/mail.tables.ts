import type { Generated } from 'kysely';

export interface UitgaandeMailsTable {
  id: Generated<string>;
  aan: string;
  onderwerp: string;
  tekst: string;
  melding_id: string | null;
  soort: string;
  aangemaakt_op: Date;
  pogingen: Generated<number>;
  volgende_poging_op: Date;
  verzonden_op: Date | null;
  afgeleverd_via: 'smtp' | 'log' | null;
  laatste_fout: string | null;
}

export interface MailTables {
  uitgaande_mails: UitgaandeMailsTable;
}
