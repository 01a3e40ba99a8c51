import { expect } from 'vitest';
import { type DemoData, seedDemo } from '../../seed/seed-demo';
import { createApiToken } from '../../src/modules/auth/token.service';
import { peopleWithConsent } from '../../src/modules/candidacies/consent-lookup';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { candidateListSchema } from '../../src/modules/matching/matching.schemas';
import { resolveCandidateCode } from '../../src/modules/matching/pseudonyms';
import { Placement } from '../../src/modules/placements/placement.entity';
import { placementSchema } from '../../src/modules/placements/placement.schemas';
import { addDays, programmeToday } from '../../src/modules/readiness/review-dates';
import { User } from '../../src/modules/users/user.entity';
import type { TestUser } from './factories';
import { holdEvent, move, recordConsent } from './meet-and-greet-setup';
import type { TestApp } from './test-app';

// What the employer privacy crawls share (the API's in tests/integration/employer-privacy-crawl.test.ts,
// the web app's in employer-web-privacy-crawl.test.ts): the demo programme plus a scripted Meet &
// Greet and hires, and what would tell an employer who a person is.

export type EmployerWorld = {
  demo: DemoData;
  admin: TestUser;
  /** The demo lifecoaches by user id. */
  coaches: Map<string, TestUser>;
  recruiterHaven: TestUser;
  /** The team leader who gives the two-weekly feedback on the scripted hires: a manager who is not the recruiter. */
  managerHaven: TestUser;
  mentorHaven: TestUser;
  recruiterZorg: TestUser;
  mentorZorg: TestUser;
  recruiterSchoon: TestUser;
};

export const LIFECOACH_REPORT =
  'Er speelt een conflict met de woningcorporatie over de huur; we bellen samen.';
export const SUPPORT_NOTE = 'Dinsdag samen naar de schuldhulpverlening voor een betalingsregeling.';
/** Written on the money checklist of every scripted hire: never for an employer's eyes. */
export const MONEY_NOTE = 'Het voorschot van Werk en Inkomen loopt tot het eerste loon binnen is.';
export const MONEY_CONTACT = 'Mevrouw Yildiz van Werk en Inkomen Zuid';

/** A demo user with a fresh API token. */
export async function demoUser(t: TestApp, demo: DemoData, key: string, now = new Date()): Promise<TestUser> {
  const em = t.orm.em.fork();
  const user = await em.findOneOrFail(
    User,
    { id: demo.users.get(key)?.id as string },
    { populate: ['organisation'] },
  );
  const issued = await createApiToken(em, user, {
    label: 'test',
    expiresInDays: 30,
    createdByUserId: null,
    now,
  });
  await em.flush();
  return { user, organisation: user.organisation, token: issued.token, tokenId: issued.id };
}

/**
 * The demo programme plus a Meet & Greet with two employers, a hire in the pipeline of someone who
 * agreed to share their profile, and hires by candidate code of people who did not — each followed
 * up with conversations of every kind, a support note and an onboarding plan.
 */
export async function scriptEmployerWorld(t: TestApp, now = new Date()): Promise<EmployerWorld> {
  const today = programmeToday(now);
  const demo = await seedDemo(t.orm.em.fork(), t.reference, now);
  const coaches = new Map<string, TestUser>();

  const vacancyId = async (recruiter: TestUser, title: string) => {
    const res = await t.request('GET', '/api/vacancies?limit=100', { token: recruiter.token });
    const found = (res.json.items as { id: string; title: string }[]).find((item) => item.title === title);
    if (!found) throw new Error(`No demo vacancy ${title}`);
    return found.id;
  };

  const coachOf = async (jobSeekerId: string) => {
    const person = await t.orm.em.fork().findOneOrFail(JobSeeker, { id: jobSeekerId });
    return coaches.get(person.responsibleLifecoach.id) as TestUser;
  };

  /**
   * Hires by code, at the first of the employer's open vacancies (`except` last) that has one, a
   * candidate who did not agree to share their profile with the employer.
   */
  async function hireByCodeWithoutConsent(recruiter: TestUser, except: string) {
    const vacancies = await t.request('GET', '/api/vacancies?status=OPEN&limit=100', {
      token: recruiter.token,
    });
    // The scripted event's vacancy last: the demo's own hires may have filled the employer's others.
    const open = vacancies.json.items as { id: string }[];
    const ordered = [
      ...open.filter((item) => item.id !== except),
      ...open.filter((item) => item.id === except),
    ];
    for (const vacancy of ordered) {
      const list = candidateListSchema.parse(
        (
          await t.request('GET', `/api/vacancies/${vacancy.id}/candidates?limit=100`, {
            token: recruiter.token,
          })
        ).json,
      );
      for (const candidate of list.items) {
        const jobSeekerId = (await resolveCandidateCode(
          t.orm.em.fork(),
          vacancy.id,
          candidate.candidateCode,
        )) as string;
        const consenting = await peopleWithConsent(
          t.orm.em.fork(),
          [jobSeekerId],
          'PROFILE_SHARING',
          recruiter.organisation.id,
        );
        if (consenting.has(jobSeekerId)) continue;
        const res = await t.request('POST', '/api/placements', {
          token: recruiter.token,
          body: { vacancyId: vacancy.id, candidateCode: candidate.candidateCode },
        });
        expect(res.status, res.text).toBe(201);
        return placementSchema.parse(res.json);
      }
    }
    throw new Error(`No candidate to hire by code at ${recruiter.organisation.name}`);
  }

  /** Names the mentor and the manager, starts two weeks ago, and records a conversation of every kind. */
  async function followUp(placementId: string, recruiter: TestUser, mentor: TestUser, manager: TestUser) {
    const current = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placementId}`, { token: recruiter.token })).json,
    );
    const named = await t.request('PATCH', `/api/placements/${placementId}`, {
      token: recruiter.token,
      body: {
        mentorUserId: mentor.user.id,
        managerUserId: manager.user.id,
        startDate: addDays(today, -15),
        version: current.version,
      },
    });
    expect(named.status, named.text).toBe(200);
    const started = await t.request('POST', `/api/placements/${placementId}/start`, {
      token: recruiter.token,
      body: {},
    });
    expect(started.status, started.text).toBe(200);
    const coach = coaches.get(placementSchema.parse(started.json).lifecoach.id) as TestUser;
    const checkIn = async (token: string, kind: string, report: string, howItsGoing = 'GOOD') => {
      const res = await t.request('POST', `/api/placements/${placementId}/check-ins`, {
        token,
        body: {
          kind,
          date: addDays(today, -2),
          report,
          howItsGoing,
          agreedActions: ['Over twee weken weer een gesprek.'],
          // The lifecoach heard money worries: a flag only the lifecoach and the programme see.
          moneyWorries: kind === 'LIFECOACH',
        },
      });
      expect(res.status, res.text).toBe(201);
    };
    await checkIn(manager.token, 'MANAGER_FEEDBACK', 'Komt op tijd en leert snel met de scanner werken.');
    await checkIn(
      mentor.token,
      'MENTOR',
      'Vraagt steeds vaker zelf om hulp als iets niet lukt.',
      'SOME_WORRIES',
    );
    await checkIn(coach.token, 'LIFECOACH', LIFECOACH_REPORT, 'SERIOUS_WORRIES');
    const note = await t.request('POST', `/api/placements/${placementId}/support-notes`, {
      token: coach.token,
      body: { note: SUPPORT_NOTE },
    });
    expect(note.status, note.text).toBe(201);
    // The start-of-work money checklist: one step done with the named contact, one where help is needed.
    const money = await t.request('GET', `/api/placements/${placementId}/money-checklist`, {
      token: coach.token,
    });
    expect(money.status, money.text).toBe(200);
    const versionOf = (key: string) =>
      (money.json as { items: { key: string; version: number }[] }).items.find((entry) => entry.key === key)
        ?.version;
    for (const [key, body] of [
      [
        'werkEnInkomen',
        { status: 'DONE', date: addDays(today, -16), actor: 'LIFECOACH', contactName: MONEY_CONTACT },
      ],
      ['overbrugging', { status: 'HELP_NEEDED', actor: 'LIFECOACH', note: MONEY_NOTE }],
    ] as const) {
      const saved = await t.request('PATCH', `/api/placements/${placementId}/money-checklist/items/${key}`, {
        token: coach.token,
        body: { ...body, version: versionOf(key) },
      });
      expect(saved.status, saved.text).toBe(200);
    }
    const item = await t.request('POST', `/api/placements/${placementId}/onboarding-plan/items`, {
      token: recruiter.token,
      body: { kind: 'LEARNING_ITEM', title: 'Werken met de handscanner', targetDate: addDays(today, 20) },
    });
    expect(item.status, item.text).toBe(201);
    const comment = await t.request('POST', `/api/placements/${placementId}/onboarding-plan/comments`, {
      token: coach.token,
      body: { text: 'Het inwerken gaat goed; de scanner gaat steeds sneller.' },
    });
    expect(comment.status, comment.text).toBe(201);
  }
  const admin = await demoUser(t, demo, 'admin', now);
  for (const key of ['lifecoachSamira', 'lifecoachKees']) {
    const coach = await demoUser(t, demo, key, now);
    coaches.set(coach.user.id, coach);
  }
  const recruiterHaven = await demoUser(t, demo, 'recruiterHaven', now);
  const mentorHaven = await demoUser(t, demo, 'mentorHaven', now);
  // The team leader who gives the two-weekly feedback: a manager who is not the recruiter.
  const managerHaven = await t.factory.user('MENTOR', recruiterHaven.organisation);
  const recruiterZorg = await demoUser(t, demo, 'recruiterZorg', now);
  const mentorZorg = await demoUser(t, demo, 'mentorZorg', now);
  const recruiterSchoon = await demoUser(t, demo, 'recruiterSchoon', now);

  // A Meet & Greet with two employers and the people who agreed to come.
  const orderpicker = await vacancyId(recruiterHaven, 'Orderpicker magazijn');
  const kitchen = await vacancyId(recruiterZorg, 'Medewerker keuken en restaurant');
  const people = (
    await t.orm.em.fork().find(JobSeeker, { currentSegment: 'READY' }, { orderBy: { fullName: 'asc' } })
  ).map((person) => person.id);
  const willing = await peopleWithConsent(t.orm.em.fork(), people, 'MEET_AND_GREET');
  const coming = people.filter((id) => willing.has(id));
  const { candidacies } = await holdEvent(t, admin, {
    employers: [
      { recruiter: recruiterHaven, vacancyIds: [orderpicker], tables: 2 },
      { recruiter: recruiterZorg, vacancyIds: [kitchen], tables: 2 },
    ],
    people: await Promise.all(
      coming.slice(0, 6).map(async (id) => ({ coach: await coachOf(id), jobSeekerId: id })),
    ),
  });
  const atHaven = [...candidacies].filter(([key]) => key.endsWith(`/${orderpicker}`)).sort();
  expect(atHaven.length).toBeGreaterThanOrEqual(2);

  // The employer invites two people to an interview; one agrees to share her profile and is hired.
  const [hiredKey, hiredCandidacy] = atHaven[0] as [string, string];
  const [, waitingCandidacy] = atHaven[1] as [string, string];
  for (const id of [hiredCandidacy, waitingCandidacy]) {
    const invited = await move(t, recruiterHaven.token, id, {
      to: 'INVITED',
      message: 'Kom je dinsdag om 10 uur langs?',
    });
    expect(invited.status, invited.text).toBe(200);
  }
  const hiredPerson = hiredKey.split('/')[0] as string;
  const hiredCoach = await coachOf(hiredPerson);
  await recordConsent(t, hiredCoach, hiredPerson, 'PROFILE_SHARING', true, recruiterHaven.organisation.id);
  const invitations = await t.request('GET', '/api/interview-invitations?limit=100', {
    token: hiredCoach.token,
  });
  const invitation = (invitations.json.items as { id: string; candidacyId: string; version: number }[]).find(
    (item) => item.candidacyId === hiredCandidacy,
  );
  // Someone who agreed before the invitation is shown at once; otherwise the lifecoach shares now.
  if (invitation) {
    const shared = await t.request('POST', `/api/interview-invitations/${invitation.id}/share`, {
      token: hiredCoach.token,
      body: { contactRoute: 'PHONE', version: invitation.version },
    });
    expect(shared.status, shared.text).toBe(200);
  }
  for (const to of ['INTERVIEWED', 'OFFERED', 'HIRED']) {
    const res = await move(t, recruiterHaven.token, hiredCandidacy, { to });
    expect(res.status, `${to}: ${res.text}`).toBe(200);
  }
  // The demo's own hire works at this vacancy too: take the placement of this hire.
  const hire = await t.orm.em.fork().findOneOrFail(Placement, { candidacyId: hiredCandidacy });
  await followUp(hire.id, recruiterHaven, mentorHaven, managerHaven);

  // Hires by candidate code of people who did not agree to share their profile with the employer.
  const byCodeHaven = await hireByCodeWithoutConsent(recruiterHaven, orderpicker);
  await followUp(byCodeHaven.id, recruiterHaven, mentorHaven, managerHaven);
  const byCodeZorg = await hireByCodeWithoutConsent(recruiterZorg, kitchen);
  await followUp(byCodeZorg.id, recruiterZorg, mentorZorg, recruiterZorg);
  return {
    demo,
    admin,
    coaches,
    recruiterHaven,
    managerHaven,
    mentorHaven,
    recruiterZorg,
    mentorZorg,
    recruiterSchoon,
  };
}

// ---- what must not be shown ------------------------------------------------------------------------

export const query = async <Row>(t: TestApp, sql: string): Promise<Row[]> =>
  (await t.orm.em.fork().getConnection().execute(sql)) as unknown as Row[];

/** Particles of Dutch and other family names: alone they point to nobody. */
export const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  'el',
  'la',
  'le',
  'da',
  'dos',
  'a',
]);

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const wholeWord = (word: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, flags);

/** Every string in a JSON value. */
export function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const item of node) strings(item, out);
  else if (node && typeof node === 'object') for (const value of Object.values(node)) strings(value, out);
  return out;
}

export const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/**
 * The runs of six words of a text (a shorter text as a whole): a text an employer reads is about a
 * person when it shares such a run with what the programme wrote about someone.
 */
export const windows = (text: string, size = 6) => {
  const list = words(text);
  if (list.length <= size) return [list.join(' ')];
  return list.slice(0, list.length - size + 1).map((_, i) => list.slice(i, i + size).join(' '));
};

export type Identity = { fullName: string; patterns: { what: string; pattern: RegExp }[] };

/**
 * What would tell an employer who a person is: the full name (any case), each part of the name as
 * a whole word (except particles, and words that are also an organisation's, a colleague's, a
 * vacancy's or the reference vocabulary's name — those point to nobody), the phone number with or
 * without spaces and dashes, the e-mail address, the date of birth (2001-02-03 and 03-02-2001) and
 * the full postcode (with or without its space).
 */
export async function identities(t: TestApp, publicWords: Set<string>): Promise<Map<string, Identity>> {
  const people = await t.orm.em.fork().find(JobSeeker, {});
  return new Map(
    people.map((person) => {
      const patterns: Identity['patterns'] = [
        { what: 'name', pattern: new RegExp(escapeRegExp(person.fullName), 'iu') },
      ];
      for (const part of person.fullName.split(/\s+/)) {
        if (part.length < 3 || PARTICLES.has(part.toLowerCase()) || publicWords.has(part)) continue;
        patterns.push({ what: `part of the name (${part})`, pattern: wholeWord(part) });
      }
      const digits = person.phone.replace(/\D/g, '');
      patterns.push({ what: 'phone', pattern: new RegExp(digits.split('').join('[\\s-]?')) });
      if (person.email)
        patterns.push({ what: 'e-mail', pattern: new RegExp(escapeRegExp(person.email), 'i') });
      if (person.dateOfBirth) {
        const [y, m, d] = person.dateOfBirth.split('-');
        patterns.push({ what: 'date of birth', pattern: new RegExp(`${y}-${m}-${d}|${d}-${m}-${y}`) });
      }
      if (person.postcodeFull) {
        const [digitsPart, letters] = [person.postcodeFull.slice(0, 4), person.postcodeFull.slice(-2)];
        patterns.push({ what: 'full postcode', pattern: new RegExp(`${digitsPart}\\s?${letters}`, 'i') });
      }
      return [person.id, { fullName: person.fullName, patterns }];
    }),
  );
}

/**
 * Words an employer may read anyway: names of organisations and colleagues, vacancies, Meet &
 * Greets, and `more` (such as the reference vocabulary).
 */
export async function publicVocabulary(t: TestApp, more: readonly string[] = []): Promise<Set<string>> {
  const texts = [
    ...(await query<{ text: string }>(t, 'select name as text from organisation')),
    ...(await query<{ text: string }>(t, 'select display_name as text from app_user')),
    ...(await query<{ text: string }>(t, "select title || ' ' || description as text from vacancy")),
    ...(await query<{ text: string }>(t, "select title || ' ' || place as text from meet_and_greet")),
  ].map((row) => row.text);
  texts.push(...more);
  return new Set(texts.flatMap((text) => text.split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
}

/**
 * Support needs and lifecoach notes, of everyone: what a person told their lifecoach about
 * housing, money, health and the like, and the notes the lifecoach keeps. None of it ever reaches an
 * employer, consent or not. Free texts of three words or more.
 */
export async function supportTexts(t: TestApp): Promise<string[]> {
  const texts: string[] = [];
  for (const row of await query<{ answers: unknown; red_phase_note: string | null }>(
    t,
    'select answers, red_phase_note from assessment',
  )) {
    const answers = (typeof row.answers === 'string' ? JSON.parse(row.answers) : row.answers) as Record<
      string,
      unknown
    >;
    texts.push(...strings(answers?.randvoorwaarden), ...strings(answers?.stoplicht));
    if (row.red_phase_note) texts.push(row.red_phase_note);
  }
  for (const row of await query<{ support_needs: unknown }>(t, 'select support_needs from talent_profile'))
    texts.push(
      ...strings(typeof row.support_needs === 'string' ? JSON.parse(row.support_needs) : row.support_needs),
    );
  for (const sql of [
    'select override_justification as text from segment_decision where override_justification is not null',
    "select report as text from placement_check_in where kind = 'LIFECOACH'",
    'select note as text from placement_support_note',
    'select note as text from money_checklist_item where note is not null',
    'select contact_name as text from money_checklist_item where contact_name is not null',
    'select actor_name as text from money_checklist_item where actor_name is not null',
    'select handover_note as text from lifecoach_assignment where handover_note is not null',
    'select handover_note as text from trajectory_placement',
    'select add_reason as text from shortlist_entry where add_reason is not null',
  ])
    texts.push(...(await query<{ text: string }>(t, sql)).map((row) => row.text));
  return [...new Set(texts.filter((text) => words(text).length >= 3))];
}
