import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleWithConsent } from '../../src/modules/candidacies/consent-lookup';
import {
  type EmployerWorld,
  identities,
  LIFECOACH_REPORT,
  publicVocabulary,
  query,
  SUPPORT_NOTE,
  scriptEmployerWorld,
  strings,
  supportTexts,
  windows,
  words,
} from '../support/employer-world';
import type { TestUser } from '../support/factories';
import { type CrawledResponse, crawl, getOperations, poolsOf } from '../support/openapi-crawler';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Acceptance: every GET an employer-side user (recruiter, manager, mentor) may call, found by walking
 * /openapi.json, over the demo programme plus a Meet & Greet, a hire in the pipeline and hires by
 * candidate code — and no response tells them who a person is before that person agreed to share
 * their profile with their employer: no name, phone, e-mail, date of birth or full postcode. Support
 * needs and lifecoach notes never reach any employer, consent or not, and no text about a person
 * carries a gendered pronoun.
 */
let t: TestApp;
let world: EmployerWorld;

beforeAll(async () => {
  t = await createTestApp();
  world = await scriptEmployerWorld(t);
}, 600_000);
afterAll(() => t.close());

type Finding = { user: string; url: string; what: string };

/** Words an employer may read anyway, with the reference vocabulary the API serves. */
const vocabulary = (responses: readonly CrawledResponse[]) =>
  publicVocabulary(
    t,
    responses
      .filter((res) => /^\/api\/(catalogue|legal-qualifications|instrument)/.test(res.route))
      .flatMap((res) => strings(res.json)),
  );

/**
 * Free text about a person written on the programme's side: the assessment (strengths, evidence,
 * wishes), the talent profiles, and what lifecoaches and programme staff wrote during a placement.
 * Texts an employer wrote itself (its vacancies, invitations, conversation reports) and the fixed
 * vocabulary of the service are not about the person's gender, and are left out.
 */
async function personTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const row of await query<{ answers: unknown; evidence: unknown }>(
    t,
    'select answers, evidence from assessment',
  ))
    texts.push(...strings(row.answers), ...strings(row.evidence));
  for (const row of await query<{ profile: unknown }>(t, 'select profile from talent_profile'))
    texts.push(...strings(row.profile));
  for (const sql of [
    "select text from onboarding_plan_comment where author_role in ('LIFECOACH', 'PROGRAMME_ADMIN')",
    "select reason as text from placement_hours_change where changed_by_user_id in (select id from app_user where role in ('LIFECOACH', 'PROGRAMME_ADMIN'))",
    "select end_note as text from placement where ended_by_side = 'PROGRAMME'",
  ])
    texts.push(...(await query<{ text: string }>(t, sql)).map((row) => row.text));
  return texts.filter((text) => words(text).length >= 3);
}

/**
 * Gendered pronouns. "zijn" is left out: it is mostly the verb (to be); a text about a man that
 * uses it as a possessive also says "hij" or "hem". "ze" and "zij" are also plural ("they"): in a
 * text about one person they are taken as her.
 */
const GENDERED = /(?<![\p{L}])(hij|hem|zij|ze|haar|zijne)(?![\p{L}])/iu;

// ---- the crawl -------------------------------------------------------------------------------------

const employerSide = () => [
  world.recruiterHaven,
  world.managerHaven,
  world.mentorHaven,
  world.recruiterZorg,
  world.mentorZorg,
  world.recruiterSchoon,
];
const label = (user: TestUser) => `${user.user.role} ${user.user.displayName}`;
const crawls = new Map<TestUser, CrawledResponse[]>();
let adminCrawl: CrawledResponse[];

describe('every GET an employer-side user may call', () => {
  beforeAll(async () => {
    // What programme staff can see: the ids an employer could try to guess.
    adminCrawl = await crawl(t, world.admin.token);
    const seeds = poolsOf(adminCrawl);
    for (const user of employerSide()) crawls.set(user, await crawl(t, user.token, seeds));
  }, 600_000);

  it('reaches every GET route of the API, and what each user may read', async () => {
    const routes = (await getOperations(t)).map((operation) => operation.route);
    for (const [user, responses] of crawls) {
      const requested = new Set(responses.map((res) => res.route));
      expect(
        routes.filter((route) => !requested.has(route)),
        label(user),
      ).toEqual([]);
    }
    const read = (user: TestUser) =>
      new Set((crawls.get(user) ?? []).filter((res) => res.status === 200).map((res) => res.route));
    for (const route of [
      '/api/placements/{id}',
      '/api/placements/{id}/check-ins',
      '/api/placements/{id}/onboarding-plan',
      '/api/placements/{id}/hours-build-up',
      '/api/follow-up-items',
    ])
      for (const user of [world.recruiterHaven, world.managerHaven, world.mentorHaven])
        expect(read(user), `${label(user)} ${route}`).toContain(route);
    for (const route of [
      '/api/vacancies/{id}/candidates/{code}',
      '/api/candidacies/{id}',
      '/api/meet-and-greets/{id}/vacancies/{vacancyId}/shortlist',
      '/api/meet-and-greets/{id}/schedule/employers/{employerId}',
    ])
      expect(read(world.recruiterHaven), route).toContain(route);
  });

  it('answers no request of theirs with a server error', () => {
    for (const [user, responses] of crawls) {
      const failed = responses
        .filter((res) => res.status >= 500)
        .map((res) => `${res.url}: ${res.text.slice(0, 200)}`);
      expect(failed, label(user)).toEqual([]);
    }
  });

  it('shows no name, phone, e-mail, date of birth or full postcode of anyone who did not agree to share their profile with their employer', async () => {
    const people = await identities(t, await vocabulary(adminCrawl));
    const findings: Finding[] = [];
    const seenWithConsent = new Set<string>();
    for (const [user, responses] of crawls) {
      const consenting = await peopleWithConsent(
        t.orm.em.fork(),
        [...people.keys()],
        'PROFILE_SHARING',
        user.organisation.id,
      );
      for (const res of responses) {
        for (const [id, person] of people) {
          if (consenting.has(id)) {
            if (person.patterns[0]?.pattern.test(res.text))
              seenWithConsent.add(`${label(user)}: ${person.fullName}`);
            continue;
          }
          for (const { what, pattern } of person.patterns) {
            if (pattern.test(res.text))
              findings.push({ user: label(user), url: res.url, what: `${what} of ${person.fullName}` });
          }
        }
      }
    }
    expect(findings).toEqual([]);
    // The check can fail: the person hired in the pipeline agreed, and her employer does read her name.
    expect([...seenWithConsent].some((entry) => entry.startsWith(label(world.recruiterHaven)))).toBe(true);
    expect([...seenWithConsent].some((entry) => entry.startsWith(label(world.mentorHaven)))).toBe(true);
  });

  it('never shows a support need or a lifecoach note, consent or not', async () => {
    const secrets = await supportTexts(t);
    expect(secrets).toEqual(expect.arrayContaining([LIFECOACH_REPORT, SUPPORT_NOTE]));
    expect(secrets.length).toBeGreaterThan(10);
    const snippets = secrets.map((text) => text.slice(0, 40));
    const findings: Finding[] = [];
    for (const [user, responses] of crawls) {
      for (const res of responses) {
        const shown = strings(res.json);
        for (const [index, snippet] of snippets.entries()) {
          if (shown.some((text) => text.includes(snippet)))
            findings.push({ user: label(user), url: res.url, what: secrets[index] as string });
        }
      }
    }
    expect(findings).toEqual([]);
  });

  it('never answers with the money checklist or a money worry', () => {
    let refused = 0;
    const findings: Finding[] = [];
    for (const [user, responses] of crawls) {
      for (const res of responses) {
        if (res.route.includes('money-checklist')) {
          if (res.status === 200)
            findings.push({ user: label(user), url: res.url, what: 'the money checklist' });
          else refused++;
        }
        if (/moneyWorries|MONEY_MATTERS/.test(res.text))
          findings.push({ user: label(user), url: res.url, what: 'a money worry or a money-related ending' });
      }
    }
    expect(findings).toEqual([]);
    // The crawl did ask for the checklist routes, and was refused.
    expect(refused).toBeGreaterThan(0);
  });

  it('has no gendered pronoun in any text about a person', async () => {
    const corpus = new Set((await personTexts()).flatMap((text) => windows(text)));
    const findings: Finding[] = [];
    let aboutPeople = 0;
    for (const [user, responses] of crawls) {
      for (const res of responses) {
        for (const text of strings(res.json)) {
          if (!windows(text).some((window) => corpus.has(window))) continue;
          aboutPeople++;
          if (GENDERED.test(text)) findings.push({ user: label(user), url: res.url, what: text });
        }
      }
    }
    // Employers do read texts about people (strengths summaries, the lifecoach's plan comments).
    expect(aboutPeople).toBeGreaterThan(10);
    const unique = [
      ...new Map(
        findings.map((finding) => [`${finding.url.split('?')[0]} ${finding.what}`, finding]),
      ).values(),
    ];
    expect(unique).toEqual([]);
  });
});
