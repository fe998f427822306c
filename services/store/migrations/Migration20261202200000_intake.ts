import { Migration } from '@mikro-orm/migrations';

/** Bulk intake: uploaded files, the imports that wrote them, and the row keys that make a re-import a no-op. */
export class Migration20261202200000_intake extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "intake_upload" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "kind" text not null, "file_name" text not null, "sha256" text not null, "bytes" int not null, "content" bytea not null, "owner_scope_id" int null);`,
    );

    this.addSql(
      `create table "intake_batch" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "upload_id" int not null, "kind" text not null, "row_count" int not null, "written_count" int not null);`,
    );

    this.addSql(
      `create table "intake_row" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "batch_id" int not null, "kind" text not null, "row_key" text not null, "row_number" int not null, "record_table" text not null, "record_id" int not null);`,
    );
    this.addSql(`alter table "intake_row" add constraint "intake_row_kind_row_key_unique" unique ("kind", "row_key");`);

    this.addSql(
      `alter table "intake_upload" add constraint "intake_upload_owner_scope_id_foreign" foreign key ("owner_scope_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "intake_batch" add constraint "intake_batch_upload_id_foreign" foreign key ("upload_id") references "intake_upload" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "intake_row" add constraint "intake_row_batch_id_foreign" foreign key ("batch_id") references "intake_batch" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "intake_batch" drop constraint "intake_batch_upload_id_foreign";`);

    this.addSql(`alter table "intake_row" drop constraint "intake_row_batch_id_foreign";`);

    this.addSql(`drop table if exists "intake_upload" cascade;`);

    this.addSql(`drop table if exists "intake_batch" cascade;`);

    this.addSql(`drop table if exists "intake_row" cascade;`);
  }
}
