import cronParser from 'cron-parser';
import { DomainError } from '../errors.js';

/** Schedules are read in Hà Nội time, whatever the server's zone. */
export const SCHEDULE_TZ = 'Asia/Ho_Chi_Minh';

/** Refuses a cron expression cron-parser (pg-boss's own reader) cannot read, or one with seconds. */
export function checkCron(cron: string, field: readonly (string | number)[]): void {
  const fields = cron.trim().split(/\s+/);
  try {
    if (fields.length !== 5) throw new Error('expected five fields: minute hour day-of-month month day-of-week');
    cronParser.parseExpression(cron, { tz: SCHEDULE_TZ });
  } catch (e) {
    throw new DomainError(
      'INVALID_CRON',
      `Invalid cron "${cron}": ${e instanceof Error ? e.message : String(e)}`,
      field,
    );
  }
}

/**
 * The due instant a scheduled job is for: the latest cron time at or before the job was created.
 * pg-boss creates it within a minute of that time (its cron check runs every few seconds, and only
 * a time less than 60 s past is sent), so consecutive slots never map to the same instant.
 */
export function slotOf(cron: string, createdOn: Date): Date {
  const interval = cronParser.parseExpression(cron, {
    tz: SCHEDULE_TZ,
    currentDate: new Date(createdOn.getTime() + 1),
  });
  return interval.prev().toDate();
}
