import { Migration } from '@mikro-orm/migrations';

/** Export schedules and runs; a schedule's slot is claimed once through the (schedule_id, slot) key. */
export class Migration20261130115235_exports extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "export_schedule" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "name" text not null, "cron" text not null, "period" text not null, "spec" jsonb not null, "formats" text[] not null, "csv_bom" boolean not null default false, "keep_runs" int not null default 10, constraint export_schedule_formats_check check ((cardinality(formats) > 0)), constraint export_schedule_keep_runs_check check (((keep_runs >= 1) AND (keep_runs <= 1000))));`,
    );
    this.addSql(`alter table "export_schedule" add constraint "export_schedule_name_unique" unique ("name");`);

    this.addSql(
      `create table "export_run" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "schedule_id" int null, "slot" timestamptz null, "spec" jsonb not null, "formats" text[] not null, "csv_bom" boolean not null default false, "period_text" text not null, "resolve_at" timestamptz not null, "period_key" text null, "period_label" text null, "status" text check ("status" in ('queued', 'running', 'succeeded', 'failed')) not null default 'queued', "requested_by" text not null, "attempts" int not null default 0, "started_at" timestamptz null, "finished_at" timestamptz null, "snapshot_at" timestamptz null, "error_code" text null, "error" text null, "error_field" jsonb null, "files" jsonb null, "pruned_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "export_run" add constraint "export_run_schedule_id_slot_unique" unique ("schedule_id", "slot");`,
    );

    this.addSql(
      `alter table "export_run" add constraint "export_run_schedule_id_foreign" foreign key ("schedule_id") references "export_schedule" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "export_run" drop constraint "export_run_schedule_id_foreign";`);

    this.addSql(`drop table if exists "export_schedule" cascade;`);

    this.addSql(`drop table if exists "export_run" cascade;`);
  }
}
