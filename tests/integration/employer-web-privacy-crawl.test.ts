import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleWithConsent } from '../../src/modules/candidacies/consent-lookup';
import {
  demoUser,
  type EmployerWorld,
  identities,
  MONEY_CONTACT,
  MONEY_NOTE,
  publicVocabulary,
  SUPPORT_NOTE,
  scriptEmployerWorld,
  supportTexts,
} from '../support/employer-world';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, visibleText, webSessionFor } from '../support/web-page-session';

/**
 * Acceptance: every page of the web app an employer-side user (recruiter, manager, mentor) can
 * reach by following links from the start page, over the demo programme plus a scripted Meet &
 * Greet and hires — and no page tells them who a person is before that person agreed to share
 * their profile with their employer: no name, phone, e-mail, date of birth or full postcode.
 * Support needs and lifecoach notes never show; the Meet & Greet pages show candidate codes only,
 * consent or not. The API's own crawl is employer-privacy-crawl.test.ts; both use the same world.
 */
let t: TestApp;
let world: EmployerWorld;
let demoManager: TestUser;

type CrawledPage = { path: string; status: number; html: string };
type Finding = { user: string; path: string; what: string };

const MAX_PAGES = 400;
/** Links a crawl does not follow: signing out or in, the stylesheets and scripts, the API. */
const SKIPPED = /^\/(uitloggen|inloggen|web\/assets|api)(\/|$|\?)/;

/** The page as markup with its entities undone, so names in attributes count as well as in text. */
const decoded = (html: string) =>
  html
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every page `user` reaches from `/` by following links (and redirects), each once. */
async function crawlPages(user: TestUser): Promise<CrawledPage[]> {
  const session = await webSessionFor(t, user.user);
  const queue = ['/'];
  const seen = new Set(queue);
  const pages: CrawledPage[] = [];
  while (queue.length && pages.length < MAX_PAGES) {
    const path = queue.shift() as string;
    const res = await getPage(t, session, path);
    pages.push({ path, status: res.status, html: decoded(res.html) });
    const next = [
      ...(res.location ? [res.location] : []),
      ...[...res.html.matchAll(/href="(\/[^"#]*)/g)].map((match) => decoded(match[1] as string)),
    ];
    for (const link of next) {
      if (SKIPPED.test(link) || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return pages;
}

const label = (user: TestUser) => `${user.user.role} ${user.user.displayName}`;
const crawls = new Map<TestUser, CrawledPage[]>();
const employerSide = () => [
  world.recruiterHaven,
  demoManager,
  world.managerHaven,
  world.mentorHaven,
  world.recruiterZorg,
  world.mentorZorg,
  world.recruiterSchoon,
];

beforeAll(async () => {
  t = await createTestApp();
  world = await scriptEmployerWorld(t);
  // The demo placement's manager: a MANAGER account of Havenlogistiek, in its own workspace.
  demoManager = await demoUser(t, world.demo, 'managerHaven');
  for (const user of employerSide()) crawls.set(user, await crawlPages(user));
}, 900_000);
afterAll(() => t.close());

describe('every page an employer-side user can reach', () => {
  const paths = (user: TestUser) =>
    (crawls.get(user) ?? []).filter((page) => page.status === 200).map((page) => page.path);

  it('reaches the vacancies, candidates, Meet & Greets, shortlists, the day list, the pipeline and the placements', () => {
    const recruiter = paths(world.recruiterHaven);
    for (const pattern of [
      /^\/werkgever$/,
      /^\/werkgever\/vacatures\/[0-9a-f-]{36}\/kandidaten$/,
      /^\/werkgever\/meet-and-greets\/[0-9a-f-]{36}$/,
      /^\/werkgever\/meet-and-greets\/[0-9a-f-]{36}\/vacatures\/[0-9a-f-]{36}$/,
      /^\/werkgever\/meet-and-greets\/[0-9a-f-]{36}\/gesprekkenlijst$/,
      /^\/agenda\/meet-and-greets\/[0-9a-f-]{36}\.ics$/,
      /^\/werkgever\/sollicitaties\/[0-9a-f-]{36}$/,
      /^\/werkgever\/plaatsingen\/[0-9a-f-]{36}$/,
    ])
      expect(
        recruiter.some((path) => pattern.test(path)),
        String(pattern),
      ).toBe(true);
    // Two Meet & Greets (the demo's and the scripted one), each with its day list.
    expect(recruiter.filter((path) => path.endsWith('/gesprekkenlijst')).length).toBe(2);
    // The manager reaches the placement they give feedback on, with its form, in their own workspace.
    const placement = (crawls.get(demoManager) ?? []).find(
      (page) => page.path === `/leidinggevende/plaatsingen/${world.demo.meetAndGreet.placementId}`,
    );
    expect(placement?.status).toBe(200);
    expect(placement?.html).toContain('Feedbackgesprekken');
    expect(placement?.html).toContain('Sla het gesprek op');
  });

  it('answers none of their pages with an error', () => {
    for (const [user, pages] of crawls) {
      const failed = pages.filter((page) => page.status >= 400).map((page) => `${page.status} ${page.path}`);
      expect(failed, label(user)).toEqual([]);
      expect(pages.length, label(user)).toBeLessThan(MAX_PAGES);
    }
  });

  it('shows no name, phone, e-mail, date of birth or full postcode of anyone who did not agree to share their profile with their employer', async () => {
    const people = await identities(t, await publicVocabulary(t));
    const findings: Finding[] = [];
    const seenWithConsent = new Set<string>();
    for (const [user, pages] of crawls) {
      const consenting = await peopleWithConsent(
        t.orm.em.fork(),
        [...people.keys()],
        'PROFILE_SHARING',
        user.organisation.id,
      );
      for (const page of pages) {
        for (const [id, person] of people) {
          if (consenting.has(id)) {
            if (person.patterns[0]?.pattern.test(page.html))
              seenWithConsent.add(`${label(user)}: ${person.fullName}`);
            continue;
          }
          for (const { what, pattern } of person.patterns) {
            if (pattern.test(page.html))
              findings.push({ user: label(user), path: page.path, what: `${what} of ${person.fullName}` });
          }
        }
      }
    }
    expect(findings).toEqual([]);
    // The check can fail: the demo hire and the scripted hire agreed, and their employer reads the names.
    expect([...seenWithConsent]).toContain(`${label(world.recruiterHaven)}: Sandra de Jong`);
    expect([...seenWithConsent]).toContain(`${label(demoManager)}: Sandra de Jong`);
  });

  it('shows candidate codes only on the Meet & Greet pages, even of someone who agreed', async () => {
    const people = await identities(t, await publicVocabulary(t));
    const findings: Finding[] = [];
    let codes = 0;
    for (const [user, pages] of crawls) {
      for (const page of pages.filter((candidate) =>
        candidate.path.startsWith('/werkgever/meet-and-greets/'),
      )) {
        codes += (visibleText(page.html).match(/K-[A-Z0-9]{6}/g) ?? []).length;
        for (const person of people.values()) {
          for (const { what, pattern } of person.patterns)
            if (pattern.test(page.html))
              findings.push({ user: label(user), path: page.path, what: `${what} of ${person.fullName}` });
        }
      }
    }
    expect(findings).toEqual([]);
    expect(codes).toBeGreaterThan(5);
  });

  it('never shows a support need or a lifecoach note, consent or not', async () => {
    const secrets = await supportTexts(t);
    expect(secrets).toEqual(expect.arrayContaining([SUPPORT_NOTE]));
    const snippets = secrets.map((text) => text.slice(0, 40));
    const findings: Finding[] = [];
    for (const [user, pages] of crawls) {
      for (const page of pages) {
        const text = visibleText(page.html);
        for (const [index, snippet] of snippets.entries()) {
          if (text.includes(snippet))
            findings.push({ user: label(user), path: page.path, what: secrets[index] as string });
        }
      }
    }
    expect(findings).toEqual([]);
  });

  it('never shows the money checklist, a money worry or a money-related ending', async () => {
    const secrets = await supportTexts(t);
    expect(secrets).toEqual(expect.arrayContaining([MONEY_NOTE, MONEY_CONTACT]));
    const checklistTexts = t.reference.moneyChecklists.flatMap((checklist) => [
      checklist.titleNl,
      checklist.introNl.slice(0, 60),
      ...checklist.items.flatMap((item) => [
        item.titleNl,
        item.forLifecoachNl.slice(0, 60),
        item.forPersonNl.slice(0, 60),
      ]),
    ]);
    const marks = [...checklistTexts, 'Geld bij de start', 'Zorgen over geld', 'geldzorgen', 'Geldzaken'];
    const findings: Finding[] = [];
    for (const [user, pages] of crawls) {
      for (const page of pages) {
        const text = visibleText(page.html);
        for (const mark of marks) {
          if (text.toLowerCase().includes(mark.toLowerCase()))
            findings.push({ user: label(user), path: page.path, what: mark });
        }
        if (/moneyWorries|money-checklist|mijn-gegevens\/geld/.test(page.html))
          findings.push({
            user: label(user),
            path: page.path,
            what: 'a link or field of the money checklist',
          });
      }
    }
    expect(findings).toEqual([]);
  });
});
