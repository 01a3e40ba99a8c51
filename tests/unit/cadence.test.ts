import { describe, expect, it } from 'vitest';
import {
  type CadenceInput,
  type CadenceRules,
  type CheckInKind,
  cadenceRuleProblems,
  checkInKinds,
  DEFAULT_CADENCE_RULES,
  dueAfter,
  followUpStatus,
  followUpStatuses,
  phaseOfWeek,
} from '../../src/modules/placements/cadence';
import { cadenceSetting } from '../../src/modules/placements/cadence-config';
import type { Absence } from '../../src/modules/placements/placement-rules';
import { addDays, daysBetween } from '../../src/modules/readiness/review-dates';

// A Monday. Day n of the placement is addDays(START, n); week 1 is days 0–6.
const START = '2027-01-04';
const day = (n: number) => addDays(START, n);

function status(
  kind: CheckInKind,
  today: string,
  checkIns: CadenceInput['checkIns'] = [],
  absences: Absence[] = [],
  rules: CadenceRules = DEFAULT_CADENCE_RULES,
) {
  return followUpStatus({ startDate: START, checkIns, absences, today, rules }, kind);
}

describe('the default cadence', () => {
  it('asks manager feedback every 14 days, mentor and lifecoach weekly, then every 2 and 4 weeks', () => {
    expect(DEFAULT_CADENCE_RULES.managerFeedbackDays).toBe(14);
    expect(phaseOfWeek(DEFAULT_CADENCE_RULES, 1)).toMatchObject({ mentorDays: 7, lifecoachDays: 7 });
    expect(phaseOfWeek(DEFAULT_CADENCE_RULES, 4)).toMatchObject({ mentorDays: 7, lifecoachDays: 7 });
    expect(phaseOfWeek(DEFAULT_CADENCE_RULES, 5)).toMatchObject({ mentorDays: 14, lifecoachDays: 14 });
    expect(phaseOfWeek(DEFAULT_CADENCE_RULES, 12)).toMatchObject({ mentorDays: 14 });
    expect(phaseOfWeek(DEFAULT_CADENCE_RULES, 13)).toMatchObject({ mentorDays: 28, lifecoachDays: 28 });
    expect(phaseOfWeek(DEFAULT_CADENCE_RULES, 80)).toMatchObject({ mentorDays: 28 });
    expect(cadenceRuleProblems(DEFAULT_CADENCE_RULES)).toEqual([]);
  });
});

describe('due and overdue without conversations yet', () => {
  it.each([
    // kind, today, state, dueDate, daysOverdue
    ['MANAGER_FEEDBACK', day(0), 'UPCOMING', day(14), 0],
    ['MANAGER_FEEDBACK', day(10), 'UPCOMING', day(14), 0],
    ['MANAGER_FEEDBACK', day(11), 'DUE', day(14), 0],
    ['MANAGER_FEEDBACK', day(14), 'DUE', day(14), 0],
    ['MANAGER_FEEDBACK', day(15), 'OVERDUE', day(14), 1],
    ['MANAGER_FEEDBACK', day(40), 'OVERDUE', day(14), 26],
    ['MENTOR', day(3), 'UPCOMING', day(7), 0],
    ['MENTOR', day(4), 'DUE', day(7), 0],
    ['MENTOR', day(8), 'OVERDUE', day(7), 1],
    ['LIFECOACH', day(7), 'DUE', day(7), 0],
    ['LIFECOACH', day(-3), 'NOT_STARTED', day(7), 0],
  ] as const)('%s on %s is %s (due %s, %i days overdue)', (kind, today, state, dueDate, overdue) => {
    expect(status(kind, today)).toMatchObject({
      kind,
      state,
      dueDate,
      daysOverdue: overdue,
      lastCheckInDate: null,
    });
  });

  it('gives one status per kind, in a fixed order', () => {
    const all = followUpStatuses({
      startDate: START,
      checkIns: [],
      absences: [],
      today: day(8),
      rules: DEFAULT_CADENCE_RULES,
    });
    expect(all.map((s) => s.kind)).toEqual([...checkInKinds]);
    expect(all.map((s) => s.state)).toEqual(['UPCOMING', 'OVERDUE', 'OVERDUE']);
  });
});

describe('counting from the last conversation', () => {
  it('starts the count again at the latest conversation of the same kind only', () => {
    const checkIns = [
      { kind: 'MANAGER_FEEDBACK' as const, date: day(13) },
      { kind: 'MANAGER_FEEDBACK' as const, date: day(2) }, // older, out of order
      { kind: 'MENTOR' as const, date: day(20) }, // another kind
    ];
    expect(status('MANAGER_FEEDBACK', day(20), checkIns)).toMatchObject({
      state: 'UPCOMING',
      lastCheckInDate: day(13),
      dueDate: day(27),
    });
    expect(status('MANAGER_FEEDBACK', day(28), checkIns)).toMatchObject({ state: 'OVERDUE', daysOverdue: 1 });
  });

  it('ignores conversations dated after today or before the start', () => {
    const checkIns = [
      { kind: 'MENTOR' as const, date: day(30) },
      { kind: 'MENTOR' as const, date: day(-2) },
    ];
    expect(status('MENTOR', day(9), checkIns)).toMatchObject({
      lastCheckInDate: null,
      dueDate: day(7),
      state: 'OVERDUE',
    });
  });

  it.each([
    // date of the last mentor conversation (day), its week's interval, due day
    [0, 7, 7],
    [27, 7, 34], // week 4
    [28, 14, 42], // week 5: the second phase
    [83, 14, 97], // week 12
    [84, 28, 112], // week 13: the third phase
  ])('a mentor conversation on day %i counts %i days: due on day %i', (last, interval, due) => {
    const result = status('MENTOR', day(last), [{ kind: 'MENTOR', date: day(last) }]);
    expect(result.intervalDays).toBe(interval);
    expect(result.dueDate).toBe(day(due));
    expect(result.state).toBe(interval > DEFAULT_CADENCE_RULES.dueSoonDays ? 'UPCOMING' : 'DUE');
  });

  it('keeps manager feedback at 14 days in every phase', () => {
    for (const last of [0, 30, 90, 200]) {
      expect(
        status('MANAGER_FEEDBACK', day(last), [{ kind: 'MANAGER_FEEDBACK', date: day(last) }]).dueDate,
      ).toBe(day(last + 14));
    }
  });

  it('follows configured rules', () => {
    const rules: CadenceRules = {
      managerFeedbackDays: 10,
      dueSoonDays: 0,
      phases: [
        { fromWeek: 1, mentorDays: 3, lifecoachDays: 5 },
        { fromWeek: 3, mentorDays: 21, lifecoachDays: 30 },
      ],
    };
    expect(status('MANAGER_FEEDBACK', day(9), [], [], rules)).toMatchObject({
      state: 'UPCOMING',
      dueDate: day(10),
    });
    expect(status('MANAGER_FEEDBACK', day(10), [], [], rules).state).toBe('DUE');
    expect(status('MENTOR', day(4), [], [], rules)).toMatchObject({ state: 'OVERDUE', dueDate: day(3) });
    expect(status('LIFECOACH', day(14), [{ kind: 'LIFECOACH', date: day(14) }], [], rules).dueDate).toBe(
      day(44),
    );
  });
});

describe('holidays and other gaps', () => {
  it('moves the next conversation on by the days of a holiday', () => {
    const checkIns = [{ kind: 'MANAGER_FEEDBACK' as const, date: day(14) }];
    const holiday = [{ from: day(21), to: day(34) }]; // two weeks off, one week after the feedback
    const during = status('MANAGER_FEEDBACK', day(30), checkIns, holiday);
    // 6 days before the holiday count (days 15–20), then 8 after it (days 35–42).
    expect(during).toMatchObject({ dueDate: day(42), state: 'UPCOMING' });
    expect(status('MANAGER_FEEDBACK', day(30), checkIns).state).toBe('OVERDUE');
    expect(status('MANAGER_FEEDBACK', day(43), checkIns, holiday)).toMatchObject({
      state: 'OVERDUE',
      daysOverdue: 1,
    });
  });

  it('never puts a due date on a day of absence', () => {
    const absences = [{ from: day(5), to: day(9) }];
    const due = dueAfter(START, 7, absences);
    expect(due).toBe(day(12));
    expect(due >= day(5) && due <= day(9)).toBe(false);
  });

  it('turns a long gap without conversations into one overdue item, and a conversation after it starts afresh', () => {
    const before = [{ kind: 'MENTOR' as const, date: day(7) }];
    const gap = status('MENTOR', day(60), before);
    expect(gap).toMatchObject({ state: 'OVERDUE', dueDate: day(14), daysOverdue: 46 });
    const after = status('MENTOR', day(61), [...before, { kind: 'MENTOR', date: day(61) }]);
    expect(after).toMatchObject({ state: 'UPCOMING', lastCheckInDate: day(61), intervalDays: 14 });
  });

  it('copes with holidays before the last conversation, overlapping ones, and ones given out of order', () => {
    const checkIns = [{ kind: 'LIFECOACH' as const, date: day(40) }];
    const absences = [
      { from: day(50), to: day(52) },
      { from: day(10), to: day(20) }, // before the conversation: no effect
      { from: day(45), to: day(51) }, // overlaps the first
    ];
    // Interval 14 (week 6); days 41–44 count (4), 45–52 do not, 53–62 count (10).
    expect(status('LIFECOACH', day(50), checkIns, absences).dueDate).toBe(day(62));
  });

  it('stays finite when an absence covers years', () => {
    const due = dueAfter(START, 14, [{ from: day(1), to: day(5000) }]);
    expect(daysBetween(START, due)).toBeGreaterThan(1000);
    expect(daysBetween(START, due)).toBeLessThanOrEqual(3 * 366);
  });

  it('holds its invariants for many random histories', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 400; run++) {
      const today = day(random(200));
      const checkIns = Array.from({ length: random(8) }, () => ({
        kind: checkInKinds[random(3)] as CheckInKind,
        date: day(random(220) - 10),
      }));
      const absences = Array.from({ length: random(3) }, () => {
        const from = random(200);
        return { from: day(from), to: day(from + random(20)) };
      });
      for (const kind of checkInKinds) {
        const result = status(kind, today, checkIns, absences);
        const anchor = result.lastCheckInDate ?? START;
        expect(result.dueDate > anchor).toBe(true);
        expect(daysBetween(anchor, result.dueDate)).toBeGreaterThanOrEqual(result.intervalDays);
        expect(absences.some((a) => a.from <= result.dueDate && result.dueDate <= a.to)).toBe(false);
        expect(result.state === 'OVERDUE').toBe(today > result.dueDate);
        expect(result.daysOverdue).toBe(result.state === 'OVERDUE' ? daysBetween(result.dueDate, today) : 0);
        if (result.lastCheckInDate) expect(result.lastCheckInDate <= today).toBe(true);
      }
    }
  });
});

describe('cadence configuration', () => {
  it.each([
    [{ ...DEFAULT_CADENCE_RULES, managerFeedbackDays: 15 }, /at least every two weeks/],
    [{ ...DEFAULT_CADENCE_RULES, phases: [] }, /at least one phase/],
    [{ ...DEFAULT_CADENCE_RULES, phases: [{ fromWeek: 2, mentorDays: 7, lifecoachDays: 7 }] }, /fromWeek 1/],
    [
      {
        ...DEFAULT_CADENCE_RULES,
        phases: [
          { fromWeek: 1, mentorDays: 7, lifecoachDays: 7 },
          { fromWeek: 1, mentorDays: 14, lifecoachDays: 14 },
        ],
      },
      /must go up/,
    ],
    [{ ...DEFAULT_CADENCE_RULES, phases: [{ fromWeek: 1, mentorDays: 0, lifecoachDays: 7 }] }, /mentorDays/],
  ])('refuses rules that break the model (%#)', (rules, message) => {
    expect(cadenceRuleProblems(rules as CadenceRules).join('; ')).toMatch(message);
  });

  it('reads PLACEMENT_CADENCE as overrides of the defaults', () => {
    expect(cadenceSetting.parse('{"managerFeedbackDays":10}')).toEqual({
      ...DEFAULT_CADENCE_RULES,
      managerFeedbackDays: 10,
    });
    expect(cadenceSetting.parse('{}')).toEqual(DEFAULT_CADENCE_RULES);
    expect(cadenceSetting.safeParse('{"managerFeedbackDays":21}').success).toBe(false);
    expect(cadenceSetting.safeParse('not json').success).toBe(false);
    expect(cadenceSetting.safeParse('{"mentorDays":7}').success).toBe(false);
    expect(
      cadenceSetting.safeParse('{"phases":[{"fromWeek":3,"mentorDays":7,"lifecoachDays":7}]}').success,
    ).toBe(false);
  });
});
