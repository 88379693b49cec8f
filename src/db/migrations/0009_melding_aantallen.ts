// How many meldingen each instelling and each gemeente has per status, kept by triggers on
// meldingen, so the count of the common search (only statuses chosen: R-RAA-1 default,
// R-GEM-2 inbox) is a read of a few rows instead of counting thousands of index entries
// (issue 5; bench/results/zoeken-2026-11-28.md).
//
// The triggers are per STATEMENT with transition tables: one aggregated upsert per insert,
// update or delete statement, so a bulk insert of millions of rows costs one grouped write,
// not one per row. They run in the writing transaction: a rolled-back insert takes its
// increment with it, and a concurrent writer of the same (scope, code, status) waits on the
// counter row until the first commits, so the counters never lose an update. Within one
// statement the counters are written in key order, instellingen before gemeenten, so two
// statements lock them in the same order (two transactions that each write several statements
// in opposite orders can still deadlock; PostgreSQL then aborts one). A TRUNCATE of meldingen
// empties the counters.
//
// Transition tables cannot be combined with `UPDATE OF <columns>`, so the update trigger
// fires on every update of meldingen; it nets old (-1) against new (+1) per key and writes
// nothing when status, instellingscode and gemeentecode stay the same (most edits).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table melding_aantallen (
      -- 'I' = per instellingscode, 'G' = per gemeentecode
      scope char(1) not null check (scope in ('I', 'G')),
      code text not null,
      status text not null check (status in ('R', 'B', 'G', 'K', 'I')),
      aantal bigint not null check (aantal >= 0),
      primary key (scope, code, status)
    );

    -- Applies the net change per key in key order (instellingen before gemeenten), so two
    -- statements lock counters in the same order. A plain upsert cannot take a negative delta:
    -- the check on its candidate row fires before the conflict is seen.
    create function melding_aantallen_na_update() returns trigger language plpgsql as $$
    declare
      d record;
    begin
      for d in
        select k.scope, k.code, k.status, sum(k.delta)::bigint as n
        from (
          select 'I'::char(1) as scope, o.instellingscode as code, o.status, -1 as delta from oud o
          union all select 'G', o.gemeentecode, o.status, -1 from oud o
          union all select 'I', n.instellingscode, n.status, 1 from nieuw n
          union all select 'G', n.gemeentecode, n.status, 1 from nieuw n
        ) k
        group by k.scope, k.code, k.status
        having sum(k.delta) <> 0
        order by k.scope desc, k.code, k.status
      loop
        if d.n > 0 then
          insert into melding_aantallen as a (scope, code, status, aantal) values (d.scope, d.code, d.status, d.n)
          on conflict (scope, code, status) do update set aantal = a.aantal + excluded.aantal;
        else
          update melding_aantallen a set aantal = a.aantal + d.n where a.scope = d.scope and a.code = d.code and a.status = d.status;
        end if;
      end loop;
      return null;
    end $$;

    -- Insert and delete see one transition table each: a plain grouped count is enough.
    create function melding_aantallen_na_insert() returns trigger language plpgsql as $$
    begin
      insert into melding_aantallen as a (scope, code, status, aantal)
      select d.scope, d.code, d.status, d.n
      from (
        select 'I'::char(1) as scope, n.instellingscode as code, n.status, count(*) as n from nieuw n group by 2, 3
        union all
        select 'G'::char(1), n.gemeentecode, n.status, count(*) from nieuw n group by 2, 3
      ) d
      order by d.scope desc, d.code, d.status
      on conflict (scope, code, status) do update set aantal = a.aantal + excluded.aantal;
      return null;
    end $$;

    create function melding_aantallen_na_delete() returns trigger language plpgsql as $$
    declare
      d record;
    begin
      for d in
        select 'I'::char(1) as scope, o.instellingscode as code, o.status, count(*) as n from oud o group by 2, 3
        union all
        select 'G'::char(1), o.gemeentecode, o.status, count(*) from oud o group by 2, 3
        order by 1 desc, 2, 3
      loop
        update melding_aantallen a set aantal = a.aantal - d.n where a.scope = d.scope and a.code = d.code and a.status = d.status;
      end loop;
      return null;
    end $$;

    create function melding_aantallen_na_truncate() returns trigger language plpgsql as $$
    begin
      delete from melding_aantallen;
      return null;
    end $$;

    create trigger melding_aantallen_insert after insert on meldingen
      referencing new table as nieuw for each statement execute function melding_aantallen_na_insert();
    create trigger melding_aantallen_update after update on meldingen
      referencing old table as oud new table as nieuw for each statement execute function melding_aantallen_na_update();
    create trigger melding_aantallen_delete after delete on meldingen
      referencing old table as oud for each statement execute function melding_aantallen_na_delete();
    create trigger melding_aantallen_truncate after truncate on meldingen
      for each statement execute function melding_aantallen_na_truncate();

    -- The backfill, from the rows there are.
    insert into melding_aantallen (scope, code, status, aantal)
    select 'I', instellingscode, status, count(*) from meldingen group by 2, 3
    union all
    select 'G', gemeentecode, status, count(*) from meldingen group by 2, 3;
  `.execute(db);
}
