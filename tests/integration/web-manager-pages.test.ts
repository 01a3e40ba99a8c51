import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { PlacementCheckIn } from '../../src/modules/placements/check-in.entity';
import { Placement } from '../../src/modules/placements/placement.entity';
import { addDays } from '../../src/modules/readiness/review-dates';
import { User } from '../../src/modules/users/user.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, postForm, visibleText, type WebSession, webSessionFor } from '../support/web-page-session';
import { testWeb } from '../support/web-session';

// The manager's workspace (/leidinggevende) and the recruiter's invitation form on the employer's
// placement page, through plain form posts: a wrong form comes back at its fields with what was
// typed and writes nothing; a manager finds only the placements they manage; every other role finds
// no manager workspace, and nobody but a recruiter gets the invitation form.

let t: TestApp;
let outbox: ReturnType<typeof testWeb>['outbox'];
let coach: TestUser;
let recruiter: TestUser;
let mentor: TestUser;
let manager: TestUser;
let otherManager: TestUser;
let managerSession: WebSession;
let recruiterSession: WebSession;
let placement: Placement;
let notManaged: Placement;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
const dutch = (iso: string) => iso.split('-').reverse().join('-');
const em = () => t.orm.em.fork();
const versionOf = async (id: string) => String((await em().findOneOrFail(Placement, id)).version);

beforeAll(async () => {
  const test = testWeb();
  outbox = test.outbox;
  t = await createTestApp({ web: test.web });
  coach = await t.factory.user('LIFECOACH');
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  mentor = await t.factory.user('MENTOR', recruiter.organisation);
  manager = await t.factory.user('MANAGER', recruiter.organisation);
  otherManager = await t.factory.user('MANAGER', recruiter.organisation);
  managerSession = await webSessionFor(t, manager.user);
  recruiterSession = await webSessionFor(t, recruiter.user);
  const start = addDays(today(), -20);
  placement = await t.factory.placement(
    await t.factory.jobSeeker(coach.user, { fullName: 'Noor Hendriks' }),
    await t.factory.vacancy(recruiter.organisation, { title: 'Heftruckchauffeur' }),
    { startDate: start, mentor: mentor.user, manager: manager.user },
  );
  notManaged = await t.factory.placement(
    await t.factory.jobSeeker(coach.user, { fullName: 'Gerrit Klaassen' }),
    await t.factory.vacancy(recruiter.organisation),
    { startDate: start, mentor: mentor.user, manager: otherManager.user },
  );
});
afterAll(() => t.close());

describe('the recruiter’s invitation form', () => {
  it('comes back at its fields with what was typed, writes nothing, then invites and names the mentor', async () => {
    const path = `/werkgever/plaatsingen/${placement.id}/uitnodigen`;
    const users = await em().count(User, {});
    const wrong = await postForm(t, recruiterSession, path, {
      displayName: 'Sem Pinas',
      email: 'sem-at-bedrijf',
      version: await versionOf(placement.id),
    });
    expect(wrong.status).toBe(422);
    const text = visibleText(wrong.html);
    expect(text).toContain('Kies of u een mentor of een leidinggevende uitnodigt.');
    expect(text).toContain('Vul een e-mailadres in, bijvoorbeeld naam@bedrijf.nl.');
    expect(wrong.html).toContain('value="Sem Pinas"');
    expect(wrong.html).toContain('value="sem-at-bedrijf"');
    const taken = await postForm(t, recruiterSession, path, {
      role: 'MENTOR',
      displayName: 'Sem Pinas',
      email: manager.user.email,
      version: await versionOf(placement.id),
    });
    expect(taken.status).toBe(422);
    expect(visibleText(taken.html)).toContain('een andere rol dan mentor');
    expect(await em().count(User, {})).toBe(users);
    expect(outbox).toHaveLength(0);

    const saved = await postForm(t, recruiterSession, path, {
      role: 'MENTOR',
      displayName: 'Sem Pinas',
      email: 'sem@bedrijf.example',
      version: await versionOf(placement.id),
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toContain('melding=uitgenodigd');
    const stored = await em().findOneOrFail(Placement, placement.id, { populate: ['mentor'] });
    expect(stored.mentor?.email).toBe('sem@bedrijf.example');
    expect(stored.mentor?.role).toBe('MENTOR');
    expect(outbox.map((mail) => mail.to)).toEqual(['sem@bedrijf.example']);
    expect(outbox[0]?.text).not.toContain('Noor');
    const page = await getPage(t, recruiterSession, `/werkgever/plaatsingen/${placement.id}`);
    expect(visibleText(page.html)).toContain('Sem Pinas');
  });

  it('is not on the page for a mentor or a manager, and the manager has no recruiter pages', async () => {
    for (const user of [mentor, manager]) {
      const session = await webSessionFor(t, user.user);
      const page = await getPage(t, session, `/werkgever/plaatsingen/${placement.id}`);
      expect(page.html).not.toContain('Een mentor of leidinggevende uitnodigen');
      const post = await postForm(t, session, `/werkgever/plaatsingen/${placement.id}/uitnodigen`, {
        role: 'MANAGER',
        displayName: 'Iemand Anders',
        email: 'iemand@bedrijf.example',
        version: await versionOf(placement.id),
      });
      expect(post.status).toBeGreaterThanOrEqual(400);
    }
    expect(await em().count(User, { email: 'iemand@bedrijf.example' })).toBe(0);
  });
});

describe('the manager’s workspace', () => {
  it('shows the placements they manage with the overdue feedback, and not the colleague’s', async () => {
    const home = await getPage(t, managerSession, '/leidinggevende');
    expect(home.status).toBe(200);
    const text = visibleText(home.html);
    expect(text).toContain('Feedbackgesprek met Kandidaat K-');
    expect(text).toContain('Te laat');
    expect(text).not.toContain('Noor');
    expect(home.html).toContain(`/leidinggevende/plaatsingen/${placement.id}#feedback`);
    expect(home.html).not.toContain(notManaged.id);
    const other = await getPage(t, managerSession, `/leidinggevende/plaatsingen/${notManaged.id}`);
    expect(other.status).toBe(404);
    const post = await postForm(t, managerSession, `/leidinggevende/plaatsingen/${notManaged.id}/feedback`, {
      date: dutch(today()),
      howItsGoing: 'GOOD',
      report: 'Gaat goed met het werk.',
    });
    expect(post.status).toBe(404);
    expect(await em().count(PlacementCheckIn, { placement: notManaged.id })).toBe(0);
  });

  it('records a feedback conversation; a wrong form comes back with what was typed and writes nothing', async () => {
    const path = `/leidinggevende/plaatsingen/${placement.id}/feedback`;
    const wrong = await postForm(t, managerSession, path, {
      date: '31-02-2027',
      report: 'Kort',
      agreedActions: 'Elke week samen de planning doornemen',
    });
    expect(wrong.status).toBe(422);
    const text = visibleText(wrong.html);
    expect(text).toContain('Vul de datum in als dag-maand-jaar');
    expect(text).toContain('Kies hoe het gaat.');
    expect(wrong.html).toContain('Elke week samen de planning doornemen');
    expect(await em().count(PlacementCheckIn, { placement: placement.id })).toBe(0);

    const saved = await postForm(t, managerSession, path, {
      date: dutch(today()),
      howItsGoing: 'SOME_WORRIES',
      report: 'Durft nog weinig te vragen; we oefenen samen.',
      agreedActions: 'Elke week samen de planning doornemen',
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toContain('melding=feedback');
    const stored = await em().find(PlacementCheckIn, { placement: placement.id });
    expect(stored.map((checkIn) => checkIn.kind)).toEqual(['MANAGER_FEEDBACK']);
    const page = await getPage(t, managerSession, saved.location as string);
    expect(visibleText(page.html)).toContain('Het feedbackgesprek is opgeslagen.');
    expect(visibleText(page.html)).toContain('Durft nog weinig te vragen');
    expect(
      await em().count(AuditEntry, { action: 'placement.viewed', actorUserId: manager.user.id }),
    ).toBeGreaterThan(0);
    // The mentor's form is not the manager's: it is refused.
    const asMentor = await postForm(
      t,
      managerSession,
      `/leidinggevende/plaatsingen/${placement.id}/gesprek`,
      {
        date: dutch(today()),
        howItsGoing: 'GOOD',
        report: 'Gaat goed met het werk.',
      },
    );
    expect(asMentor.status).toBe(403);
    expect(await em().count(PlacementCheckIn, { placement: placement.id })).toBe(1);
  });

  it('does not exist for any other role, forms included', async () => {
    for (const user of [recruiter, mentor, coach]) {
      const session = await webSessionFor(t, user.user);
      for (const path of ['/leidinggevende', `/leidinggevende/plaatsingen/${placement.id}`]) {
        const res = await getPage(t, session, path);
        expect(res.status, `${user.user.role} ${path}`).toBe(404);
        expect(res.html).toContain('Deze pagina is er niet');
      }
      const post = await postForm(t, session, `/leidinggevende/plaatsingen/${placement.id}/feedback`, {
        date: dutch(today()),
        howItsGoing: 'GOOD',
        report: 'Gaat goed met het werk.',
      });
      expect(post.status).toBe(404);
    }
    // And the manager finds neither the mentor's nor the recruiter's workspace.
    for (const path of ['/begeleider', '/werkgever', '/werkgever/plaatsingen']) {
      expect((await getPage(t, managerSession, path)).status, path).toBeGreaterThanOrEqual(403);
    }
  });
});
