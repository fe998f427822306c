import { z } from 'zod';

/** An input field holding one of `values`, refused with the list a caller can pick from. */
export function enumField<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}
