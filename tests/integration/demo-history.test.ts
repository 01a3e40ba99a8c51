import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory, HISTORY_LIFECOACH_EMAIL, seedDemoHistory } from '../../seed/demo-history';
import { type DemoData, seedDemo } from '../../seed/seed-demo';
import {
  fairnessReportSchema,
  outcomesReportSchema,
  predictionReportSchema,
  socialReturnReportSchema,
  wayToWorkReportSchema,
} from '../../src/modules/reports/report.schemas';
import { createTestApp, type TestApp } from '../support/test-app';

// The demo's history: on a fresh start every report has something to show. No other test depends on it.
let t: TestApp;
let demo: DemoData;
let adminToken: string;

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t.orm.em.fork(), t.reference);
  await t.orm.em.fork().transactional((tx) => seedDemoHistory(tx));
  adminToken = demo.tokens.find((token) => token.role === 'PROGRAMME_ADMIN')?.token ?? '';
}, 180_000);
afterAll(() => t.close());

const get = async (path: string) => {
  const res = await t.request('GET', path, { token: adminToken });
  expect(res.status, path).toBe(200);
  return res.json;
};

describe('the demo history', () => {
  it('is the same every time for the same world', () => {
    const world = {
      now: new Date('2026-12-01T10:00:00Z'),
      people: 40,
      days: 365,
      seed: 3,
      lifecoachId: '00000000-0000-4000-8000-000000000001',
      adminId: '00000000-0000-4000-8000-000000000002',
      partners: [],
      vacancies: [
        {
          id: '00000000-0000-4000-8000-000000000003',
          employerId: '00000000-0000-4000-8000-000000000004',
          hours: 32,
        },
      ],
      offerings: [],
    };
    expect(generateHistory(world)).toEqual(generateHistory(world));
    expect(generateHistory({ ...world, seed: 4 })).not.toEqual(generateHistory(world));
  });

  it('fills the way to work down to work after 3 months', async () => {
    const report = wayToWorkReportSchema.parse(await get('/api/reports/way-to-work'));
    const step = (name: string) => report.steps.find((s) => s.step === name)?.reached.count ?? 0;
    expect(report.people.count).toBeGreaterThan(300);
    for (const name of [
      'ASSESSED',
      'SEGMENTED',
      'TRAJECTORY',
      'MEET_AND_GREET',
      'INTERVIEW',
      'HIRED',
      'WORKING_3_MONTHS',
    ])
      expect(step(name), name).toBeGreaterThanOrEqual(5);
    expect(step('HIRED')).toBeLessThan(step('INTERVIEW'));
  });

  it('has endings with causes, conversions and trajectories', async () => {
    const report = outcomesReportSchema.parse(await get('/api/reports/outcomes'));
    expect(report.started.count).toBeGreaterThanOrEqual(20);
    expect(report.endings.length).toBeGreaterThanOrEqual(3);
    expect(report.endingNotes?.length).toBeGreaterThan(0);
    expect(report.trajectories.find((x) => x.kind === 'LEARN_WORK')?.completed.count).toBeGreaterThanOrEqual(
      5,
    );
  });

  it('gives a rate per segment and both instrument versions', async () => {
    const report = predictionReportSchema.parse(await get('/api/reports/prediction'));
    expect(report.bySegment.find((s) => s.segment === 'READY')?.rate).not.toBeNull();
    expect(report.byInstrument.map((v) => v.instrumentVersion)).toEqual(expect.arrayContaining([1, 2]));
  });

  it('shows the four-fifths flag for people of 50 and over, and social return per demo employer', async () => {
    const fairness = fairnessReportSchema.parse(await get('/api/reports/fairness'));
    const shortlisted = fairness.overall.find((s) => s.step === 'SHORTLISTED');
    expect(shortlisted?.bands.find((b) => b.ageBand === 'FROM_50')?.flagged).toBe(true);
    const social = socialReturnReportSchema.parse(await get('/api/reports/social-return'));
    expect(
      social.employers.filter((e) => !e.people.small && (e.people.count ?? 0) > 0).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('keeps the demo lifecoaches’ caseloads as they were: the history belongs to a switched-off account', async () => {
    const rows = (await t.orm.em
      .fork()
      .getConnection()
      .execute(
        `select u.active, count(j.id)::int as people from app_user u join job_seeker j on j.responsible_lifecoach_id = u.id
          where u.email = ? group by u.active`,
        [HISTORY_LIFECOACH_EMAIL],
      )) as { active: boolean; people: number }[];
    expect(rows).toEqual([{ active: false, people: expect.any(Number) }]);
    const lifecoachToken = demo.tokens.find((token) => token.role === 'LIFECOACH')?.token ?? '';
    const list = await t.request('GET', '/api/job-seekers?limit=100', { token: lifecoachToken });
    expect((list.json as { items: unknown[] }).items.length).toBeLessThanOrEqual(32);
  });
});
