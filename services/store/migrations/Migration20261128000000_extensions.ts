import { Migration } from '@mikro-orm/migrations';

/** Extensions and functions the tables' indexes depend on; runs before the generated schema. */
export class Migration20261128000000_extensions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    // unaccent() is STABLE; an IMMUTABLE wrapper with a fixed dictionary can back an index. It maps đ/Đ to d.
    this.addSql(`create or replace function search_key(t text) returns text language sql immutable parallel safe strict
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists search_key(text);`);
  }
}
