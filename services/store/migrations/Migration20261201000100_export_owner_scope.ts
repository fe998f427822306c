import { Migration } from '@mikro-orm/migrations';

/**
 * Exports belong to the scope of whoever defined them: a district office's schedule answers inside its
 * district and is seen by callers whose scope holds it (null: the whole forest, as every export so far).
 */
export class Migration20261201000100_export_owner_scope extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "export_schedule" add column "owner_scope_id" int null;`);
    this.addSql(
      `alter table "export_schedule" add constraint "export_schedule_owner_scope_id_foreign" foreign key ("owner_scope_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter table "export_run" add column "owner_scope_id" int null;`);
    this.addSql(
      `alter table "export_run" add constraint "export_run_owner_scope_id_foreign" foreign key ("owner_scope_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "export_run" drop constraint "export_run_owner_scope_id_foreign";`);

    this.addSql(`alter table "export_schedule" drop constraint "export_schedule_owner_scope_id_foreign";`);

    this.addSql(`alter table "export_run" drop column "owner_scope_id";`);

    this.addSql(`alter table "export_schedule" drop column "owner_scope_id";`);
  }
}
