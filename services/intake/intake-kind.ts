import type { WriteUnit } from '../write/write-unit.js';
import type { OrganisationDirectory } from './organisation-directory.js';
import type { PersonDirectory } from './person-directory.js';

/**
 * What a row's checks may use: the rules' unit of work (today, the caller), the organisations by
 * reference, and the people the file names by register code (read chunk by chunk, one directory per file).
 */
export interface IntakeContext {
  w: WriteUnit;
  organisations: OrganisationDirectory;
  people: PersonDirectory;
}

/** One column of a kind's sheet. */
export interface IntakeColumn {
  /** Stable key: the mutation input's field name; accepted as a header too, and used in problems' `field`. */
  key: string;
  /** The Vietnamese header of the template. */
  header: string;
  required: boolean;
  /** Stored value → Vietnamese label, for an enum: the template's validation list; cells may hold either. */
  choices?: Readonly<Record<string, string>>;
  /** The template's example row. */
  example: string;
  /** The cell is a person's register code: the import reads the people a chunk names before checking its rows. */
  person?: true;
  /** The cell's value, or a DomainError (its code and reason become the problem of that cell). */
  parse(text: string, context: IntakeContext): unknown;
}

/** Parsed cells of a row by column key (absent: an optional cell left empty). */
export type IntakeValues = Readonly<Record<string, unknown>>;

/**
 * A kind of record the intake takes: its columns, its domain check (the rules of its mutation,
 * called, never copied) and a set-based writer.
 */
export interface IntakeKind<R = unknown> {
  name: string;
  /** The template's sheet name. */
  label: string;
  columns: readonly IntakeColumn[];
  /** The record a row stands for, refused with the DomainError of the mutation's rule (field: [column key]). */
  check(values: IntakeValues, context: IntakeContext): R;
  /**
   * Its rows may name what an earlier row of the same file founds (organisations: a parent) or take a
   * member's next step (transfers, exits, full memberships), which the writer must see in one call:
   * its records are held until the whole file is checked and written together, so the import's memory
   * grows with such a file. Others are written chunk by chunk.
   */
  writesWholeFile?: boolean;
  /**
   * Writes the records in the import's transaction; the id of each in order, in the table named.
   * Called once per chunk of the file (once for all, with `writesWholeFile`).
   */
  write(records: readonly R[], w: WriteUnit): Promise<{ table: string; ids: number[] }>;
}
