import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

// A later step of a read fails on demand: the consents that GET /api/job-seekers/{id} adds to the
// record after it has recorded the read.
const failing = vi.hoisted(() => ({ consents: false }));
vi.mock('../../src/modules/consents/consent.service', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/modules/consents/consent.service')>();
  return {
    ...original,
    currentConsents: async (...args: Parameters<typeof original.currentConsents>) => {
      if (failing.consents) throw new Error('consents could not be read');
      return original.currentConsents(...args);
    },
  };
});

let t: TestApp;
let coach: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
});
afterAll(() => t.close());
beforeEach(() => {
  failing.consents = false;
});

const entriesOfRequest = (requestId: string | null) =>
  t.orm.em.fork().find(AuditEntry, { requestId: requestId as string });

describe('a failed request leaves no audit entry', () => {
  it('writes the read’s entry when the read succeeds', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const res = await t.request('GET', `/api/job-seekers/${person.id}`, { token: coach.token });
    expect(res.status).toBe(200);
    const entries = await entriesOfRequest(res.headers.get('x-request-id'));
    expect(entries.map((entry) => [entry.action, entry.entityId])).toEqual([
      ['job_seeker.viewed', person.id],
    ]);
  });

  it('discards the read’s entry when a later step of the request fails (500)', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    failing.consents = true;
    const res = await t.request('GET', `/api/job-seekers/${person.id}`, { token: coach.token });
    expect(res.status).toBe(500);
    expect(await entriesOfRequest(res.headers.get('x-request-id'))).toEqual([]);
    const about = await t.orm.em
      .fork()
      .find(AuditEntry, { subjectId: person.id, action: 'job_seeker.viewed' });
    expect(about).toEqual([]);
  });

  it('writes nothing for a read that is refused half-way (404 after the scope check)', async () => {
    const res = await t.request('GET', `/api/job-seekers/${crypto.randomUUID()}`, { token: coach.token });
    expect(res.status).toBe(404);
    expect(await entriesOfRequest(res.headers.get('x-request-id'))).toEqual([]);
  });
});
