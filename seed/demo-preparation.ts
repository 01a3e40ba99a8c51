import type { EntityManager } from '@mikro-orm/core';
import type { RequestContext } from '../src/http/context';
import { JobSeeker } from '../src/modules/job-seekers/job-seeker.entity';
import type { Organisation } from '../src/modules/organisations/organisation.entity';
import { putPreparationPlanSchema } from '../src/modules/preparation/preparation-plan.schemas';
import { putPreparationPlan } from '../src/modules/preparation/preparation-plan.service';
import { DEFAULT_PREPARATION_INTENSITY } from '../src/modules/preparation/preparation-rules';
import { addDays, programmeToday } from '../src/modules/readiness/review-dates';
import { createTrajectoryOfferingSchema } from '../src/modules/trajectories/trajectory-offering.schemas';
import { createTrajectoryOffering } from '../src/modules/trajectories/trajectory-offering.service';
import { User } from '../src/modules/users/user.entity';
import type { ReferenceData } from '../src/reference/reference-data';
import { actorOf, DEMO_REQUEST_ID } from './demo-actors';

// Preparation: Roffabriek's other training modules (social and communication skills, resilience,
// Dutch at work) next to "Werken in een bedrijf" and "Jezelf voorstellen en presenteren", and a
// preparation plan for one person in READY (about three months) and one in LATER (longer).

export type DemoPreparationInput = {
  roffabriek: Organisation;
  reference: ReferenceData;
  ready: readonly string[];
  later: readonly string[];
  now?: Date;
};

const DAY = 86_400_000;

export async function seedDemoPreparation(em: EntityManager, input: DemoPreparationInput): Promise<number> {
  const now = input.now ?? new Date();
  const today = programmeToday(now);
  const at = (user: User, daysAgo = 0): RequestContext => ({
    em,
    actor: actorOf(user),
    requestId: DEMO_REQUEST_ID,
    now: new Date(now.getTime() - daysAgo * DAY),
  });
  const coordinator = await em.findOneOrFail(
    User,
    { organisation: input.roffabriek, role: 'TRAJECTORY_COORDINATOR', active: true },
    { populate: ['organisation'] },
  );
  const offer = async (body: Record<string, unknown>) =>
    (
      await createTrajectoryOffering(
        at(coordinator, 100),
        input.reference,
        createTrajectoryOfferingSchema.parse({
          kind: 'TRAINING_MODULE',
          postcode: '3083',
          continuousIntake: true,
          capacityPerStart: 12,
          ...body,
        }),
      )
    ).id;
  const social = await offer({
    title: 'Sociale en communicatieve vaardigheden',
    description:
      'Vijf middagen oefenen met praten en luisteren: een gesprek beginnen, iets vragen, nee zeggen en samen een klus verdelen.',
    competenceCodes: ['T-INTERACT-WITH-OTHERS', 'T-WORK-IN-TEAMS', 'T-ACCEPT-FEEDBACK'],
    hoursPerWeek: 3,
    durationWeeks: 5,
  });
  const resilience = await offer({
    title: 'Weerbaar op het werk',
    description:
      'Vier ochtenden over omgaan met spanning en tegenslag op het werk: wat doe je als het tegenzit, en wie vraag je om hulp?',
    competenceCodes: ['T-PERSIST', 'T-MANAGE-TIME'],
    hoursPerWeek: 3,
    durationWeeks: 4,
  });
  const dutch = await offer({
    title: 'Nederlands op de werkvloer',
    description:
      'Twee ochtenden per week Nederlands voor het werk: instructies lezen, vragen stellen en vertellen wat je hebt gedaan.',
    competenceCodes: ['L-NL-SPREKEN', 'L-NL-LEZEN'],
    hoursPerWeek: 4,
    durationWeeks: 12,
  });

  const plan = async (jobSeekerId: string, daysAgo: number, body: Record<string, unknown>) => {
    const person = await em.findOneOrFail(
      JobSeeker,
      { id: jobSeekerId },
      { populate: ['responsibleLifecoach', 'responsibleLifecoach.organisation'] },
    );
    await putPreparationPlan(
      at(person.responsibleLifecoach, daysAgo),
      { reference: input.reference, intensity: DEFAULT_PREPARATION_INTENSITY },
      jobSeekerId,
      putPreparationPlanSchema.parse(body),
    );
  };
  let plans = 0;
  const [ready] = input.ready;
  if (ready) {
    await plan(ready, 21, {
      modules: [
        { offeringId: social, status: 'DONE' },
        { offeringId: dutch, status: 'BUSY' },
      ],
      focusCompetenceCodes: ['T-ACCEPT-FEEDBACK'],
      startDate: addDays(today, -21),
      plannedWeeks: 12,
      readyToMeetDate: addDays(today, 42),
    });
    plans += 1;
  }
  // The first people in LATER have learn-work trajectories (demo-trajectories.ts); the next one prepares.
  const later = input.later[5] ?? input.later[0];
  if (later) {
    await plan(later, 7, {
      modules: [
        { offeringId: resilience, status: 'BUSY' },
        { offeringId: social, status: 'PLANNED' },
      ],
      focusCompetenceCodes: [],
      startDate: addDays(today, -7),
      plannedWeeks: 24,
      readyToMeetDate: null,
    });
    plans += 1;
  }
  return plans;
}
