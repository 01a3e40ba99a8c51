import { describe, expect, it } from 'vitest';
import { staffWords } from '../../src/modules/audit/person-audit-trail.service';
import { roundDateToMonth, roundMomentToMonth } from '../../src/modules/erasure/erase';
import {
  anonymiseOnFor,
  DEFAULT_RETENTION_MONTHS,
  noticeOnFor,
  retentionStep,
} from '../../src/modules/erasure/retention-rules';
import { describeWhat } from '../../src/modules/own-record/access-log-words';

describe('the retention period', () => {
  it('is 24 months by default; the notice comes 30 days before', () => {
    expect(DEFAULT_RETENTION_MONTHS).toBe(24);
    expect(anonymiseOnFor('2024-03-15', 24)).toBe('2026-03-15');
    expect(noticeOnFor('2024-03-15', 24)).toBe('2026-02-13');
  });

  it('keeps the day of the month where it exists, else the last day of the month', () => {
    expect(anonymiseOnFor('2024-02-29', 24)).toBe('2026-02-28');
    expect(anonymiseOnFor('2024-01-31', 1)).toBe('2024-02-29');
    expect(noticeOnFor('2024-03-31', 12)).toBe('2025-03-01');
  });
});

describe('what the job does today', () => {
  const base = { lastActivityOn: '2024-03-15', months: 24 };

  it('nothing before day N−30, a notice on day N−30 for day N', () => {
    expect(retentionStep({ ...base, today: '2026-02-12', notice: null })).toEqual({ step: 'NONE' });
    expect(retentionStep({ ...base, today: '2026-02-13', notice: null })).toEqual({
      step: 'NOTIFY',
      anonymiseOn: '2026-03-15',
    });
  });

  it('waits after the notice until day N, then anonymises', () => {
    const notice = { anonymiseOn: '2026-03-15' };
    expect(retentionStep({ ...base, today: '2026-02-13', notice })).toEqual({ step: 'WAIT' });
    expect(retentionStep({ ...base, today: '2026-03-14', notice })).toEqual({ step: 'WAIT' });
    expect(retentionStep({ ...base, today: '2026-03-15', notice })).toEqual({ step: 'ANONYMISE' });
    expect(retentionStep({ ...base, today: '2026-04-01', notice })).toEqual({ step: 'ANONYMISE' });
  });

  it('never anonymises without 30 days’ notice: a late notice moves the day', () => {
    expect(retentionStep({ ...base, today: '2026-06-01', notice: null })).toEqual({
      step: 'NOTIFY',
      anonymiseOn: '2026-07-01',
    });
  });
});

describe('dates kept for reports', () => {
  it('are rounded to the first of their month', () => {
    expect(roundDateToMonth('1980-05-17')).toBe('1980-05-01');
    expect(roundMomentToMonth(new Date('2026-03-17T22:10:00Z')).toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });
});

describe('the words for stopping in "who looked"', () => {
  it('read well for the person and, turned around, for programme staff', () => {
    expect(describeWhat('erasure_request.created')).toBe('schreef op dat je stopt');
    expect(staffWords(describeWhat('erasure_request.created'))).toBe('schreef op dat de persoon stopt');
    expect(staffWords(describeWhat('job_seeker.erased'))).toBe('wiste de gegevens');
    expect(staffWords(describeWhat('retention_notice.created'))).toBe(
      'liet weten dat de gegevens over 30 dagen worden gewist',
    );
    expect(staffWords(describeWhat('retention_notice.kept'))).toBe('schreef op dat de persoon nog meedoet');
  });
});
