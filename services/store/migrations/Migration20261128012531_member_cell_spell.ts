import { Migration } from '@mikro-orm/migrations';

/** The index behind memberCount(asOf): members of given cells on a day, read from the index alone. */
export class Migration20261128012531_member_cell_spell extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index member_cell_spell_idx on member (cell_id, admitted_on) include (left_on);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "member_cell_spell_idx";`);
  }
}
