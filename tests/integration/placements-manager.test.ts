import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMail } from '../../src/entry/mail-transports';
import { createLogger } from '../../src/http/logger';
import { pageSchema } from '../../src/http/pagination';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { SignInLink } from '../../src/modules/auth/sign-in-link.entity';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { PlacementCheckIn } from '../../src/modules/placements/check-in.entity';
import { checkInListSchema, checkInSchema } from '../../src/modules/placements/check-in.schemas';
import { followUpListSchema } from '../../src/modules/placements/follow-up.schemas';
import { guideInvitationSchema } from '../../src/modules/placements/guide-invitation.schemas';
import { Placement } from '../../src/modules/placements/placement.entity';
import { placementSchema, placementSummarySchema } from '../../src/modules/placements/placement.schemas';
import { addDays } from '../../src/modules/readiness/review-dates';
import { User } from '../../src/modules/users/user.entity';
import { defaultWebDependencies } from '../../src/web/web-defaults';
import type { TestUser } from '../support/factories';
import { recordConsent } from '../support/meet-and-greet-setup';
import { type SmtpCapture, startSmtpServer } from '../support/smtp';
import { createTestApp, type TestApp } from '../support/test-app';
import { formToken, webServer } from '../support/web-session';

// The manager at the employer (role MANAGER): recruiters invite managers and mentors for a placement
// by name and e-mail (an account in the employer's organisation, a sign-in e-mail through a real
// SMTP exchange); a manager sees only the placements they manage, records the feedback
// conversations, and reads nothing of what is for the lifecoach only.

let t: TestApp;
let smtp: SmtpCapture;
let coach: TestUser;
let recruiter: TestUser;
let mentor: TestUser;
let manager: TestUser;
let otherRecruiter: TestUser;
let admin: TestUser;
let person: JobSeeker;
let managed: Placement;
let notManaged: Placement;
let other: Placement;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
const em = () => t.orm.em.fork();
const versionOf = async (id: string) => (await em().findOneOrFail(Placement, id)).version;
const invite = async (placementId: string, token: string, body: Record<string, unknown>) =>
  t.request('POST', `/api/placements/${placementId}/guide-invitations`, {
    token,
    body: { version: await versionOf(placementId), ...body },
  });
/** What the database holds that an invitation writes: accounts, sign-in links, audit entries. */
const written = async () => ({
  users: await em().count(User, {}),
  links: await em().count(SignInLink, {}),
  audit: await em().count(AuditEntry, {}),
});

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({
    web: {
      ...defaultWebDependencies(createLogger('silent')),
      mail: smtpMail(smtp.url, 'Warm Rotterdam Werkt <noreply@test.example>'),
    },
  });
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  mentor = await t.factory.user('MENTOR', recruiter.organisation);
  manager = await t.factory.user('MANAGER', recruiter.organisation);
  otherRecruiter = await t.factory.user('EMPLOYER_RECRUITER');
  person = await t.factory.jobSeeker(coach.user, { fullName: 'Yara Bouzid', email: 'yara@mail.example' });
  const vacancy = await t.factory.vacancy(recruiter.organisation, { title: 'Medewerker magazijn' });
  const start = addDays(today(), -20);
  managed = await t.factory.placement(person, vacancy, { startDate: start, mentor: mentor.user });
  const colleague = await t.factory.jobSeeker(coach.user, { fullName: 'Dirk Koster' });
  notManaged = await t.factory.placement(colleague, await t.factory.vacancy(recruiter.organisation), {
    startDate: start,
    mentor: mentor.user,
    manager: recruiter.user,
  });
  const stranger = await t.factory.jobSeeker(coach.user, { fullName: 'Ilse Vos' });
  other = await t.factory.placement(stranger, await t.factory.vacancy(otherRecruiter.organisation), {
    startDate: start,
  });
  // The lifecoach's own conversation (a worry) and a note about the personal sphere.
  const lifecoachTalk = await t.request('POST', `/api/placements/${managed.id}/check-ins`, {
    token: coach.token,
    body: {
      kind: 'LIFECOACH',
      date: addDays(today(), -3),
      howItsGoing: 'SOME_WORRIES',
      report: 'De opvang van de kinderen is nog niet rond; we zoeken samen.',
    },
  });
  expect(lifecoachTalk.status, lifecoachTalk.text).toBe(201);
  const note = await t.request('POST', `/api/placements/${managed.id}/support-notes`, {
    token: coach.token,
    body: { note: 'Er lopen schulden; de schuldhulp weet van het nieuwe werk.' },
  });
  expect(note.status, note.text).toBe(201);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('inviting the manager and the mentor of a placement', () => {
  it('makes a manager account at the employer, names it on the placement and mails a sign-in link that names nobody', async () => {
    const arrives = smtp.nextMailTo('marloes@havenbedrijf.example');
    const res = await invite(managed.id, recruiter.token, {
      role: 'MANAGER',
      displayName: 'Marloes de Wit',
      email: 'Marloes@Havenbedrijf.example',
    });
    expect(res.status, res.text).toBe(201);
    const invitation = guideInvitationSchema.parse(res.json);
    expect(invitation).toMatchObject({ role: 'MANAGER', accountCreated: true, mailSent: true });
    expect(invitation.user).toMatchObject({ email: 'marloes@havenbedrijf.example', role: 'MANAGER' });
    expect(invitation.placement.manager?.id).toBe(invitation.user.id);
    const account = await em().findOneOrFail(User, invitation.user.id);
    expect(account.organisation.id).toBe(recruiter.organisation.id);

    const mail = await arrives;
    expect(mail.text).toContain('Beste Marloes de Wit');
    expect(mail.text).toContain('leidinggevende');
    expect(mail.text).toContain('Medewerker magazijn');
    expect(mail.text).toContain('minstens elke twee weken feedback');
    for (const secret of ['Yara', 'Bouzid', 'yara@mail.example']) expect(mail.text).not.toContain(secret);

    // The mailed link signs the manager in, on the manager's own workspace.
    const code = /\/inloggen\/link\?code=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] as string;
    const server = webServer(t);
    const agent = request.agent(server);
    const page = await agent.get(`/inloggen/link?code=${code}`);
    const used = await agent
      .post('/inloggen/link')
      .type('form')
      .send({ _csrf: formToken(page.text), code });
    expect(used.status).toBe(303);
    expect(used.headers.location).toBe('/leidinggevende');
    const home = await agent.get('/leidinggevende');
    expect(home.status).toBe(200);
    expect(home.text).toContain(`/leidinggevende/plaatsingen/${managed.id}`);
    expect(home.text).not.toContain(notManaged.id);
    expect(home.text).not.toContain('Yara');
    server.close();

    for (const action of ['user.created', 'user.invited']) {
      expect(await em().count(AuditEntry, { action, entityId: account.id }), action).toBe(1);
    }
    expect(
      await em().count(AuditEntry, {
        action: 'placement.guide_invited',
        entityId: managed.id,
        actorUserId: recruiter.user.id,
        fields: { $contains: ['manager'] },
      } as never),
    ).toBe(1);
  });

  it('reuses an account of the employer’s own organisation, keeping its name, and can invite it again', async () => {
    for (const round of [1, 2]) {
      const arrives = smtp.nextMailTo(manager.user.email);
      const res = await invite(managed.id, recruiter.token, {
        role: 'MANAGER',
        displayName: 'Een andere naam',
        email: manager.user.email,
      });
      expect(res.status, `${round}: ${res.text}`).toBe(201);
      const invitation = guideInvitationSchema.parse(res.json);
      expect(invitation.accountCreated).toBe(false);
      expect(invitation.user).toMatchObject({ id: manager.user.id, displayName: manager.user.displayName });
      expect((await arrives).text).toContain(`Beste ${manager.user.displayName}`);
    }
    expect(await em().count(User, { email: manager.user.email })).toBe(1);
    const placement = await em().findOneOrFail(Placement, managed.id);
    expect(placement.manager?.id).toBe(manager.user.id);
  });

  it('invites a mentor with the MENTOR role, and refuses a manager account as mentor or the manager as mentor', async () => {
    const res = await invite(notManaged.id, recruiter.token, {
      role: 'MENTOR',
      displayName: 'Sem Pinas',
      email: 'sem@havenbedrijf.example',
    });
    expect(res.status, res.text).toBe(201);
    expect(guideInvitationSchema.parse(res.json).user.role).toBe('MENTOR');

    const before = await written();
    const asMentor = await invite(managed.id, recruiter.token, {
      role: 'MENTOR',
      displayName: 'Iemand',
      email: manager.user.email,
    });
    expect(asMentor.status).toBe(422);
    expect(asMentor.json.errors.map((error: { path: string[] }) => error.path.join('.'))).toEqual(['email']);
    const mentorAsManager = await invite(managed.id, recruiter.token, {
      role: 'MANAGER',
      displayName: 'Iemand',
      email: mentor.user.email,
    });
    expect(mentorAsManager.status).toBe(422);
    expect(mentorAsManager.json.errors[0].message).toContain('al de mentor');
    expect(await written()).toEqual(before);
  });

  it('refuses bad input with field paths, and an address of another organisation without saying whose it is; nothing is written', async () => {
    const before = await written();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ role: 'BOSS', displayName: 'Ab', email: 'ab@x.example' }, ['role']],
      [{ role: 'MANAGER', displayName: 'A', email: 'geen-adres' }, ['displayName', 'email']],
      [{ role: 'MANAGER', displayName: 'Ab', email: 'ab@x.example', extra: true }, ['extra']],
    ];
    for (const [body, paths] of cases) {
      const res = await invite(managed.id, recruiter.token, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const got = res.json.errors.map((error: { path: string[] }) => error.path.join('.'));
      for (const path of paths) expect(got, JSON.stringify(body)).toContain(path);
    }
    for (const taken of [otherRecruiter.user.email, coach.user.email]) {
      const res = await invite(managed.id, recruiter.token, {
        role: 'MANAGER',
        displayName: 'Iemand Anders',
        email: taken,
      });
      expect(res.status).toBe(422);
      expect(res.json.errors[0].path).toEqual(['email']);
      expect(res.json.errors[0].message).toBe(
        'Dit e-mailadres kunt u hier niet gebruiken. Gebruik het werkadres van uw collega, of vraag Warm Rotterdam om hulp.',
      );
      expect(res.text).not.toContain(otherRecruiter.organisation.name);
    }
    const stale = await t.request('POST', `/api/placements/${managed.id}/guide-invitations`, {
      token: recruiter.token,
      body: { role: 'MANAGER', displayName: 'Ab Cd', email: 'ab@x.example', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(await written()).toEqual(before);
  });

  it('lets no mentor, manager, lifecoach or recruiter of another employer invite; an ended placement takes nobody new', async () => {
    const body = { role: 'MANAGER', displayName: 'Ab Cd', email: 'ab@x.example' };
    const before = await written();
    expect((await invite(managed.id, mentor.token, body)).status).toBe(403);
    expect((await invite(managed.id, manager.token, body)).status).toBe(403);
    expect((await invite(managed.id, coach.token, body)).status).toBe(403);
    expect((await invite(managed.id, otherRecruiter.token, body)).status).toBe(404);
    expect((await invite(other.id, recruiter.token, body)).status).toBe(404);
    const anonymous = await t.request('POST', `/api/placements/${managed.id}/guide-invitations`, { body });
    expect(anonymous.status).toBe(401);
    const ended = await t.factory.placement(
      await t.factory.jobSeeker(coach.user),
      await t.factory.vacancy(recruiter.organisation),
      { status: 'ENDED', startDate: addDays(today(), -90) },
    );
    expect((await invite(ended.id, recruiter.token, body)).status).toBe(409);
    expect(await written()).toEqual(before);
  });
});

describe('what a manager sees and does', () => {
  it('lists only the placements they manage; another placement of the same employer is not found', async () => {
    const list = await t.request('GET', '/api/placements?limit=100', { token: manager.token });
    expect(list.status).toBe(200);
    const items = pageSchema(placementSummarySchema).parse(list.json).items;
    expect(items.map((item) => item.id)).toEqual([managed.id]);
    for (const path of [
      `/api/placements/${notManaged.id}`,
      `/api/placements/${notManaged.id}/check-ins`,
      `/api/placements/${notManaged.id}/onboarding-plan`,
      `/api/placements/${notManaged.id}/hours-build-up`,
      `/api/placements/${other.id}`,
    ]) {
      expect((await t.request('GET', path, { token: manager.token })).status, path).toBe(404);
    }
    const feedback = await t.request('POST', `/api/placements/${notManaged.id}/check-ins`, {
      token: manager.token,
      body: {
        kind: 'MANAGER_FEEDBACK',
        date: today(),
        howItsGoing: 'GOOD',
        report: 'Gaat goed met het werk.',
      },
    });
    expect(feedback.status).toBe(404);
  });

  it('reads the person as the mentor does: a candidate code, and the name only after consent for this employer', async () => {
    const before = placementSchema.parse(
      (await t.request('GET', `/api/placements/${managed.id}`, { token: manager.token })).json,
    );
    expect(before.person.fullName).toBeNull();
    expect(before.person.candidateCode).toMatch(/^K-/);
    expect(before.yourRoles).toEqual(['MANAGER']);
    await recordConsent(t, coach, person.id, 'PROFILE_SHARING', true, otherRecruiter.organisation.id);
    const elsewhere = await t.request('GET', `/api/placements/${managed.id}`, { token: manager.token });
    expect(elsewhere.json.person.fullName).toBeNull();
    await recordConsent(t, coach, person.id, 'PROFILE_SHARING', true, recruiter.organisation.id);
    const shared = await t.request('GET', `/api/placements/${managed.id}`, { token: manager.token });
    expect(shared.json.person.fullName).toBe('Yara Bouzid');
    expect(
      await em().count(AuditEntry, {
        action: 'candidate.identity_revealed',
        actorUserId: manager.user.id,
        subjectId: person.id,
      }),
    ).toBeGreaterThan(0);
    await recordConsent(t, coach, person.id, 'PROFILE_SHARING', false, recruiter.organisation.id);
    const withdrawn = await t.request('GET', `/api/placements/${managed.id}`, { token: manager.token });
    expect(withdrawn.json.person.fullName).toBeNull();
  });

  it('reads nothing of the lifecoach’s: no support notes, no lifecoach report, the worry as a flag only', async () => {
    const notes = await t.request('GET', `/api/placements/${managed.id}/support-notes`, {
      token: manager.token,
    });
    expect(notes.status).toBe(403);
    const checkIns = checkInListSchema.parse(
      (await t.request('GET', `/api/placements/${managed.id}/check-ins?limit=50`, { token: manager.token }))
        .json,
    );
    expect(checkIns.readableKinds).toEqual(['MANAGER_FEEDBACK']);
    expect(checkIns.items.some((item) => item.kind !== 'MANAGER_FEEDBACK')).toBe(false);
    const lifecoachOnly = await t.request('GET', `/api/placements/${managed.id}/check-ins?kind=LIFECOACH`, {
      token: manager.token,
    });
    expect(lifecoachOnly.json.items).toEqual([]);
    const view = await t.request('GET', `/api/placements/${managed.id}`, { token: manager.token });
    expect(view.json.worryFlags.map((flag: { kind: string }) => flag.kind)).toEqual(['LIFECOACH']);
    for (const text of [view.text, checkIns.items.map((item) => item.report).join(' ')]) {
      expect(text).not.toContain('kinderen');
      expect(text).not.toContain('schulden');
    }
    for (const path of [`/api/job-seekers/${person.id}`, '/api/job-seekers', '/api/candidacies']) {
      expect((await t.request('GET', path, { token: manager.token })).status, path).toBe(403);
    }
  });

  it('has the feedback due at least every two weeks, records it, and the next one is due two weeks on', async () => {
    const due = followUpListSchema.parse(
      (await t.request('GET', '/api/follow-up-items?limit=100', { token: manager.token })).json,
    );
    expect(due.items.map((item) => [item.placementId, item.kind, item.state])).toEqual([
      [managed.id, 'MANAGER_FEEDBACK', 'OVERDUE'],
    ]);
    expect(due.items[0]?.intervalDays).toBe(14);
    const wrongKind = await t.request('POST', `/api/placements/${managed.id}/check-ins`, {
      token: manager.token,
      body: { kind: 'MENTOR', date: today(), howItsGoing: 'GOOD', report: 'Gaat goed met het werk.' },
    });
    expect(wrongKind.status).toBe(403);
    const saved = await t.request('POST', `/api/placements/${managed.id}/check-ins`, {
      token: manager.token,
      body: {
        kind: 'MANAGER_FEEDBACK',
        date: today(),
        howItsGoing: 'GOOD',
        report: 'Werkt nauwkeurig en vraagt op tijd om hulp.',
        agreedActions: ['Over twee weken weer een gesprek'],
      },
    });
    expect(saved.status, saved.text).toBe(201);
    const checkIn = checkInSchema.parse(saved.json);
    expect(checkIn.recordedBy.userId).toBe(manager.user.id);
    const after = placementSchema.parse(
      (await t.request('GET', `/api/placements/${managed.id}`, { token: manager.token })).json,
    );
    expect(after.followUp).toEqual([
      expect.objectContaining({ kind: 'MANAGER_FEEDBACK', state: 'UPCOMING', dueDate: addDays(today(), 14) }),
    ]);
    expect(
      await em().count(AuditEntry, {
        action: 'check_in.recorded',
        entityId: checkIn.id,
        actorUserId: manager.user.id,
        actorRole: 'MANAGER',
      }),
    ).toBe(1);
    for (const action of ['placement.viewed', 'check_in.listed', 'placement.follow_up_listed']) {
      expect(
        await em().count(AuditEntry, { action, actorUserId: manager.user.id, subjectId: person.id }),
        action,
      ).toBeGreaterThan(0);
    }
    expect(await em().count(PlacementCheckIn, { placement: notManaged.id })).toBe(0);
  });
});
