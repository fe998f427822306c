const hanoiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today's calendar day in Hà Nội (YYYY-MM-DD): the default of every `asOf` argument. */
export function today(): string {
  return hanoiDay.format(new Date());
}
