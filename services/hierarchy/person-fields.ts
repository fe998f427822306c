import { z } from 'zod';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { EDUCATION_LEVELS, SEXES } from './person.entity.js';

/**
 * A person's own details as inputs accept them, with the bounds the person table checks: one
 * source for recording someone new (admission, arrival) and for correcting someone on record.
 */
export const personFields = {
  fullName: inputFields.text,
  sex: enumField(SEXES),
  birthYear: z
    .number({ error: 'must be a year' })
    .int({ error: 'must be a whole year' })
    .min(1900, { error: 'must be 1900 or later' })
    .max(2030, { error: 'must be 2030 or earlier' }),
  ethnicity: inputFields.text,
  education: enumField(EDUCATION_LEVELS),
};
