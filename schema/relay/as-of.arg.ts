import { Arg } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';

/** The `asOf: Date` argument of every as-of field; absent means today in Hà Nội. */
export function AsOfArg(what: string) {
  return Arg('asOf', () => DateScalar, {
    nullable: true,
    description: `The day ${what}; default today (Asia/Ho_Chi_Minh).`,
  });
}
