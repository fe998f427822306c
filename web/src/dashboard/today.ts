/** Today's date (YYYY-MM-DD) in Hà Nội, whatever the browser's time zone: the API's days are Hà Nội days. */
export function todayInHanoi(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}
