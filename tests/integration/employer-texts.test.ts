import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPersonas } from '../../seed/demo-job-seekers';
import { seedDemo } from '../../seed/seed-demo';
import { Role } from '../../src/access/roles';
import { revealingWords } from '../../src/modules/assessments/employer-summary';
import { createApiToken } from '../../src/modules/auth/token.service';
import { peopleWithConsent } from '../../src/modules/candidacies/consent-lookup';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { User } from '../../src/modules/users/user.entity';
import { createTestApp, type TestApp } from '../support/test-app';

// Over the whole demo programme, everything an employer-side user (recruiter, mentor) can read
// about candidates holds no word from which gender, age, origin, religion or health can be told,
// and no name or birth date of a person who did not agree to share their profile with that employer.

let t: TestApp;
const employerUsers: { user: User; token: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.orm.em.fork(), t.reference, new Date());
  const em = t.orm.em.fork();
  for (const user of await em.find(
    User,
    { role: { $in: [Role.EmployerRecruiter, Role.Mentor] } },
    { orderBy: { email: 'asc' }, populate: ['organisation'] },
  )) {
    const issued = await createApiToken(em, user, {
      label: 'test',
      expiresInDays: 1,
      createdByUserId: null,
      now: new Date(),
    });
    employerUsers.push({ user, token: issued.token });
  }
  await em.flush();
}, 120_000);
afterAll(() => t.close());

/**
 * Names of catalogue entries: the same words for everyone who has the competence or wants the
 * occupation (ESCO's own labels), so they say nothing about the person.
 */
const CATALOGUE_LABELS = new Set(['label', 'labelNl', 'competenceLabel', 'occupationLabel', 'sectorLabel']);
/** The day of a Meet & Greet in words ("vrijdag 12 maart 2027"): about the event, not a person. */
const EVENT_FIELDS = new Set(['dateLabel']);
/** Codes, ids, states and timestamps: no words at all. */
const isMachineValue = (text: string) =>
  /^[A-Z0-9][A-Z0-9_.-]*$/.test(text) ||
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text) ||
  /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(text);
/** The employer's own vacancies, in its own words, are not about a candidate. */
const isAboutCandidates = (url: string) =>
  /\/candidates|\/candidacies|\/placements|\/meet-and-greets/.test(url);

/** Every string in a response, with where it was found. */
function stringsIn(value: unknown, path = '$'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((inner, index) => stringsIn(inner, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, inner]) => stringsIn(inner, `${path}.${key}`));
  return [];
}

/** Everything a user can read about candidates, through the API, page by page. */
async function crawlAs(token: string) {
  const responses: { url: string; json: unknown }[] = [];
  const get = async (url: string) => {
    const res = await t.request('GET', url, { token });
    expect([200, 403, 404], `${url}: ${res.text}`).toContain(res.status);
    if (res.status === 200) responses.push({ url, json: res.json });
    return res.status === 200 ? res.json : null;
  };
  const vacancies = (await get('/api/vacancies?limit=100'))?.items ?? [];
  for (const vacancy of vacancies as { id: string }[]) {
    await get(`/api/vacancies/${vacancy.id}`);
    await get(`/api/vacancies/${vacancy.id}/pipeline`);
    let cursor: string | null = null;
    do {
      const page = await get(
        `/api/vacancies/${vacancy.id}/candidates?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      for (const candidate of (page?.items ?? []) as { candidateCode: string }[])
        await get(`/api/vacancies/${vacancy.id}/candidates/${candidate.candidateCode}`);
      cursor = page?.nextCursor ?? null;
    } while (cursor);
  }
  for (const list of [
    '/api/candidacies?limit=100',
    '/api/placements?limit=100',
    '/api/meet-and-greets?limit=100',
  ])
    await get(list);
  return responses;
}

/** Per employer, the names of the people who agreed to share their profile with it. */
async function namesSharedWith(employerIds: string[]): Promise<Map<string, Set<string>>> {
  const em = t.orm.em.fork();
  const people = await em.find(JobSeeker, {});
  const shared = new Map<string, Set<string>>();
  for (const employerId of new Set(employerIds)) {
    const consenting = await peopleWithConsent(
      em,
      people.map((person) => person.id),
      'PROFILE_SHARING',
      employerId,
    );
    shared.set(
      employerId,
      new Set(people.filter((person) => consenting.has(person.id)).map((p) => p.fullName)),
    );
  }
  return shared;
}

describe('what employers read about candidates in the demo programme', () => {
  it('reveals no gender, age, origin, religion or health, and no name or birth date', async () => {
    expect(employerUsers.length).toBeGreaterThanOrEqual(3);
    const findings: string[] = [];
    let summariesRead = 0;
    const sharedWith = await namesSharedWith(employerUsers.map(({ user }) => user.organisation.id));
    for (const { user, token } of employerUsers) {
      for (const { url, json } of await crawlAs(token)) {
        for (const { path, text } of stringsIn(json)) {
          if (path.endsWith('.summaryForEmployers')) summariesRead++;
          const key = path
            .replace(/\[\d+\]$/, '')
            .split('.')
            .pop() as string;
          // The name of someone who agreed to share their profile with this employer is theirs to read.
          if (key === 'fullName' && sharedWith.get(user.organisation.id)?.has(text)) continue;
          if (
            isAboutCandidates(url) &&
            !CATALOGUE_LABELS.has(key) &&
            !EVENT_FIELDS.has(key) &&
            !isMachineValue(text)
          ) {
            for (const word of revealingWords(text))
              findings.push(`${user.email} ${url} ${path}: ${word.word} (${word.aspect})`);
          }
          for (const persona of demoPersonas) {
            const parts = [
              persona.fullName,
              ...persona.fullName.split(' ').filter((part) => part.length > 3),
            ];
            for (const part of [...parts, ...(persona.dateOfBirth ? [persona.dateOfBirth] : [])]) {
              if (text.includes(part))
                findings.push(`${user.email} ${url} ${path}: ${part} (${persona.fullName})`);
            }
          }
        }
      }
    }
    expect(findings).toEqual([]);
    // Not a vacuous pass: employers did read the summaries written for them.
    expect(summariesRead).toBeGreaterThan(20);
  }, 120_000);

  it('gives every demo person with a talent profile a summary for employers that passes the check', () => {
    const assessed = demoPersonas.filter(
      (persona) => persona.assessment?.completedDaysAgo !== null && persona.assessment?.strengthsSummary,
    );
    expect(assessed.length).toBeGreaterThan(20);
    for (const persona of assessed) {
      const summary = persona.assessment?.summaryForEmployers;
      expect(summary, persona.fullName).toBeDefined();
      expect(revealingWords(summary as string, persona.fullName), persona.fullName).toEqual([]);
    }
  });
});
