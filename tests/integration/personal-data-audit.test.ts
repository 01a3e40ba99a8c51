import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../src/db/raw-query';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { createApiToken } from '../../src/modules/auth/token.service';
import { LifecoachAssignment } from '../../src/modules/job-seekers/job-seeker.entity';
import { issuePrintedCode } from '../../src/modules/person-access/person-account.service';
import { addMoneyChecklist } from '../../src/modules/placements/money-checklist.service';
import { Placement } from '../../src/modules/placements/placement.entity';
import { User } from '../../src/modules/users/user.entity';
import { Vacancy } from '../../src/modules/vacancies/vacancy.entity';
import { serviceContext } from '../support/assessed-job-seeker';
import { readyAnswerParts } from '../support/assessment-flow';
import { type ProgrammeJourney, runProgrammeJourney } from '../support/programme-journey';
import { createTestApp, type RequestOptions, type TestApp, testReference } from '../support/test-app';

// Every route whose answer can hold a person's name, contact details or profile must write an audit
// entry about that person in the same request. The routes are found in the OpenAPI document, not
// listed by hand: a new route that returns personal data is checked without touching this test.

/** Property names that carry who someone is, how to reach them, or what was recorded about them. */
const PERSONAL_FIELDS = new Set([
  // identity and contact
  'fullName',
  'firstName',
  'lastName',
  'personName',
  'phone',
  'email',
  'dateOfBirth',
  'postcodeFull',
  'address',
  'contact',
  'identity',
  // profile and what the lifecoach recorded
  'answers',
  'strengthsSummary',
  'summaryForEmployers',
  'supportNeeds',
  'redPhaseNote',
  'handoverNote',
  'talentProfile',
]);
/** Components that are personal data as a whole. */
const PERSONAL_COMPONENTS = new Set(['SharedTalentProfile', 'SupportNeeds', 'TalentProfile']);
/**
 * Professionals named on a record (their work e-mail): staff and employer users, not the people the
 * programme serves. Their accounts are managed, and audited as user.*, by programme admins.
 */
const PROFESSIONAL_KEYS = new Set(['lifecoach', 'mentor', 'manager', 'assignee', 'user', 'recordedBy']);

/** Personal-looking fields that are not a job seeker's data, per operation, with the reason. */
const NOT_A_PERSON: { operation: string; field: string; reason: string }[] = [
  ...['GET /api/users', 'POST /api/users', 'GET /api/users/{id}', 'PATCH /api/users/{id}'].map(
    (operation) => ({
      operation,
      field: operation === 'GET /api/users' ? 'items.[].email' : 'email',
      reason: 'the work e-mail of a staff or employer account, managed by programme admins',
    }),
  ),
  ...['GET /api/employers', 'GET /api/employers/{id}', 'PUT /api/employers/{id}/profile'].flatMap(
    (operation) =>
      ['profile.postcodeFull', 'profile.address'].map((field) => ({
        operation,
        field: operation === 'GET /api/employers' ? `items.[].${field}` : field,
        reason: "the employer's business address",
      })),
  ),
  ...[
    'GET /api/trajectory-offerings',
    'POST /api/trajectory-offerings',
    'GET /api/trajectory-offerings/{id}',
    'PUT /api/trajectory-offerings/{id}',
  ].map((operation) => ({
    operation,
    field: operation === 'GET /api/trajectory-offerings' ? 'items.[].postcodeFull' : 'postcodeFull',
    reason: 'where the offering takes place',
  })),
  ...['answers', 'redPhaseNote'].map((field) => ({
    operation: 'POST /api/job-seekers/{id}/assessments',
    field,
    reason: 'a new draft has no answers yet (starting it is audited as assessment.started)',
  })),
];

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type OpenApiDocument = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
};

/** The personal fields a response schema can contain, as paths ('items.[].fullName'). */
function personalFieldsOf(
  doc: OpenApiDocument,
  schema: Schema,
  path: string[] = [],
  seen = new Set<string>(),
): string[] {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() as string;
    if (PERSONAL_COMPONENTS.has(name)) return [path.join('.') || name];
    if (seen.has(name)) return [];
    return personalFieldsOf(doc, doc.components.schemas[name] as Schema, path, new Set([...seen, name]));
  }
  const found: string[] = [];
  for (const part of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    found.push(...personalFieldsOf(doc, part, path, seen));
  if (schema.items) found.push(...personalFieldsOf(doc, schema.items, [...path, '[]'], seen));
  if (typeof schema.additionalProperties === 'object')
    found.push(...personalFieldsOf(doc, schema.additionalProperties, [...path, '*'], seen));
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (PROFESSIONAL_KEYS.has(key)) continue;
    if (PERSONAL_FIELDS.has(key)) found.push([...path, key].join('.'));
    else found.push(...personalFieldsOf(doc, property, [...path, key], seen));
  }
  return found;
}

/** Does this response body hold a personal field with a value? */
function holdsPersonalData(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsPersonalData);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, inner]) => {
    if (PROFESSIONAL_KEYS.has(key)) return false;
    if (PERSONAL_FIELDS.has(key))
      return inner !== null && inner !== '' && (typeof inner !== 'object' || Object.keys(inner).length > 0);
    return holdsPersonalData(inner);
  });
}

/** The people a response names by id. */
function jobSeekerIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const inner of value) jobSeekerIdsIn(inner, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'jobSeekerId' && typeof inner === 'string') found.add(inner);
      else jobSeekerIdsIn(inner, found);
    }
  }
  return found;
}

type Call = { operation: string | null; status: number; requestId: string; json: unknown };

let t: TestApp;
let journey: ProgrammeJourney;
let doc: OpenApiDocument;
const calls: Call[] = [];
let personalOperations: Map<string, string[]>;

const operationMatchers = () =>
  Object.entries(doc.paths).flatMap(([template, operations]) =>
    Object.keys(operations).map((method) => ({
      operation: `${method.toUpperCase()} ${template}`,
      method: method.toUpperCase(),
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    })),
  );

beforeAll(async () => {
  const app = await createTestApp();
  doc = (await (await app.app.request('/openapi.json')).json()) as OpenApiDocument;
  const matchers = operationMatchers();
  const request = async (method: string, path: string, options: RequestOptions = {}) => {
    const res = await app.request(method, path, options);
    const bare = path.split('?')[0] as string;
    const matched = matchers.find((m) => m.method === method && m.pattern.test(bare));
    calls.push({
      operation: matched?.operation ?? null,
      status: res.status,
      requestId: res.headers.get('x-request-id') as string,
      json: res.json,
    });
    return res;
  };
  t = { ...app, request };

  personalOperations = new Map();
  for (const [template, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const key = `${method.toUpperCase()} ${template}`;
      const fields = Object.entries(operation.responses)
        .filter(([status]) => status.startsWith('2'))
        .flatMap(([, response]) => Object.values(response.content ?? {}))
        .flatMap((content) => personalFieldsOf(doc, content.schema))
        .filter((field) => !NOT_A_PERSON.some((e) => e.operation === key && e.field === field));
      if (fields.length > 0) personalOperations.set(key, [...new Set(fields)]);
    }
  }

  journey = await runProgrammeJourney(t);
  await readEverythingElse();
}, 120_000);
afterAll(() => t.close());

/** Reads the journey itself does not need, so every route with personal data is called once. */
async function readEverythingElse() {
  const { coach, people } = journey;
  const token = coach.token;
  const get = (path: string, who = token) => t.request('GET', path, { token: who });
  const assessments = (await get(`/api/job-seekers/${people.anna}/assessments`)).json.items as {
    id: string;
  }[];
  await get(`/api/assessments/${assessments[0]?.id}`);
  await get(`/api/meet-and-greets/${journey.eventId}/schedule`, journey.admin.token);
  await get(`/api/candidacies/${(await get('/api/candidacies?limit=1')).json.items[0]?.id}`);
  // A later conversation with Hanna: evidence added by mistake and taken out again.
  const started = await t.request('POST', `/api/job-seekers/${people.hanna}/assessments`, { token });
  const saved = await t.request('PATCH', `/api/assessments/${started.json.id}/answers`, {
    token,
    body: { answers: readyAnswerParts[0], version: started.json.version },
  });
  const added = await t.request('POST', `/api/assessments/${saved.json.id}/evidence`, {
    token,
    body: { kind: 'anders', description: 'Per ongeluk bij de verkeerde persoon gezet.' },
  });
  const removed = await t.request(
    'DELETE',
    `/api/assessments/${added.json.id}/evidence/${added.json.evidence[0]?.id}`,
    {
      token,
    },
  );
  expect(removed.status, removed.text).toBe(200);
  // Someone registered two weeks ago whom the lifecoach has not met yet: on the first-contact list.
  const waiting = await t.factory.jobSeeker(coach.user);
  await t.orm.em.fork().nativeUpdate(
    LifecoachAssignment,
    { jobSeeker: waiting.id },
    {
      startedAt: new Date(Date.now() - 14 * 86_400_000),
      handoverNote: 'Bellen na 16 uur, overdag werkt hij als vrijwilliger.',
    },
  );
  expect((await get('/api/first-contact-checks')).json.items.length).toBeGreaterThan(0);
  const met = await t.request('POST', `/api/job-seekers/${waiting.id}/first-contact`, { token, body: {} });
  expect(met.status, met.text).toBe(200);
  // A partner follows its referral; the lifecoach refers the person to debt counselling, whose
  // check day has passed.
  const partner = await t.factory.user('PARTNER_WORKER');
  const referred = await t.request('POST', '/api/job-seekers', {
    token: partner.token,
    body: { fullName: 'Ravi Verwezen', phone: '0655577001', postcode: '3072', lifecoachId: coach.user.id },
  });
  expect(referred.status, referred.text).toBe(201);
  expect((await get('/api/referrals', partner.token)).json.items.length).toBe(1);
  expect((await get(`/api/referrals/${referred.json.id}`, partner.token)).status).toBe(200);
  const outsideHelp = await t.request('POST', `/api/job-seekers/${waiting.id}/outside-help-referrals`, {
    token,
    body: {
      kind: 'DEBT_COUNSELLING',
      organisationName: 'Schuldhulpverlening Rotterdam Zuid',
      contactName: 'Marieke de Boer',
      referredOn: new Date().toISOString().slice(0, 10),
      checkOn: new Date().toISOString().slice(0, 10),
    },
  });
  expect(outsideHelp.status, outsideHelp.text).toBe(201);
  await get(`/api/job-seekers/${waiting.id}/outside-help-referrals`);
  expect((await get('/api/outside-help-arrival-checks')).json.items.length).toBeGreaterThan(0);
  // Someone just started work: the lifecoach's open money steps; programme staff invite the manager.
  const starter = await t.factory.jobSeeker(coach.user);
  const working = await t.factory.placement(
    starter,
    await t.orm.em.fork().findOneOrFail(Vacancy, journey.vacancyId),
  );
  const checklistCtx = serviceContext(t.orm, coach);
  await addMoneyChecklist(
    checklistCtx,
    checklistCtx.em.getReference(Placement, working.id),
    testReference.activeMoneyChecklist,
  );
  await checklistCtx.em.flush();
  expect((await get('/api/money-checklist-items')).json.items.length).toBeGreaterThan(0);
  const placement = await get(`/api/placements/${working.id}`, journey.admin.token);
  const invited = await t.request('POST', `/api/placements/${working.id}/guide-invitations`, {
    token: journey.admin.token,
    body: {
      role: 'MANAGER',
      displayName: 'Petra Leidinggevende',
      email: 'petra.leiding@schoonmaak.example',
      version: placement.json.version,
    },
  });
  expect(invited.status, invited.text).toBeLessThan(300);
  // Anna reads her own record and reacts to her segment decision; her lifecoach sees the reaction.
  await issuePrintedCode(serviceContext(t.orm, coach), people.anna);
  const em = t.orm.em.fork();
  const account = await em.findOneOrFail(User, { jobSeeker: people.anna });
  const own = await createApiToken(em, account, {
    label: 'person',
    expiresInDays: 1,
    createdByUserId: null,
    now: new Date(),
  });
  await em.flush();
  const record = await get('/api/me/record', own.token);
  const reacted = await t.request(
    'POST',
    `/api/me/segment-decisions/${record.json.segmentDecisions[0]?.id}/reactions`,
    {
      token: own.token,
      body: { text: 'Ik wil eerst meer uren proberen.' },
    },
  );
  expect(reacted.status, reacted.text).toBe(201);
  await get('/api/segment-reactions');
  // Gijs wants to stop: programme staff file it, programme staff read the list. Hanna's data would be
  // anonymised for lack of activity: her lifecoach reads the notice.
  const filed = await t.request('POST', `/api/job-seekers/${people.gijs}/erasure`, {
    token: journey.admin.token,
  });
  expect(filed.status, filed.text).toBe(200);
  await get(`/api/job-seekers/${people.gijs}/erasure`, journey.admin.token);
  await get('/api/erasure-requests', journey.admin.token);
  await rawQuery(
    t.orm.em.fork(),
    `insert into retention_notice (id, job_seeker_id, last_activity_on, anonymise_on, notified_at, mailed, version)
     values (?, ?, '2024-01-01', '2026-01-01', now(), false, 1)`,
    [crypto.randomUUID(), people.hanna],
  );
  const notices = await get('/api/retention-notices');
  const kept = await t.request('POST', `/api/retention-notices/${notices.json.items[0]?.id}/keep`, {
    token,
    body: { version: notices.json.items[0]?.version },
  });
  expect(kept.status, kept.text).toBe(200);
}

describe('routes that return personal data', () => {
  it('are found in the OpenAPI document', () => {
    expect([...personalOperations.keys()]).toEqual(
      expect.arrayContaining([
        'GET /api/job-seekers/{id}',
        'GET /api/vacancies/{id}/candidates',
        'GET /api/meet-and-greets/{id}/schedule',
        'GET /api/placements/{id}',
      ]),
    );
    // Every exception still names a field the document has.
    for (const exception of NOT_A_PERSON) {
      const [method, template] = exception.operation.split(' ') as [string, string];
      const operation = doc.paths[template]?.[method.toLowerCase()];
      expect(operation, exception.operation).toBeDefined();
      const fields = Object.values(operation?.responses ?? {})
        .flatMap((response) => Object.values(response.content ?? {}))
        .flatMap((content) => personalFieldsOf(doc, content.schema));
      expect(fields, `${exception.operation} ${exception.field}`).toContain(exception.field);
    }
  });

  it('are each called, returning personal data, over the scripted programme', () => {
    const called = new Set(
      calls.filter((call) => call.status < 300 && holdsPersonalData(call.json)).map((call) => call.operation),
    );
    const missing = [...personalOperations.keys()].filter((operation) => !called.has(operation));
    expect(missing, 'call these in tests/support/programme-journey.ts or readEverythingElse()').toEqual([]);
  });

  it('write an audit entry about every person concerned, in the same request', async () => {
    const em = t.orm.em.fork();
    const findings: string[] = [];
    for (const call of calls) {
      if (!call.operation || !personalOperations.has(call.operation)) continue;
      if (call.status >= 300 || !holdsPersonalData(call.json)) continue;
      const entries = await em.find(AuditEntry, { requestId: call.requestId });
      const subjects = new Set(entries.map((entry) => entry.subjectId).filter((id) => id !== null));
      if (subjects.size === 0) {
        findings.push(
          `${call.operation}: no audit entry about a person (${entries.map((e) => e.action).join(', ') || 'none'})`,
        );
        continue;
      }
      const unaudited = [...jobSeekerIdsIn(call.json)].filter((id) => !subjects.has(id));
      if (unaudited.length > 0)
        findings.push(`${call.operation}: ${unaudited.length} people shown without an audit entry`);
    }
    expect([...new Set(findings)]).toEqual([]);
  });
});
