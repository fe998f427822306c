import { Migration } from '@mikro-orm/migrations';

/**
 * Members admitted elsewhere who arrive in the city (transferIn) are on its roll from `arrived_on`,
 * not from their admission; the members stock and memberCount(asOf) read it, so the subtree index
 * that serves them as an index-only scan carries it too.
 */
export class Migration20261202100000_member_arrival extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "member" add column "arrived_on" date null;');
    this.addSql(
      'alter table "member" add constraint member_arrival_check check (arrived_on is null or (arrived_on >= admitted_on and (left_on is null or left_on >= arrived_on)));',
    );
    this.addSql('drop index member_cell_page_idx;');
    this.addSql(
      'create index member_cell_page_idx on member (cell_id, admitted_on, id) include (left_on, arrived_on);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index member_cell_page_idx;');
    this.addSql('create index member_cell_page_idx on member (cell_id, admitted_on, id) include (left_on);');
    this.addSql('alter table "member" drop constraint member_arrival_check;');
    this.addSql('alter table "member" drop column "arrived_on";');
  }
}
