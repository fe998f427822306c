import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes that let a subtree's page be read organisation by organisation in list order, reading
 * only the rows it returns (services/store/query/keyset.ts, subtreePage). The member index also
 * carries left_on, so it replaces member_cell_spell_idx for memberCount(asOf).
 */
export class Migration20261201000000_subtree_pages extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index member_cell_page_idx on member (cell_id, admitted_on, id) include (left_on);');
    this.addSql('drop index member_cell_spell_idx;');
    this.addSql(
      'create index membership_event_organisation_page_idx on membership_event (organisation_id, occurred_on, id);',
    );
    this.addSql('create index inspection_placed_page_idx on inspection (placed_in_id, occurred_on, id);');
    this.addSql('create index supervision_placed_page_idx on supervision (placed_in_id, occurred_on, id);');
    this.addSql(
      'create index disciplinary_action_placed_page_idx on disciplinary_action (placed_in_id, decided_on, id);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('create index member_cell_spell_idx on member (cell_id, admitted_on) include (left_on);');
    for (const index of [
      'member_cell_page_idx',
      'membership_event_organisation_page_idx',
      'inspection_placed_page_idx',
      'supervision_placed_page_idx',
      'disciplinary_action_placed_page_idx',
    ]) {
      this.addSql(`drop index ${index};`);
    }
  }
}
