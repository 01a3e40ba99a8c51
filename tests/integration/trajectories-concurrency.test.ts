import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import { TrajectoryPlacement } from '../../src/modules/trajectories/trajectory-placement.entity';
import { placementSchema } from '../../src/modules/trajectories/trajectory-placement.schemas';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Capacity under concurrency. On PostgreSQL (TEST_DATABASE_URL) the accepts run in parallel
 * transactions on separate connections; without the row lock on the offering, several would count
 * the same free place and more than N would be accepted. On PGlite they run one after the other,
 * and the outcome must be the same.
 */
let t: TestApp;
let coach: TestUser;
let coordinators: TestUser[];
let provider: Organisation;

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  const first = await t.factory.user('TRAJECTORY_COORDINATOR');
  provider = first.organisation;
  coordinators = [first];
  for (let i = 0; i < 3; i++)
    coordinators.push(await t.factory.user('TRAJECTORY_COORDINATOR', first.organisation));
});
afterAll(() => t.close());

async function proposals(offeringId: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const seeker = await t.factory.jobSeeker(coach.user, { currentSegment: 'LATER' });
    const res = await t.request('POST', '/api/trajectory-placements', {
      token: coach.token,
      body: {
        jobSeekerId: seeker.id,
        offeringId,
        handoverNote: 'Wil graag met de handen werken; komt op de fiets en is altijd op tijd.',
      },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    ids.push(placementSchema.parse(res.json).id);
  }
  return ids;
}

/** Every proposal accepted at the same moment, by four coordinators of the provider. */
const acceptAll = (ids: string[], startDate: string) =>
  Promise.all(
    ids.map((id, index) =>
      t.request('POST', `/api/trajectory-placements/${id}/accept`, {
        token: (coordinators[index % coordinators.length] as TestUser).token,
        body: { startDate },
      }),
    ),
  );

const acceptedInDatabase = (offeringId: string) =>
  t.orm.em.fork().count(TrajectoryPlacement, { offering: offeringId, status: 'ACCEPTED' });

describe('capacity under simultaneous acceptances', () => {
  for (const capacity of [1, 3]) {
    it(`accepts exactly ${capacity} of 12 simultaneous acceptances into one start, and refuses the rest clearly`, async () => {
      const start = inDays(14);
      const offering = await t.factory.trajectoryOffering(provider, {
        startDates: [start, inDays(42)],
        capacityPerStart: capacity,
      });
      const ids = await proposals(offering.id, 12);
      const results = await acceptAll(ids, start);

      const statuses = results.map((res) => res.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(capacity);
      expect(statuses.filter((status) => status === 409)).toHaveLength(12 - capacity);
      for (const refused of results.filter((res) => res.status === 409)) {
        const problem = problemSchema.parse(refused.json);
        expect(problem.code).toBe('CONFLICT');
        expect(problem.detail).toContain('vol');
        expect(problem.meta).toMatchObject({ capacity, placesTaken: capacity, startDate: start });
      }
      expect(await acceptedInDatabase(offering.id)).toBe(capacity);

      const offeringView = await t.request('GET', `/api/trajectory-offerings/${offering.id}`, {
        token: coach.token,
      });
      expect(offeringView.json.availability[0]).toEqual({
        startDate: start,
        capacity,
        taken: capacity,
        free: 0,
      });
    });
  }

  it('holds for continuous intake as well', async () => {
    const offering = await t.factory.trajectoryOffering(provider, {
      continuousIntake: true,
      capacityPerStart: 2,
    });
    const ids = await proposals(offering.id, 8);
    // Different start dates: with continuous intake the capacity is the people taking part at once.
    const results = await Promise.all(
      ids.map((id, index) =>
        t.request('POST', `/api/trajectory-placements/${id}/accept`, {
          token: (coordinators[index % coordinators.length] as TestUser).token,
          body: { startDate: inDays(index) },
        }),
      ),
    );
    expect(results.filter((res) => res.status === 200)).toHaveLength(2);
    expect(results.filter((res) => res.status === 409)).toHaveLength(6);
    expect(await acceptedInDatabase(offering.id)).toBe(2);
  });

  it('lets one of several simultaneous proposals of the same person through', async () => {
    const offering = await t.factory.trajectoryOffering(provider);
    const seeker = await t.factory.jobSeeker(coach.user, { currentSegment: 'LATER' });
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.request('POST', '/api/trajectory-placements', {
          token: coach.token,
          body: {
            jobSeekerId: seeker.id,
            offeringId: offering.id,
            handoverNote: 'Wil graag met de handen werken; komt op de fiets en is altijd op tijd.',
          },
        }),
      ),
    );
    expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(results.filter((res) => res.status === 409).every((res) => res.json.code === 'DUPLICATE')).toBe(
      true,
    );
  });
});
