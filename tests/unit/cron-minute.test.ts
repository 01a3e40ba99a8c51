import { describe, expect, it } from 'vitest';
import { cronNamesMinute } from '../../src/modules/jobs/cron-minute';

describe('cronNamesMinute: Dutch-time schedules on UTC cron triggers', () => {
  it.each([
    ['30 7 * * *', '2026-12-03T06:30:00Z', true], // winter: 07:30 in Rotterdam is 06:30 UTC
    ['30 7 * * *', '2026-12-03T06:30:42Z', true], // any second of that minute
    ['30 7 * * *', '2026-12-03T07:30:00Z', false],
    ['30 7 * * *', '2026-07-01T05:30:00Z', true], // summer time: UTC+2
    ['30 7 * * *', '2026-07-01T06:30:00Z', false],
    ['15 3 * * *', '2026-12-03T02:15:00Z', true],
    ['15 3 * * *', '2026-12-03T02:16:00Z', false],
    ['* * * * *', '2026-12-03T11:07:00Z', true],
  ])('%s at %s: %s', (expression, at, expected) => {
    expect(cronNamesMinute(expression, new Date(at))).toBe(expected);
  });
});
