import { Migration } from '@mikro-orm/migrations';

/** The tables the analytics replica copies: a new captured table is one more name here (in a new migration). */
const CAPTURED = [
  'organisation',
  'member',
  'person',
  'membership_event',
  'inspection',
  'supervision',
  'disciplinary_action',
  'inspection_team',
  'programme',
  'programme_item',
  'programme_item_status',
  'designation',
  'consolidation',
  'target',
];

/**
 * Change capture for the analytics replica (schema `replica`): one generic statement-level trigger
 * function logs the ids every INSERT, UPDATE and DELETE on a captured table touched, with the
 * writing transaction's id, so a replica applies only what changed since the snapshot it holds.
 * Statement-level triggers with transition tables log a 100k-row import as one INSERT … SELECT.
 * A session that sets `civicgraph.capture = off` (the world loader) writes no log.
 */
export class Migration20261202400000_replica_change_log extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema replica;');
    this.addSql(`create table replica.change (
      id bigserial primary key,
      xid xid8 not null default pg_current_xact_id(),
      table_name text not null,
      row_id integer not null,
      op char(1) not null check (op in ('I', 'U', 'D')));`);
    this.addSql('create index change_xid_idx on replica.change (xid);');
    // The position each replica (one DuckDB file) holds; the log is pruned below the oldest live one.
    this.addSql(`create table replica.horizon (
      replica_id text primary key,
      oldest_xid xid8 not null,
      updated_at timestamptz not null default now());`);
    this.addSql(`create function replica.log_change() returns trigger language plpgsql as $$
      begin
        if current_setting('civicgraph.capture', true) = 'off' then
          return null;
        end if;
        if tg_op = 'INSERT' then
          insert into replica.change (table_name, row_id, op) select tg_table_name, id, 'I' from new_rows;
        elsif tg_op = 'UPDATE' then
          insert into replica.change (table_name, row_id, op)
            select tg_table_name, id, 'U' from (select id from new_rows union select id from old_rows) changed;
        else
          insert into replica.change (table_name, row_id, op) select tg_table_name, id, 'D' from old_rows;
        end if;
        return null;
      end $$;`);
    // Attaches the three capture triggers to a table; each captured table is one call.
    this.addSql(`create function replica.capture(t regclass) returns void language plpgsql as $$
      begin
        execute format('create trigger replica_capture_insert after insert on %s referencing new table as new_rows
          for each statement execute function replica.log_change()', t);
        execute format('create trigger replica_capture_update after update on %s referencing old table as old_rows
          new table as new_rows for each statement execute function replica.log_change()', t);
        execute format('create trigger replica_capture_delete after delete on %s referencing old table as old_rows
          for each statement execute function replica.log_change()', t);
      end $$;`);
    for (const table of CAPTURED) this.addSql(`select replica.capture('${table}');`);
  }

  override async down(): Promise<void> {
    for (const table of CAPTURED) {
      for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger replica_capture_${op} on ${table};`);
    }
    this.addSql('drop schema replica cascade;');
  }
}
