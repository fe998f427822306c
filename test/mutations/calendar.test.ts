import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../services/calendar.js';

describe('today in Hà Nội', () => {
  it('is already the next day from 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
    expect(todayInVietnam(new Date('2024-12-31T17:30:00Z'))).toBe('2025-01-01');
  });

  it('is still the same day until 16:59 UTC', () => {
    expect(todayInVietnam(new Date('2024-02-28T16:59:59Z'))).toBe('2024-02-28');
    expect(todayInVietnam(new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01');
  });
});
