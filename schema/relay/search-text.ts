import { DomainError } from '../../services/errors.js';

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_WORDS = 10;

/** Three letters or digits in a row: the shortest piece the trigram index can look up. */
const INDEXABLE = /[\p{L}\p{N}]{3}/u;

/**
 * A search argument with blanks trimmed; blank means no search. One of thousands of words would
 * make every pattern huge, so it is refused. Over a large table (`large`: the half million people)
 * a search the index cannot serve (no word of three letters or digits: "a", "%", an emoji) would
 * read every row, so it is refused too; smaller lists scan in a few milliseconds and allow it.
 */
export function searchText(value: string | null | undefined, large = false): string | undefined {
  const text = value?.normalize('NFC').trim();
  if (!text) return undefined;
  if (text.length > MAX_SEARCH_LENGTH || text.split(/\s+/).length > MAX_SEARCH_WORDS) {
    throw new DomainError(
      'SEARCH_TOO_LONG',
      `search may have at most ${MAX_SEARCH_LENGTH} characters in at most ${MAX_SEARCH_WORDS} words`,
      ['search'],
    );
  }
  if (large && !INDEXABLE.test(text)) {
    throw new DomainError('SEARCH_TOO_SHORT', 'search needs a word of at least 3 letters or digits', ['search']);
  }
  return text;
}
