// The change feed (issue 16, "Change feed"): every change to a melding or a vrijstelling becomes
// a row of `wijzigingen`, written by triggers, so no code path (the save, nieuweVersie, the
// vrijstelling check, a repair by hand in psql) can change a melding without the feed knowing.
// A row holds keys only (meldingnummer or vrijstelling id, version, kind of change, time) and
// what authorisation needs: the gemeentecodes that may see the change (on routing the old AND
// the new gemeente: the old one sees its melding leave) and the melding's instellingscode.
//
// Position: the writing transaction's id (`xid`, pg_current_xact_id(), xid8: 64 bits, never
// wraps) and then `id`. The reader (modules/wijzigingen/lezer.ts) returns only rows whose xid is
// below the oldest transaction still running, which is why a transaction that got its id or its
// sequence value early but commits late can never land behind a reader's cursor.
//
// `wijzigingen_opgeruimd` holds the position of the last row the housekeeping job purged
// (retention): a cursor before it has missed purged rows and must resync.
import { sql, type Kysely } from 'kysely';

/** Code columns made here in the "C" collation, like migration 0010's (joins compare in one collation). */
export const CODE_COLUMNS: Readonly<Record<string, readonly string[]>> = { instellingscode: ['wijzigingen'] };

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table wijzigingen (
      id bigint generated always as identity primary key,
      xid xid8 not null default pg_current_xact_id(),
      soort_object text not null check (soort_object in ('melding', 'vrijstelling')),
      -- no foreign keys: a feed row is a fact about the past and must not block (or follow) a delete
      melding_nummer text,
      vrijstelling_id uuid,
      soort_wijziging text not null,
      versie integer not null,
      gemeentecodes text[] not null check (cardinality(gemeentecodes) >= 1),
      instellingscode text collate "C",
      op timestamptz not null,
      check ((soort_object = 'melding') = (melding_nummer is not null)),
      check ((soort_object = 'vrijstelling') = (vrijstelling_id is not null))
    );
    -- The reader pages by (xid, id); the purge takes the oldest rows in the same order.
    create index wijzigingen_positie on wijzigingen (xid, id);

    create table wijzigingen_opgeruimd (
      enkel boolean primary key default true check (enkel),
      xid xid8 not null,
      id bigint not null
    );
    insert into wijzigingen_opgeruimd (xid, id) values ('0', 0);

    -- A melding: deferred to commit, so the version row that nieuweVersie (and the save) insert
    -- AFTER updating meldingen exists and gives the kind of change (the action). OLD and NEW are
    -- the row as it was at each statement, so two changes in one transaction are two rows.
    create function wijzigingen_melding() returns trigger language plpgsql as $$
    declare
      soort text;
    begin
      if tg_op = 'DELETE' then
        insert into wijzigingen (soort_object, melding_nummer, soort_wijziging, versie, gemeentecodes, instellingscode, op)
        values ('melding', old.nummer, 'verwijderd', old.versie, array[old.gemeentecode], old.instellingscode, now());
        return null;
      end if;
      if tg_op = 'UPDATE' and new is not distinct from old then
        return null;
      end if;
      if tg_op = 'INSERT' or new.versie <> old.versie then
        select v.soort_wijziging into soort from melding_versies v where v.melding_id = new.id and v.versie = new.versie;
      end if;
      insert into wijzigingen (soort_object, melding_nummer, soort_wijziging, versie, gemeentecodes, instellingscode, op)
      values (
        'melding', new.nummer,
        coalesce(soort, case when tg_op = 'INSERT' then 'aangemaakt' else 'gewijzigd' end),
        new.versie,
        case when tg_op = 'UPDATE' and old.gemeentecode <> new.gemeentecode
          then array[new.gemeentecode, old.gemeentecode] else array[new.gemeentecode] end,
        new.instellingscode,
        new.gewijzigd_op
      );
      return null;
    end
    $$;
    create constraint trigger wijzigingen_melding after insert or update or delete on meldingen
      deferrable initially deferred for each row execute function wijzigingen_melding();

    create function wijzigingen_vrijstelling() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        insert into wijzigingen (soort_object, vrijstelling_id, soort_wijziging, versie, gemeentecodes, op)
        values ('vrijstelling', old.id, 'verwijderd', old.versie, array[old.gemeentecode], now());
        return null;
      end if;
      if tg_op = 'UPDATE' and new is not distinct from old then
        return null;
      end if;
      insert into wijzigingen (soort_object, vrijstelling_id, soort_wijziging, versie, gemeentecodes, op)
      values (
        'vrijstelling', new.id,
        case when tg_op = 'INSERT' then 'geregistreerd' else 'gewijzigd' end,
        new.versie,
        case when tg_op = 'UPDATE' and old.gemeentecode <> new.gemeentecode
          then array[new.gemeentecode, old.gemeentecode] else array[new.gemeentecode] end,
        new.gewijzigd_op
      );
      return null;
    end
    $$;
    create trigger wijzigingen_vrijstelling after insert or update or delete on vrijstellingen
      for each row execute function wijzigingen_vrijstelling();
  `.execute(db);
}
