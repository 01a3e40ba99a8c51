import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoTrajectories } from '../../seed/demo-trajectories';
import { pageSchema } from '../../src/http/pagination';
import { trajectoryOfferingSchema } from '../../src/modules/trajectories/trajectory-offering.schemas';
import {
  arrivalCheckSchema,
  placementSummarySchema,
  reassessmentPromptSchema,
} from '../../src/modules/trajectories/trajectory-placement.schemas';
import { trajectoryProviderSchema } from '../../src/modules/trajectories/trajectory-provider.schemas';
import { User } from '../../src/modules/users/user.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/** The demo trajectories run through the service verbs on a fresh database and show every stage. */
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let roffabriekCoordinator: TestUser;
let later: string[];
let notNow: string[];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  roffabriekCoordinator = await t.factory.user(
    'TRAJECTORY_COORDINATOR',
    await t.factory.organisation('TRAJECTORY_PROVIDER', 'Roffabriek'),
  );
  later = [];
  for (let i = 0; i < 5; i++)
    later.push((await t.factory.jobSeeker(coach.user, { currentSegment: 'LATER' })).id);
  notNow = [];
  for (let i = 0; i < 2; i++)
    notNow.push((await t.factory.jobSeeker(coach.user, { currentSegment: 'NOT_NOW' })).id);

  const em = t.orm.em.fork();
  const adminUser = await em.findOneOrFail(User, { id: admin.user.id }, { populate: ['organisation'] });
  await em.transactional((tx) =>
    seedDemoTrajectories(tx, {
      roffabriek: roffabriekCoordinator.organisation,
      admin: adminUser,
      reference: t.reference,
      later,
      notNow,
    }),
  );
});
afterAll(() => t.close());

const get = async (user: TestUser, path: string) => {
  const res = await t.request('GET', path, { token: user.token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json;
};

describe('seedDemoTrajectories', () => {
  it('makes Roffabriek the platform of three social enterprises with offerings of every kind', async () => {
    const providers = pageSchema(trajectoryProviderSchema).parse(
      await get(admin, `/api/trajectory-providers?platformId=${roffabriekCoordinator.organisation.id}`),
    ).items;
    expect(providers).toHaveLength(4);
    expect(providers.filter((p) => p.platform?.id === roffabriekCoordinator.organisation.id)).toHaveLength(3);
    const offerings = pageSchema(trajectoryOfferingSchema).parse(
      await get(admin, '/api/trajectory-offerings?limit=100'),
    ).items;
    expect(new Set(offerings.map((o) => o.kind))).toEqual(
      new Set(['LEARN_WORK', 'ACTIVATION', 'TRAINING_MODULE']),
    );
    expect(offerings.every((o) => o.nextStartDate !== null)).toBe(true);
    // The existing Roffabriek coordinator publishes Roffabriek's own offerings.
    const own = pageSchema(trajectoryOfferingSchema).parse(
      await get(roffabriekCoordinator, '/api/trajectory-offerings'),
    ).items;
    expect(own.length).toBe(3);
  });

  it('places people at every stage, one of whom did not arrive', async () => {
    const placements = pageSchema(placementSummarySchema).parse(
      await get(coach, '/api/trajectory-placements?limit=100'),
    ).items;
    expect(placements.map((p) => p.status).sort()).toEqual(
      ['ACCEPTED', 'ACCEPTED', 'COMPLETED', 'PROPOSED', 'PROPOSED', 'PROPOSED', 'STARTED'].sort(),
    );
    const checks = pageSchema(arrivalCheckSchema).parse(
      await get(coach, '/api/trajectory-arrival-checks'),
    ).items;
    expect(checks.map((c) => c.jobSeekerId)).toEqual([later[1]]);
    const prompts = pageSchema(reassessmentPromptSchema).parse(
      await get(coach, '/api/reassessment-prompts'),
    ).items;
    expect(prompts.map((p) => p.reasons[0]).sort()).toEqual(['COMPLETED', 'LEVEL_CHANGED']);
  });
});
