import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/http/pagination';
import { candidateCodes } from '../../src/modules/matching/pseudonyms';
import {
  checkInListSchema,
  checkInSchema,
  supportNoteSchema,
} from '../../src/modules/placements/check-in.schemas';
import { digestSchema, followUpListSchema } from '../../src/modules/placements/follow-up.schemas';
import type { Placement } from '../../src/modules/placements/placement.entity';
import { placementSchema } from '../../src/modules/placements/placement.schemas';
import { addDays } from '../../src/modules/readiness/review-dates';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let otherCoach: TestUser;
let recruiter: TestUser;
let manager: TestUser;
let mentor: TestUser;
let placement: Placement;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

/** The person's candidate code at the placement's vacancy: what the employer side calls them before consent. */
const codeOf = async (of: Placement) =>
  (await candidateCodes(t.orm.em.fork(), of.vacancy.id, [of.jobSeeker.id])).get(of.jobSeeker.id);

const checkIn = (token: string, body: object, id = placement.id) =>
  t.request('POST', `/api/placements/${id}/check-ins`, { token, body });

const body = (kind: string, daysAgo: number, extra: object = {}) => ({
  kind,
  date: addDays(today(), -daysAgo),
  report: 'We hebben de week besproken. Het inpakken gaat steeds sneller.',
  howItsGoing: 'GOOD',
  agreedActions: ['Volgende week meelopen met de heftruckchauffeur.'],
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  otherCoach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  // The manager here is a MENTOR-role user: the team leader, who mentors other new colleagues.
  manager = await t.factory.user('MENTOR', recruiter.organisation);
  mentor = await t.factory.user('MENTOR', recruiter.organisation);
  const vacancy = await t.factory.vacancy(recruiter.organisation);
  const person = await t.factory.jobSeeker(coach.user, { fullName: 'Fatima El Idrissi' });
  placement = await t.factory.placement(person, vacancy, {
    startDate: addDays(today(), -20),
    mentor: mentor.user,
    manager: manager.user,
  });
});
afterAll(() => t.close());

describe('recording conversations', () => {
  it('lets the manager, the mentor and the lifecoach each record their own kind', async () => {
    const feedback = await checkIn(manager.token, body('MANAGER_FEEDBACK', 6));
    expect(feedback.status, JSON.stringify(feedback.json)).toBe(201);
    expect(checkInSchema.parse(feedback.json)).toMatchObject({
      kind: 'MANAGER_FEEDBACK',
      date: addDays(today(), -6),
      howItsGoing: 'GOOD',
      agreedActions: ['Volgende week meelopen met de heftruckchauffeur.'],
      recordedBy: { userId: manager.user.id, displayName: manager.user.displayName },
    });
    const mentorTalk = await checkIn(
      mentor.token,
      body('MENTOR', 2, { howItsGoing: 'SOME_WORRIES', report: 'Ze vindt de pauzes in de kantine druk.' }),
    );
    expect(mentorTalk.status).toBe(201);
    const coachTalk = await checkIn(
      coach.token,
      body('LIFECOACH', 1, {
        howItsGoing: 'SERIOUS_WORRIES',
        report: 'De opvang voor haar zoon valt weg na de zomer; dat geeft veel stress.',
        agreedActions: ['Samen naar het wijkteam voor opvang.'],
      }),
    );
    expect(coachTalk.status).toBe(201);
  });

  it('refuses a conversation dated in the future or before the start, and a report that says nothing', async () => {
    const future = await checkIn(manager.token, body('MANAGER_FEEDBACK', -1));
    expect(future.status).toBe(422);
    expect(future.json.errors).toEqual([expect.objectContaining({ path: ['date'] })]);
    const beforeStart = await checkIn(manager.token, body('MANAGER_FEEDBACK', 21));
    expect(beforeStart.status).toBe(422);
    expect((await checkIn(manager.token, body('MANAGER_FEEDBACK', 1, { report: 'ok' }))).status).toBe(422);
    expect((await checkIn(manager.token, body('MANAGER_FEEDBACK', 1, { howItsGoing: 'MEH' }))).status).toBe(
      422,
    );
    expect((await checkIn(manager.token, body('MANAGER_FEEDBACK', 1, { date: '2027-13-01' }))).status).toBe(
      422,
    );
    expect((await checkIn(manager.token, { ...body('MANAGER_FEEDBACK', 1), mood: 'happy' })).status).toBe(
      422,
    );
  });

  it('lets nobody record another’s kind of conversation', async () => {
    expect((await checkIn(mentor.token, body('MANAGER_FEEDBACK', 1))).status).toBe(403);
    expect((await checkIn(manager.token, body('MENTOR', 1))).status).toBe(403);
    expect((await checkIn(manager.token, body('LIFECOACH', 1))).status).toBe(403);
    expect((await checkIn(recruiter.token, body('MANAGER_FEEDBACK', 1))).status).toBe(403);
    expect((await checkIn(coach.token, body('MENTOR', 1))).status).toBe(403);
    expect((await checkIn(admin.token, body('LIFECOACH', 1))).status).toBe(403);
    expect((await checkIn(otherCoach.token, body('LIFECOACH', 1))).status).toBe(404);
  });

  it('answers 409 before the start and after the end', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const vacancy = await t.factory.vacancy(recruiter.organisation);
    const draft = await t.factory.placement(person, vacancy, {
      status: 'DRAFT',
      startDate: null,
      mentor: mentor.user,
      manager: manager.user,
    });
    const res = await checkIn(mentor.token, body('MENTOR', 0), draft.id);
    expect(res.status).toBe(409);
    const ended = await t.factory.placement(person, vacancy, {
      status: 'ENDED',
      mentor: mentor.user,
      manager: manager.user,
    });
    expect((await checkIn(mentor.token, body('MENTOR', 0), ended.id)).status).toBe(409);
  });
});

describe('reading conversations', () => {
  const readAs = async (user: TestUser, query = '') => {
    const res = await t.request('GET', `/api/placements/${placement.id}/check-ins${query}`, {
      token: user.token,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return checkInListSchema.parse(res.json);
  };

  it('shows the lifecoach and the programme every kind, the manager and the mentor only their own', async () => {
    expect((await readAs(coach)).items.map((c) => c.kind)).toEqual([
      'LIFECOACH',
      'MENTOR',
      'MANAGER_FEEDBACK',
    ]);
    expect((await readAs(admin)).items).toHaveLength(3);
    const asManager = await readAs(manager);
    expect(asManager.items.map((c) => c.kind)).toEqual(['MANAGER_FEEDBACK']);
    expect(asManager.readableKinds).toEqual(['MANAGER_FEEDBACK']);
    expect((await readAs(mentor)).items.map((c) => c.kind)).toEqual(['MENTOR']);
    expect((await readAs(mentor, '?kind=LIFECOACH')).items).toEqual([]);
    const asRecruiter = await readAs(recruiter);
    expect(asRecruiter.items).toEqual([]);
    expect(asRecruiter.readableKinds).toEqual([]);
  });

  it('pages newest first with a cursor', async () => {
    const first = await readAs(coach, '?limit=2');
    expect(first.items).toHaveLength(2);
    const rest = await readAs(coach, `?limit=2&cursor=${first.nextCursor}`);
    expect(rest.items.map((c) => c.kind)).toEqual(['MANAGER_FEEDBACK']);
    expect(rest.nextCursor).toBeNull();
  });

  it('shows a worry of the other side as a flag, without its report', async () => {
    const asManager = await t.request('GET', `/api/placements/${placement.id}`, { token: manager.token });
    const view = placementSchema.parse(asManager.json);
    expect(view.worryFlags.map((f) => [f.kind, f.howItsGoing, f.date])).toEqual([
      ['LIFECOACH', 'SERIOUS_WORRIES', addDays(today(), -1)],
      ['MENTOR', 'SOME_WORRIES', addDays(today(), -2)],
    ]);
    expect(asManager.text).not.toMatch(/opvang|kantine/);
    const asMentor = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}`, { token: mentor.token })).json,
    );
    expect(asMentor.worryFlags.map((f) => f.kind)).toEqual(['LIFECOACH']);
    // The lifecoach reads every report, so sees no flags.
    const asCoach = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}`, { token: coach.token })).json,
    );
    expect(asCoach.worryFlags).toEqual([]);
  });
});

describe('what is due', () => {
  it('shows each person their own due and overdue conversations', async () => {
    // Started 20 days ago (week 3). The mentor talked 2 days ago: the next one is due in 5 days,
    // outside the 3-day "due" window, so it is UPCOMING.
    const asMentor = followUpListSchema.parse(
      (await t.request('GET', '/api/follow-up-items?state=UPCOMING', { token: mentor.token })).json,
    );
    expect(asMentor.items.map((i) => [i.kind, i.dueDate])).toEqual([['MENTOR', addDays(today(), 5)]]);
    expect(asMentor.items[0]?.assignee?.id).toBe(mentor.user.id);
    const asManager = followUpListSchema.parse(
      (await t.request('GET', '/api/follow-up-items?state=UPCOMING', { token: manager.token })).json,
    );
    expect(asManager.items.map((i) => i.kind)).toEqual(['MANAGER_FEEDBACK']);
    // Fatima did not agree to share her profile with this employer: her code, not her name.
    expect(asManager.items[0]?.person).toEqual({ candidateCode: await codeOf(placement), fullName: null });
  });

  it('lists an overdue manager feedback for the manager, the recruiter, the lifecoach and the programme', async () => {
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Ahmed Yilmaz' });
    const vacancy = await t.factory.vacancy(recruiter.organisation);
    const late = await t.factory.placement(person, vacancy, {
      startDate: addDays(today(), -30),
      mentor: mentor.user,
      manager: manager.user,
    });
    await checkIn(manager.token, body('MANAGER_FEEDBACK', 25), late.id);
    await checkIn(mentor.token, body('MENTOR', 2), late.id);
    await checkIn(coach.token, body('LIFECOACH', 2), late.id);
    const overdue = (list: unknown) =>
      followUpListSchema
        .parse(list)
        .items.filter((i) => i.placementId === late.id)
        .map((i) => [i.kind, i.state, i.daysOverdue]);
    const expected = [['MANAGER_FEEDBACK', 'OVERDUE', 11]];
    expect(overdue((await t.request('GET', '/api/follow-up-items', { token: manager.token })).json)).toEqual(
      expected,
    );
    expect(
      overdue((await t.request('GET', '/api/follow-up-items', { token: recruiter.token })).json),
    ).toEqual(expected);
    expect(overdue((await t.request('GET', '/api/follow-up-items', { token: coach.token })).json)).toEqual(
      expected,
    );
    expect(
      overdue(
        (
          await t.request('GET', `/api/follow-up-items?assigneeUserId=${manager.user.id}`, {
            token: admin.token,
          })
        ).json,
      ),
    ).toEqual(expected);
    expect(overdue((await t.request('GET', '/api/follow-up-items', { token: mentor.token })).json)).toEqual(
      [],
    );
    expect(
      overdue((await t.request('GET', '/api/follow-up-items', { token: otherCoach.token })).json),
    ).toEqual([]);
  });

  it('never lists the lifecoach’s conversations to the employer', async () => {
    const all = await t.request('GET', '/api/follow-up-items?limit=100', { token: recruiter.token });
    expect(followUpListSchema.parse(all.json).items.some((i) => i.kind === 'LIFECOACH')).toBe(false);
    const asked = await t.request('GET', '/api/follow-up-items?kind=LIFECOACH&state=UPCOMING', {
      token: recruiter.token,
    });
    expect(followUpListSchema.parse(asked.json).items).toEqual([]);
  });

  it('pages the programme’s list with a cursor and refuses a bad one', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; json: unknown } = await t.request(
        'GET',
        `/api/follow-up-items?state=UPCOMING&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin.token },
      );
      expect(res.status).toBe(200);
      const page = followUpListSchema.parse(res.json);
      seen.push(...page.items.map((i) => `${i.placementId}/${i.kind}`));
      cursor = page.nextCursor;
    } while (cursor);
    const whole = followUpListSchema.parse(
      (await t.request('GET', '/api/follow-up-items?state=UPCOMING&limit=100', { token: admin.token })).json,
    );
    expect(seen).toEqual(whole.items.map((i) => `${i.placementId}/${i.kind}`));
    expect(seen.length).toBeGreaterThan(2);
    expect((await t.request('GET', '/api/follow-up-items?cursor=abc', { token: admin.token })).status).toBe(
      422,
    );
  });

  it('moves what is due by a recorded holiday', async () => {
    const before = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}`, { token: coach.token })).json,
    );
    const mentorDue = before.followUp.find((f) => f.kind === 'MENTOR')?.dueDate as string;
    const res = await t.request('PUT', `/api/placements/${placement.id}/absences`, {
      token: mentor.token,
      body: { absences: [{ from: addDays(today(), 1), to: addDays(today(), 14) }], version: before.version },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const after = placementSchema.parse(res.json);
    expect(after.followUp.find((f) => f.kind === 'MENTOR')?.dueDate).toBe(addDays(mentorDue, 14));
    const overlap = await t.request('PUT', `/api/placements/${placement.id}/absences`, {
      token: mentor.token,
      body: {
        absences: [
          { from: addDays(today(), 1), to: addDays(today(), 5) },
          { from: addDays(today(), 3), to: addDays(today(), 8) },
        ],
        version: after.version,
      },
    });
    expect(overlap.status).toBe(422);
    const stale = await t.request('PUT', `/api/placements/${placement.id}/absences`, {
      token: mentor.token,
      body: { absences: [], version: before.version },
    });
    expect(stale.status).toBe(409);
  });
});

describe('the daily digest', () => {
  it('tells each recipient, in plain Dutch, what is due on the day, and signals an overdue employer conversation to the lifecoach', async () => {
    const date = addDays(today(), 40);
    const res = await t.request('GET', `/api/follow-up-digest?date=${date}&limit=100`, {
      token: admin.token,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const digest = digestSchema.parse(res.json);
    expect(digest.date).toBe(date);
    const forManager = digest.recipients.find((r) => r.user.id === manager.user.id);
    expect(forManager?.items.every((i) => i.kind === 'MANAGER_FEEDBACK' && i.relation === 'YOURS')).toBe(
      true,
    );
    // The manager would read her candidate code: she did not agree to share her profile with the employer.
    const label = `Kandidaat ${await codeOf(placement)}`;
    expect(forManager?.items.some((i) => i.personName === label && i.state === 'OVERDUE')).toBe(true);
    expect(forManager?.messageNl).toMatch(/^Hallo /);
    expect(forManager?.messageNl).toContain(`Feedbackgesprek met ${label}`);
    expect(JSON.stringify(forManager)).not.toMatch(/Fatima|Idrissi/);
    expect(forManager?.subjectNl).toMatch(/te laat/);
    const forCoach = digest.recipients.find((r) => r.user.id === coach.user.id);
    expect(forCoach?.items.some((i) => i.kind === 'LIFECOACH' && i.relation === 'YOURS')).toBe(true);
    expect(forCoach?.items.some((i) => i.personName === 'Fatima El Idrissi')).toBe(true);
    expect(forCoach?.items.some((i) => i.kind === 'MANAGER_FEEDBACK' && i.relation === 'SIGNAL')).toBe(true);
    expect(forCoach?.messageNl).toContain('Bel de werkgever');
    // An employer's message never mentions the lifecoach's conversations.
    expect(JSON.stringify(forManager)).not.toContain('lifecoach');
    expect(digest.programme.overdue.MANAGER_FEEDBACK).toBeGreaterThan(0);
    expect(digest.programme.activePlacements).toBeGreaterThanOrEqual(2);
  });

  it('pages by recipient, leaves out deactivated users and is for the programme only', async () => {
    const date = addDays(today(), 40);
    const first = digestSchema.parse(
      (await t.request('GET', `/api/follow-up-digest?date=${date}&limit=1`, { token: admin.token })).json,
    );
    expect(first.recipients).toHaveLength(1);
    const second = digestSchema.parse(
      (
        await t.request('GET', `/api/follow-up-digest?date=${date}&limit=1&cursor=${first.nextCursor}`, {
          token: admin.token,
        })
      ).json,
    );
    expect(second.recipients[0]?.user.id).not.toBe(first.recipients[0]?.user.id);
    const deactivate = await t.request('PATCH', `/api/users/${mentor.user.id}`, {
      token: admin.token,
      body: { active: false, version: 1 },
    });
    expect(deactivate.status, JSON.stringify(deactivate.json)).toBe(200);
    const all = digestSchema.parse(
      (await t.request('GET', `/api/follow-up-digest?date=${date}&limit=100`, { token: admin.token })).json,
    );
    expect(all.recipients.some((r) => r.user.id === mentor.user.id)).toBe(false);
    for (const other of [coach, recruiter, manager]) {
      expect((await t.request('GET', '/api/follow-up-digest', { token: other.token })).status).toBe(403);
    }
  });
});

describe('personal support notes', () => {
  it('are written by the lifecoach and read by lifecoaches and the programme only', async () => {
    const res = await t.request('POST', `/api/placements/${placement.id}/support-notes`, {
      token: coach.token,
      body: { note: 'Schuldhulp loopt via de Kredietbank; de eerste afspraak is volgende week.' },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    supportNoteSchema.parse(res.json);
    const list = await t.request('GET', `/api/placements/${placement.id}/support-notes`, {
      token: admin.token,
    });
    expect(pageSchema(supportNoteSchema).parse(list.json).items[0]?.note).toContain('Kredietbank');
    for (const employer of [recruiter, manager]) {
      expect(
        (await t.request('GET', `/api/placements/${placement.id}/support-notes`, { token: employer.token }))
          .status,
      ).toBe(403);
    }
    expect(
      (await t.request('GET', `/api/placements/${placement.id}/support-notes`, { token: otherCoach.token }))
        .status,
    ).toBe(404);
    expect(
      (
        await t.request('POST', `/api/placements/${placement.id}/support-notes`, {
          token: admin.token,
          body: { note: 'Het programma schrijft hier niet.' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.request('POST', `/api/placements/${placement.id}/support-notes`, {
          token: coach.token,
          body: { note: 'kort' },
        })
      ).status,
    ).toBe(422);
  });
});
