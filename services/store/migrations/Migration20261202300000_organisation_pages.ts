import { Migration } from '@mikro-orm/migrations';

/**
 * Organisation lists are ordered by name (then id) by default: a page of the whole forest or of one
 * parent's children is read from these indexes in list order, instead of sorting every row per request.
 */
export class Migration20261202300000_organisation_pages extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index organisation_name_page_idx on organisation (name, id);');
    this.addSql('create index organisation_parent_page_idx on organisation (parent_id, name, id);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index organisation_parent_page_idx;');
    this.addSql('drop index organisation_name_page_idx;');
  }
}
