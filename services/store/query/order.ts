/** How a list is sorted after validation: a field of that list's order enum and a direction. */
export interface Order<F extends string> {
  field: F;
  direction: 'asc' | 'desc';
}
