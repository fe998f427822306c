import { Migration } from '@mikro-orm/migrations';

/** API keys (stored as hashes) and the append-only audit log, which the database itself keeps append-only. */
export class Migration20261130100214_access extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_log" ("id" bigserial primary key, "at" timestamptz not null default now(), "subject" text not null, "role" text null, "scope" text null, "address" text null, "request_id" text null, "kind" text not null, "operation" text not null, "input" jsonb null, "outcome" text not null, "target" text null);`,
    );
    this.addSql(`create index "audit_log_subject_idx" on "audit_log" ("subject", "at");`);
    this.addSql(`create index "audit_log_at_idx" on "audit_log" ("at");`);
    this.addSql(`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_append_only();`);
    this.addSql(`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only();`);

    this.addSql(
      `create table "api_key" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "name" text not null, "role" text check ("role" in ('viewer', 'analyst', 'editor', 'admin')) not null, "scope_id" int null, "key_hash" text not null, "key_prefix" text not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by" text null, constraint api_key_name_check check (length(btrim(name)) > 0));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);
    this.addSql(
      `alter table "api_key" add constraint "api_key_scope_id_foreign" foreign key ("scope_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_log" cascade;`);
    this.addSql(`drop function if exists audit_log_append_only();`);
    this.addSql(`drop table if exists "api_key" cascade;`);
  }
}
