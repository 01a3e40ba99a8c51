import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTypes, lintWithRedocly } from '../../scripts/openapi-tools';
import { organisationKinds, roles } from '../../src/access/roles';
import { createTestApp, type TestApp } from '../support/test-app';

// The document at /openapi.json is the contract typed clients are generated from
// (openapi-typescript + openapi-fetch). These checks run the same tools a client author runs.

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
};
type Operation = {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Document = {
  info: { license?: { name: string; identifier?: string; url?: string } };
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

let t: TestApp;
let document: Document;
let workDir: string;
let documentPath: string;

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.request('GET', '/openapi.json');
  expect(res.status).toBe(200);
  document = res.json;
  workDir = mkdtempSync(join(tmpdir(), 'wrw-openapi-'));
  documentPath = join(workDir, 'openapi.json');
  writeFileSync(documentPath, res.text);
});
afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await t.close();
});

const operations = () =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, op })),
  );

const deref = (schema: Schema): Schema =>
  schema.$ref
    ? deref(document.components.schemas[schema.$ref.split('/').at(-1) as string] as Schema)
    : schema;

const json = (path: string, method: string, status: string): Schema => {
  const schema = document.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`no JSON response ${status} for ${method} ${path}`);
  return deref(schema);
};

/** The staff/employer views of a role-dependent response, by their `view`. */
function expectViewDiscriminator(schema: Schema, staff: string, employer: string) {
  expect(schema.discriminator?.propertyName).toBe('view');
  expect(schema.discriminator?.mapping).toEqual({
    STAFF: `#/components/schemas/${staff}`,
    EMPLOYER: `#/components/schemas/${employer}`,
  });
  expect(deref({ $ref: `#/components/schemas/${staff}` }).properties?.view?.enum).toEqual(['STAFF']);
  expect(deref({ $ref: `#/components/schemas/${employer}` }).properties?.view?.enum).toEqual(['EMPLOYER']);
}

describe('the tools client authors run', () => {
  it('openapi-typescript generates the types without errors, with one function type per operationId', async () => {
    const types = await generateTypes(document);
    expect(types).toContain('export interface operations {');
    for (const id of ['listJobSeekers', 'createVacancy', 'recordCheckIn', 'moveCandidacy']) {
      expect(types).toContain(`    ${id}: {`);
    }
  });

  it('Redocly’s recommended rules find no errors, and no warnings beyond the two known ones', async () => {
    const problems = await lintWithRedocly(documentPath);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    // Liveness and readiness have no 4xx answer to declare.
    expect(
      problems.filter((problem) => problem.severity === 'warn').map((p) => `${p.ruleId} ${p.pointer}`),
    ).toEqual([
      'operation-4xx-response #/paths/~1health/get/responses',
      'operation-4xx-response #/paths/~1ready/get/responses',
    ]);
  });
});

describe('the document', () => {
  it('gives every operation a unique camelCase operationId', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(100);
    const missing = all.filter(({ op }) => !op.operationId).map(({ where }) => where);
    expect(missing).toEqual([]);
    const ids = all.map(({ op }) => op.operationId as string);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z]+$/.test(id))).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('declares every tag it uses with a description, its servers and a licence', () => {
    const declared = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description ?? '']));
    const used = new Set(operations().flatMap(({ op }) => op.tags ?? []));
    expect([...used].filter((tag) => !declared.has(tag))).toEqual([]);
    expect([...declared].filter(([, description]) => description.length < 10)).toEqual([]);
    expect(document.servers?.length).toBeGreaterThan(0);
    expect(document.info.license?.identifier ?? document.info.license?.url).toBeTruthy();
  });

  it('needs no token for liveness and readiness', () => {
    expect(document.paths['/health']?.get?.security).toEqual([]);
    expect(document.paths['/ready']?.get?.security).toEqual([]);
  });

  it('names the role and the organisation kind in Me as enums', () => {
    const me = json('/api/me', 'get', '200');
    expect(deref(me.properties?.role as Schema).enum).toEqual(roles);
    expect(deref(me.properties?.organisation?.properties?.kind as Schema).enum).toEqual(organisationKinds);
  });

  it('tells role-dependent responses apart by `view`', () => {
    expectViewDiscriminator(
      deref(json('/api/vacancies/{id}/candidates', 'get', '200').properties?.items?.items as Schema),
      'CandidateForStaff',
      'Candidate',
    );
    expectViewDiscriminator(
      json('/api/vacancies/{id}/candidates/{code}', 'get', '200'),
      'CandidateDetailForStaff',
      'CandidateDetail',
    );
    expectViewDiscriminator(
      deref(
        json('/api/meet-and-greets/{id}/vacancies/{vacancyId}/shortlist', 'get', '200').properties?.items
          ?.items as Schema,
      ),
      'ShortlistItemForStaff',
      'ShortlistItem',
    );
    expectViewDiscriminator(
      deref(json('/api/candidacies', 'get', '200').properties?.items?.items as Schema),
      'CandidacyForStaff',
      'Candidacy',
    );
    for (const [path, method] of [
      ['/api/candidacies/{id}', 'get'],
      ['/api/candidacies/{id}/transitions', 'post'],
    ] as const) {
      expectViewDiscriminator(json(path, method, '200'), 'CandidacyDetailForStaff', 'CandidacyDetail');
    }
  });

  it('types no component as possibly null: a 201 with an invitation always has one', () => {
    const nullable = Object.entries(document.components.schemas)
      .filter(([, schema]) => [schema.type].flat().includes('null'))
      .map(([name]) => name);
    expect(nullable).toEqual([]);
    expect(json('/api/meet-and-greets/{id}/employers', 'post', '201').type).toBe('object');
  });

  it('says whose version every version field is', () => {
    const undescribed = Object.entries(document.components.schemas).flatMap(([name, schema]) =>
      [schema, ...(schema.allOf ?? [])].flatMap((part) =>
        Object.entries(part.properties ?? {})
          .filter(([field, property]) => /version$/i.test(field) && !deref(property).description)
          .map(([field]) => `${name}.${field}`),
      ),
    );
    expect(undescribed).toEqual([]);
  });

  it('answers the steps with the version the next step needs, and the hire with its placement', () => {
    for (const path of [
      '/api/meet-and-greets/{id}/schedule/proposal',
      '/api/meet-and-greets/{id}/schedule/fix',
      '/api/meet-and-greets/{id}/held',
    ]) {
      const schema = json(path, 'post', '200');
      const fields = {
        ...schema.properties,
        ...Object.assign({}, ...(schema.allOf ?? []).map(deref).map((s) => s.properties)),
      };
      expect(Object.keys(fields), path).toContain('meetAndGreetVersion');
    }
    expect(json('/api/placements/{id}/hours-build-up', 'put', '200').properties).toHaveProperty(
      'placementVersion',
    );
    const hired = deref(json('/api/candidacies/{id}/transitions', 'post', '200').oneOf?.[1] as Schema);
    expect(deref(hired.properties?.placement as Schema).properties).toHaveProperty('version');
  });
});
