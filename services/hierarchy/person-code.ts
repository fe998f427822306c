import { z } from 'zod';

/**
 * Mã hồ sơ: the number the city's register gives a person, the key a spreadsheet row names them
 * by. It is a register number of this office ("HN-0001234", the next free one when none is given),
 * not the Party card number, which only members hold and only after admission, nor the citizen
 * identity number, which encodes birthplace, sex and birth year and is itself basic personal data
 * (Decree 13/2023, art. 2(3)). Numbered in the order people enter the register; an office that
 * already keeps its own numbers may give them instead (letters, digits, "-", "." and "/").
 */
export const personCode = {
  field: z
    .string({ error: 'must be text' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9./-]{0,29}$/, {
      error: 'must be at most 30 letters, digits, "-", "." or "/", starting with a letter or digit',
    }),

  /** The code the register gives the n-th person (the world generator numbers people by id). */
  generated(n: number): string {
    return `HN-${String(n).padStart(7, '0')}`;
  },
};
