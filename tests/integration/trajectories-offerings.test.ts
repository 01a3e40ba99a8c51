import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { trajectoryOfferingSchema } from '../../src/modules/trajectories/trajectory-offering.schemas';
import { placementSchema } from '../../src/modules/trajectories/trajectory-placement.schemas';
import { trajectoryProviderSchema } from '../../src/modules/trajectories/trajectory-provider.schemas';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let roffabriek: TestUser;
let member: TestUser;
let otherProvider: TestUser;
let recruiter: TestUser;
let partner: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  roffabriek = await t.factory.user(
    'TRAJECTORY_COORDINATOR',
    await t.factory.organisation('TRAJECTORY_PROVIDER', 'Roffabriek'),
  );
  member = await t.factory.user(
    'TRAJECTORY_COORDINATOR',
    await t.factory.organisation('TRAJECTORY_PROVIDER', 'Fietsenwerkplaats Zuid'),
  );
  otherProvider = await t.factory.user('TRAJECTORY_COORDINATOR');
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  partner = await t.factory.user('PARTNER_WORKER');
});
afterAll(() => t.close());

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

function expectProblem(res: { status: number; json: unknown }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  const problem = problemSchema.parse(res.json);
  expect(problem.code).toBe(code);
  return problem;
}

function errorPaths(res: { status: number; json: unknown }) {
  const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
  return (problem.errors ?? []).map((error) => error.path.join('.')).sort();
}

const bikeWorkshop = () => ({
  kind: 'LEARN_WORK',
  title: 'Fietsenmaker in opleiding',
  description: 'Je repareert fietsen in onze werkplaats in Zuid. Je leert het vak van een vakman.',
  competenceCodes: ['P-GEREEDSCHAP', 'T-WORK-IN-TEAMS', 'T-MEET-COMMITMENTS'],
  hoursPerWeek: 12,
  durationWeeks: 26,
  postcode: '3072 AB',
  continuousIntake: false,
  startDates: [inDays(40), inDays(10)],
  capacityPerStart: 4,
});

const putProvider = (user: TestUser, id: string, body: unknown) =>
  t.request('PUT', `/api/trajectory-providers/${id}`, { token: user.token, body });

describe('trajectory providers and Roffabriek membership', () => {
  it('lets programme staff make a social enterprise a member of Roffabriek', async () => {
    const res = await putProvider(admin, member.organisation.id, {
      platformId: roffabriek.organisation.id,
      description: 'Sociale onderneming: we repareren fietsen en leren mensen het vak.',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(trajectoryProviderSchema.parse(res.json)).toMatchObject({
      id: member.organisation.id,
      platform: { id: roffabriek.organisation.id, name: 'Roffabriek' },
      profileVersion: 1,
    });
    const members = await t.request(
      'GET',
      `/api/trajectory-providers?platformId=${roffabriek.organisation.id}`,
      {
        token: coach.token,
      },
    );
    expect(
      pageSchema(trajectoryProviderSchema)
        .parse(members.json)
        .items.map((p) => p.name)
        .sort(),
    ).toEqual(['Fietsenwerkplaats Zuid', 'Roffabriek']);
    const changed = await putProvider(admin, member.organisation.id, { platformId: null, version: 1 });
    expect(trajectoryProviderSchema.parse(changed.json)).toMatchObject({ platform: null, profileVersion: 2 });
    await putProvider(admin, member.organisation.id, { platformId: roffabriek.organisation.id, version: 2 });
  });

  it('keeps membership one level deep and refuses what is not a provider', async () => {
    expect(
      errorPaths(
        await putProvider(admin, roffabriek.organisation.id, { platformId: member.organisation.id }),
      ),
    ).toEqual(['platformId']);
    expect(
      errorPaths(
        await putProvider(admin, otherProvider.organisation.id, { platformId: member.organisation.id }),
      ),
    ).toEqual(['platformId']);
    expect(
      errorPaths(
        await putProvider(admin, otherProvider.organisation.id, {
          platformId: otherProvider.organisation.id,
        }),
      ),
    ).toEqual(['platformId']);
    expect(
      errorPaths(
        await putProvider(admin, otherProvider.organisation.id, { platformId: recruiter.organisation.id }),
      ),
    ).toEqual(['platformId']);
    expect(errorPaths(await putProvider(admin, member.organisation.id, { platformId: null }))).toEqual([
      'version',
    ]);
    expectProblem(
      await putProvider(admin, member.organisation.id, { platformId: null, version: 1 }),
      409,
      'VERSION_CONFLICT',
    );
    expect(
      errorPaths(await putProvider(admin, otherProvider.organisation.id, { platformId: 'x', extra: 1 })),
    ).toEqual(['extra', 'platformId']);
    expectProblem(
      await putProvider(admin, recruiter.organisation.id, { platformId: null }),
      404,
      'NOT_FOUND',
    );
  });

  it('lets only programme staff change membership; coordinators see only their own organisation', async () => {
    for (const user of [roffabriek, coach, recruiter]) {
      expectProblem(await putProvider(user, member.organisation.id, { platformId: null }), 403, 'FORBIDDEN');
    }
    expectProblem(
      await t.request('PUT', `/api/trajectory-providers/${member.organisation.id}`, {
        body: { platformId: null },
      }),
      401,
      'UNAUTHENTICATED',
    );
    const own = await t.request('GET', '/api/trajectory-providers', { token: member.token });
    expect(
      pageSchema(trajectoryProviderSchema)
        .parse(own.json)
        .items.map((p) => p.id),
    ).toEqual([member.organisation.id]);
    expectProblem(
      await t.request('GET', `/api/trajectory-providers/${roffabriek.organisation.id}`, {
        token: member.token,
      }),
      404,
      'NOT_FOUND',
    );
    const single = await t.request('GET', `/api/trajectory-providers/${member.organisation.id}`, {
      token: coach.token,
    });
    expect(trajectoryProviderSchema.parse(single.json).platform?.id).toBe(roffabriek.organisation.id);
    expectProblem(
      await t.request('GET', '/api/trajectory-providers', { token: partner.token }),
      403,
      'FORBIDDEN',
    );
    expect(
      errorPaths(
        await t.request('GET', '/api/trajectory-providers?platformId=roffabriek', { token: coach.token }),
      ),
    ).toEqual(['platformId']);
  });
});

describe('offerings', () => {
  it('lets a coordinator publish an offering of their own organisation', async () => {
    const res = await t.request('POST', '/api/trajectory-offerings', {
      token: member.token,
      body: bikeWorkshop(),
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const offering = trajectoryOfferingSchema.parse(res.json);
    expect(offering).toMatchObject({
      provider: { id: member.organisation.id, platform: { id: roffabriek.organisation.id } },
      kind: 'LEARN_WORK',
      kindLabelNl: 'Leer-werktraject',
      postcode: '3072',
      postcodeFull: '3072 AB',
      place: 'Rotterdam',
      startDates: [inDays(10), inDays(40)],
      nextStartDate: inDays(10),
      status: 'OPEN',
      version: 1,
    });
    expect(offering.competences.find((c) => c.code === 'P-GEREEDSCHAP')?.label).toBe(
      'Werken met gereedschap',
    );
    expect(offering.availability).toEqual([
      { startDate: inDays(10), capacity: 4, taken: 0, free: 4 },
      { startDate: inDays(40), capacity: 4, taken: 0, free: 4 },
    ]);
  });

  it('refuses unknown competences and postcodes, past start dates, and an intake that does not add up', async () => {
    const post = (body: unknown) =>
      t.request('POST', '/api/trajectory-offerings', { token: member.token, body });
    expect(
      errorPaths(
        await post({
          ...bikeWorkshop(),
          competenceCodes: ['P-GEREEDSCHAP', 'X-TOVENAAR', 'P-GEREEDSCHAP'],
          postcode: '3090',
          startDates: [inDays(-1), inDays(5)],
        }),
      ),
    ).toEqual(['competenceCodes.1', 'competenceCodes.2', 'postcode', 'startDates.0']);
    expect(errorPaths(await post({ ...bikeWorkshop(), continuousIntake: true }))).toEqual(['startDates']);
    expect(errorPaths(await post({ ...bikeWorkshop(), startDates: [] }))).toEqual(['startDates']);
    expect(errorPaths(await post({ ...bikeWorkshop(), startDates: [inDays(5), inDays(5)] }))).toEqual([
      'startDates.1',
    ]);
    expect(
      errorPaths(
        await post({
          ...bikeWorkshop(),
          kind: 'STAGE',
          hoursPerWeek: 0,
          durationWeeks: 200,
          capacityPerStart: 0,
          postcode: 'abc',
          competenceCodes: [],
          salary: 10,
        }),
      ),
    ).toEqual([
      'capacityPerStart',
      'competenceCodes',
      'durationWeeks',
      'hoursPerWeek',
      'kind',
      'postcode',
      'salary',
    ]);
  });

  it('is published by coordinators only', async () => {
    expectProblem(
      await t.request('POST', '/api/trajectory-offerings', { body: bikeWorkshop() }),
      401,
      'UNAUTHENTICATED',
    );
    for (const user of [admin, coach, recruiter, partner]) {
      expectProblem(
        await t.request('POST', '/api/trajectory-offerings', { token: user.token, body: bikeWorkshop() }),
        403,
        'FORBIDDEN',
      );
    }
  });

  it('shows lifecoaches the open offerings of every provider, coordinators only their own', async () => {
    const own = trajectoryOfferingSchema.parse(
      (
        await t.request('POST', '/api/trajectory-offerings', {
          token: otherProvider.token,
          body: bikeWorkshop(),
        })
      ).json,
    );
    const memberOffering = trajectoryOfferingSchema.parse(
      (await t.request('POST', '/api/trajectory-offerings', { token: member.token, body: bikeWorkshop() }))
        .json,
    );
    const closed = await t.factory.trajectoryOffering(otherProvider.organisation, { status: 'CLOSED' });

    const ids = async (user: TestUser, query = '') => {
      const res = await t.request('GET', `/api/trajectory-offerings?limit=100${query}`, {
        token: user.token,
      });
      expect(res.status).toBe(200);
      return pageSchema(trajectoryOfferingSchema)
        .parse(res.json)
        .items.map((o) => o.id);
    };
    const seenByCoach = await ids(coach);
    expect(seenByCoach).toEqual(expect.arrayContaining([own.id, memberOffering.id]));
    expect(seenByCoach).not.toContain(closed.id);
    expect(await ids(admin)).toContain(closed.id);
    const seenByMember = await ids(member);
    expect(seenByMember).toContain(memberOffering.id);
    expect(seenByMember).not.toContain(own.id);
    expect(await ids(coach, `&platformId=${roffabriek.organisation.id}`)).toContain(memberOffering.id);
    expect(await ids(coach, `&platformId=${roffabriek.organisation.id}`)).not.toContain(own.id);
    expect(await ids(coach, '&kind=ACTIVATION')).not.toContain(own.id);
    expect(await ids(coach, `&providerId=${otherProvider.organisation.id}`)).toEqual([own.id]);

    expectProblem(
      await t.request('GET', `/api/trajectory-offerings/${own.id}`, { token: member.token }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.request('GET', `/api/trajectory-offerings/${closed.id}`, { token: coach.token }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.request('GET', '/api/trajectory-offerings', { token: recruiter.token }),
      403,
      'FORBIDDEN',
    );
    expect(
      errorPaths(await t.request('GET', '/api/trajectory-offerings?kind=STAGE', { token: coach.token })),
    ).toEqual(['kind']);
  });

  it('changes and closes an offering with the version it was based on', async () => {
    const created = trajectoryOfferingSchema.parse(
      (await t.request('POST', '/api/trajectory-offerings', { token: member.token, body: bikeWorkshop() }))
        .json,
    );
    const body = { ...bikeWorkshop(), title: 'Fietsenmaker', status: 'CLOSED', version: created.version };
    const res = await t.request('PUT', `/api/trajectory-offerings/${created.id}`, {
      token: member.token,
      body,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(trajectoryOfferingSchema.parse(res.json)).toMatchObject({
      title: 'Fietsenmaker',
      status: 'CLOSED',
      nextStartDate: null,
      version: 2,
    });
    expectProblem(
      await t.request('PUT', `/api/trajectory-offerings/${created.id}`, { token: member.token, body }),
      409,
      'VERSION_CONFLICT',
    );
    expectProblem(
      await t.request('PUT', `/api/trajectory-offerings/${created.id}`, { token: otherProvider.token, body }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.request('PUT', `/api/trajectory-offerings/${created.id}`, { token: admin.token, body }),
      403,
      'FORBIDDEN',
    );
    expect(
      errorPaths(
        await t.request('PUT', `/api/trajectory-offerings/${created.id}`, {
          token: member.token,
          body: { ...bikeWorkshop(), status: 'OPEN' },
        }),
      ),
    ).toEqual(['version']);
  });

  it('keeps the places people hold: capacity, their start date, kind and intake stay', async () => {
    const start = inDays(10);
    const created = trajectoryOfferingSchema.parse(
      (
        await t.request('POST', '/api/trajectory-offerings', {
          token: member.token,
          body: { ...bikeWorkshop(), startDates: [start, inDays(40)], capacityPerStart: 3 },
        })
      ).json,
    );
    for (let i = 0; i < 2; i++) {
      const seeker = await t.factory.jobSeeker(coach.user, { currentSegment: 'LATER' });
      const proposal = await t.request('POST', '/api/trajectory-placements', {
        token: coach.token,
        body: {
          jobSeekerId: seeker.id,
          offeringId: created.id,
          handoverNote: 'Sleutelt thuis graag aan fietsen en wil dat als vak leren.',
        },
      });
      const placement = placementSchema.parse(proposal.json);
      const accept = await t.request('POST', `/api/trajectory-placements/${placement.id}/accept`, {
        token: member.token,
        body: { startDate: start },
      });
      expect(accept.status).toBe(200);
    }
    const put = (changes: Record<string, unknown>, version = created.version) =>
      t.request('PUT', `/api/trajectory-offerings/${created.id}`, {
        token: member.token,
        body: {
          ...bikeWorkshop(),
          startDates: [start, inDays(40)],
          capacityPerStart: 3,
          status: 'OPEN',
          version,
          ...changes,
        },
      });
    expect(expectProblem(await put({ capacityPerStart: 1 }), 409, 'CONFLICT').meta).toEqual({
      placesTaken: 2,
    });
    expect(expectProblem(await put({ startDates: [inDays(40)] }), 409, 'CONFLICT').meta).toEqual({
      startDates: [start],
    });
    expectProblem(await put({ kind: 'TRAINING_MODULE' }), 409, 'CONFLICT');
    expectProblem(await put({ continuousIntake: true, startDates: [] }), 409, 'CONFLICT');
    const ok = await put({ capacityPerStart: 2, startDates: [start, inDays(60)] });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    expect(trajectoryOfferingSchema.parse(ok.json).availability).toEqual([
      { startDate: start, capacity: 2, taken: 2, free: 0 },
      { startDate: inDays(60), capacity: 2, taken: 0, free: 2 },
    ]);
  });

  it('audits offering changes without their content', async () => {
    const created = trajectoryOfferingSchema.parse(
      (
        await t.request('POST', '/api/trajectory-offerings', {
          token: member.token,
          body: { ...bikeWorkshop(), title: 'Bakfietsbouwer' },
        })
      ).json,
    );
    const res = await t.request(
      'GET',
      `/api/audit-entries?entityType=trajectory_offering&entityId=${created.id}`,
      { token: admin.token },
    );
    const [entry] = res.json.items.map((item: unknown) => auditEntrySchema.parse(item));
    expect(entry).toMatchObject({ action: 'trajectory_offering.created', actorUserId: member.user.id });
    expect(JSON.stringify(res.json)).not.toContain('Bakfietsbouwer');
  });
});
