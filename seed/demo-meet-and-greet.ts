import type { EntityManager } from '@mikro-orm/core';
import type { RequestContext } from '../src/http/context';
import { Candidacy, InterviewInvitation } from '../src/modules/candidacies/candidacy.entity';
import { moveCandidacySchema, shareIdentitySchema } from '../src/modules/candidacies/candidacy.schemas';
import { moveCandidacy } from '../src/modules/candidacies/candidacy.service';
import { shareIdentity } from '../src/modules/candidacies/interview-invitation.service';
import { recordConsentSchema } from '../src/modules/consents/consent.schemas';
import { recordConsent } from '../src/modules/consents/consent.service';
import { currentConsentTextVersion } from '../src/modules/consents/consent-texts';
import { JobSeeker } from '../src/modules/job-seekers/job-seeker.entity';
import type { MatchingIndex } from '../src/modules/matching/engine';
import type { MatchingDependencies } from '../src/modules/matching/matching.service';
import { MatchingIndexKeeper } from '../src/modules/matching/matching-index-keeper';
import { createMeetAndGreet } from '../src/modules/meet-and-greets/event.service';
import {
  createMeetAndGreetSchema,
  employerAnswerSchema,
  inviteEmployerSchema,
  jobSeekerAnswerSchema,
} from '../src/modules/meet-and-greets/meet-and-greet.schemas';
import {
  answerForEmployer,
  answerForJobSeeker,
  inviteEmployer,
  inviteJobSeeker,
} from '../src/modules/meet-and-greets/participation.service';
import { proposeScheduleSchema, recordHeldSchema } from '../src/modules/meet-and-greets/schedule.schemas';
import { fixSchedule, proposeSchedule, recordHeld } from '../src/modules/meet-and-greets/schedule.service';
import { markCandidateSchema } from '../src/modules/meet-and-greets/shortlist.schemas';
import {
  buildShortlists,
  getShortlist,
  markCandidate,
} from '../src/modules/meet-and-greets/shortlist.service';
import type { Organisation } from '../src/modules/organisations/organisation.entity';
import { DEFAULT_CADENCE_RULES } from '../src/modules/placements/cadence';
import { recordCheckInSchema } from '../src/modules/placements/check-in.schemas';
import { recordCheckIn } from '../src/modules/placements/check-in.service';
import {
  createPlanCommentSchema,
  createPlanItemSchema,
  updatePlanItemSchema,
} from '../src/modules/placements/onboarding-plan.schemas';
import {
  addPlanComment,
  addPlanItem,
  updatePlanItem,
} from '../src/modules/placements/onboarding-plan.service';
import { Placement } from '../src/modules/placements/placement.entity';
import { updatePlacementSchema } from '../src/modules/placements/placement.schemas';
import { startPlacement, updatePlacement } from '../src/modules/placements/placement.service';
import { placementForHire } from '../src/modules/placements/placement-from-hire';
import { addDays, programmeToday } from '../src/modules/readiness/review-dates';
import type { User } from '../src/modules/users/user.entity';
import { Vacancy } from '../src/modules/vacancies/vacancy.entity';
import type { ReferenceData } from '../src/reference/reference-data';
import { actorOf, DEMO_REQUEST_ID } from './demo-actors';

const MINUTE_MS = 60_000;

/**
 * The people of the demo Meet & Greet, in the order of their story: the first is hired, the second
 * invited to an interview and waiting for their own consent, the employer marked the third "no";
 * the others met the employer. They are not the first people by name who may come to a Meet &
 * Greet, so a test can still plan an event of its own with those.
 */
export const demoMeetAndGreetPeople = [
  'Sandra de Jong',
  'Ricardo Lopes Tavares',
  'Youssef Bouzid',
  'Priscilla Doelwijt',
] as const;

export type DemoMeetAndGreetSummary = {
  meetAndGreetId: string;
  /** The placement of the person hired after the event: active, with a mentor and a manager. */
  placementId: string;
  hiredJobSeekerId: string;
};

type Demo = {
  organisations: ReadonlyMap<string, Organisation>;
  users: ReadonlyMap<string, User>;
  reference: ReferenceData;
  /** The matching index of the people as the rest of the demo left them (see demoMatching). */
  matching: MatchingDependencies;
  now: Date;
};

/** A matching index that stays as it was built: the demo event's shortlists are made from it. */
class IndexAsBuilt extends MatchingIndexKeeper {
  private built: MatchingIndex | null = null;

  override async build(em: EntityManager): Promise<MatchingIndex> {
    this.built = await super.build(em);
    return this.built;
  }

  /** No reads on the connection: inside the seed's transaction they would wait for it. */
  override async current(em: EntityManager): Promise<MatchingIndex> {
    return this.built ?? this.build(em);
  }
}

/**
 * The matching index of the committed demo people. Build it before the transaction that seeds the
 * Meet & Greet: the index reads on a connection of its own.
 */
export async function demoMatching(
  em: EntityManager,
  reference: ReferenceData,
): Promise<MatchingDependencies> {
  const keeper = new IndexAsBuilt({
    postcodes: reference.postcodes,
    competences: reference.catalogue.competences,
  });
  await keeper.build(em);
  return { keeper, reference };
}

/**
 * A Meet & Greet at Havenlogistiek Waalhaven six weeks ago, and what came of it, through the
 * service verbs as the programme, the recruiter, the lifecoaches, the mentor and the manager did it:
 * shortlists with marks, a fixed schedule, the event held; an interview invitation waiting for
 * consent, a "no" with a reason, a hire whose placement started three weeks ago with a mentor and a
 * manager, conversations of every kind (the manager's feedback is overdue) and an onboarding plan.
 */
export async function seedDemoMeetAndGreet(em: EntityManager, demo: Demo): Promise<DemoMeetAndGreetSummary> {
  const user = (key: string): User => {
    const found = demo.users.get(key);
    if (!found) throw new Error(`${key} is not a demo user`);
    return found;
  };
  const employer = demo.organisations.get('employerHaven');
  if (!employer) throw new Error('The demo has no employer Havenlogistiek');
  const at = (daysAgo: number, minutes = 0) => {
    const day = addDays(programmeToday(demo.now), -daysAgo);
    return new Date(Date.parse(`${day}T08:30:00Z`) + minutes * MINUTE_MS);
  };
  const day = (daysAgo: number) => addDays(programmeToday(demo.now), -daysAgo);
  const as = (key: string, daysAgo: number, minutes = 0): RequestContext => ({
    em,
    actor: actorOf(user(key)),
    requestId: DEMO_REQUEST_ID,
    now: at(daysAgo, minutes),
  });
  const { matching } = demo;

  const people = await em.find(JobSeeker, { fullName: { $in: [...demoMeetAndGreetPeople] } });
  const personNamed = (name: string) => {
    const found = people.find((person) => person.fullName === name);
    if (!found) throw new Error(`Demo Meet & Greet: no demo person ${name}`);
    return found;
  };
  const coachOf = (person: JobSeeker) =>
    [...demo.users.entries()].find(([, candidate]) => candidate.id === person.responsibleLifecoach.id)?.[0] ??
    'lifecoachSamira';
  const vacancy = await em.findOneOrFail(Vacancy, { employer: employer.id, title: 'Orderpicker magazijn' });

  // Planned six weeks before the day, which is now six weeks ago.
  const event = await createMeetAndGreet(
    as('admin', 84),
    createMeetAndGreetSchema.parse({
      title: 'Meet & Greet logistiek',
      date: day(42),
      startTime: '13:30',
      place: 'Wijkgebouw De Meent, Rotterdam',
      seekerCapacity: 20,
      rounds: 3,
      roundMinutes: 20,
      breakMinutes: 5,
      maxConversationsPerSeeker: 2,
      shortlistSize: 10,
    }),
  );
  await inviteEmployer(
    as('admin', 84, 10),
    event.id,
    inviteEmployerSchema.parse({ employerId: employer.id, vacancyIds: [vacancy.id], tables: 2 }),
  );
  const invitation = await answerForEmployer(
    as('recruiterHaven', 82),
    event.id,
    employer.id,
    employerAnswerSchema.parse({ answer: 'ACCEPT', tables: 2, version: 1 }),
  );
  if (invitation.status !== 'ACCEPTED') throw new Error('Demo Meet & Greet: the employer did not accept');
  for (const [index, name] of demoMeetAndGreetPeople.entries()) {
    const person = personNamed(name);
    const invited = await inviteJobSeeker(as('admin', 80, index), event.id, person.id);
    await answerForJobSeeker(
      as(coachOf(person), 78, index),
      event.id,
      person.id,
      jobSeekerAnswerSchema.parse({
        answer: 'ACCEPT',
        contactRoute: index === 0 ? 'PHONE' : 'VIA_LIFECOACH',
        version: invited.version,
      }),
    );
  }
  await buildShortlists(as('admin', 70), event.id, matching);

  // The recruiter reads the blind shortlist and marks every candidate but one.
  const shortlist = await getShortlist(as('admin', 70, 5), event.id, vacancy.id, matching);
  const codeOf = new Map(
    shortlist.items.map((item) =>
      item.view === 'STAFF'
        ? ([item.candidate.jobSeekerId, item.candidate.candidateCode] as const)
        : ['', ''],
    ),
  );
  const marks: { name: string; wish: 'WANT' | 'MAYBE' | 'NO'; reasonCode: string; note?: string }[] = [
    { name: 'Sandra de Jong', wish: 'WANT', reasonCode: 'SKILLS_FIT' },
    { name: 'Ricardo Lopes Tavares', wish: 'WANT', reasonCode: 'WANT_TO_KNOW_MORE' },
    {
      name: 'Youssef Bouzid',
      wish: 'NO',
      reasonCode: 'HOURS_DO_NOT_FIT',
      note: 'Wij zoeken nu vooral mensen voor de vroege dienst.',
    },
  ];
  for (const [index, mark] of marks.entries()) {
    const code = codeOf.get(personNamed(mark.name).id);
    if (!code)
      throw new Error(`Demo Meet & Greet: ${mark.name} is not on the shortlist for ${vacancy.title}`);
    await markCandidate(
      as('recruiterHaven', 60, index),
      event.id,
      vacancy.id,
      code,
      markCandidateSchema.parse({ wish: mark.wish, reasonCode: mark.reasonCode, note: mark.note ?? null }),
      matching,
    );
  }
  const proposal = await proposeSchedule(
    as('admin', 50),
    event.id,
    proposeScheduleSchema.parse({ version: event.version }),
    matching,
  );
  const fixed = await fixSchedule(as('admin', 50, 30), event.id, { version: proposal.version }, matching);
  await recordHeld(
    as('admin', 42, 480),
    event.id,
    recordHeldSchema.parse({ version: fixed.version }),
    matching,
  );

  const candidacyOf = async (name: string) =>
    em.findOneOrFail(Candidacy, { jobSeeker: personNamed(name).id, vacancy: vacancy.id });
  const step = async (name: string, daysAgo: number, body: Record<string, unknown>) => {
    const candidacy = await candidacyOf(name);
    return moveCandidacy(
      as('recruiterHaven', daysAgo),
      candidacy.id,
      moveCandidacySchema.parse({ ...body, version: candidacy.version }),
      { onHired: placementForHire(demo.reference.activeMoneyChecklist) },
    );
  };

  // After the day: two interview invitations. One person agrees to share their profile and is hired.
  const hired = personNamed('Sandra de Jong');
  await step('Sandra de Jong', 40, {
    to: 'INVITED',
    message: 'Wilt u dinsdag om 10 uur langskomen in het magazijn aan de Waalhaven?',
  });
  await step('Ricardo Lopes Tavares', 40, {
    to: 'INVITED',
    message: 'Graag spreken we u nog een keer, op een ochtend naar keuze.',
  });
  await recordConsent(
    as(coachOf(hired), 39),
    hired.id,
    recordConsentSchema.parse({
      purpose: 'PROFILE_SHARING',
      given: true,
      textVersion: currentConsentTextVersion('PROFILE_SHARING'),
      employerOrganisationId: employer.id,
    }),
  );
  const waiting = await em.findOne(InterviewInvitation, {
    candidacy: (await candidacyOf('Sandra de Jong')).id,
  });
  if (waiting && waiting.status === 'WAITING_FOR_CONSENT') {
    await shareIdentity(
      as(coachOf(hired), 39, 10),
      waiting.id,
      shareIdentitySchema.parse({ contactRoute: 'PHONE', version: waiting.version }),
    );
  }
  await step('Sandra de Jong', 36, { to: 'INTERVIEWED' });
  await step('Sandra de Jong', 33, { to: 'OFFERED' });
  await step('Sandra de Jong', 31, { to: 'HIRED' });

  // The placement: a mentor and a manager named, started three weeks ago.
  const draft = await em.findOneOrFail(Placement, { jobSeeker: hired.id, vacancy: vacancy.id });
  const named = await updatePlacement(
    as('recruiterHaven', 30),
    DEFAULT_CADENCE_RULES,
    draft.id,
    updatePlacementSchema.parse({
      mentorUserId: user('mentorHaven').id,
      managerUserId: user('managerHaven').id,
      startDate: day(22),
      version: draft.version,
    }),
  );
  await startPlacement(as('recruiterHaven', 22), DEFAULT_CADENCE_RULES, named.id, {});

  // Conversations: the mentor's and the lifecoach's on time, the manager's feedback two weeks overdue.
  const checkIn = (key: string, daysAgo: number, body: Record<string, unknown>) =>
    recordCheckIn(
      as(key, daysAgo, 360),
      named.id,
      recordCheckInSchema.parse({ date: day(daysAgo), agreedActions: [], ...body }),
    );
  await checkIn('managerHaven', 20, {
    kind: 'MANAGER_FEEDBACK',
    howItsGoing: 'GOOD',
    report: 'Komt op tijd, vraagt veel en leert snel. De eerste orderrondes gaan goed.',
    agreedActions: ['Volgende week samen met de mentor de handscanner oefenen.'],
  });
  for (const [daysAgo, report] of [
    [21, 'De eerste dag samen doorgebracht: het magazijn, de kantine en de collega’s.'],
    [14, 'Werkt al zelfstandig aan eenvoudige orders. Vraagt om hulp als iets niet duidelijk is.'],
    [5, 'De handscanner gaat steeds beter. Na de pauze soms moe; we letten op de uren.'],
  ] as const) {
    await checkIn('mentorHaven', daysAgo, { kind: 'MENTOR', howItsGoing: 'GOOD', report });
  }
  const coach = coachOf(hired);
  await checkIn(coach, 15, {
    kind: 'LIFECOACH',
    howItsGoing: 'GOOD',
    report: 'Het werk bevalt. De reistijd met de fiets is goed te doen.',
  });
  await checkIn(coach, 6, {
    kind: 'LIFECOACH',
    howItsGoing: 'SOME_WORRIES',
    report: 'De opvang van de kinderen na school is nog niet rond; we zoeken samen naar een oplossing.',
  });

  // The onboarding plan: the recruiter's items, a comment by the mentor and one by the lifecoach.
  const items = [
    { title: 'Veilig werken in het magazijn', kind: 'GOAL', days: -7, status: 'DONE' },
    { title: 'Werken met de handscanner', kind: 'LEARNING_ITEM', days: 7, status: 'IN_PROGRESS' },
    { title: 'Zelfstandig een orderronde lopen', kind: 'GOAL', days: 28, status: 'PLANNED' },
  ] as const;
  let scanner: string | null = null;
  for (const [index, item] of items.entries()) {
    const added = await addPlanItem(
      as('recruiterHaven', 22, 30 + index),
      demo.reference,
      named.id,
      createPlanItemSchema.parse({
        kind: item.kind,
        title: item.title,
        targetDate: addDays(programmeToday(demo.now), item.days),
        competenceCodes: item.title.includes('orderronde') ? ['P-ORDERPICKEN'] : [],
      }),
    );
    if (item.status !== 'PLANNED') {
      await updatePlanItem(
        as('managerHaven', 10, index),
        demo.reference,
        added.id,
        updatePlanItemSchema.parse({ status: item.status, version: added.version }),
      );
    }
    if (item.kind === 'LEARNING_ITEM') scanner = added.id;
  }
  await addPlanComment(
    as('mentorHaven', 7, 400),
    named.id,
    createPlanCommentSchema.parse({
      itemId: scanner,
      text: 'Oefent elke ochtend een half uur met de scanner.',
    }),
  );
  await addPlanComment(
    as(coach, 6, 400),
    named.id,
    createPlanCommentSchema.parse({ text: 'Het plan is duidelijk; de stappen passen bij wat al lukt.' }),
  );
  return { meetAndGreetId: event.id, placementId: named.id, hiredJobSeekerId: hired.id };
}
