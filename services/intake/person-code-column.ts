import { cellParsers } from './cell-parsers.js';
import type { IntakeColumn } from './intake-kind.js';

/**
 * The "Mã hồ sơ" column: a person's register code (services/hierarchy/person-code.ts), naming the
 * member a row is about, or the code a new person is given. One definition for every kind that has it.
 */
export function personCodeColumn(key: string, required: boolean): IntakeColumn {
  return { key, header: 'Mã hồ sơ', required, example: 'HN-0012345', person: true, parse: cellParsers.personCode };
}
