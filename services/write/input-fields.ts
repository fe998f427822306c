import { z } from 'zod';

/** Field shapes shared by every mutation input, each with a reason a person can act on. */
export const inputFields = {
  day: z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' }),
  id: z.number({ error: 'must be an id' }).int({ error: 'must be an id' }).positive({ error: 'must be an id' }),
  text: z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(500, { error: 'must be at most 500 characters' }),
  year: z
    .number({ error: 'must be a year' })
    .int({ error: 'must be a whole year' })
    .min(1930, { error: 'must be 1930 or later' })
    .max(2100, { error: 'must be 2100 or earlier' }),
};
