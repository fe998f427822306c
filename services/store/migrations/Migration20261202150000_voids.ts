import { Migration } from '@mikro-orm/migrations';

/** The tables whose records are corrected by voiding (services/corrections/voidable-kinds.ts). */
const VOIDABLE_TABLES = [
  'member',
  'membership_event',
  'inspection',
  'supervision',
  'disciplinary_action',
  'inspection_team',
  'meeting',
  'index_score',
];

/** The live pages' indexes, made partial: lists leave voided rows out unless asked (includeVoided). */
const LIVE_PAGE_INDEXES = {
  member_cell_page_idx: 'member (cell_id, admitted_on, id) include (left_on, arrived_on)',
  membership_event_organisation_page_idx: 'membership_event (organisation_id, occurred_on, id)',
  inspection_placed_page_idx: 'inspection (placed_in_id, occurred_on, id)',
  supervision_placed_page_idx: 'supervision (placed_in_id, occurred_on, id)',
  disciplinary_action_placed_page_idx: 'disciplinary_action (placed_in_id, decided_on, id)',
};

/**
 * Corrections, never silent edits: who voided a record, when and why (all three or none), and the
 * voided record a replacement replaces; uniqueness and the live pages hold for live rows only.
 */
export class Migration20261202150000_voids extends Migration {
  override async up(): Promise<void> {
    for (const table of VOIDABLE_TABLES) {
      this.addSql(
        `alter table "${table}" add column "voided_at" timestamptz null, add column "voided_by" text null, add column "void_reason" text null, add column "replaces_id" int null;`,
      );
      this.addSql(
        `alter table "${table}" add constraint "${table}_replaces_id_foreign" foreign key ("replaces_id") references "${table}" ("id") on update cascade on delete restrict;`,
      );
      this.addSql(`alter table "${table}" add constraint "${table}_replaces_id_unique" unique ("replaces_id");`);
      this.addSql(
        `alter table "${table}" add constraint ${table}_void_check check((voided_at is null) = (voided_by is null) and (voided_at is null) = (void_reason is null));`,
      );
    }
    this.addSql('alter table "member" drop constraint "member_person_id_unique";');
    this.addSql('create unique index member_person_id_unique on member (person_id) where voided_at is null;');
    this.addSql('alter table "index_score" drop constraint "index_score_index_year_unit_id_unique";');
    this.addSql(
      'create unique index index_score_index_year_unit_id_unique on index_score (index, year, unit_id) where voided_at is null;',
    );
    for (const [name, on] of Object.entries(LIVE_PAGE_INDEXES)) {
      this.addSql(`drop index ${name};`);
      this.addSql(`create index ${name} on ${on} where voided_at is null;`);
    }
  }

  override async down(): Promise<void> {
    for (const [name, on] of Object.entries(LIVE_PAGE_INDEXES)) {
      this.addSql(`drop index ${name};`);
      this.addSql(`create index ${name} on ${on};`);
    }
    this.addSql('drop index index_score_index_year_unit_id_unique;');
    this.addSql(
      'alter table "index_score" add constraint "index_score_index_year_unit_id_unique" unique ("index", "year", "unit_id");',
    );
    this.addSql('drop index member_person_id_unique;');
    this.addSql('alter table "member" add constraint "member_person_id_unique" unique ("person_id");');
    for (const table of VOIDABLE_TABLES) {
      this.addSql(
        `alter table "${table}" drop constraint ${table}_void_check, drop constraint "${table}_replaces_id_unique", drop constraint "${table}_replaces_id_foreign";`,
      );
      this.addSql(
        `alter table "${table}" drop column "voided_at", drop column "voided_by", drop column "void_reason", drop column "replaces_id";`,
      );
    }
  }
}
