import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPersonas } from '../../seed/demo-job-seekers';
import { demoOrganisations } from '../../seed/demo-organisations';
import { demoSignInLines } from '../../seed/demo-sign-in';
import { type DemoData, seedDemo } from '../../seed/seed-demo';
import { pageSchema } from '../../src/http/pagination';
import { Assessment } from '../../src/modules/assessments/assessment.entity';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { meSchema } from '../../src/modules/auth/token.schemas';
import { createApiToken } from '../../src/modules/auth/token.service';
import { Candidacy } from '../../src/modules/candidacies/candidacy.entity';
import { ConsentRecord } from '../../src/modules/consents/consent.entity';
import { hasConsent } from '../../src/modules/consents/consent.service';
import { employerSchema } from '../../src/modules/employers/employer.schemas';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { jobSeekerListItemSchema } from '../../src/modules/job-seekers/job-seeker.schemas';
import { MeetAndGreet, ShortlistEntry } from '../../src/modules/meet-and-greets/meet-and-greet.entity';
import { placementSchema } from '../../src/modules/placements/placement.schemas';
import { PreparationPlan } from '../../src/modules/preparation/preparation-plan.entity';
import { addDays, programmeToday } from '../../src/modules/readiness/review-dates';
import { SegmentDecision } from '../../src/modules/readiness/segment-decision.entity';
import { segmentReviewSchema } from '../../src/modules/readiness/segment-decision.schemas';
import { referralSchema } from '../../src/modules/referrals/referral.schemas';
import { User } from '../../src/modules/users/user.entity';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import { createTestApp, type TestApp } from '../support/test-app';

// This file tests the demo seed itself, on a fresh database; no other test depends on the seed.

let t: TestApp;
let demo: DemoData;
const now = new Date();
const today = programmeToday(now);

const tokenOf = (role: string): string => {
  const token = demo.tokens.find((candidate) => candidate.role === role)?.token;
  if (!token) throw new Error(`No demo token for ${role}`);
  return token;
};
const organisationId = (key: string): string => {
  const organisation = demo.organisations.get(key);
  if (!organisation) throw new Error(`No demo organisation ${key}`);
  return organisation.id;
};

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t.orm.em.fork(), t.reference, now);
}, 120_000);
afterAll(() => t.close());

describe('demo job seekers', () => {
  it('registers about thirty people, split over both lifecoaches, some referred by each partner', async () => {
    const seekers = await t.orm.em.fork().find(JobSeeker, {});
    expect(seekers.length).toBeGreaterThanOrEqual(28);
    expect(seekers.length).toBeLessThanOrEqual(34);
    expect(demo.jobSeekers.jobSeekers).toBe(seekers.length);

    const perLifecoach = countBy(seekers, (seeker) => seeker.responsibleLifecoach.id);
    expect(perLifecoach.get(demo.users.get('lifecoachSamira')?.id ?? '')).toBeGreaterThanOrEqual(10);
    expect(perLifecoach.get(demo.users.get('lifecoachKees')?.id ?? '')).toBeGreaterThanOrEqual(10);

    const perPartner = countBy(seekers, (seeker) => seeker.referringOrganisation?.id ?? 'none');
    expect(perPartner.get(organisationId('partnerCharlois'))).toBeGreaterThanOrEqual(3);
    expect(perPartner.get(organisationId('partnerDelfshaven'))).toBeGreaterThanOrEqual(3);
    // Every one of them lives in Rotterdam.
    for (const seeker of seekers) {
      expect(t.reference.postcodes.get(seeker.postcode)?.municipalityCode, seeker.fullName).toBe('0599');
    }
  });

  it('has all three segments, with about 15 READY, 8 LATER and 5 NOT_NOW', async () => {
    const seekers = await t.orm.em.fork().find(JobSeeker, {});
    const perSegment = countBy(seekers, (seeker) => seeker.currentSegment ?? 'none');
    expect(Object.fromEntries(perSegment)).toEqual({ READY: 15, LATER: 8, NOT_NOW: 5, none: 5 });
    expect(demo.jobSeekers.segments).toEqual({ READY: 15, LATER: 8, NOT_NOW: 5 });
  });

  it('computed for every persona the segment the demo intends', async () => {
    const em = t.orm.em.fork();
    const decisions = await em.find(SegmentDecision, { supersededAt: null }, { populate: ['jobSeeker'] });
    const computed = new Map(decisions.map((decision) => [decision.jobSeeker.fullName, decision]));
    for (const persona of demoPersonas) {
      const intended = persona.assessment?.computedSegment;
      if (!intended || persona.assessment?.completedDaysAgo === null) {
        expect(computed.has(persona.fullName), persona.fullName).toBe(false);
        continue;
      }
      expect(computed.get(persona.fullName)?.computedSegment, persona.fullName).toBe(intended);
    }
  });

  it('shows lifecoach overrides with a written justification beside the computed segment', async () => {
    const overrides = await t.orm.em.fork().find(SegmentDecision, {
      supersededAt: null,
      overrideJustification: { $ne: null },
    });
    expect(overrides.length).toBeGreaterThanOrEqual(1);
    expect(overrides.length).toBeLessThanOrEqual(2);
    for (const override of overrides) {
      expect(override.segment).not.toBe(override.computedSegment);
      expect(override.overrideJustification?.length).toBeGreaterThanOrEqual(20);
    }
  });

  it('has at least two people in phase rood: NOT_NOW, no profile, seen again within 28 days', async () => {
    const em = t.orm.em.fork();
    const redPhase = await em.find(SegmentDecision, { supersededAt: null, profile: null });
    expect(redPhase.length).toBeGreaterThanOrEqual(2);
    for (const decision of redPhase) {
      expect(decision.segment).toBe('NOT_NOW');
      expect(decision.reviewDate > today).toBe(true);
      expect(decision.reviewDate <= addDays(today, 28)).toBe(true);
    }
    const notes = await em.count(Assessment, { status: 'COMPLETED', redPhaseNote: { $ne: null } });
    expect(notes).toBe(redPhase.length);
  });

  it('puts reviews that are due soon on the demo lifecoach’s list', async () => {
    const res = await t.request('GET', '/api/segment-reviews?withinDays=7', { token: tokenOf('LIFECOACH') });
    expect(res.status).toBe(200);
    const reviews = pageSchema(segmentReviewSchema).parse(res.json);
    expect(reviews.items.length).toBeGreaterThanOrEqual(2);
  });

  it('asks consent per purpose; matching is missing or withdrawn for some, so the matching gate shows', async () => {
    const em = t.orm.em.fork();
    const seekers = await em.find(JobSeeker, {});
    let matching = 0;
    for (const seeker of seekers) if (await hasConsent(em, seeker.id, 'MATCHING')) matching += 1;
    expect(matching).toBeGreaterThanOrEqual(seekers.length / 2);
    expect(matching).toBeLessThanOrEqual(seekers.length - 4);
    expect(await em.count(ConsentRecord, { purpose: 'MATCHING', given: false })).toBeGreaterThanOrEqual(1);
    expect(await em.count(ConsentRecord, { purpose: 'MEET_AND_GREET', given: true })).toBeGreaterThanOrEqual(
      5,
    );
    expect(await em.count(ConsentRecord, { purpose: 'PROFILE_SHARING', given: true })).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('has a preparation plan for a person in READY and one in LATER, with a Dutch module', async () => {
    const plans = await t.orm.em.fork().find(PreparationPlan, {}, { orderBy: { segment: 'asc' } });
    expect(plans.map((plan) => plan.segment)).toEqual(['LATER', 'READY']);
    const ready = plans.find((plan) => plan.segment === 'READY');
    expect(ready?.readyToMeetDate).not.toBeNull();
    expect(ready?.modules.map((module) => module.status)).toEqual(['DONE', 'BUSY']);
  });

  it('records legal qualifications for some people, so a legal requirement can be met', async () => {
    const seekers = await t.orm.em.fork().find(JobSeeker, {});
    const held = seekers.flatMap((seeker) => seeker.legalQualifications);
    expect(held).toEqual(expect.arrayContaining(['HEFTRUCK', 'ZORG_VOG', 'VCA_BASIS']));
  });

  it('went through the service verbs: every change is in the audit log under the demo request id', async () => {
    const em = t.orm.em.fork();
    for (const action of [
      'job_seeker.created',
      'consent.recorded',
      'assessment.completed',
      'vacancy.created',
    ]) {
      expect(await em.count(AuditEntry, { action, requestId: 'demo-seed' }), action).toBeGreaterThan(0);
    }
  });

  it('shows the lifecoach her caseload and the partner worker only registration data', async () => {
    const own = await t.request('GET', '/api/job-seekers?limit=100', { token: tokenOf('LIFECOACH') });
    expect(own.status).toBe(200);
    const caseload = pageSchema(jobSeekerListItemSchema).parse(own.json);
    expect(caseload.items.length).toBeGreaterThanOrEqual(10);
    expect(caseload.items.every((item) => item.view === 'SUMMARY')).toBe(true);

    const referred = await t.request('GET', '/api/job-seekers?limit=100', {
      token: tokenOf('PARTNER_WORKER'),
    });
    expect(referred.status).toBe(200);
    const registrations = pageSchema(jobSeekerListItemSchema).parse(referred.json);
    expect(registrations.items.length).toBeGreaterThanOrEqual(3);
    expect(registrations.items.every((item) => item.view === 'REGISTRATION')).toBe(true);
  });

  it('has a referral to outside help whose arrival the demo lifecoach still has to check', async () => {
    const res = await t.request('GET', '/api/outside-help-arrival-checks', { token: tokenOf('LIFECOACH') });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).toContain('Wijkteam Charlois');
  });

  it('shows the demo partner worker referrals at several statuses, in words only', async () => {
    const res = await t.request('GET', '/api/referrals?limit=100', { token: tokenOf('PARTNER_WORKER') });
    expect(res.status).toBe(200);
    const referrals = pageSchema(referralSchema).parse(res.json).items;
    const statuses = new Set(referrals.map((referral) => referral.status));
    expect([...statuses].sort()).toEqual([
      'AT_WORK',
      'FIRST_CONVERSATION',
      'RECEIVED',
      'STOPPED',
      'WORKING_ON_IT',
    ]);
    expect(referrals.some((referral) => referral.howToReach)).toBe(true);
  });
});

describe('demo tokens', () => {
  it('keeps one token per role, and every one of them works', async () => {
    expect(demo.tokens.map((token) => token.role)).toEqual([
      'PROGRAMME_ADMIN',
      'LIFECOACH',
      'PARTNER_WORKER',
      'EMPLOYER_RECRUITER',
      'MENTOR',
      'TRAJECTORY_COORDINATOR',
    ]);
    for (const { role, token, displayName } of demo.tokens) {
      const res = await t.request('GET', '/api/me', { token });
      expect(res.status, role).toBe(200);
      const me = meSchema.parse(res.json);
      expect(me.role).toBe(role);
      expect(me.displayName).toBe(displayName);
    }
  });
});

describe('demo employers and vacancies', () => {
  const employers = demoOrganisations.filter((organisation) => organisation.kind === 'EMPLOYER');

  it('gives every demo employer a profile', async () => {
    for (const employer of employers) {
      const res = await t.request('GET', `/api/employers/${organisationId(employer.key)}`, {
        token: tokenOf('PROGRAMME_ADMIN'),
      });
      expect(res.status).toBe(200);
      const { profile } = employerSchema.parse(res.json);
      expect(profile?.underCao, employer.name).toBe(true);
      expect(profile?.sectorLabel, employer.name).not.toBeNull();
    }
  });

  it('has open vacancies with competence requirements at every demo employer, and some drafts', async () => {
    const res = await t.request('GET', '/api/vacancies?limit=100', { token: tokenOf('PROGRAMME_ADMIN') });
    expect(res.status).toBe(200);
    const vacancies = pageSchema(vacancySchema).parse(res.json).items;
    expect(vacancies.length).toBe(demo.vacancies.vacancies);
    const open = vacancies.filter((vacancy) => vacancy.status === 'OPEN');
    expect(open.length).toBe(demo.vacancies.open);
    for (const employer of employers) {
      const own = open.filter((vacancy) => vacancy.employerId === organisationId(employer.key));
      expect(own.length, employer.name).toBeGreaterThanOrEqual(2);
      for (const vacancy of own) {
        expect(
          vacancy.requirements.some((r) => r.tier === 'ESSENTIAL'),
          vacancy.title,
        ).toBe(true);
      }
    }
    expect(open.some((vacancy) => vacancy.contractType === 'LEARN_WORK')).toBe(true);
    expect(open.some((vacancy) => vacancy.contractType === 'INTERNSHIP')).toBe(true);
    expect(open.some((vacancy) => vacancy.gradualBuildUp)).toBe(true);
    expect(open.some((vacancy) => vacancy.legalRequirements.length > 0)).toBe(true);
    expect(vacancies.some((vacancy) => vacancy.status === 'DRAFT')).toBe(true);
  });
});

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('demo trajectories', () => {
  it('places people who can work later or not now with Roffabriek’s social enterprises', async () => {
    expect(demo.trajectories.providers.length).toBeGreaterThanOrEqual(2);
    expect(demo.trajectories.offerings).toBeGreaterThanOrEqual(3);
    const placed = await t.orm.em
      .fork()
      .find(JobSeeker, { id: { $in: demo.trajectories.placements.map((p) => p.jobSeekerId) } });
    expect(placed.length).toBeGreaterThan(0);
    expect(
      placed.every((person) => person.currentSegment === 'LATER' || person.currentSegment === 'NOT_NOW'),
    ).toBe(true);
    const coordinator = await t.request('GET', '/api/trajectory-placements?limit=100', {
      token: tokenOf('TRAJECTORY_COORDINATOR'),
    });
    expect(coordinator.status).toBe(200);
  });
});

describe('demo Meet & Greet, hire and placement', () => {
  const tokenOfUser = async (key: string) => {
    const em = t.orm.em.fork();
    const user = await em.findOneOrFail(
      User,
      { id: demo.users.get(key)?.id as string },
      { populate: ['organisation'] },
    );
    const issued = await createApiToken(em, user, {
      label: 'test',
      expiresInDays: 1,
      createdByUserId: null,
      now,
    });
    await em.flush();
    return issued.token;
  };

  it('held a Meet & Greet whose shortlist the recruiter marked, with a reason for the "no"', async () => {
    const em = t.orm.em.fork();
    const event = await em.findOneOrFail(MeetAndGreet, { id: demo.meetAndGreet.meetAndGreetId });
    expect(event.status).toBe('HELD');
    expect(event.eventDate < today).toBe(true);
    const entries = await em.find(ShortlistEntry, { meetAndGreet: event.id });
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(entries.map((entry) => entry.wish)).toEqual(expect.arrayContaining(['WANT', 'NO', null]));
    for (const entry of entries.filter((candidate) => candidate.wish === 'NO'))
      expect(entry.wishReason).not.toBeNull();
  });

  it('has candidacies at several steps, by code for the recruiter and by name only after consent', async () => {
    const em = t.orm.em.fork();
    const candidacies = await em.find(Candidacy, { meetAndGreet: demo.meetAndGreet.meetAndGreetId });
    expect(new Set(candidacies.map((candidacy) => candidacy.status))).toEqual(
      new Set(['MET', 'INVITED', 'NOT_SELECTED', 'HIRED']),
    );
    const res = await t.request('GET', '/api/candidacies?limit=100', {
      token: tokenOf('EMPLOYER_RECRUITER'),
    });
    expect(res.status).toBe(200);
    const items = res.json.items as { status: string; identity?: { fullName: string } | null }[];
    expect(items.find((item) => item.status === 'HIRED')?.identity?.fullName).toBe('Sandra de Jong');
    expect(items.find((item) => item.status === 'INVITED')?.identity ?? null).toBeNull();
    const waiting = await t.request('GET', '/api/interview-invitations?limit=100', {
      token: await tokenOfUser('lifecoachKees'),
    });
    const waitingSamira = await t.request('GET', '/api/interview-invitations?limit=100', {
      token: tokenOf('LIFECOACH'),
    });
    expect([...waiting.json.items, ...waitingSamira.json.items].length).toBeGreaterThanOrEqual(1);
  });

  it('has an active placement with a mentor and a manager, conversations of which one overdue, and a plan', async () => {
    const manager = await tokenOfUser('managerHaven');
    const res = await t.request('GET', `/api/placements/${demo.meetAndGreet.placementId}`, {
      token: manager,
    });
    expect(res.status).toBe(200);
    const placement = placementSchema.parse(res.json);
    expect(placement.status).toBe('ACTIVE');
    expect(placement.mentor?.id).toBe(demo.users.get('mentorHaven')?.id);
    expect(placement.manager?.id).toBe(demo.users.get('managerHaven')?.id);
    expect(placement.yourRoles).toContain('MANAGER');
    expect(placement.followUp.filter((item) => item.state === 'OVERDUE').map((item) => item.kind)).toEqual([
      'MANAGER_FEEDBACK',
    ]);
    // The lifecoach's worry shows to the employer as a flag, never as the report.
    expect(placement.worryFlags.map((flag) => flag.kind)).toEqual(['LIFECOACH']);
    const mentor = await t.request('GET', `/api/placements/${placement.id}/check-ins?limit=50`, {
      token: tokenOf('MENTOR'),
    });
    expect(mentor.status).toBe(200);
    expect(mentor.json.items.length).toBe(3);
    const coach = placementSchema.parse(
      (
        await t.request('GET', `/api/placements/${placement.id}`, {
          token: await tokenOfUser(coachKeyOf(placement.lifecoach.id)),
        })
      ).json,
    );
    expect(coach.followUp.map((item) => item.kind).sort()).toEqual([
      'LIFECOACH',
      'MANAGER_FEEDBACK',
      'MENTOR',
    ]);
    const plan = await t.request('GET', `/api/placements/${placement.id}/onboarding-plan`, {
      token: manager,
    });
    expect(plan.json.items.map((item: { status: string }) => item.status)).toEqual([
      'DONE',
      'IN_PROGRESS',
      'PLANNED',
    ]);
    expect(
      plan.json.comments.length +
        plan.json.items.flatMap((item: { comments: unknown[] }) => item.comments).length,
    ).toBe(2);
  });

  it('went through the service verbs, and prints a way to sign in as the mentor and the manager', async () => {
    const em = t.orm.em.fork();
    for (const action of [
      'meet_and_greet.created',
      'shortlist_entry.marked',
      'candidacy.moved',
      'placement.started',
      'check_in.recorded',
      'onboarding_plan.item_added',
      'onboarding_plan.commented',
    ]) {
      expect(await em.count(AuditEntry, { action, requestId: 'demo-seed' }), action).toBeGreaterThan(0);
    }
    const lines = demoSignInLines('http://localhost:3000/inloggen', 'in the console');
    for (const key of ['recruiterHaven', 'mentorHaven', 'managerHaven']) {
      const user = demo.users.get(key);
      expect(lines, key).toContain(user?.email);
    }
  });
});

const coachKeyOf = (userId: string) =>
  [...demo.users.entries()].find(([, user]) => user.id === userId)?.[0] ?? 'lifecoachSamira';
