import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { apiTokenSchema, issuedApiTokenSchema, meSchema } from '../../src/modules/auth/token.schemas';
import { organisationSchema } from '../../src/modules/organisations/organisation.schemas';
import { userSchema } from '../../src/modules/users/user.schemas';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
});
afterAll(() => t.close());

/** The acceptance journey: an admin sets up an employer with a recruiter, who then works within limits. */
describe('an admin onboards an employer and its recruiter', () => {
  let employerId: string;
  let recruiterId: string;
  let recruiterToken: string;
  let recruiterTokenId: string;
  const requestIds: string[] = [];

  it('creates the employer organisation', async () => {
    const res = await t.request('POST', '/api/organisations', {
      token: admin.token,
      body: { name: 'Bakkerij Zuid', kind: 'EMPLOYER' },
    });
    expect(res.status).toBe(201);
    const organisation = organisationSchema.parse(res.json);
    expect(organisation).toMatchObject({ name: 'Bakkerij Zuid', kind: 'EMPLOYER', version: 1 });
    employerId = organisation.id;
    requestIds.push(res.headers.get('x-request-id') as string);
  });

  it('creates a recruiter user there', async () => {
    const res = await t.request('POST', '/api/users', {
      token: admin.token,
      body: {
        organisationId: employerId,
        displayName: 'Sanne Recruiter',
        email: 'Sanne@Bakkerij.example',
        role: 'EMPLOYER_RECRUITER',
      },
    });
    expect(res.status).toBe(201);
    const user = userSchema.parse(res.json);
    expect(user).toMatchObject({ organisationId: employerId, email: 'sanne@bakkerij.example', active: true });
    recruiterId = user.id;
    requestIds.push(res.headers.get('x-request-id') as string);
  });

  it('issues a token that is shown once and stored without its secret', async () => {
    const res = await t.request('POST', `/api/users/${recruiterId}/tokens`, {
      token: admin.token,
      body: { label: 'laptop', expiresInDays: 30 },
    });
    expect(res.status).toBe(201);
    const issued = issuedApiTokenSchema.parse(res.json);
    expect(issued.token.startsWith(`wrw_${issued.prefix}_`)).toBe(true);
    recruiterToken = issued.token;
    recruiterTokenId = issued.id;
    requestIds.push(res.headers.get('x-request-id') as string);

    const listed = await t.request('GET', `/api/users/${recruiterId}/tokens`, { token: admin.token });
    expect(listed.status).toBe(200);
    const [stored] = listed.json.items.map((item: unknown) => apiTokenSchema.parse(item));
    expect(stored.prefix).toBe(issued.prefix);
    expect(JSON.stringify(listed.json)).not.toContain(issued.token.slice(`wrw_${issued.prefix}_`.length));
  });

  it('lets the recruiter in with that token', async () => {
    const res = await t.request('GET', '/api/me', { token: recruiterToken });
    expect(res.status).toBe(200);
    expect(meSchema.parse(res.json)).toMatchObject({ userId: recruiterId, role: 'EMPLOYER_RECRUITER' });
  });

  it('shows the recruiter only their own organisation and its users', async () => {
    const organisations = await t.request('GET', '/api/organisations', { token: recruiterToken });
    expect(organisations.json.items.map((o: { id: string }) => o.id)).toEqual([employerId]);

    const otherOrgUsers = await t.request('GET', `/api/users?organisationId=${admin.organisation.id}`, {
      token: recruiterToken,
    });
    expect(otherOrgUsers.status).toBe(200);
    expect(otherOrgUsers.json.items).toEqual([]);

    const ownUsers = await t.request('GET', '/api/users', { token: recruiterToken });
    expect(ownUsers.json.items.map((u: { id: string }) => u.id)).toEqual([recruiterId]);
  });

  it('answers 404 for another organisation and its users, not 403', async () => {
    const org = await t.request('GET', `/api/organisations/${admin.organisation.id}`, {
      token: recruiterToken,
    });
    expect(org.status).toBe(404);
    const user = await t.request('GET', `/api/users/${admin.user.id}`, { token: recruiterToken });
    expect(user.status).toBe(404);
  });

  it('refuses the recruiter admin actions with 403', async () => {
    const create = await t.request('POST', '/api/organisations', {
      token: recruiterToken,
      body: { name: 'Eigen club', kind: 'EMPLOYER' },
    });
    expect(create.status).toBe(403);
    expect(create.json.code).toBe('FORBIDDEN');
    const users = await t.request('POST', '/api/users', {
      token: recruiterToken,
      body: { organisationId: employerId, displayName: 'Nog iemand', email: 'x@y.example', role: 'MENTOR' },
    });
    expect(users.status).toBe(403);
    const audit = await t.request('GET', '/api/audit-entries', { token: recruiterToken });
    expect(audit.status).toBe(403);
  });

  it('refuses the token on the very next request after revocation', async () => {
    const revoke = await t.request('POST', `/api/tokens/${recruiterTokenId}/revoke`, { token: admin.token });
    expect(revoke.status).toBe(200);
    expect(apiTokenSchema.parse(revoke.json).revokedAt).not.toBeNull();
    requestIds.push(revoke.headers.get('x-request-id') as string);
    const res = await t.request('GET', '/api/me', { token: recruiterToken });
    expect(res.status).toBe(401);
  });

  it('has audited every admin action with its request id and without personal data', async () => {
    const res = await t.request('GET', `/api/audit-entries?actorUserId=${admin.user.id}&limit=100`, {
      token: admin.token,
    });
    expect(res.status).toBe(200);
    const entries = res.json.items.map((item: unknown) => auditEntrySchema.parse(item));
    expect(entries.map((e: { action: string }) => e.action).sort()).toEqual(
      ['api_token.issued', 'api_token.revoked', 'organisation.created', 'user.created'].sort(),
    );
    expect(entries.map((e: { requestId: string }) => e.requestId).sort()).toEqual([...requestIds].sort());
    const serialised = JSON.stringify(res.json);
    for (const personal of ['Sanne', 'sanne@bakkerij.example', 'Bakkerij Zuid', recruiterToken]) {
      expect(serialised).not.toContain(personal);
    }
  });
});

describe('tokens', () => {
  it('refuses an expired token', async () => {
    const expired = await t.factory.user('LIFECOACH', undefined, { expiresInDays: -1 });
    expect((await t.request('GET', '/api/me', { token: expired.token })).status).toBe(401);
  });

  it('refuses the tokens of a deactivated user at once', async () => {
    const coach = await t.factory.user('LIFECOACH', admin.organisation);
    expect((await t.request('GET', '/api/me', { token: coach.token })).status).toBe(200);
    const res = await t.request('PATCH', `/api/users/${coach.user.id}`, {
      token: admin.token,
      body: { active: false, version: 1 },
    });
    expect(res.status).toBe(200);
    expect((await t.request('GET', '/api/me', { token: coach.token })).status).toBe(401);
  });

  it('lets a user revoke their own token but not someone else’s', async () => {
    const coach = await t.factory.user('LIFECOACH', admin.organisation);
    const other = await t.factory.user('LIFECOACH', admin.organisation);
    expect(
      (await t.request('POST', `/api/tokens/${other.tokenId}/revoke`, { token: coach.token })).status,
    ).toBe(403);
    expect(
      (await t.request('POST', `/api/tokens/${coach.tokenId}/revoke`, { token: coach.token })).status,
    ).toBe(200);
    expect((await t.request('GET', '/api/me', { token: coach.token })).status).toBe(401);
    expect((await t.request('GET', '/api/me', { token: other.token })).status).toBe(200);
  });

  it('answers 404 for revoking an unknown token', async () => {
    const res = await t.request('POST', `/api/tokens/${crypto.randomUUID()}/revoke`, { token: admin.token });
    expect(res.status).toBe(404);
  });
});

describe('users: bad input', () => {
  it('refuses a role that does not fit the organisation kind', async () => {
    const employer = await t.factory.organisation('EMPLOYER');
    const res = await t.request('POST', '/api/users', {
      token: admin.token,
      body: { organisationId: employer.id, displayName: 'Verkeerd', email: 'v@x.example', role: 'LIFECOACH' },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors[0].path).toEqual(['role']);
  });

  it('refuses an unknown organisation and a duplicate email', async () => {
    const unknown = await t.request('POST', '/api/users', {
      token: admin.token,
      body: {
        organisationId: crypto.randomUUID(),
        displayName: 'Niemand',
        email: 'n@x.example',
        role: 'MENTOR',
      },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0].path).toEqual(['organisationId']);
    const employer = await t.factory.organisation('EMPLOYER');
    const body = {
      organisationId: employer.id,
      displayName: 'Dubbel',
      email: 'dubbel@x.example',
      role: 'MENTOR',
    };
    expect((await t.request('POST', '/api/users', { token: admin.token, body })).status).toBe(201);
    const again = await t.request('POST', '/api/users', {
      token: admin.token,
      body: { ...body, email: 'DUBBEL@x.example' },
    });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('DUPLICATE');
  });
});

describe('organisations: optimistic locking', () => {
  it('answers 409 when the change is based on an old version', async () => {
    const created = await t.request('POST', '/api/organisations', {
      token: admin.token,
      body: { name: 'Versie', kind: 'PARTNER' },
    });
    const id = created.json.id;
    const first = await t.request('PATCH', `/api/organisations/${id}`, {
      token: admin.token,
      body: { name: 'Versie 2', version: 1 },
    });
    expect(first.status).toBe(200);
    expect(first.json.version).toBe(2);
    const stale = await t.request('PATCH', `/api/organisations/${id}`, {
      token: admin.token,
      body: { name: 'Versie 3', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('VERSION_CONFLICT');
    const current = await t.request('GET', `/api/organisations/${id}`, { token: admin.token });
    expect(current.json.name).toBe('Versie 2');
  });
});

describe('audit log', () => {
  it('filters by entity and by time window', async () => {
    const created = await t.request('POST', '/api/organisations', {
      token: admin.token,
      body: { name: 'Audit BV', kind: 'EMPLOYER' },
    });
    const byEntity = await t.request(
      'GET',
      `/api/audit-entries?entityType=organisation&entityId=${created.json.id}`,
      {
        token: admin.token,
      },
    );
    expect(byEntity.json.items).toHaveLength(1);
    expect(byEntity.json.items[0]).toMatchObject({
      action: 'organisation.created',
      actorRole: 'PROGRAMME_ADMIN',
    });
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const none = await t.request('GET', `/api/audit-entries?from=${encodeURIComponent(future)}`, {
      token: admin.token,
    });
    expect(none.json.items).toEqual([]);
    const bad = await t.request(
      'GET',
      `/api/audit-entries?from=${encodeURIComponent(future)}&to=2020-01-01T00:00:00Z`,
      {
        token: admin.token,
      },
    );
    expect(bad.status).toBe(422);
  });

  it('cannot be changed, not even directly in the database', async () => {
    const em = t.orm.em.fork();
    await expect(em.getConnection().execute("update audit_entry set action = 'tampered'")).rejects.toThrow(
      /append-only/,
    );
    await expect(em.getConnection().execute('delete from audit_entry')).rejects.toThrow(/append-only/);
  });
});
