// Event dates are calendar days in Hà Nội, so "today" is the day in Asia/Ho_Chi_Minh, not in UTC.
const vietnamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today as YYYY-MM-DD in Asia/Ho_Chi_Minh (UTC+7), for the instant `now`. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDay.format(now);
}
