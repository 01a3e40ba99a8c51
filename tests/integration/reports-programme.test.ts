import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import {
  outcomesReportSchema,
  predictionReportSchema,
  wayToWorkReportSchema,
} from '../../src/modules/reports/report.schemas';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

// Reports 1–3 (the way to work, outcomes and their causes, does the assessment predict) through the
// API on a hand-counted fixture written with dates in the past. Today is 1 December 2026.
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let coach2: TestUser;
let advisory: TestUser;
let recruiter: TestUser;
let partner: Organisation;
const people: JobSeeker[] = [];
const quarter = 'from=2026-01-01&to=2026-03-31';

const sql = async (query: string, params: unknown[] = []) =>
  t.orm.em.fork().getConnection().execute(query, params);
const at = (day: string) => `${day}T10:00:00Z`;

async function registered(lifecoach: TestUser, on: string, referrer: Organisation | null = null) {
  const person = await t.factory.jobSeeker(lifecoach.user, {
    referringOrganisation: referrer,
    dateOfBirth: '1980-05-05',
  });
  people.push(person);
  await sql('update job_seeker set created_at = ? where id = ?', [at(on), person.id]);
  return person;
}

async function assessed(person: JobSeeker, on: string) {
  await sql(
    `insert into assessment (id, job_seeker_id, lifecoach_user_id, instrument_version, status, answers, evidence,
       started_at, completed_at, updated_at)
     values (?, ?, ?, 1, 'COMPLETED', '{}', '{}', ?, ?, ?)`,
    [crypto.randomUUID(), person.id, person.responsibleLifecoach.id, at(on), at(on), at(on)],
  );
}

async function segment(person: JobSeeker, value: 'READY' | 'LATER', on: string) {
  const decision = await t.factory.segmentDecision(person, value, '2027-01-01');
  await sql('update segment_decision set decided_at = ? where id = ?', [at(on), decision.id]);
}

let meetAndGreetId: string;
async function metAt(person: JobSeeker) {
  await sql(
    `insert into meet_and_greet_participant (id, meet_and_greet_id, job_seeker_id, status, contact_route,
       attended, invited_by_user_id, invited_at)
     values (?, ?, ?, 'ACCEPTED', 'VIA_LIFECOACH', true, ?, ?)`,
    [crypto.randomUUID(), meetAndGreetId, person.id, admin.user.id, at('2026-01-20')],
  );
}

async function interviewedAndHired(
  person: JobSeeker,
  employer: Organisation,
  interviewOn: string,
  startOn: string,
) {
  const vacancy = await t.factory.vacancy(employer);
  const candidacy = await t.factory.candidacy(person, vacancy, 'HIRED');
  for (const [status, on] of [
    ['INTERVIEWED', interviewOn],
    ['HIRED', startOn],
  ] as const)
    await sql(
      `insert into candidacy_transition (id, candidacy_id, from_status, to_status, mover, occurred_at)
       values (?, ?, null, ?, 'EMPLOYER', ?)`,
      [crypto.randomUUID(), candidacy.id, status, at(on)],
    );
  return t.factory.placement(person, vacancy, { startDate: startOn });
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2026-12-01T10:00:00Z') });
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  coach2 = await t.factory.user('LIFECOACH', admin.organisation);
  advisory = await t.factory.user('ADVISORY_GROUP', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  partner = await t.factory.organisation('PARTNER', 'Buurtwerk Feijenoord');
  const provider = await t.factory.organisation('TRAJECTORY_PROVIDER');
  const offering = await t.factory.trajectoryOffering(provider);
  meetAndGreetId = crypto.randomUUID();
  await sql(
    `insert into meet_and_greet (id, title, event_date, start_time, place, seeker_capacity, rounds, round_minutes,
       break_minutes, max_conversations_per_seeker, shortlist_size, status, held_at, created_by_user_id,
       created_at, updated_at)
     values (?, 'Meet & Greet februari', '2026-02-10', '14:00', 'Zuidplein', 40, 4, 15, 5, 3, 8, 'HELD', ?, ?, ?, ?)`,
    [meetAndGreetId, at('2026-02-10'), admin.user.id, at('2026-01-05'), at('2026-02-10')],
  );

  // Hand-counted fixture.
  // 6 people of `coach`, referred by the partner: registered 5 Jan, assessed 15 Jan (10 days), READY
  //   16 Jan, at the Meet & Greet of 10 Feb (25 days), interviewed 20 Feb (10 days), at work from
  //   1 March (9 days), still working at 3 and 6 months; 12 months is to come.
  for (let i = 0; i < 6; i++) {
    const person = await registered(coach, '2026-01-05', partner);
    await assessed(person, '2026-01-15');
    await segment(person, 'READY', '2026-01-16');
    await metAt(person);
    await interviewedAndHired(person, recruiter.organisation, '2026-02-20', '2026-03-01');
  }
  // 2 people of `coach2`: registered 1 Feb, assessed 4 Feb (3 days), LATER 5 Feb, a learn-work
  //   trajectory from 1 March.
  for (let i = 0; i < 2; i++) {
    const person = await registered(coach2, '2026-02-01');
    await assessed(person, '2026-02-04');
    await segment(person, 'LATER', '2026-02-05');
    await sql(
      `insert into trajectory_placement (id, offering_id, provider_id, job_seeker_id, status, handover_note,
         contact_route, proposed_by_user_id, proposed_at, start_date, actual_start_date, created_at, updated_at)
       values (?, ?, ?, ?, 'STARTED', 'Wil graag met hout werken.', 'VIA_LIFECOACH', ?, ?, '2026-03-01', '2026-03-01', ?, ?)`,
      [
        crypto.randomUUID(),
        offering.id,
        provider.id,
        person.id,
        coach2.user.id,
        at('2026-02-10'),
        at('2026-02-10'),
        at('2026-03-01'),
      ],
    );
  }
  // Outside the quarter: registered in December 2025, 5 people who started work on 1 February 2026
  //   and stopped on 15 April (hours too heavy; 2 of them came back to the programme).
  for (let i = 0; i < 5; i++) {
    const person = await registered(coach, '2025-12-01');
    const placement = await t.factory.placement(person, await t.factory.vacancy(recruiter.organisation), {
      startDate: '2026-02-01',
    });
    await sql(
      `update placement set status = 'ENDED', end_date = '2026-04-15', end_reason = 'HOURS_TOO_HEAVY',
         end_note = 'Vier dagen was in het begin te veel.', ended_by_side = 'PROGRAMME', returns_to_programme = ?
       where id = ?`,
      [i < 2, placement.id],
    );
  }
});
afterAll(() => t.close());

describe('GET /api/reports/way-to-work', () => {
  it('counts each step of the people registered in the period, with the median days', async () => {
    const res = await t.request('GET', `/api/reports/way-to-work?${quarter}`, { token: admin.token });
    expect(res.status).toBe(200);
    const report = wayToWorkReportSchema.parse(res.json);
    expect(report.people).toEqual({ count: 8, small: false });
    expect(report.steps.map((s) => [s.step, s.reached.count, s.medianDays])).toEqual([
      ['REGISTERED', 8, null],
      ['ASSESSED', 8, 10],
      ['SEGMENTED', 8, 1],
      ['TRAJECTORY', null, null],
      ['MEET_AND_GREET', 6, 25],
      ['INTERVIEW', 6, 10],
      ['HIRED', 6, 9],
      ['WORKING_3_MONTHS', 6, 92],
      ['WORKING_6_MONTHS', 6, 92],
      ['WORKING_12_MONTHS', 0, null],
    ]);
    expect(report.steps.find((s) => s.step === 'TRAJECTORY')?.reached).toEqual({ count: null, small: true });
    expect(report.steps.find((s) => s.step === 'WORKING_12_MONTHS')?.pending).toEqual({
      count: 6,
      small: false,
    });
    expect(report.segments.map((s) => [s.segment, s.count])).toEqual([
      ['READY', { count: 6, small: false }],
      ['LATER', { count: null, small: true }],
      ['NOT_NOW', { count: 0, small: false }],
    ]);
  });

  it('filters by referring partner, lifecoach and first segment', async () => {
    const get = async (filter: string) =>
      wayToWorkReportSchema.parse(
        (await t.request('GET', `/api/reports/way-to-work?${quarter}&${filter}`, { token: admin.token }))
          .json,
      ).people;
    expect(await get(`partnerId=${partner.id}`)).toEqual({ count: 6, small: false });
    expect(await get(`lifecoachId=${coach2.user.id}`)).toEqual({ count: null, small: true });
    expect(await get('segment=READY')).toEqual({ count: 6, small: false });
    expect(await get('segment=NOT_NOW')).toEqual({ count: 0, small: false });
  });

  it('answers 422 with the field path for a bad filter', async () => {
    const res = await t.request('GET', '/api/reports/way-to-work?partnerId=feijenoord&segment=SOON', {
      token: admin.token,
    });
    expect(res.status).toBe(422);
    const paths = problemSchema.parse(res.json).errors?.map((e) => e.path);
    expect(paths).toContainEqual(['partnerId']);
    expect(paths).toContainEqual(['segment']);
  });

  it('is read by the advisory group, but not per lifecoach; never by employers or lifecoaches', async () => {
    expect((await t.request('GET', '/api/reports/way-to-work', { token: advisory.token })).status).toBe(200);
    expect(
      (
        await t.request('GET', `/api/reports/way-to-work?lifecoachId=${coach.user.id}`, {
          token: advisory.token,
        })
      ).status,
    ).toBe(403);
    expect((await t.request('GET', '/api/reports/way-to-work', { token: recruiter.token })).status).toBe(403);
    expect((await t.request('GET', '/api/reports/way-to-work', { token: coach.token })).status).toBe(403);
    expect((await t.request('GET', '/api/reports/way-to-work')).status).toBe(401);
  });
});

describe('GET /api/reports/outcomes', () => {
  const year = 'from=2026-01-01&to=2026-12-31';

  it('counts jobs, retention, endings by cause, people back and trajectories', async () => {
    const res = await t.request('GET', `/api/reports/outcomes?${year}`, { token: admin.token });
    expect(res.status).toBe(200);
    const report = outcomesReportSchema.parse(res.json);
    expect(report.started).toEqual({ count: 11, small: false });
    expect(report.convertedToPermanent).toEqual({ count: 0, small: false });
    expect(
      report.retention.map((r) => [r.months, r.retained.count, r.notRetained.count, r.pending.count]),
    ).toEqual([
      [3, 6, 5, 0],
      [6, 6, 5, 0],
      [12, 0, 5, 6],
    ]);
    expect(report.retention[0]?.rate).toBeCloseTo(6 / 11, 5);
    expect(report.ended).toEqual({ count: 5, small: false });
    expect(report.endings).toEqual([
      { reason: 'HOURS_TOO_HEAVY', label: 'De uren waren te zwaar', count: { count: 5, small: false } },
    ]);
    expect(report.returned).toEqual({ count: null, small: true });
    expect(report.endingNotes).toHaveLength(5);
    expect(report.endingNotes?.[0]).toEqual({
      reason: 'HOURS_TOO_HEAVY',
      label: 'De uren waren te zwaar',
      month: '2026-04',
      note: 'Vier dagen was in het begin te veel.',
    });
    expect(report.trajectories.find((x) => x.kind === 'LEARN_WORK')?.started).toEqual({
      count: null,
      small: true,
    });
  });

  it('gives the advisory group the counts without the notes, and employers nothing', async () => {
    const res = await t.request('GET', `/api/reports/outcomes?${year}`, { token: advisory.token });
    expect(res.status).toBe(200);
    const report = outcomesReportSchema.parse(res.json);
    expect(report.ended).toEqual({ count: 5, small: false });
    expect(report.endingNotes).toBeNull();
    expect(report.trajectoryStopReasons).toBeNull();
    expect((await t.request('GET', '/api/reports/outcomes', { token: recruiter.token })).status).toBe(403);
  });

  it('answers 422 when the period runs backwards', async () => {
    const res = await t.request('GET', '/api/reports/outcomes?from=2026-05-01&to=2026-01-01', {
      token: admin.token,
    });
    expect(res.status).toBe(422);
    expect(problemSchema.parse(res.json).errors?.map((e) => e.path)).toContainEqual(['to']);
  });
});

describe('GET /api/reports/prediction', () => {
  it('gives the share hired within three months per first segment and the segment changes', async () => {
    const res = await t.request('GET', `/api/reports/prediction?${quarter}`, { token: admin.token });
    expect(res.status).toBe(200);
    const report = predictionReportSchema.parse(res.json);
    expect(
      report.bySegment.map((s) => [s.segment, s.people.count, s.counted.count, s.hired.count, s.rate]),
    ).toEqual([
      ['READY', 6, 6, 6, 1],
      ['LATER', null, null, 0, null],
      ['NOT_NOW', 0, 0, 0, null],
    ]);
    // No profile behind these decisions: the version of the assessment before each one (all version 1).
    expect(report.byInstrument.map((v) => v.instrumentVersion)).toEqual([1]);
    expect(report.laterMovedUp).toMatchObject({
      followedTrajectory: { count: null, small: true },
      rate: null,
    });
    const ready = report.changes.find((c) => c.from === 'READY');
    expect(ready?.to.find((x) => x.segment === 'READY')?.count).toEqual({ count: 6, small: false });
  });

  it('is never shown to an employer', async () => {
    expect((await t.request('GET', '/api/reports/prediction', { token: recruiter.token })).status).toBe(403);
    expect((await t.request('GET', '/api/reports/prediction', { token: advisory.token })).status).toBe(200);
  });
});

describe('every report', () => {
  const paths = [
    `/api/reports/way-to-work?${quarter}`,
    '/api/reports/outcomes?from=2026-01-01&to=2026-12-31',
    `/api/reports/prediction?${quarter}`,
  ];

  it('holds no person’s id or name', async () => {
    for (const path of paths) {
      const body = JSON.stringify((await t.request('GET', path, { token: admin.token })).json);
      for (const person of people) {
        expect(body, path).not.toContain(person.id);
        expect(body, path).not.toContain(person.fullName);
      }
    }
  });

  it('is audited as a report read', async () => {
    const rows = (await sql(
      `select distinct entity_id from audit_entry where action = 'report.viewed' and actor_user_id = ?`,
      [admin.user.id],
    )) as { entity_id: string }[];
    expect(rows.map((r) => r.entity_id).sort()).toEqual(['outcomes', 'prediction', 'way-to-work']);
  });
});
