import type { EntityManager } from '@mikro-orm/core';
import type { RequestContext } from '../src/http/context';
import { JobSeeker } from '../src/modules/job-seekers/job-seeker.entity';
import { DEFAULT_CADENCE_RULES } from '../src/modules/placements/cadence';
import { recordCheckInSchema } from '../src/modules/placements/check-in.schemas';
import { recordCheckIn } from '../src/modules/placements/check-in.service';
import { updateMoneyItemSchema } from '../src/modules/placements/money-checklist.schemas';
import { getMoneyChecklist, updateMoneyItem } from '../src/modules/placements/money-checklist.service';
import {
  createPlanCommentSchema,
  createPlanItemSchema,
} from '../src/modules/placements/onboarding-plan.schemas';
import { addPlanComment, addPlanItem } from '../src/modules/placements/onboarding-plan.service';
import {
  createPlacementSchema,
  putHoursBuildUpSchema,
  updatePlacementSchema,
} from '../src/modules/placements/placement.schemas';
import {
  createDirectPlacement,
  putHoursBuildUp,
  startPlacement,
  updatePlacement,
} from '../src/modules/placements/placement.service';
import { addDays, programmeToday } from '../src/modules/readiness/review-dates';
import type { User } from '../src/modules/users/user.entity';
import { Vacancy } from '../src/modules/vacancies/vacancy.entity';
import type { ReferenceData } from '../src/reference/reference-data';
import { actorOf, DEMO_REQUEST_ID } from './demo-actors';

// A hire at Zorggroep Zuidplein with its mentor, so the demo mentor has a placement to guide: a
// month at work, hours that build up, an onboarding plan with comments, and mentor conversations of
// which the next one is overdue. Through the service verbs, with contexts dated in the past.

/** The demo mentor named on this placement (a demo user key in demo-organisations.ts). */
export const DEMO_MENTOR_KEY = 'mentorZorg';

// The person has not (yet) agreed to share the profile with Zorggroep: the employer's side, the
// mentor too, reads a candidate code, and nothing written here names the person.
const PERSON = 'Esther Mensah';
const VACANCY = 'Zorghulp in een verpleeghuis';
const DAY = 86_400_000;

export type DemoMentorInput = {
  users: ReadonlyMap<string, User>;
  reference: ReferenceData;
  now: Date;
};

export async function seedDemoMentor(
  em: EntityManager,
  input: DemoMentorInput,
): Promise<{ placementId: string }> {
  const user = (key: string) => {
    const found = input.users.get(key);
    if (!found) throw new Error(`The demo data has no user ${key}`);
    return found;
  };
  const today = programmeToday(input.now);
  const at = (who: User, daysAgo: number): RequestContext => ({
    em,
    actor: actorOf(who),
    requestId: DEMO_REQUEST_ID,
    now: new Date(input.now.getTime() - daysAgo * DAY),
  });
  const lifecoach = user('lifecoachKees');
  const recruiter = user('recruiterZorg');
  const mentor = user(DEMO_MENTOR_KEY);
  const person = await em.findOneOrFail(JobSeeker, { fullName: PERSON });
  const vacancy = await em.findOneOrFail(Vacancy, { title: VACANCY });
  const startDate = addDays(today, -30);

  const hired = await createDirectPlacement(
    at(lifecoach, 34),
    DEFAULT_CADENCE_RULES,
    input.reference.activeMoneyChecklist,
    createPlacementSchema.parse({ vacancyId: vacancy.id, jobSeekerId: person.id, startDate }),
  );
  const named = await updatePlacement(
    at(recruiter, 33),
    DEFAULT_CADENCE_RULES,
    hired.id,
    updatePlacementSchema.parse({
      contractHoursPerWeek: 28,
      mentorUserId: mentor.id,
      managerUserId: recruiter.id,
      version: hired.version,
    }),
  );
  const hours = await putHoursBuildUp(
    at(recruiter, 33),
    hired.id,
    putHoursBuildUpSchema.parse({
      steps: [
        { fromWeek: 1, hours: 16 },
        { fromWeek: 5, hours: 20 },
        { fromWeek: 9, hours: 28 },
      ],
      reason: 'Rustig opbouwen, zoals samen met de lifecoach afgesproken.',
      version: named.version,
    }),
  );
  void hours;
  await startPlacement(at(recruiter, 31), DEFAULT_CADENCE_RULES, hired.id, {});

  const item = async (daysAgo: number, body: Record<string, unknown>) =>
    addPlanItem(at(recruiter, daysAgo), input.reference, hired.id, createPlanItemSchema.parse(body));
  const routine = await item(31, {
    kind: 'LEARNING_ITEM',
    title: 'De ochtendronde op de afdeling meelopen',
    description: 'Samen met de mentor: wie woont waar, wat heeft iemand nodig bij het opstaan.',
    targetDate: addDays(today, -16),
    status: 'DONE',
    competenceCodes: ['P-ZORG-ONDERSTEUNING', 'T-INTERACT-WITH-OTHERS'],
  });
  await item(31, {
    kind: 'LEARNING_ITEM',
    title: 'Hygiëneregels van het huis toepassen',
    targetDate: addDays(today, 5),
    status: 'IN_PROGRESS',
    competenceCodes: ['T-HYGIENIC-WORK'],
  });
  await item(31, {
    kind: 'GOAL',
    title: 'Zelfstandig een maaltijd begeleiden',
    description: 'Na drie maanden zelf twee bewoners helpen bij de lunch.',
    targetDate: addDays(today, 60),
    competenceCodes: ['P-ZORG-ONDERSTEUNING', 'T-CONSIDERATION'],
  });

  const conversation = (who: User, daysAgo: number, body: Record<string, unknown>) =>
    recordCheckIn(
      at(who, daysAgo),
      hired.id,
      recordCheckInSchema.parse({ ...body, date: addDays(today, -daysAgo) }),
    );
  await conversation(mentor, 27, {
    kind: 'MENTOR',
    howItsGoing: 'GOOD',
    report: 'Eerste week goed gegaan. Vriendelijk tegen de bewoners en stelt goede vragen.',
    agreedActions: ['Elke ochtend samen de dag doornemen'],
  });
  await conversation(mentor, 19, {
    kind: 'MENTOR',
    howItsGoing: 'SOME_WORRIES',
    report: 'De late dienst is zwaar. We kijken samen of vaker vroeg werken kan.',
    agreedActions: ['Rooster bespreken met de leidinggevende', 'Over een week weer praten'],
  });
  await conversation(recruiter, 16, {
    kind: 'MANAGER_FEEDBACK',
    howItsGoing: 'GOOD',
    report: 'Collega’s zijn blij met de nieuwe collega: komt op tijd en neemt feedback goed aan.',
    agreedActions: ['Vanaf week 5 vooral vroege diensten'],
  });
  await addPlanComment(
    at(mentor, 17),
    hired.id,
    createPlanCommentSchema.parse({
      itemId: routine.id,
      text: 'Dit gaat goed: kent nu alle bewoners van de afdeling bij naam.',
    }),
  );
  await conversation(lifecoach, 10, {
    kind: 'LIFECOACH',
    howItsGoing: 'SOME_WORRIES',
    report:
      'Het werk bevalt. Er is spanning over de huurtoeslag nu het loon hoger wordt; we regelen het samen.',
    agreedActions: ['Samen de huurtoeslag aanpassen'],
    moneyWorries: true,
  });

  // The start-of-work money checklist, gone through with the lifecoach before and after the start:
  // most steps done, one where help is needed, one still open (so it shows on the lifecoach's Today).
  const money = async (daysAgo: number, key: string, body: Record<string, unknown>) => {
    const checklist = await getMoneyChecklist(at(lifecoach, daysAgo), input.reference, hired.id);
    const current = checklist.items.find((entry) => entry.key === key);
    if (!current) throw new Error(`The demo checklist has no item ${key}`);
    await updateMoneyItem(
      at(lifecoach, daysAgo),
      input.reference,
      hired.id,
      key,
      updateMoneyItemSchema.parse({ ...body, version: current.version }),
    );
  };
  await money(33, 'werkEnInkomen', {
    status: 'DONE',
    date: addDays(today, -33),
    actor: 'LIFECOACH',
    contactName: 'Mevrouw Yildiz, Werk en Inkomen Rotterdam-Zuid',
    note: 'Startdatum, uren en verwacht loon doorgegeven.',
  });
  await money(33, 'uitkeringTijdensOpbouw', {
    status: 'DONE',
    date: addDays(today, -33),
    actor: 'PERSON',
    note: 'Uitleg gekregen: de uitkering loopt voor een deel door en wordt met het loon verrekend.',
  });
  await money(20, 'toeslagen', {
    status: 'HELP_NEEDED',
    date: addDays(today, 4),
    actor: 'LIFECOACH',
    note: 'Samen het nieuwe inkomen doorgeven voor huurtoeslag en zorgtoeslag.',
  });
  await money(33, 'schuldenEnBeslag', { status: 'NOT_NEEDED', actor: 'PERSON' });
  await money(30, 'overbrugging', {
    status: 'DONE',
    date: addDays(today, -30),
    actor: 'OTHER',
    actorName: 'Werk en Inkomen (voorschot)',
  });

  await addPlanComment(
    at(lifecoach, 12),
    hired.id,
    createPlanCommentSchema.parse({
      text: 'Fijn plan. De opbouw van uren voelt goed, hoor ik.',
    }),
  );
  return { placementId: hired.id };
}
