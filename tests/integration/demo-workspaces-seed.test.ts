import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MENTOR_KEY } from '../../seed/demo-mentor';
import { demoSignInLines } from '../../seed/demo-sign-in';
import { type DemoData, seedDemo } from '../../seed/seed-demo';
import { pageSchema } from '../../src/http/pagination';
import { followUpListSchema } from '../../src/modules/placements/follow-up.schemas';
import {
  moneyChecklistSchema,
  openMoneyItemsSchema,
} from '../../src/modules/placements/money-checklist.schemas';
import { onboardingPlanSchema } from '../../src/modules/placements/onboarding-plan.schemas';
import { placementSummarySchema } from '../../src/modules/placements/placement.schemas';
import { placementSummarySchema as trajectorySummarySchema } from '../../src/modules/trajectories/trajectory-placement.schemas';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, visibleText, webSessionFor } from '../support/web-page-session';

// The demo data the mentor's and the coordinator's workspaces need on a fresh start.

let t: TestApp;
let demo: DemoData;

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t.orm.em.fork(), t.reference, new Date());
}, 120_000);
afterAll(() => t.close());

const userOf = (key: string) => {
  const user = demo.users.get(key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
};

describe('the demo mentor', () => {
  it('is named on a running placement with an overdue mentor conversation and a commented plan', async () => {
    const session = await webSessionFor(t, userOf(DEMO_MENTOR_KEY));
    const home = await getPage(t, session, '/begeleider');
    expect(home.status).toBe(200);
    const text = visibleText(home.html);
    // The person has not agreed to share her profile with this employer: the candidate code only.
    expect(text).toMatch(/Mentorgesprek met Kandidaat K-[A-Z2-9]{6}/);
    expect(text).not.toContain('Esther');
    expect(text).toContain('Te laat');

    const token = (await t.factory.user('PROGRAMME_ADMIN')).token;
    const placements = pageSchema(placementSummarySchema).parse(
      (await t.request('GET', '/api/placements?limit=100', { token })).json,
    ).items;
    const mine = placements.filter((placement) => placement.mentor?.id === userOf(DEMO_MENTOR_KEY).id);
    expect(mine.map((placement) => placement.status)).toEqual(['ACTIVE']);
    const id = mine[0]?.id ?? '';
    const plan = onboardingPlanSchema.parse(
      (await t.request('GET', `/api/placements/${id}/onboarding-plan`, { token })).json,
    );
    expect(plan.items.length).toBe(3);
    expect(plan.items.flatMap((item) => item.comments).length + plan.comments.length).toBe(2);
    const followUp = followUpListSchema.parse(
      (await t.request('GET', '/api/follow-up-items?kind=MENTOR&state=OVERDUE&limit=100', { token })).json,
    );
    expect(followUp.items.map((item) => item.placementId)).toContain(id);
  });

  it('is printed with the way to sign in', () => {
    const lines = demoSignInLines('http://127.0.0.1:3000/inloggen', 'in the console');
    expect(lines).toContain('ruud@zorggroepzuidplein.example');
    expect(lines).toContain('priya@roffabriek.example');
  });
});

describe('the demo coordinator of Roffabriek', () => {
  it('has people at every stage', async () => {
    const coordinator = userOf('coordinator');
    const token = demo.tokens.find((entry) => entry.role === 'TRAJECTORY_COORDINATOR')?.token ?? '';
    const res = await t.request('GET', '/api/trajectory-placements?limit=100', { token });
    expect(res.status).toBe(200);
    const statuses = pageSchema(trajectorySummarySchema)
      .parse(res.json)
      .items.map((placement) => placement.status);
    for (const status of ['PROPOSED', 'ACCEPTED', 'STARTED', 'COMPLETED', 'ENDED']) {
      expect(statuses, status).toContain(status);
    }
    expect(statuses.filter((status) => status === 'STARTED').length).toBeGreaterThanOrEqual(2);

    const session = await webSessionFor(t, coordinator);
    const inbox = await getPage(t, session, '/roffabriek/voorstellen');
    expect(inbox.status).toBe(200);
    expect(visibleText(inbox.html)).toContain('Jezelf voorstellen en presenteren');
  });
});

describe('the demo money checklist', () => {
  it('has steps done, one where help is needed and one still open on the demo mentor’s placement', async () => {
    const token = (await t.factory.user('PROGRAMME_ADMIN')).token;
    const placements = pageSchema(placementSummarySchema).parse(
      (await t.request('GET', '/api/placements?limit=100', { token })).json,
    ).items;
    const id = placements.find((placement) => placement.mentor?.id === userOf(DEMO_MENTOR_KEY).id)?.id ?? '';
    const checklist = moneyChecklistSchema.parse(
      (await t.request('GET', `/api/placements/${id}/money-checklist`, { token })).json,
    );
    expect(Object.fromEntries(checklist.items.map((item) => [item.key, item.status]))).toEqual({
      werkEnInkomen: 'DONE',
      uitkeringTijdensOpbouw: 'DONE',
      toeslagen: 'HELP_NEEDED',
      schuldenEnBeslag: 'NOT_NEEDED',
      overbrugging: 'DONE',
      reiskosten: 'OPEN',
    });
    expect(checklist.items[0]?.contactName).toContain('Werk en Inkomen');
    const open = openMoneyItemsSchema
      .parse((await t.request('GET', '/api/money-checklist-items?limit=100', { token })).json)
      .items.filter((item) => item.placementId === id);
    expect(open.map((item) => item.key).sort()).toEqual(['reiskosten', 'toeslagen']);
  });
});
