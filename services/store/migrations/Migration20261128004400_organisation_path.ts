import { Migration } from '@mikro-orm/migrations';

/**
 * Keeps organisation.path (ancestor ids, root first, self last) in step with parent_id inside the
 * writing statement, refuses cycles, and re-roots a subtree when its root moves.
 */
export class Migration20261128004400_organisation_path extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function organisation_path() returns trigger language plpgsql as $$
      declare parent_path integer[];
      begin
        if new.parent_id is null then
          new.path := array[new.id];
          return new;
        end if;
        select path into parent_path from organisation where id = new.parent_id;
        if parent_path is null then
          raise foreign_key_violation using constraint = 'organisation_parent_id_foreign',
            message = format('organisation %s: parent %s does not exist', new.id, new.parent_id);
        end if;
        if new.id = any(parent_path) then
          raise check_violation using constraint = 'organisation_no_cycle',
            message = format('organisation %s cannot be placed under its own descendant %s', new.id, new.parent_id);
        end if;
        new.path := parent_path || new.id;
        return new;
      end $$;`);
    this.addSql(`create trigger organisation_path_set before insert or update of parent_id on organisation
      for each row execute function organisation_path();`);
    this.addSql(`create function organisation_path_cascade() returns trigger language plpgsql as $$
      begin
        update organisation d set path = new.path || d.path[array_position(d.path, new.id) + 1:]
          where d.path @> array[new.id] and d.id <> new.id;
        return null;
      end $$;`);
    this.addSql(`create trigger organisation_path_moved after update of parent_id on organisation
      for each row when (old.parent_id is distinct from new.parent_id) execute function organisation_path_cascade();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger organisation_path_moved on organisation;`);
    this.addSql(`drop trigger organisation_path_set on organisation;`);
    this.addSql(`drop function organisation_path_cascade();`);
    this.addSql(`drop function organisation_path();`);
  }
}
