import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/access/roles';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import type { Instrument } from '../../src/modules/assessments/instrument';
import { instrumentFormSchema } from '../../src/modules/assessments/instrument.schemas';
import { instrumentFingerprint } from '../../src/modules/assessments/instrument-files';
import { instrumentFingerprintOf } from '../../src/modules/assessments/instrument-usage';
import { InstrumentVersionUsage } from '../../src/modules/assessments/instrument-usage.entity';
import {
  assertUsedInstrumentsUnchanged,
  UsedInstrumentChangedError,
} from '../../src/modules/assessments/instrument-usage-check';
import {
  competenceCatalogueSchema,
  occupationSchema,
  sectorListSchema,
} from '../../src/modules/catalogue/catalogue.schemas';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

const occupationPage = pageSchema(occupationSchema);

let t: TestApp;
// Every staff role: a job seeker's own account reads no catalogue (see tests/integration/person-space-security.test.ts),
// nor does the advisory group, which reads the reports only (tests/integration/reports-security.test.ts).
let users: Record<Exclude<Role, 'JOB_SEEKER' | 'ADVISORY_GROUP'>, TestUser>;
beforeAll(async () => {
  t = await createTestApp();
  const programme = await t.factory.organisation('PROGRAMME');
  users = {
    PROGRAMME_ADMIN: await t.factory.user('PROGRAMME_ADMIN', programme),
    LIFECOACH: await t.factory.user('LIFECOACH', programme),
    PARTNER_WORKER: await t.factory.user('PARTNER_WORKER'),
    EMPLOYER_RECRUITER: await t.factory.user('EMPLOYER_RECRUITER'),
    MENTOR: await t.factory.user('MENTOR'),
    MANAGER: await t.factory.user('MANAGER'),
    TRAJECTORY_COORDINATOR: await t.factory.user('TRAJECTORY_COORDINATOR'),
  };
});
afterAll(() => t.close());

const allRoles = () => Object.entries(users) as [Role, TestUser][];

describe('GET /api/catalogue/competences', () => {
  it('gives every signed-in role the groups with competences, Dutch labels and five level descriptors', async () => {
    for (const [role, user] of allRoles()) {
      const res = await t.request('GET', '/api/catalogue/competences', { token: user.token });
      expect(res.status, role).toBe(200);
      const catalogue = competenceCatalogueSchema.parse(res.json);
      const competences = catalogue.groups.flatMap((group) => group.competences);
      expect(competences).toHaveLength(t.reference.catalogue.competences.length);
      expect(catalogue.groups.map((group) => group.code)).toEqual(
        t.reference.catalogue.groups.map((group) => group.code),
      );
      const speaking = competences.find((competence) => competence.code === 'L-NL-SPREKEN');
      expect(speaking?.labelNl).toBe(t.reference.catalogue.competence('L-NL-SPREKEN')?.labelNl);
      expect(speaking?.levels.map((level) => level.level)).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('answers 401 without a token', async () => {
    const res = await t.request('GET', '/api/catalogue/competences');
    expect(res.status).toBe(401);
    expect(problemSchema.parse(res.json).code).toBe('UNAUTHENTICATED');
  });
});

describe('GET /api/catalogue/occupations', () => {
  it('finds occupations by Dutch name, best matches first, ignoring accents and case', async () => {
    const res = await t.request('GET', '/api/catalogue/occupations?q=KOK&limit=100', {
      token: users.EMPLOYER_RECRUITER.token,
    });
    expect(res.status).toBe(200);
    const page = occupationPage.parse(res.json);
    const labels = page.items.map((occupation) => occupation.labelNl);
    expect(labels[0]).toBe('kok');
    expect(labels).toContain('chefkok');
    expect(labels.indexOf('industriële kok')).toBeLessThan(labels.indexOf('chefkok'));
    expect(labels.every((label) => label.toLowerCase().includes('kok'))).toBe(true);
    expect(page.items.find((occupation) => occupation.code === '5120.1')?.sectorCode).toBe('51');

    const accents = occupationPage.parse(
      (await t.request('GET', '/api/catalogue/occupations?q=prive', { token: users.MENTOR.token })).json,
    );
    expect(accents.items.map((occupation) => occupation.labelNl)).toContain('privékok');
  });

  it('walks the whole list in pages without gaps or repeats', async () => {
    const all = occupationPage.parse(
      (
        await t.request('GET', '/api/catalogue/occupations?q=monteur&limit=100', {
          token: users.LIFECOACH.token,
        })
      ).json,
    );
    expect(all.nextCursor).toBeNull();
    expect(all.items.length).toBeGreaterThan(40);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/api/catalogue/occupations?q=monteur&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = occupationPage.parse(
        (await t.request('GET', path, { token: users.LIFECOACH.token })).json,
      );
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((occupation) => occupation.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((occupation) => occupation.code));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('lists everything alphabetically without a query, 25 at a time by default', async () => {
    const page = occupationPage.parse(
      (await t.request('GET', '/api/catalogue/occupations', { token: users.TRAJECTORY_COORDINATOR.token }))
        .json,
    );
    expect(page.items).toHaveLength(25);
    expect(page.nextCursor).not.toBeNull();
  });

  it.each([
    ['a query of one letter', 'q=k', ['q']],
    ['a limit above 100', 'limit=101', ['limit']],
    ['a cursor that is not ours', 'cursor=bogus', ['cursor']],
  ])('refuses %s with 422', async (_name, query, path) => {
    const res = await t.request('GET', `/api/catalogue/occupations?${query}`, {
      token: users.LIFECOACH.token,
    });
    expect(res.status).toBe(422);
    expect(problemSchema.parse(res.json).errors?.[0]?.path).toEqual(path);
  });

  it('refuses a cursor of another search', async () => {
    const first = occupationPage.parse(
      (await t.request('GET', '/api/catalogue/occupations?q=kok&limit=1', { token: users.LIFECOACH.token }))
        .json,
    );
    const res = await t.request(
      'GET',
      `/api/catalogue/occupations?q=schoonmaker&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
      { token: users.LIFECOACH.token },
    );
    expect(res.status).toBe(422);
  });

  it('answers 401 without a token', async () => {
    expect((await t.request('GET', '/api/catalogue/occupations?q=kok')).status).toBe(401);
  });
});

describe('GET /api/catalogue/sectors', () => {
  it('lists major and sub-major groups with Dutch labels for every role', async () => {
    for (const [role, user] of allRoles()) {
      const res = await t.request('GET', '/api/catalogue/sectors', { token: user.token });
      expect(res.status, role).toBe(200);
      const { items } = sectorListSchema.parse(res.json);
      expect(items).toHaveLength(t.reference.catalogue.sectors.length);
      expect(new Set(items.map((sector) => sector.level))).toEqual(new Set([1, 2]));
    }
  });

  it('answers 401 without a token', async () => {
    expect((await t.request('GET', '/api/catalogue/sectors')).status).toBe(401);
  });
});

describe('GET /api/instrument', () => {
  it('serves the active instrument with competence labels and levels, to lifecoaches and programme admins', async () => {
    for (const role of ['LIFECOACH', 'PROGRAMME_ADMIN'] as const) {
      const res = await t.request('GET', '/api/instrument', { token: users[role].token });
      expect(res.status, role).toBe(200);
      const form = instrumentFormSchema.parse(res.json);
      expect(form.version).toBe(t.reference.activeInstrument.version);
      expect(form.status).toBe('active');
      const [first] = form.sections.kunnen.items;
      expect(first?.label).toBe(t.reference.catalogue.competence(first?.id ?? '')?.labelNl);
      expect(first?.levels).toHaveLength(5);
      expect(form.sections.willen.items.map((item) => item.id)).toContain('motivatie');
    }
  });

  it.each(['PARTNER_WORKER', 'EMPLOYER_RECRUITER', 'MENTOR', 'TRAJECTORY_COORDINATOR'] as const)(
    'refuses %s with 403',
    async (role) => {
      const res = await t.request('GET', '/api/instrument', { token: users[role].token });
      expect(res.status).toBe(403);
      expect(problemSchema.parse(res.json).code).toBe('FORBIDDEN');
    },
  );

  it('answers 401 without a token', async () => {
    expect((await t.request('GET', '/api/instrument')).status).toBe(401);
  });
});

describe('GET /api/instrument/versions/{version}', () => {
  it('serves a loaded version', async () => {
    const res = await t.request('GET', '/api/instrument/versions/1', { token: users.LIFECOACH.token });
    expect(res.status).toBe(200);
    expect(instrumentFormSchema.parse(res.json).version).toBe(1);
  });

  it('answers 404 for an unknown version and 422 for one that is not a number', async () => {
    const unknown = await t.request('GET', '/api/instrument/versions/99', { token: users.LIFECOACH.token });
    expect(unknown.status).toBe(404);
    const bad = await t.request('GET', '/api/instrument/versions/een', { token: users.LIFECOACH.token });
    expect(bad.status).toBe(422);
    expect(problemSchema.parse(bad.json).errors?.[0]?.path).toEqual(['version']);
  });

  it('refuses employer roles and partner workers with 403, and no token with 401', async () => {
    for (const role of [
      'PARTNER_WORKER',
      'EMPLOYER_RECRUITER',
      'MENTOR',
      'TRAJECTORY_COORDINATOR',
    ] as const) {
      const res = await t.request('GET', '/api/instrument/versions/1', { token: users[role].token });
      expect(res.status, role).toBe(403);
    }
    expect((await t.request('GET', '/api/instrument/versions/1')).status).toBe(401);
  });
});

describe('a used instrument version is immutable', () => {
  const v1 = () => t.reference.instruments.find((instrument) => instrument.version === 1) as Instrument;
  const changed = (instrument: Instrument): Instrument => ({
    ...structuredClone(instrument),
    title: 'Nieuwe titel',
  });

  it('computes the same fingerprint in the app (Web Crypto) as the startup check', async () => {
    expect(await instrumentFingerprintOf(v1())).toBe(instrumentFingerprint(v1()));
    expect(await instrumentFingerprintOf(changed(v1()))).toBe(instrumentFingerprint(changed(v1())));
    expect(instrumentFingerprint(changed(v1()))).not.toBe(instrumentFingerprint(v1()));
  });

  it('lets an unused version change, and records a version when an assessment first uses it', async () => {
    await expect(assertUsedInstrumentsUnchanged(t.orm.em, [changed(v1())])).resolves.toBeUndefined();

    const jobSeeker = await t.factory.jobSeeker(users.LIFECOACH.user);
    const started = await t.request('POST', `/api/job-seekers/${jobSeeker.id}/assessments`, {
      token: users.LIFECOACH.token,
    });
    expect(started.status).toBe(201);
    const usage = await t.orm.em.fork().findOneOrFail(InstrumentVersionUsage, { version: 1 });
    expect(usage.fingerprint).toBe(instrumentFingerprint(v1()));

    // A second assessment keeps the first-use record as it was.
    const other = await t.factory.jobSeeker(users.LIFECOACH.user);
    await t.request('POST', `/api/job-seekers/${other.id}/assessments`, { token: users.LIFECOACH.token });
    const again = await t.orm.em.fork().findOneOrFail(InstrumentVersionUsage, { version: 1 });
    expect(again.firstUsedAt.toISOString()).toBe(usage.firstUsedAt.toISOString());
  });

  it('accepts the unchanged files, also when only their formatting or key order differs', async () => {
    await expect(assertUsedInstrumentsUnchanged(t.orm.em, t.reference.instruments)).resolves.toBeUndefined();
    const reordered = Object.fromEntries(Object.entries(v1()).reverse()) as Instrument;
    await expect(assertUsedInstrumentsUnchanged(t.orm.em, [reordered])).resolves.toBeUndefined();
  });

  it('refuses to start when a used version was changed, naming the file and version', async () => {
    const error = await assertUsedInstrumentsUnchanged(t.orm.em, [changed(v1())], 'assessments').catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(UsedInstrumentChangedError);
    expect((error as Error).message).toContain('assessments/instrument.v1.json');
    expect((error as Error).message).toContain('version 1 was changed');
  });

  it('refuses to start when the file of a used version is gone', async () => {
    await expect(assertUsedInstrumentsUnchanged(t.orm.em, [], 'assessments')).rejects.toThrow(
      /assessments\/instrument\.v1\.json: version 1 is in use since .*the file is missing/,
    );
  });
});
