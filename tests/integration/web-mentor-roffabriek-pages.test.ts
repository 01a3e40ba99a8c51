import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { PlacementCheckIn } from '../../src/modules/placements/check-in.entity';
import { OnboardingPlanComment } from '../../src/modules/placements/onboarding-plan.entity';
import type { Placement } from '../../src/modules/placements/placement.entity';
import { addDays } from '../../src/modules/readiness/review-dates';
import { TrajectoryOffering } from '../../src/modules/trajectories/trajectory-offering.entity';
import { TrajectoryPlacement } from '../../src/modules/trajectories/trajectory-placement.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, postForm, visibleText, type WebSession, webSessionFor } from '../support/web-page-session';

// The mentor's workspace (/begeleider) and the trajectory coordinator's (/roffabriek) through plain
// form posts: each sees only their own placements, proposals and offerings (another's by URL is the
// "not found" page), a post without the anti-forgery token changes nothing, and every other role
// finds neither workspace.

let t: TestApp;
let coach: TestUser;
let recruiter: TestUser;
let mentor: TestUser;
let bystanderMentor: TestUser;
let otherMentor: TestUser;
let mentorSession: WebSession;
let placement: Placement;
let otherPlacement: Placement;
let coordinatorA: TestUser;
let coordinatorB: TestUser;
let sessionA: WebSession;
let fullOfferingId: string;
let offeringBId: string;
let proposalA: string;
let proposalFull: string;
let proposalB: string;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
const dutch = (iso: string) => iso.split('-').reverse().join('-');
const count = async <T extends object>(entity: new () => T, where: Record<string, unknown>) =>
  t.orm.em.fork().count(entity, where as never);

async function propose(jobSeekerId: string, offeringId: string): Promise<string> {
  const res = await t.request('POST', '/api/trajectory-placements', {
    token: coach.token,
    body: {
      jobSeekerId,
      offeringId,
      handoverNote: 'Werkt graag met de handen en wil rustig beginnen, liefst in de ochtend.',
      contactRoute: 'VIA_LIFECOACH',
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.json.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  coach = await t.factory.user('LIFECOACH');
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  mentor = await t.factory.user('MENTOR', recruiter.organisation);
  bystanderMentor = await t.factory.user('MENTOR', recruiter.organisation);
  const otherRecruiter = await t.factory.user('EMPLOYER_RECRUITER');
  otherMentor = await t.factory.user('MENTOR', otherRecruiter.organisation);
  mentorSession = await webSessionFor(t, mentor.user);

  const person = await t.factory.jobSeeker(coach.user, { fullName: 'Noor Hendriks' });
  placement = await t.factory.placement(person, await t.factory.vacancy(recruiter.organisation), {
    startDate: addDays(today(), -20),
    mentor: mentor.user,
    manager: recruiter.user,
  });
  const item = await t.request('POST', `/api/placements/${placement.id}/onboarding-plan/items`, {
    token: recruiter.token,
    body: { kind: 'LEARNING_ITEM', title: 'De scanner leren gebruiken', targetDate: addDays(today(), 10) },
  });
  expect(item.status, item.text).toBe(201);
  const otherPerson = await t.factory.jobSeeker(coach.user, { fullName: 'Gerrit Klaassen' });
  otherPlacement = await t.factory.placement(
    otherPerson,
    await t.factory.vacancy(otherRecruiter.organisation),
    { startDate: addDays(today(), -20), mentor: otherMentor.user, manager: otherRecruiter.user },
  );

  coordinatorA = await t.factory.user(
    'TRAJECTORY_COORDINATOR',
    await t.factory.organisation('TRAJECTORY_PROVIDER', 'Werkplaats Noord'),
  );
  coordinatorB = await t.factory.user(
    'TRAJECTORY_COORDINATOR',
    await t.factory.organisation('TRAJECTORY_PROVIDER', 'Keuken Zuid'),
  );
  sessionA = await webSessionFor(t, coordinatorA.user);
  const start = addDays(today(), 14);
  const offeringA = await t.factory.trajectoryOffering(coordinatorA.organisation, {
    title: 'Fietsen maken',
    capacityPerStart: 4,
  });
  const fullOffering = await t.factory.trajectoryOffering(coordinatorA.organisation, {
    title: 'Kleine groep houtbewerking',
    startDates: [start],
    capacityPerStart: 1,
  });
  fullOfferingId = fullOffering.id;
  offeringBId = (
    await t.factory.trajectoryOffering(coordinatorB.organisation, { title: 'Koken voor de buurt' })
  ).id;
  const later = async (name: string) =>
    (await t.factory.jobSeeker(coach.user, { fullName: name, currentSegment: 'LATER' })).id;
  proposalA = await propose(await later('Sanne Bakker'), offeringA.id);
  const first = await propose(await later('Omar Idrissi'), fullOffering.id);
  const accepted = await t.request('POST', `/api/trajectory-placements/${first}/accept`, {
    token: coordinatorA.token,
    body: { startDate: start },
  });
  expect(accepted.status, accepted.text).toBe(200);
  proposalFull = await propose(await later('Lisa de Boer'), fullOffering.id);
  proposalB = await propose(await later('Karim Aziz'), offeringBId);
});
afterAll(() => t.close());

describe('the mentor’s workspace', () => {
  it('is where a mentor lands, with only the placements they are named on', async () => {
    const home = await getPage(t, mentorSession, '/begeleider');
    expect(home.status).toBe(200);
    const text = visibleText(home.html);
    expect(text).toContain('Uw nieuwe collega');
    // The person has not agreed to share their name with this employer: the candidate code, as the API shows it.
    expect(text).toMatch(/Kandidaat K-[A-Z2-9]{6}/);
    expect(text).not.toContain('Noor');
    expect(home.html).toContain(`/begeleider/plaatsingen/${placement.id}`);
    expect(home.html).not.toContain(otherPlacement.id);

    const page = await getPage(t, mentorSession, `/begeleider/plaatsingen/${placement.id}`);
    expect(page.status).toBe(200);
    expect(visibleText(page.html)).toContain('De scanner leren gebruiken');
    expect(
      await count(AuditEntry, {
        action: 'placement.viewed',
        entityId: placement.id,
        actorUserId: mentor.user.id,
      }),
    ).toBeGreaterThan(0);
  });

  it('is the "not found" page for a placement the mentor is not named on, also at the same employer', async () => {
    for (const [user, id] of [
      [mentor, otherPlacement.id],
      [bystanderMentor, placement.id],
    ] as const) {
      const session = await webSessionFor(t, user.user);
      const res = await getPage(t, session, `/begeleider/plaatsingen/${id}`);
      expect(res.status).toBe(404);
      expect(res.html).toContain('Deze pagina is er niet');
      const post = await postForm(t, session, `/begeleider/plaatsingen/${id}/gesprek`, {
        date: dutch(today()),
        howItsGoing: 'GOOD',
        report: 'Gaat goed, werkt netjes en vraagt veel.',
      });
      expect(post.status).toBe(404);
    }
    expect(await count(PlacementCheckIn, {})).toBe(0);
    const bystanderHome = await getPage(t, await webSessionFor(t, bystanderMentor.user), '/begeleider');
    expect(bystanderHome.html).not.toContain(placement.id);
  });

  it('records a mentor conversation; a wrong form comes back with what was typed and writes nothing', async () => {
    const path = `/begeleider/plaatsingen/${placement.id}/gesprek`;
    const wrong = await postForm(t, mentorSession, path, {
      date: 'gisteren',
      report: 'Kort',
      agreedActions: 'Elke week samen de planning doornemen',
    });
    expect(wrong.status).toBe(422);
    const text = visibleText(wrong.html);
    expect(text).toContain('Vul de datum in als dag-maand-jaar');
    expect(text).toContain('Kies hoe het gaat.');
    expect(wrong.html).toContain('Elke week samen de planning doornemen');
    expect(await count(PlacementCheckIn, { placement: placement.id })).toBe(0);

    const saved = await postForm(t, mentorSession, path, {
      date: dutch(addDays(today(), -1)),
      howItsGoing: 'SOME_WORRIES',
      report: 'Durft nog weinig te vragen aan collega’s, maar leert snel.',
      agreedActions: 'Elke ochtend even samen beginnen\nVragen opschrijven',
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toContain('melding=gesprek');
    const rows = await t.orm.em.fork().find(PlacementCheckIn, { placement: placement.id });
    expect(rows.map((row) => [row.kind, row.agreedActions])).toEqual([
      ['MENTOR', ['Elke ochtend even samen beginnen', 'Vragen opschrijven']],
    ]);
    const page = await getPage(t, mentorSession, saved.location ?? '');
    expect(visibleText(page.html)).toContain('Durft nog weinig te vragen');
  });

  it('comments on the onboarding plan; a post without the anti-forgery token changes nothing', async () => {
    const path = `/begeleider/plaatsingen/${placement.id}/opmerking`;
    const refused = await postForm(
      t,
      mentorSession,
      path,
      { 'tekst.plan': 'Goed plan.' },
      { withToken: false },
    );
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('Dit formulier is verlopen');
    const conversation = await postForm(
      t,
      mentorSession,
      `/begeleider/plaatsingen/${placement.id}/gesprek`,
      { date: dutch(today()), howItsGoing: 'GOOD', report: 'Zonder token mag dit niet.' },
      { withToken: false },
    );
    expect(conversation.status).toBe(403);
    expect(await count(OnboardingPlanComment, {})).toBe(0);
    expect(await count(PlacementCheckIn, { report: 'Zonder token mag dit niet.' })).toBe(0);

    const empty = await postForm(t, mentorSession, path, { 'tekst.plan': ' ' });
    expect(empty.status).toBe(422);
    expect(visibleText(empty.html)).toContain('Schrijf een opmerking van minstens 2 tekens');
    const saved = await postForm(t, mentorSession, path, {
      'tekst.plan': 'Laat de nieuwe collega de eerste week meelopen met Ahmed.',
    });
    expect(saved.status).toBe(303);
    expect(await count(OnboardingPlanComment, { placement: placement.id, authorRole: 'MENTOR' })).toBe(1);
  });
});

describe('the trajectory coordinator’s workspace', () => {
  it('shows only the own organisation’s offerings, proposals and people', async () => {
    const offerings = visibleText((await getPage(t, sessionA, '/roffabriek/aanbod')).html);
    expect(offerings).toContain('Fietsen maken');
    expect(offerings).not.toContain('Koken voor de buurt');
    const inbox = await getPage(t, sessionA, '/roffabriek/voorstellen');
    expect(visibleText(inbox.html)).toContain('Sanne Bakker');
    expect(visibleText(inbox.html)).not.toContain('Karim Aziz');
    expect(inbox.html).not.toContain(proposalB);
    const everyone = visibleText((await getPage(t, sessionA, '/roffabriek/deelnemers')).html);
    expect(everyone).toContain('Omar Idrissi');
    expect(everyone).not.toContain('Karim Aziz');

    for (const path of [
      `/roffabriek/aanbod/${offeringBId}`,
      `/roffabriek/deelnemers/${proposalB}`,
      `/roffabriek/deelnemers/${placement.id}`,
    ]) {
      const res = await getPage(t, sessionA, path);
      expect(res.status, path).toBe(404);
      expect(res.html).not.toContain('Karim');
    }
    const accept = await postForm(t, sessionA, `/roffabriek/deelnemers/${proposalB}/accepteren`, {
      startDate: dutch(today()),
    });
    expect(accept.status).toBe(404);
    const b = await t.orm.em.fork().findOneOrFail(TrajectoryPlacement, { id: proposalB });
    expect(b.status).toBe('PROPOSED');
  });

  it('reads the handover note and contact route of a proposal, and audits the reading', async () => {
    const page = await getPage(t, sessionA, `/roffabriek/deelnemers/${proposalA}`);
    expect(page.status).toBe(200);
    const text = visibleText(page.html);
    expect(text).toContain('Werkt graag met de handen en wil rustig beginnen');
    expect(text).toContain('Alleen via de lifecoach');
    expect(
      await count(AuditEntry, {
        action: 'trajectory_placement.viewed',
        entityId: proposalA,
        actorUserId: coordinatorA.user.id,
      }),
    ).toBeGreaterThan(0);
  });

  it('publishes an offering; a wrong form comes back at its fields and writes nothing', async () => {
    const before = await count(TrajectoryOffering, {});
    const wrong = await postForm(t, sessionA, '/roffabriek/aanbod/nieuw', {
      kind: 'LEARN_WORK',
      title: 'Werken in de winkel',
      description: 'Je helpt in onze kringloopwinkel.',
      hoursPerWeek: 'veel',
      postcode: '3072',
      intake: 'vast',
      startDates: '',
      capacityPerStart: '6',
    });
    expect(wrong.status).toBe(422);
    const text = visibleText(wrong.html);
    expect(text).toContain('Kies minstens één vaardigheid');
    expect(text).toContain('Vul het aantal uren per week in');
    expect(wrong.html).toContain('Werken in de winkel');
    const good = {
      kind: 'LEARN_WORK',
      title: 'Werken in de winkel',
      description: 'Je helpt in onze kringloopwinkel en leert klanten helpen.',
      comp0: 'T-WORK-IN-TEAMS',
      hoursPerWeek: '12',
      durationWeeks: '20',
      postcode: '3072',
      intake: 'vast',
      startDates: `${dutch(addDays(today(), 21))}\n${dutch(addDays(today(), 49))}`,
      capacityPerStart: '6',
    };
    const noDates = await postForm(t, sessionA, '/roffabriek/aanbod/nieuw', { ...good, startDates: '' });
    expect(noDates.status).toBe(422);
    expect(visibleText(noDates.html)).toContain('Geef minstens één startdatum');
    const pastDate = await postForm(t, sessionA, '/roffabriek/aanbod/nieuw', {
      ...good,
      startDates: dutch(addDays(today(), -3)),
    });
    expect(pastDate.status).toBe(422);
    expect(visibleText(pastDate.html)).toContain('Deze startdatum ligt in het verleden');
    const unreadable = await postForm(t, sessionA, '/roffabriek/aanbod/nieuw', {
      ...good,
      startDates: 'maandag',
    });
    expect(unreadable.status).toBe(422);
    expect(visibleText(unreadable.html)).toContain('Vul elke startdatum in als dag-maand-jaar');
    expect(await count(TrajectoryOffering, {})).toBe(before);

    const saved = await postForm(t, sessionA, '/roffabriek/aanbod/nieuw', good);
    expect(saved.status).toBe(303);
    const offering = await t.orm.em
      .fork()
      .findOneOrFail(TrajectoryOffering, { title: 'Werken in de winkel' });
    expect(offering.startDates).toEqual([addDays(today(), 21), addDays(today(), 49)]);
    expect(offering.provider.id).toBe(coordinatorA.organisation.id);
    const page = visibleText((await getPage(t, sessionA, saved.location ?? '')).html);
    expect(page).toContain('Het aanbod staat open');
    expect(page).toMatch(/Vrije plaatsen per start/);
  });

  it('explains a full start next to the date and accepts nobody', async () => {
    const res = await postForm(t, sessionA, `/roffabriek/deelnemers/${proposalFull}/accepteren`, {
      startDate: dutch(addDays(today(), 14)),
    });
    expect(res.status).toBe(422);
    expect(visibleText(res.html)).toContain('is vol (1 plaatsen). Kies een andere startdatum');
    const row = await t.orm.em.fork().findOneOrFail(TrajectoryPlacement, { id: proposalFull });
    expect(row.status).toBe('PROPOSED');
    expect(await count(TrajectoryPlacement, { offering: fullOfferingId, status: 'ACCEPTED' })).toBe(1);
  });

  it('keeps a start date that people are placed for, and says so at the dates', async () => {
    const page = await getPage(t, sessionA, `/roffabriek/aanbod/${fullOfferingId}`);
    expect(page.status).toBe(200);
    const version = /name="version" value="(\d+)"/.exec(page.html)?.[1] ?? '';
    const fields = {
      kind: 'LEARN_WORK',
      title: 'Kleine groep houtbewerking',
      description: 'Je werkt mee in onze werkplaats en leert het vak stap voor stap.',
      comp0: 'P-GEREEDSCHAP',
      hoursPerWeek: '8',
      durationWeeks: '26',
      postcode: '3072',
      intake: 'vast',
      capacityPerStart: '1',
      status: 'OPEN',
      version,
    };
    const moved = await postForm(t, sessionA, `/roffabriek/aanbod/${fullOfferingId}`, {
      ...fields,
      startDates: dutch(addDays(today(), 28)),
    });
    expect(moved.status).toBe(422);
    expect(visibleText(moved.html)).toContain('die startdatum blijft staan');
    expect(moved.html).toMatch(/id="veld-startDates-fout"/);
    const kept = await t.orm.em.fork().findOneOrFail(TrajectoryOffering, { id: fullOfferingId });
    expect(kept.startDates).toEqual([addDays(today(), 14)]);

    const more = await postForm(t, sessionA, `/roffabriek/aanbod/${fullOfferingId}`, {
      ...fields,
      startDates: `${dutch(addDays(today(), 14))}\n${dutch(addDays(today(), 28))}`,
      capacityPerStart: '3',
    });
    expect(more.status).toBe(303);
    const changed = await t.orm.em.fork().findOneOrFail(TrajectoryOffering, { id: fullOfferingId });
    expect(changed.capacityPerStart).toBe(3);
    expect(changed.startDates).toEqual([addDays(today(), 14), addDays(today(), 28)]);
  });

  it('declines a proposal only with a reason', async () => {
    const short = await postForm(t, sessionA, `/roffabriek/deelnemers/${proposalFull}/afwijzen`, {
      declineReason: 'Nee',
    });
    expect(short.status).toBe(422);
    expect(visibleText(short.html)).toContain('Schrijf de reden in minstens 10 tekens');
    expect((await t.orm.em.fork().findOneOrFail(TrajectoryPlacement, { id: proposalFull })).status).toBe(
      'PROPOSED',
    );
    const declined = await postForm(t, sessionA, `/roffabriek/deelnemers/${proposalFull}/afwijzen`, {
      declineReason: 'Deze groep is nu vol; de volgende start past beter.',
    });
    expect(declined.status).toBe(303);
    // The same form sent again from the old page: the step no longer fits, and the page says so.
    const again = await postForm(t, sessionA, `/roffabriek/deelnemers/${proposalFull}/accepteren`, {
      startDate: dutch(addDays(today(), 28)),
    });
    expect(again.status).toBe(422);
    expect(visibleText(again.html)).toContain('Dit kan niet: de plaatsing is nu ‘Niet geaccepteerd’');
    const row = await t.orm.em.fork().findOneOrFail(TrajectoryPlacement, { id: proposalFull });
    expect([row.status, row.declineReason]).toEqual([
      'DECLINED',
      'Deze groep is nu vol; de volgende start past beter.',
    ]);
  });

  it('refuses a step without the anti-forgery token', async () => {
    const res = await postForm(
      t,
      sessionA,
      `/roffabriek/deelnemers/${proposalA}/afwijzen`,
      { declineReason: 'Past nu niet bij onze ploeg.' },
      { withToken: false },
    );
    expect(res.status).toBe(403);
    expect(res.html).toContain('Dit formulier is verlopen');
    const row = await t.orm.em.fork().findOneOrFail(TrajectoryPlacement, { id: proposalA });
    expect(row.status).toBe('PROPOSED');
  });
});

describe('other roles', () => {
  it('get the "not found" page on both workspaces, forms included', async () => {
    const others = [
      coach,
      recruiter,
      await t.factory.user('PROGRAMME_ADMIN'),
      await t.factory.user('PARTNER_WORKER'),
      await t.factory.user('ADVISORY_GROUP'),
      coordinatorA,
    ];
    for (const user of others) {
      const session = await webSessionFor(t, user.user);
      const pages =
        user === coordinatorA
          ? ['/begeleider', `/begeleider/plaatsingen/${placement.id}`]
          : [
              '/begeleider',
              `/begeleider/plaatsingen/${placement.id}`,
              '/roffabriek',
              '/roffabriek/aanbod',
              '/roffabriek/aanbod/nieuw',
              `/roffabriek/aanbod/${fullOfferingId}`,
              '/roffabriek/voorstellen',
              '/roffabriek/deelnemers',
              `/roffabriek/deelnemers/${proposalA}`,
            ];
      for (const path of pages) {
        const res = await getPage(t, session, path);
        expect(res.status, `${user.user.role} ${path}`).toBe(404);
        expect(res.html).toContain('Deze pagina is er niet');
      }
      const post =
        user === coordinatorA
          ? await postForm(t, session, `/begeleider/plaatsingen/${placement.id}/opmerking`, {
              'tekst.plan': 'Dit mag deze rol niet doen.',
            })
          : await postForm(t, session, `/roffabriek/deelnemers/${proposalA}/afwijzen`, {
              declineReason: 'Dit mag deze rol niet doen.',
            });
      expect(post.status, user.user.role).toBe(404);
    }
    const mentorOnCoordinatorPages = await getPage(t, mentorSession, '/roffabriek');
    expect(mentorOnCoordinatorPages.status).toBe(404);
    const row = await t.orm.em.fork().findOneOrFail(TrajectoryPlacement, { id: proposalA });
    expect(row.status).toBe('PROPOSED');
    expect(await count(OnboardingPlanComment, { text: 'Dit mag deze rol niet doen.' })).toBe(0);
  });

  it('signed out, go to the sign-in page', async () => {
    for (const path of ['/begeleider', '/roffabriek']) {
      const res = await t.app.request(path, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/inloggen');
    }
  });
});
