import { Migration20261128000000_extensions } from './migrations/Migration20261128000000_extensions.js';
import { Migration20261128004353_schema } from './migrations/Migration20261128004353_schema.js';
import { Migration20261128004400_organisation_path } from './migrations/Migration20261128004400_organisation_path.js';
import { Migration20261128012531_member_cell_spell } from './migrations/Migration20261128012531_member_cell_spell.js';
import { Migration20261130100214_access } from './migrations/Migration20261130100214_access.js';
import { Migration20261130115235_exports } from './migrations/Migration20261130115235_exports.js';
import { Migration20261201000000_subtree_pages } from './migrations/Migration20261201000000_subtree_pages.js';
import { Migration20261201000100_export_owner_scope } from './migrations/Migration20261201000100_export_owner_scope.js';
import { Migration20261202100000_member_arrival } from './migrations/Migration20261202100000_member_arrival.js';
import { Migration20261202100100_team_members_meeting_documents } from './migrations/Migration20261202100100_team_members_meeting_documents.js';
import { Migration20261202150000_voids } from './migrations/Migration20261202150000_voids.js';
import { Migration20261202200000_intake } from './migrations/Migration20261202200000_intake.js';
import { Migration20261202300000_organisation_pages } from './migrations/Migration20261202300000_organisation_pages.js';
import { Migration20261202400000_replica_change_log } from './migrations/Migration20261202400000_replica_change_log.js';
import { Migration20261203100000_person_code } from './migrations/Migration20261203100000_person_code.js';

/**
 * Migrations in order, imported statically so they run the same under tsx, vitest and compiled
 * code. A new one from `npm run db:make-migration` is added here.
 */
export const migrationsList = [
  Migration20261128000000_extensions,
  Migration20261128004353_schema,
  Migration20261128004400_organisation_path,
  Migration20261128012531_member_cell_spell,
  Migration20261130100214_access,
  Migration20261130115235_exports,
  Migration20261201000000_subtree_pages,
  Migration20261201000100_export_owner_scope,
  Migration20261202100000_member_arrival,
  Migration20261202100100_team_members_meeting_documents,
  Migration20261202150000_voids,
  Migration20261202200000_intake,
  Migration20261202300000_organisation_pages,
  Migration20261202400000_replica_change_log,
  Migration20261203100000_person_code,
].map((cls) => ({ name: cls.name, class: cls }));
