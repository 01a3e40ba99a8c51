import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPersonas } from '../../seed/demo-job-seekers';
import { type DemoData, seedDemo } from '../../seed/seed-demo';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import {
  candidateListSchema,
  candidateSchema,
  trainingSuggestionListSchema,
  vacancyMatchListSchema,
} from '../../src/modules/matching/matching.schemas';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Skills first, end to end on the demo programme: an employer posts a vacancy, the demo job seekers
 * are ranked with explanations and without identity, and a lifecoach sees which vacancies fit one
 * of their people and what training would open more.
 */
let t: TestApp;
let demo: DemoData;
const tokenOf = (role: string) => {
  const token = demo.tokens.find((holder) => holder.role === role)?.token;
  if (!token) throw new Error(`no demo token for ${role}`);
  return token;
};

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t.orm.em.fork(), t.reference);
});
afterAll(() => t.close());

describe('an employer posts a vacancy and meets the talent behind it', () => {
  let vacancyId: string;

  it('posts and opens a warehouse vacancy without diploma requirements in the match', async () => {
    const recruiter = tokenOf('EMPLOYER_RECRUITER');
    const created = await t.request('POST', '/api/vacancies', {
      token: recruiter,
      body: {
        title: 'Magazijnmedewerker dagdienst',
        occupationCode: '9333.8',
        description:
          'Je ontvangt en verzamelt goederen in ons magazijn aan de Waalhaven. Je krijgt een vaste begeleider.',
        postcode: '3089',
        hours: { min: 24, max: 36 },
        gradualBuildUp: true,
        contractType: 'EMPLOYMENT',
        permanentProspect: true,
        underCao: true,
        requirements: [
          { competenceCode: 'P-ORDERPICKEN', level: 2, tier: 'ESSENTIAL' },
          { competenceCode: 'P-MAGAZIJN', level: 2, tier: 'IMPORTANT' },
          { competenceCode: 'T-WORK-IN-TEAMS', level: 2, tier: 'NICE_TO_HAVE' },
        ],
        dutchLevel: { speaking: 2, reading: 1, writing: 0 },
        behaviours: ['opTijdKomen', 'afsprakenNakomen'],
        mentorAvailable: true,
        employerOnlyNotes: { diploma: 'MBO 2 logistiek', yearsOfExperience: 3, remarks: null },
      },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const vacancy = vacancySchema.parse(created.json);
    const opened = await t.request('POST', `/api/vacancies/${vacancy.id}/status`, {
      token: recruiter,
      body: { status: 'OPEN', version: vacancy.version },
    });
    expect(opened.status).toBe(200);
    vacancyId = vacancy.id;
  });

  it('ranks demo job seekers with every score component, gap and gate count — and no identity', async () => {
    const res = await t.request('GET', `/api/vacancies/${vacancyId}/candidates?limit=10`, {
      token: tokenOf('EMPLOYER_RECRUITER'),
    });
    expect(res.status).toBe(200);
    const list = candidateListSchema.parse(res.json);
    expect(list.items.length).toBeGreaterThan(0);
    expect(Object.values(list.gateFailures).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const scores = list.items.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const item of res.json.items) {
      const candidate = candidateSchema.parse(item);
      expect(candidate.requirements.map((r) => r.competenceCode)).toEqual(
        expect.arrayContaining(['P-ORDERPICKEN', 'P-MAGAZIJN', 'L-NL-SPREKEN']),
      );
    }
    const json = JSON.stringify(res.json);
    for (const persona of demoPersonas) {
      expect(json).not.toContain(persona.fullName);
    }
    expect(json).not.toContain('MBO 2');
  });

  it('lets a lifecoach see the fitting vacancies and what to train for one of their people', async () => {
    const coach = tokenOf('LIFECOACH');
    const caseload = await t.request('GET', '/api/job-seekers?segment=READY&limit=100', { token: coach });
    expect(caseload.status).toBe(200);
    let checked = 0;
    let suggestions = 0;
    for (const person of caseload.json.items as { id: string }[]) {
      const matches = await t.request('GET', `/api/job-seekers/${person.id}/matches`, { token: coach });
      if (matches.status === 409) continue; // no profile yet
      expect(matches.status, JSON.stringify(matches.json)).toBe(200);
      const list = vacancyMatchListSchema.parse(matches.json);
      const training = trainingSuggestionListSchema.parse(
        (await t.request('GET', `/api/job-seekers/${person.id}/what-to-train`, { token: coach })).json,
      );
      // A suggestion opens only vacancies that are not open to the person yet: an essential
      // requirement is still unmet, or the fit is below the threshold.
      const byId = new Map(list.items.map((v) => [v.vacancyId, v]));
      suggestions += training.items.length;
      for (const suggestion of training.items) {
        expect(suggestion.opens.length).toBeGreaterThan(0);
        for (const opening of suggestion.opens) {
          const current = byId.get(opening.vacancyId);
          if (!current) continue;
          const essentialsMet = current.requirements
            .filter((r) => r.tier === 'ESSENTIAL')
            .every((r) => r.met);
          expect(
            essentialsMet && current.score >= 0.5,
            `${suggestion.competenceCode} → ${current.title}`,
          ).toBe(false);
        }
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
    expect(suggestions).toBeGreaterThan(0);
  });

  it('has audited each employer view of a candidate', async () => {
    const res = await t.request(
      'GET',
      `/api/audit-entries?entityType=vacancy&entityId=${vacancyId}&action=match_candidate.viewed`,
      {
        token: tokenOf('PROGRAMME_ADMIN'),
      },
    );
    const entries = res.json.items.map((e: unknown) => auditEntrySchema.parse(e));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e: { subjectId: string | null }) => e.subjectId !== null)).toBe(true);
  });
});
