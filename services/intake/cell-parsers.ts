import { isoDate, isRealDate } from '../calendar.js';
import { DomainError } from '../errors.js';
import { personCode } from '../hierarchy/person-code.js';
import { inputFields } from '../write/input-fields.js';
import { foldText } from './fold-text.js';
import type { IntakeContext } from './intake-kind.js';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

const bad = (reason: string) => new DomainError('BAD_USER_INPUT', reason);

/** How each kind of cell is read; a refusal is a DomainError whose code and reason name the cell's problem. */
export const cellParsers = {
  /** Text with the mutations' own limits (trimmed, not empty, at most 500 characters). */
  text(text: string): string {
    const parsed = inputFields.text.safeParse(text);
    if (!parsed.success) throw bad(parsed.error.issues[0]?.message ?? 'must be text');
    return parsed.data;
  },

  /** A calendar day written dd/mm/yyyy (as offices do) or YYYY-MM-DD. */
  day(text: string): string {
    const m = DMY.exec(text);
    const parts = m ? [m[3], m[2], m[1]] : YMD.exec(text)?.slice(1);
    const [y, mo, d] = (parts ?? []).map(Number) as [number, number, number];
    if (!parts || !isRealDate(y, mo, d)) throw bad(`"${text}" is not a calendar day written dd/mm/yyyy or YYYY-MM-DD`);
    return isoDate(y, mo, d);
  },

  wholeNumber(text: string): number {
    if (!/^-?\d{1,9}$/.test(text)) throw bad(`"${text}" is not a whole number`);
    return Number(text);
  },

  /** One of `choices`, written as its Vietnamese label or as its stored value, in any case and accents. */
  choice(choices: Readonly<Record<string, string>>) {
    const byFolded = new Map<string, string>();
    for (const [value, label] of Object.entries(choices)) {
      byFolded.set(foldText.loose(label), value);
      byFolded.set(foldText.loose(value), value);
    }
    return (text: string): string => {
      const value = byFolded.get(foldText.loose(text));
      if (value === undefined) throw bad(`"${text}" is not one of: ${Object.values(choices).join('; ')}`);
      return value;
    };
  },

  /** A person's register code as stored (upper case); who it names is looked up once its chunk is parsed. */
  personCode(text: string): string {
    const parsed = personCode.field.safeParse(text);
    if (!parsed.success) throw bad(parsed.error.issues[0]?.message ?? 'must be a register code');
    return parsed.data;
  },

  /** An organisation by code or path, in the caller's scope. */
  organisation(text: string, context: IntakeContext) {
    return context.organisations.resolve(text, context.w.caller);
  },
};
