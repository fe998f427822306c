import { Migration } from '@mikro-orm/migrations';

/** Inspection teams get their members (people, with a role on the team); meetings their documents. */
export class Migration20261202100100_team_members_meeting_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "inspection_team_member" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "team_id" int not null, "person_id" int not null, "role" text check ("role" in ('head', 'deputy', 'member')) not null, "role_label" text null, "sort_order" smallint not null default 0);`,
    );
    this.addSql(
      `alter table "inspection_team_member" add constraint "inspection_team_member_team_id_person_id_unique" unique ("team_id", "person_id");`,
    );
    this.addSql(
      `alter table "inspection_team_member" add constraint "inspection_team_member_team_id_foreign" foreign key ("team_id") references "inspection_team" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "inspection_team_member" add constraint "inspection_team_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `create table "meeting_document" ("meeting_id" int not null, "document_id" int not null, constraint "meeting_document_pkey" primary key ("meeting_id", "document_id"));`,
    );
    this.addSql(
      `alter table "meeting_document" add constraint "meeting_document_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_document" add constraint "meeting_document_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting_document" cascade;`);
    this.addSql(`drop table if exists "inspection_team_member" cascade;`);
  }
}
