import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import {
  OnboardingPlanComment,
  OnboardingPlanItem,
} from '../../src/modules/placements/onboarding-plan.entity';
import { Placement } from '../../src/modules/placements/placement.entity';
import { addDays, programmeToday } from '../../src/modules/readiness/review-dates';
import type { Vacancy } from '../../src/modules/vacancies/vacancy.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, postForm, visibleText, type WebSession, webSessionFor } from '../support/web-page-session';

// The employer's placement page: the onboarding plan (items, their status, comments) and ending a
// placement with a reason from the API's list — each form keeps what was typed and writes nothing
// when it is refused; another employer's placement and its forms are not found.

let t: TestApp;
let recruiter: TestUser;
let session: WebSession;
let person: JobSeeker;
let coach: TestUser;
let vacancy: Vacancy;
const today = programmeToday(new Date());
const typed = (date: string) => date.split('-').reverse().join('-');

const fresh = () => t.orm.em.fork();

beforeAll(async () => {
  t = await createTestApp();
  coach = await t.factory.user('LIFECOACH');
  person = await t.factory.jobSeeker(coach.user, { fullName: 'Noor Hamdan' });
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  vacancy = await t.factory.vacancy(recruiter.organisation, { title: 'Magazijnmedewerker' });
  session = await webSessionFor(t, recruiter.user);
});
afterAll(() => t.close());

/** One running placement per person and vacancy: every test gets a person of its own. */
const newPlacement = async (status: 'ACTIVE' | 'DRAFT' = 'ACTIVE') =>
  t.factory.placement(await t.factory.jobSeeker(coach.user), vacancy, {
    startDate: status === 'ACTIVE' ? addDays(today, -20) : null,
    status,
  });

describe('the onboarding plan', () => {
  let placementId: string;
  const path = () => `/werkgever/plaatsingen/${placementId}`;

  beforeAll(async () => {
    placementId = (await t.factory.placement(person, vacancy, { startDate: addDays(today, -20) })).id;
  });

  it('refuses an item without a title or with a date that is no date, keeping what was typed', async () => {
    const refused = await postForm(t, session, `${path()}/inwerkplan`, {
      kind: 'GOAL',
      title: 'x',
      targetDate: '31-02',
    });
    expect(refused.status).toBe(422);
    const text = visibleText(refused.html);
    expect(text).toContain('Schrijf het punt in 3 tot 200 tekens.');
    expect(text).toContain('Vul de datum in als dag-maand-jaar');
    expect(refused.html).toContain('value="31-02"');
    expect(await fresh().count(OnboardingPlanItem, { placement: placementId })).toBe(0);
  });

  it('adds an item, sets its status and takes comments', async () => {
    const added = await postForm(t, session, `${path()}/inwerkplan`, {
      kind: 'LEARNING_ITEM',
      title: 'Werken met de handscanner',
      description: 'Samen met de mentor de eerste week.',
      targetDate: typed(addDays(today, 14)),
    });
    expect(added.status, visibleText(added.html).slice(0, 400)).toBe(303);
    const item = await fresh().findOneOrFail(OnboardingPlanItem, { placement: placementId });
    expect(item).toMatchObject({ title: 'Werken met de handscanner', status: 'PLANNED' });

    const stale = await postForm(t, session, `${path()}/inwerkplan/${item.id}/stand`, {
      [`status-${item.id}`]: 'DONE',
      version: String(item.version + 5),
    });
    expect(stale.status).toBe(422);
    expect(visibleText(stale.html)).toContain('Iemand anders heeft dit net veranderd.');
    expect((await fresh().findOneOrFail(OnboardingPlanItem, { id: item.id })).status).toBe('PLANNED');

    const status = await postForm(t, session, `${path()}/inwerkplan/${item.id}/stand`, {
      [`status-${item.id}`]: 'IN_PROGRESS',
      version: String(item.version),
    });
    expect(status.status).toBe(303);
    expect((await fresh().findOneOrFail(OnboardingPlanItem, { id: item.id })).status).toBe('IN_PROGRESS');

    const empty = await postForm(t, session, `${path()}/inwerkplan/opmerking`, {
      itemId: item.id,
      [`opmerking-${item.id}`]: ' ',
    });
    expect(empty.status).toBe(422);
    expect(visibleText(empty.html)).toContain('Schrijf een opmerking van 2 tot 2000 tekens.');
    for (const [itemId, text] of [
      [item.id, 'De scanner gaat al sneller.'],
      [null, 'Het plan loopt goed.'],
    ] as const) {
      const field = itemId ? `opmerking-${itemId}` : 'opmerking-plan';
      const saved = await postForm(t, session, `${path()}/inwerkplan/opmerking`, {
        ...(itemId ? { itemId } : {}),
        [field]: text,
      });
      expect(saved.status).toBe(303);
    }
    expect(await fresh().count(OnboardingPlanComment, { placement: placementId })).toBe(2);
    const page = visibleText((await getPage(t, session, path())).html);
    expect(page).toContain('Leerpunt: Werken met de handscanner');
    expect(page).toContain('Bezig · klaar uiterlijk');
    expect(page).toContain('De scanner gaat al sneller.');
    expect(page).toContain('Het plan loopt goed.');
    expect(page).toContain('0 van 1 punten klaar');
    for (const action of [
      'onboarding_plan.item_added',
      'onboarding_plan.item_updated',
      'onboarding_plan.commented',
    ])
      expect(await fresh().count(AuditEntry, { action, actorUserId: recruiter.user.id }), action).toBe(
        action === 'onboarding_plan.commented' ? 2 : 1,
      );
  });
});

describe('ending a placement', () => {
  it('asks the date, a reason, what happened and whether the lifecoach goes on, then ends it', async () => {
    const placement = await newPlacement();
    const path = `/werkgever/plaatsingen/${placement.id}`;
    const before = visibleText((await getPage(t, session, path)).html);
    expect(before).toContain('De uren waren te zwaar');

    const refused = await postForm(t, session, `${path}/einde`, {
      endDate: typed(addDays(today, 3)),
      note: 'Kort',
    });
    expect(refused.status).toBe(422);
    const text = visibleText(refused.html);
    expect(text).toContain('Kies de belangrijkste reden.');
    expect(text).toContain('Schrijf in 10 tot 2000 tekens wat er gebeurd is.');
    expect(text).toContain('Kies ja of nee.');
    expect((await fresh().findOneOrFail(Placement, { id: placement.id })).status).toBe('ACTIVE');

    // A last day in the future is the service's refusal, next to the field.
    const future = await postForm(t, session, `${path}/einde`, {
      endDate: typed(addDays(today, 3)),
      reason: 'HOURS_TOO_HEAVY',
      note: 'De vroege diensten waren te zwaar om vol te houden.',
      returnsToProgramme: 'ja',
    });
    expect(future.status).toBe(422);
    expect(visibleText(future.html)).toContain('Leg het einde vast op of na de laatste werkdag');
    expect(future.html).toContain('De vroege diensten waren te zwaar om vol te houden.');
    expect((await fresh().findOneOrFail(Placement, { id: placement.id })).status).toBe('ACTIVE');

    const ended = await postForm(t, session, `${path}/einde`, {
      endDate: typed(today),
      reason: 'HOURS_TOO_HEAVY',
      note: 'De vroege diensten waren te zwaar om vol te houden.',
      returnsToProgramme: 'ja',
    });
    expect(ended.status).toBe(303);
    const stored = await fresh().findOneOrFail(Placement, { id: placement.id });
    expect(stored).toMatchObject({
      status: 'ENDED',
      endReason: 'HOURS_TOO_HEAVY',
      endedBySide: 'EMPLOYER',
      returnsToProgramme: true,
    });
    const after = visibleText((await getPage(t, session, ended.location ?? path)).html);
    expect(after).toContain('De plaatsing is beëindigd.');
    expect(after).toContain('Reden De uren waren te zwaar');
    expect(after).not.toContain('Beëindig de plaatsing');
  });

  it('records that a draft will not start', async () => {
    const draft = await newPlacement('DRAFT');
    const path = `/werkgever/plaatsingen/${draft.id}`;
    expect(visibleText((await getPage(t, session, path)).html)).toContain('Gaat de plaatsing niet door?');
    const saved = await postForm(t, session, `${path}/annuleren`, {
      reason: 'BETTER_JOB_ELSEWHERE',
      note: 'Heeft een baan dichter bij huis gevonden.',
    });
    expect(saved.status).toBe(303);
    expect((await fresh().findOneOrFail(Placement, { id: draft.id })).status).toBe('CANCELLED');
  });
});

describe('the start of a draft', () => {
  it('names the mentor and the manager, and confirms the start only with all three', async () => {
    const mentor = await t.factory.user('MENTOR', recruiter.organisation);
    const manager = await t.factory.user('EMPLOYER_RECRUITER', recruiter.organisation);
    const draft = await newPlacement('DRAFT');
    const path = `/werkgever/plaatsingen/${draft.id}`;
    const page = await getPage(t, session, path);
    expect(visibleText(page.html)).toContain('De start regelen');
    expect(page.html).toContain(`value="${mentor.user.id}"`);
    const version = String((await fresh().findOneOrFail(Placement, { id: draft.id })).version);

    const refused = await postForm(t, session, `${path}/start`, {
      step: 'start',
      managerUserId: manager.user.id,
      startDate: typed(today),
      version,
    });
    expect(refused.status).toBe(422);
    expect(visibleText(refused.html)).toContain('Kies een mentor.');
    expect(refused.html).toContain(`value="${typed(today)}"`);
    expect(await fresh().findOneOrFail(Placement, { id: draft.id }, { populate: ['manager'] })).toMatchObject(
      {
        status: 'DRAFT',
        manager: null,
      },
    );

    const started = await postForm(t, session, `${path}/start`, {
      step: 'start',
      mentorUserId: mentor.user.id,
      managerUserId: manager.user.id,
      startDate: typed(today),
      version,
    });
    expect(started.status, visibleText(started.html).slice(0, 300)).toBe(303);
    const stored = await fresh().findOneOrFail(
      Placement,
      { id: draft.id },
      { populate: ['mentor', 'manager'] },
    );
    expect(stored.status).toBe('ACTIVE');
    expect(stored.mentor?.id).toBe(mentor.user.id);
    expect(stored.manager?.id).toBe(manager.user.id);
    expect(visibleText((await getPage(t, session, started.location ?? path)).html)).toContain(
      'De start is bevestigd.',
    );
  });
});

describe('another employer', () => {
  it('finds neither the placement nor its forms', async () => {
    const placement = await newPlacement();
    const item = await t.request('POST', `/api/placements/${placement.id}/onboarding-plan/items`, {
      token: recruiter.token,
      body: { kind: 'GOAL', title: 'Zelfstandig orders verzamelen', targetDate: addDays(today, 30) },
    });
    expect(item.status).toBe(201);
    const other = await t.factory.user('EMPLOYER_RECRUITER');
    const otherSession = await webSessionFor(t, other.user);
    const path = `/werkgever/plaatsingen/${placement.id}`;
    expect((await getPage(t, otherSession, path)).status).toBe(404);
    for (const [action, fields] of [
      [`${path}/inwerkplan`, { kind: 'GOAL', title: 'Iets anders', targetDate: typed(today) }],
      [`${path}/inwerkplan/opmerking`, { 'opmerking-plan': 'Een opmerking van buiten.' }],
      [`${path}/inwerkplan/${item.json.id}/stand`, { [`status-${item.json.id}`]: 'DONE', version: '1' }],
      [
        `${path}/einde`,
        {
          endDate: typed(today),
          reason: 'OTHER',
          note: 'Een einde van buiten af.',
          returnsToProgramme: 'nee',
        },
      ],
    ] as const) {
      const res = await postForm(t, otherSession, action, fields as Record<string, string>);
      expect(res.status, action).toBe(404);
    }
    expect(await fresh().count(OnboardingPlanItem, { placement: placement.id })).toBe(1);
    expect(await fresh().count(OnboardingPlanComment, { placement: placement.id })).toBe(0);
    expect((await fresh().findOneOrFail(Placement, { id: placement.id })).status).toBe('ACTIVE');
  });
});
