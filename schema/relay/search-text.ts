/** A search argument with blanks trimmed; blank means no search. */
export function searchText(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}
