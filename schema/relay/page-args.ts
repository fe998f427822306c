import type { GraphQLResolveInfo } from 'graphql';
import { DomainError } from '../../services/errors.js';
import type { PageArgs } from '../../services/store/query/keyset.js';
import { decodeCursor } from './cursor.js';
import { selectedProperties } from './selected-properties.js';
import { selectsField } from './selects-field.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Validates `first` / `after`: a page larger than MAX_PAGE_SIZE is refused, never silently cut. */
export function pageArgs(args: { first?: number | null; after?: string | null }, info: GraphQLResolveInfo): PageArgs {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first > MAX_PAGE_SIZE) {
    throw new DomainError('PAGE_TOO_LARGE', `first may be at most ${MAX_PAGE_SIZE}, got ${first}`, ['first']);
  }
  if (first < 0) throw new DomainError('BAD_USER_INPUT', `first may not be negative, got ${first}`, ['first']);
  return {
    first,
    after: args.after ? decodeCursor(args.after, ['after']) : null,
    withTotal: selectsField(info, 'totalCount'),
    properties: selectedProperties(info),
  };
}
