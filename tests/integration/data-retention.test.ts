import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../src/db/raw-query';
import { createLogger } from '../../src/http/logger';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { ErasureRequest, RetentionNotice } from '../../src/modules/erasure/erasure.entity';
import { runDataRetention } from '../../src/modules/erasure/retention.service';
import { anonymiseOnFor } from '../../src/modules/erasure/retention-rules';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import type { JobDependencies } from '../../src/modules/jobs/job-dependencies';
import { jobs } from '../../src/modules/jobs/jobs';
import { runJobOnce } from '../../src/modules/jobs/run-job';
import { MailDelivery } from '../../src/modules/mail/mail-delivery.entity';
import { DEFAULT_CADENCE_RULES } from '../../src/modules/placements/cadence';
import { addDays } from '../../src/modules/readiness/review-dates';
import type { User } from '../../src/modules/users/user.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, postForm, visibleText, type WebSession, webSessionFor } from '../support/web-page-session';

// The retention job on a controllable clock: people whose last activity lies 24 months back are told
// on day N−30 (Today and e-mail) and anonymised on day N; nothing happens twice, also when two
// processes run it at once; activity or "still taking part" keeps the data; a running placement waits.

let t: TestApp;
let coach: TestUser;
let coachWeb: WebSession;
const BASE = 'https://wrw.test';
const BACK_DAYS = 100;
const people: Record<'mail' | 'letter' | 'active' | 'kept' | 'working', JobSeeker> = {} as never;
let lastActivityOn: string;
let dayN: string;

const deps = (orm: MikroORM): JobDependencies => ({
  orm,
  mail: { send: async () => undefined },
  logger: createLogger('silent'),
  publicBaseUrl: () => BASE,
  cadence: DEFAULT_CADENCE_RULES,
});

/** Noon in Amsterdam on a calendar day: the job's clock. */
const at = (day: string) => new Date(`${day}T11:00:00Z`);

/** Moves everything recorded about a person `days` back, as if it happened then. */
async function backdate(jobSeekerId: string, days: number) {
  const em = t.orm.em.fork();
  const shift = `interval '${days} days'`;
  await rawQuery(
    em,
    `update job_seeker set created_at = created_at - ${shift}, updated_at = updated_at - ${shift} where id = ?`,
    [jobSeekerId],
  );
  await rawQuery(
    em,
    `update lifecoach_assignment set started_at = started_at - ${shift} where job_seeker_id = ?`,
    [jobSeekerId],
  );
  await rawQuery(
    em,
    `update consent_record set recorded_at = recorded_at - ${shift} where job_seeker_id = ?`,
    [jobSeekerId],
  );
  await rawQuery(
    em,
    `update placement set updated_at = updated_at - ${shift}, created_at = created_at - ${shift} where job_seeker_id = ?`,
    [jobSeekerId],
  );
}

const noticeOf = (id: string) => t.orm.em.fork().findOne(RetentionNotice, { jobSeeker: id });
const reload = (id: string) => t.orm.em.fork().findOneOrFail(JobSeeker, id);

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  coachWeb = await webSessionFor(t, coach.user as User);
  people.mail = await t.factory.jobSeeker(coach.user, {
    fullName: 'Mila Mailadres',
    email: 'mila@voorbeeld.example',
  });
  people.letter = await t.factory.jobSeeker(coach.user, { fullName: 'Lars Zonderpost' });
  people.active = await t.factory.jobSeeker(coach.user, { fullName: 'Ada Actief' });
  people.kept = await t.factory.jobSeeker(coach.user, { fullName: 'Kees Blijft' });
  people.working = await t.factory.jobSeeker(coach.user, { fullName: 'Wim Werkt' });
  const employer = await t.factory.organisation('EMPLOYER');
  const vacancy = await t.factory.vacancy(employer);
  await t.factory.placement(people.working, vacancy);
  for (const person of Object.values(people)) await backdate(person.id, BACK_DAYS);
  const [row] = await rawQuery<{ day: string }>(
    t.orm.em.fork(),
    `select to_char(created_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as day from job_seeker where id = ?`,
    [people.mail.id],
  );
  lastActivityOn = row?.day as string;
  dayN = anonymiseOnFor(lastActivityOn, 24);
});
afterAll(() => t.close());

describe('the retention job', () => {
  it('does nothing before day N−30', async () => {
    const summary = await runDataRetention(t.orm.em.fork(), at(addDays(dayN, -31)), { publicBaseUrl: BASE });
    expect(summary).toMatchObject({ notified: 0, anonymised: 0 });
    expect(await noticeOf(people.mail.id)).toBeNull();
  });

  it('on day N−30 tells each person once: in Today, and by e-mail when there is an address', async () => {
    const day = addDays(dayN, -30);
    const outcome = await runJobOnce(t.orm.em.fork(), jobs['data-retention'], deps(t.orm), at(day));
    expect(outcome).toMatchObject({ status: 'SUCCEEDED', summary: { notified: 5, mailed: 1 } });
    expect(await noticeOf(people.mail.id)).toMatchObject({ lastActivityOn, anonymiseOn: dayN, mailed: true });
    expect(await noticeOf(people.letter.id)).toMatchObject({ mailed: false });
    const mails = await t.orm.em.fork().find(MailDelivery, { kind: 'DATA_RETENTION' });
    expect(mails.map((mail) => mail.toAddress)).toEqual(['mila@voorbeeld.example']);
    expect(mails[0]?.text).toContain('Hallo Mila Mailadres');
    expect(mails[0]?.text).toContain(`${BASE}/inloggen`);

    const today = visibleText((await getPage(t, coachWeb, '/vandaag')).html);
    expect(today).toContain('De gegevens van Lars Zonderpost worden op');
    expect(today).toContain('vertel het zelf');
    expect(today).toContain('De gegevens van Mila Mailadres worden op');

    // The same day again, as a run and as the job's function: nothing twice.
    expect(await runJobOnce(t.orm.em.fork(), jobs['data-retention'], deps(t.orm), at(day))).toMatchObject({
      status: 'SKIPPED',
      reason: 'ALREADY_RAN',
    });
    expect(await runDataRetention(t.orm.em.fork(), at(day), { publicBaseUrl: BASE })).toMatchObject({
      notified: 0,
      mailed: 0,
    });
    expect(await t.orm.em.fork().count(RetentionNotice, {})).toBe(5);
    expect(await t.orm.em.fork().count(MailDelivery, { kind: 'DATA_RETENTION' })).toBe(1);
  });

  it('keeps the data of someone with new activity, and of someone the lifecoach says still takes part', async () => {
    const consent = await t.request('POST', `/api/job-seekers/${people.active.id}/consents`, {
      token: coach.token,
      body: { purpose: 'MATCHING', given: true, textVersion: 'matching-v1' },
    });
    expect(consent.status).toBe(201);
    const notice = await noticeOf(people.kept.id);
    const kept = await postForm(t, coachWeb, `/vandaag/bewaren/${notice?.id}`, {
      version: String(notice?.version),
    });
    expect(kept.status).toBe(303);
    expect(kept.location).toBe('/vandaag?gelukt=bewaard');
    const again = await postForm(t, coachWeb, `/vandaag/bewaren/${notice?.id}`, {
      version: String(notice?.version),
    });
    expect(again.location).toBe('/vandaag?fout=niet-bewaard');
    const today = visibleText((await getPage(t, coachWeb, '/vandaag')).html);
    expect(today).not.toContain('De gegevens van Kees Blijft');
  });

  it('anonymises nobody on day N−1', async () => {
    const summary = await runDataRetention(t.orm.em.fork(), at(addDays(dayN, -1)), { publicBaseUrl: BASE });
    expect(summary.anonymised).toBe(0);
    // Ada did something after the notice: her notice no longer counts.
    expect(summary.cancelled).toBe(1);
    expect((await noticeOf(people.active.id))?.cancelledAt).not.toBeNull();
    expect((await reload(people.mail.id)).fullName).toBe('Mila Mailadres');
  });

  it('on day N anonymises, once, even when two processes run it at once; a running placement waits', async () => {
    const second = t.openAnother ? await t.openAnother() : t.orm;
    try {
      const outcomes = await Promise.all([
        runJobOnce(t.orm.em.fork(), jobs['data-retention'], deps(t.orm), at(dayN)),
        runJobOnce(second.em.fork(), jobs['data-retention'], deps(second), at(dayN)),
      ]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['SKIPPED', 'SUCCEEDED']);
      const ran = outcomes.find((outcome) => outcome.status === 'SUCCEEDED');
      expect(ran).toMatchObject({ summary: { anonymised: 2, waitingForPlacement: 1, cancelled: 0 } });
      // Past the run row, the job's function twice at once: nothing is done twice.
      const direct = await Promise.all([
        runDataRetention(t.orm.em.fork(), at(dayN), { publicBaseUrl: BASE }),
        runDataRetention(second.em.fork(), at(dayN), { publicBaseUrl: BASE }),
      ]);
      expect(direct.map((summary) => summary.anonymised)).toEqual([0, 0]);
    } finally {
      if (second !== t.orm) await second.close(true);
    }
    for (const who of ['mail', 'letter'] as const) {
      const row = await reload(people[who].id);
      expect(row.erasedAt).not.toBeNull();
      expect(row.fullName).toBe('Gewist');
      expect(row.phone).toBe('');
    }
    for (const who of ['active', 'kept', 'working'] as const) {
      expect((await reload(people[who].id)).erasedAt, who).toBeNull();
    }
    const requests = await t.orm.em.fork().find(ErasureRequest, { origin: 'RETENTION' });
    expect(requests.map((request) => request.status)).toEqual(['ERASED', 'ERASED']);
    const erased = await t.orm.em.fork().find(AuditEntry, { action: 'job_seeker.erased' });
    expect(erased).toHaveLength(2);
    expect(erased.every((entry) => entry.actorRole === 'SYSTEM')).toBe(true);
    const mail = await t.orm.em.fork().findOneOrFail(MailDelivery, { kind: 'DATA_RETENTION' });
    expect(mail.text).not.toContain('Mila');
    const today = visibleText((await getPage(t, coachWeb, '/vandaag')).html);
    expect(today).not.toContain('Mila');
    expect(today).not.toContain('Lars');
  });

  it('on the day after, does nothing more', async () => {
    const summary = await runDataRetention(t.orm.em.fork(), at(addDays(dayN, 1)), { publicBaseUrl: BASE });
    expect(summary).toMatchObject({ notified: 0, anonymised: 0 });
  });
});
