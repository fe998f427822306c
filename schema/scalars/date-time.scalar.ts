import { DateTimeResolver } from 'graphql-scalars';

/** An instant (RFC 3339, UTC), used for when a row was written; event dates use `Date` instead. */
export const DateTimeScalar = DateTimeResolver;
