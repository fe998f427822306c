import { Migration } from '@mikro-orm/migrations';

/** The generated form of a person code for register number `n`: "HN-0001234", never truncated. */
const GENERATED = (n: string) => `'HN-' || lpad(${n}::text, greatest(7, length(${n}::text)), '0')`;

/**
 * Every person gets a register code (person.code, see services/hierarchy/person-code.ts): existing
 * rows are numbered by their id ("HN-0000042" for person 42), so the backfill is the same on every
 * copy of the data; new rows take the code given, or the next free one of the city's register
 * (a sequence, skipping any code someone wrote by hand). The replica does not copy codes, so the
 * backfill is not a replica change.
 */
export class Migration20261203100000_person_code extends Migration {
  override async up(): Promise<void> {
    this.addSql('create sequence person_code_seq;');
    this.addSql(`create function next_person_code() returns text language plpgsql volatile as $$
      declare
        n bigint;
        c text;
      begin
        loop
          n := nextval('person_code_seq');
          c := ${GENERATED('n')};
          exit when not exists (select 1 from person where code = c);
        end loop;
        return c;
      end $$;`);
    this.addSql('alter table "person" add column "code" text null;');
    this.addSql(`set local civicgraph.capture = 'off';`);
    this.addSql(`update "person" set "code" = ${GENERATED('id')};`);
    this.addSql(`set local civicgraph.capture = 'on';`);
    this.addSql(`select setval('person_code_seq', coalesce((select max(id) from person), 0) + 1, false);`);
    this.addSql('alter table "person" alter column "code" set default next_person_code();');
    this.addSql('alter table "person" alter column "code" set not null;');
    this.addSql('alter table "person" add constraint "person_code_unique" unique ("code");');
    this.addSql(`alter table "person" add constraint person_code_check check (code ~ '^[A-Z0-9][A-Z0-9./-]{0,29}$');`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "person" drop column "code";');
    this.addSql('drop function next_person_code();');
    this.addSql('drop sequence person_code_seq;');
  }
}
