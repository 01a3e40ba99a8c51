import type { EntityManager } from '@mikro-orm/core';
import type { RequestContext } from '../src/http/context';
import { JobSeeker, type ReadinessSegment } from '../src/modules/job-seekers/job-seeker.entity';
import { addDays, programmeToday } from '../src/modules/readiness/review-dates';
import { TrajectoryOffering } from '../src/modules/trajectories/trajectory-offering.entity';
import { TrajectoryPlacement } from '../src/modules/trajectories/trajectory-placement.entity';
import {
  acceptPlacementSchema,
  finishPlacementSchema,
  proposePlacementSchema,
  recordProgressSchema,
} from '../src/modules/trajectories/trajectory-placement.schemas';
import {
  acceptPlacement,
  finishPlacement,
  proposePlacement,
  startPlacement,
} from '../src/modules/trajectories/trajectory-placement.service';
import { recordProgress } from '../src/modules/trajectories/trajectory-progress.service';
import type { User } from '../src/modules/users/user.entity';
import type { ReferenceData } from '../src/reference/reference-data';
import { actorOf, DEMO_REQUEST_ID } from './demo-actors';

// Roffabriek's own people, so the demo coordinator's workspace shows every stage: a proposal, an
// accepted start, someone who just arrived, someone in progress with notes, attendance and what
// was observed, and someone who stopped (with the reason). The completed one comes from
// demo-trajectories.ts. Runs after it, with the people it left without a trajectory.

const DAY = 86_400_000;

export type DemoRoffabriekInput = {
  /** The demo coordinator of Roffabriek. */
  coordinator: User;
  reference: ReferenceData;
  now: Date;
};

export async function seedDemoRoffabriek(em: EntityManager, input: DemoRoffabriekInput): Promise<number> {
  const today = programmeToday(input.now);
  const at = (who: User, daysAgo: number): RequestContext => ({
    em,
    actor: actorOf(who),
    requestId: DEMO_REQUEST_ID,
    now: new Date(input.now.getTime() - daysAgo * DAY),
  });
  const offering = (title: string) =>
    em.findOneOrFail(TrajectoryOffering, { title, provider: input.coordinator.organisation });
  /** People in a segment with no trajectory yet, by name, with their lifecoach. */
  const free = async (segment: ReadinessSegment) => {
    const placed = new Set(
      (await em.find(TrajectoryPlacement, {})).map((placement) => placement.jobSeeker.id),
    );
    const people = await em.find(
      JobSeeker,
      { currentSegment: segment },
      {
        orderBy: { fullName: 'asc' },
        populate: ['responsibleLifecoach', 'responsibleLifecoach.organisation'],
      },
    );
    return people.filter((person) => !placed.has(person.id));
  };
  const coordinator = input.coordinator;
  const propose = async (person: JobSeeker, offeringId: string, daysAgo: number, handoverNote: string) =>
    (
      await proposePlacement(
        at(person.responsibleLifecoach, daysAgo),
        proposePlacementSchema.parse({ jobSeekerId: person.id, offeringId, handoverNote }),
      )
    ).id;
  const accept = (id: string, daysAgo: number, startDate: string) =>
    acceptPlacement(at(coordinator, daysAgo), id, acceptPlacementSchema.parse({ startDate }));
  const arrive = (id: string, daysAgo: number) =>
    startPlacement(at(coordinator, daysAgo), id, { actualStartDate: addDays(today, -daysAgo) });
  const progress = (id: string, daysAgo: number, body: Record<string, unknown>) =>
    recordProgress(at(coordinator, daysAgo), input.reference, id, recordProgressSchema.parse(body));

  let made = 0;
  const rhythm = await offering('Ritme en meedoen in de werkplaats');
  const [inProgress, justArrived, stopped] = await free('NOT_NOW');
  if (inProgress) {
    const id = await propose(
      inProgress,
      rhythm.id,
      26,
      'Wil graag iets met de handen doen en onder de mensen zijn. Komt op de fiets; ochtenden gaan het best.',
    );
    await accept(id, 25, addDays(today, -21));
    await arrive(id, 21);
    await progress(id, 18, {
      type: 'NOTE',
      note: 'Rustig begonnen. Drinkt koffie mee en helpt bij het opruimen.',
    });
    await progress(id, 10, {
      type: 'ATTENDANCE',
      attendance: 'ON_TRACK',
      note: 'Is er elke afgesproken ochtend.',
    });
    await progress(id, 3, {
      type: 'COMPETENCE_OBSERVATIONS',
      observations: [{ competenceCode: 'T-MEET-COMMITMENTS', level: 3, observedOn: addDays(today, -3) }],
      note: 'Belt zelf als het een keer niet lukt.',
    });
    made += 1;
  }
  if (justArrived) {
    const id = await propose(
      justArrived,
      rhythm.id,
      9,
      'Is lang thuis geweest en wil weer een vast ritme. Vindt nieuwe groepen spannend; een vast aanspreekpunt helpt.',
    );
    await accept(id, 8, addDays(today, -2));
    await arrive(id, 2);
    made += 1;
  }
  if (stopped) {
    const id = await propose(
      stopped,
      rhythm.id,
      50,
      'Zoekt dagbesteding met een doel. Heeft al eens in een kringloopwinkel gewerkt en vond dat fijn.',
    );
    await accept(id, 49, addDays(today, -45));
    await arrive(id, 45);
    await progress(id, 30, { type: 'ATTENDANCE', attendance: 'SOME_ABSENCE' });
    await progress(id, 20, { type: 'ATTENDANCE', attendance: 'STOPPED' });
    await finishPlacement(
      at(coordinator, 14),
      id,
      finishPlacementSchema.parse({
        outcome: 'ENDED',
        finishedOn: addDays(today, -14),
        reason: 'De reis met twee bussen was te zwaar. Samen met de lifecoach zoeken we iets dichterbij.',
      }),
    );
    made += 1;
  }

  const [accepted, proposed] = await free('LATER');
  if (accepted) {
    const module = await offering('Werken in een bedrijf');
    const start = [...module.startDates].sort().find((date) => date >= today);
    const id = await propose(
      accepted,
      module.id,
      4,
      'Gaat binnenkort solliciteren en wil oefenen met afspraken en feedback op het werk. Leert snel.',
    );
    if (start) await accept(id, 3, start);
    made += 1;
  }
  if (proposed) {
    const module = await offering('Jezelf voorstellen en presenteren');
    await propose(
      proposed,
      module.id,
      1,
      'Wil leren vertellen over de eigen talenten, voor de Meet & Greet. Is wat verlegen in een groep, maar doet graag mee.',
    );
    made += 1;
  }
  return made;
}
