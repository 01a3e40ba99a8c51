import type { EntityManager } from '@mikro-orm/core';
import type { RequestContext } from '../src/http/context';
import { JobSeeker } from '../src/modules/job-seekers/job-seeker.entity';
import type { Organisation } from '../src/modules/organisations/organisation.entity';
import { createOrganisation } from '../src/modules/organisations/organisation.service';
import { addDays, programmeToday } from '../src/modules/readiness/review-dates';
import { createTrajectoryOfferingSchema } from '../src/modules/trajectories/trajectory-offering.schemas';
import { createTrajectoryOffering } from '../src/modules/trajectories/trajectory-offering.service';
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
import { putTrajectoryProvider } from '../src/modules/trajectories/trajectory-provider.service';
import { User } from '../src/modules/users/user.entity';
import { createUser } from '../src/modules/users/user.service';
import type { ReferenceData } from '../src/reference/reference-data';
import { actorOf, DEMO_REQUEST_ID } from './demo-actors';

// Roffabriek and three member social enterprises with learn-work trajectories, activation
// programmes and training modules, and a few people in them at every stage: proposed, accepted,
// started with progress, completed (which prompts a reassessment), and one accepted person who never
// arrived ("did they arrive?"). Everything goes through the service verbs and their zod schemas, as
// requests would; steps in the past run with a RequestContext whose `now` lies in the past.

export type DemoTrajectoriesInput = {
  /** The demo 'Roffabriek' organisation (TRAJECTORY_PROVIDER). */
  roffabriek: Organisation;
  /** A programme admin: creates the member enterprises and their coordinators, and records membership. */
  admin: User;
  reference: ReferenceData;
  /** Job seekers in segment LATER (learn-work trajectories), each with their responsible lifecoach. */
  later: readonly string[];
  /** Job seekers in segment NOT_NOW (activation programmes). */
  notNow: readonly string[];
  now?: Date;
};

export type DemoTrajectorySummary = {
  providers: Organisation[];
  coordinators: User[];
  offerings: number;
  placements: { id: string; jobSeekerId: string; status: string }[];
};

const DAY = 86_400_000;

type OfferingKey =
  | 'werkenInEenBedrijf'
  | 'presenteren'
  | 'dagritme'
  | 'fietsenmaker'
  | 'hulpkok'
  | 'meekoken'
  | 'groenonderhoud';

const members = [
  {
    key: 'fietsen',
    name: 'Fietsenwerkplaats Zuid',
    description: 'Sociale onderneming in Feijenoord. We knappen fietsen op en leren mensen het vak.',
    coordinator: { displayName: 'Henk Bouwman', email: 'henk@fietsenwerkplaatszuid.example' },
  },
  {
    key: 'keuken',
    name: 'Buurtkeuken Katendrecht',
    description: 'Buurtrestaurant en cateraar. Mensen leren koken en werken in een echte keuken.',
    coordinator: { displayName: 'Naima Belkadi', email: 'naima@buurtkeukenkatendrecht.example' },
  },
  {
    key: 'groen',
    name: 'Groen aan de Maas',
    description: 'We onderhouden parken en binnentuinen in Rotterdam-Zuid, met vaste ploegen.',
    coordinator: { displayName: 'Dennis Groen', email: 'dennis@groenaandemaas.example' },
  },
] as const;

/** Fixed starts: the Monday at least `weeks` weeks after `today`. */
function mondayAfter(today: string, weeks: number): string {
  const date = new Date(`${addDays(today, weeks * 7)}T00:00:00Z`);
  const untilMonday = (8 - date.getUTCDay()) % 7;
  return addDays(date.toISOString().slice(0, 10), untilMonday);
}

export async function seedDemoTrajectories(
  em: EntityManager,
  input: DemoTrajectoriesInput,
): Promise<DemoTrajectorySummary> {
  const now = input.now ?? new Date();
  const today = programmeToday(now);
  const at = (user: User, daysAgo = 0): RequestContext => ({
    em,
    actor: actorOf(user),
    requestId: DEMO_REQUEST_ID,
    now: new Date(now.getTime() - daysAgo * DAY),
  });
  const adminCtx = at(input.admin, 120);

  // ---- providers -------------------------------------------------------------------------------
  let roffabriekCoordinator = await em.findOne(
    User,
    { organisation: input.roffabriek, role: 'TRAJECTORY_COORDINATOR', active: true },
    { populate: ['organisation'] },
  );
  if (!roffabriekCoordinator) {
    const created = await createUser(adminCtx, {
      organisationId: input.roffabriek.id,
      displayName: 'Coördinator Roffabriek',
      email: 'coordinatie@roffabriek.example',
      role: 'TRAJECTORY_COORDINATOR',
    });
    roffabriekCoordinator = await em.findOneOrFail(User, { id: created.id }, { populate: ['organisation'] });
  }
  await putTrajectoryProvider(adminCtx, input.roffabriek.id, {
    platformId: null,
    description:
      'Platform van Rotterdamse sociale ondernemingen. Via Roffabriek vind je leer-werkplekken, activering en trainingen.',
  });
  const coordinators = new Map<string, User>([['roffabriek', roffabriekCoordinator]]);
  const providers: Organisation[] = [input.roffabriek];
  for (const member of members) {
    const organisation = await createOrganisation(adminCtx, {
      name: member.name,
      kind: 'TRAJECTORY_PROVIDER',
    });
    const user = await createUser(adminCtx, {
      organisationId: organisation.id,
      displayName: member.coordinator.displayName,
      email: member.coordinator.email,
      role: 'TRAJECTORY_COORDINATOR',
    });
    await putTrajectoryProvider(adminCtx, organisation.id, {
      platformId: input.roffabriek.id,
      description: member.description,
    });
    const coordinator = await em.findOneOrFail(User, { id: user.id }, { populate: ['organisation'] });
    coordinators.set(member.key, coordinator);
    providers.push(coordinator.organisation);
  }
  const coordinatorOf = (key: string) => coordinators.get(key) as User;

  // ---- offerings -------------------------------------------------------------------------------
  const offeringIds = new Map<OfferingKey, string>();
  const offer = async (key: OfferingKey, provider: string, body: Record<string, unknown>) => {
    const offering = await createTrajectoryOffering(
      at(coordinatorOf(provider), 120),
      input.reference,
      createTrajectoryOfferingSchema.parse(body),
    );
    offeringIds.set(key, offering.id);
  };
  await offer('werkenInEenBedrijf', 'roffabriek', {
    kind: 'TRAINING_MODULE',
    title: 'Werken in een bedrijf',
    description:
      'Zes middagen over werken bij een baas: afspraken nakomen, samenwerken en feedback geven en krijgen. Je oefent met echte situaties.',
    competenceCodes: ['T-MEET-COMMITMENTS', 'T-WORK-IN-TEAMS', 'T-ACCEPT-FEEDBACK'],
    hoursPerWeek: 4,
    durationWeeks: 6,
    postcode: '3083',
    continuousIntake: false,
    startDates: [mondayAfter(today, 1), mondayAfter(today, 7), mondayAfter(today, 13)],
    capacityPerStart: 12,
  });
  await offer('presenteren', 'roffabriek', {
    kind: 'TRAINING_MODULE',
    title: 'Jezelf voorstellen en presenteren',
    description:
      'Vier ochtenden: vertellen wat je kunt, een kort filmpje over jezelf maken en oefenen voor een gesprek.',
    competenceCodes: ['T-ADDRESS-AUDIENCE', 'T-INTERACT-WITH-OTHERS', 'T-BODY-LANGUAGE'],
    hoursPerWeek: 3,
    durationWeeks: 4,
    postcode: '3083',
    continuousIntake: false,
    startDates: [mondayAfter(today, 2), mondayAfter(today, 10)],
    capacityPerStart: 10,
  });
  await offer('dagritme', 'roffabriek', {
    kind: 'ACTIVATION',
    title: 'Ritme en meedoen in de werkplaats',
    description:
      'Twee ochtenden per week in de werkplaats van Roffabriek. Rustig beginnen, samen koffie, samen klussen.',
    competenceCodes: ['T-MEET-COMMITMENTS', 'T-PERSIST', 'T-MANAGE-TIME'],
    hoursPerWeek: 6,
    durationWeeks: 26,
    postcode: '3083',
    continuousIntake: true,
    capacityPerStart: 10,
  });
  await offer('fietsenmaker', 'fietsen', {
    kind: 'LEARN_WORK',
    title: 'Fietsenmaker in opleiding',
    description:
      'Je knapt fietsen op en helpt klanten aan de balie. Een vakman leert je het vak, stap voor stap.',
    competenceCodes: ['P-GEREEDSCHAP', 'T-WORK-IN-TEAMS', 'T-MEET-COMMITMENTS'],
    hoursPerWeek: 12,
    durationWeeks: 26,
    postcode: '3072',
    continuousIntake: true,
    capacityPerStart: 6,
  });
  await offer('hulpkok', 'keuken', {
    kind: 'LEARN_WORK',
    title: 'Hulpkok in de buurtkeuken',
    description:
      'Je werkt mee in de keuken van het buurtrestaurant: snijden, koken, schoonmaken. Met een diploma-traject als je wilt.',
    competenceCodes: ['P-KEUKENHULP', 'T-HYGIENIC-WORK', 'T-WORK-IN-TEAMS'],
    hoursPerWeek: 16,
    durationWeeks: 40,
    postcode: '3072',
    continuousIntake: false,
    startDates: [mondayAfter(today, 2), mondayAfter(today, 14)],
    capacityPerStart: 4,
  });
  await offer('meekoken', 'keuken', {
    kind: 'ACTIVATION',
    title: 'Meekoken op woensdag',
    description: 'Elke woensdag samen koken voor de buurt en samen eten. Je hoeft niets te kunnen.',
    competenceCodes: ['P-KEUKENHULP', 'T-INTERACT-WITH-OTHERS'],
    hoursPerWeek: 4,
    durationWeeks: 12,
    postcode: '3072',
    continuousIntake: true,
    capacityPerStart: 8,
  });
  await offer('groenonderhoud', 'groen', {
    kind: 'LEARN_WORK',
    title: 'Groenonderhoud in de wijk',
    description:
      'In een vaste ploeg onderhoud je parken en binnentuinen. Je leert werken met machines en veilig werken.',
    competenceCodes: ['P-GROENVOORZIENING', 'P-GEREEDSCHAP', 'T-SAFE-WORK'],
    hoursPerWeek: 16,
    durationWeeks: 52,
    postcode: '3074',
    continuousIntake: true,
    capacityPerStart: 5,
  });
  const offering = (key: OfferingKey) => offeringIds.get(key) as string;

  // ---- placements ------------------------------------------------------------------------------
  const placements: DemoTrajectorySummary['placements'] = [];
  const lifecoachOf = async (jobSeekerId: string) => {
    const jobSeeker = await em.findOneOrFail(
      JobSeeker,
      { id: jobSeekerId },
      { populate: ['responsibleLifecoach', 'responsibleLifecoach.organisation'] },
    );
    return jobSeeker.responsibleLifecoach;
  };
  const propose = async (jobSeekerId: string, key: OfferingKey, daysAgo: number, handoverNote: string) => {
    const placement = await proposePlacement(
      at(await lifecoachOf(jobSeekerId), daysAgo),
      proposePlacementSchema.parse({ jobSeekerId, offeringId: offering(key), handoverNote }),
    );
    return placement.id;
  };
  const accept = (provider: string, id: string, daysAgo: number, startDate: string) =>
    acceptPlacement(at(coordinatorOf(provider), daysAgo), id, acceptPlacementSchema.parse({ startDate }));
  const start = (provider: string, id: string, daysAgo: number) =>
    startPlacement(at(coordinatorOf(provider), daysAgo), id, { actualStartDate: addDays(today, -daysAgo) });
  const progress = (provider: string, id: string, daysAgo: number, body: Record<string, unknown>) =>
    recordProgress(
      at(coordinatorOf(provider), daysAgo),
      input.reference,
      id,
      recordProgressSchema.parse(body),
    );
  const done = (jobSeekerId: string, id: string, status: string) =>
    placements.push({ id, jobSeekerId, status });

  const [started, notArrived, acceptedLater, proposedOnly, ...restLater] = input.later;
  if (started) {
    const id = await propose(
      started,
      'fietsenmaker',
      40,
      'Repareert al jaren de fietsen van de buren en wil dat als vak leren. Wil rustig beginnen; bel liever na tien uur.',
    );
    await accept('fietsen', id, 39, addDays(today, -38));
    await start('fietsen', id, 38);
    await progress('fietsen', id, 30, {
      type: 'NOTE',
      note: 'Goed begonnen. Werkt netjes en vraagt om hulp als het nodig is.',
    });
    await progress('fietsen', id, 14, { type: 'ATTENDANCE', attendance: 'ON_TRACK' });
    await progress('fietsen', id, 0, {
      type: 'COMPETENCE_OBSERVATIONS',
      observations: [{ competenceCode: 'P-GEREEDSCHAP', level: 3, observedOn: today }],
      note: 'Vervangt zelfstandig banden, remmen en kettingen.',
    });
    done(started, id, 'STARTED');
  }
  if (notArrived) {
    const id = await propose(
      notArrived,
      'groenonderhoud',
      30,
      'Werkt graag buiten en heeft thuis een moestuin. Heeft geen vaste telefoon; bellen lukt het best in de ochtend.',
    );
    await accept('groen', id, 28, addDays(today, -23));
    done(notArrived, id, 'ACCEPTED');
  }
  if (acceptedLater) {
    const id = await propose(
      acceptedLater,
      'hulpkok',
      3,
      'Kookt elke week voor de buurtvereniging en wil hulpkok worden. Is soms onzeker; positieve feedback helpt.',
    );
    await accept('keuken', id, 1, mondayAfter(today, 2));
    done(acceptedLater, id, 'ACCEPTED');
  }
  for (const jobSeekerId of [proposedOnly, ...restLater].filter((id): id is string => !!id).slice(0, 3)) {
    const id = await propose(
      jobSeekerId,
      'fietsenmaker',
      1,
      'Houdt van sleutelen en werkt graag met de handen. Wil na een paar maanden meer uren gaan werken.',
    );
    done(jobSeekerId, id, 'PROPOSED');
  }

  const [completed, proposedActivation] = input.notNow;
  if (completed) {
    const id = await propose(
      completed,
      'dagritme',
      60,
      'Zoekt eerst weer ritme in de week. Twee ochtenden is genoeg om mee te beginnen. Komt met de tram.',
    );
    await accept('roffabriek', id, 58, addDays(today, -56));
    await start('roffabriek', id, 56);
    await progress('roffabriek', id, 30, { type: 'ATTENDANCE', attendance: 'SOME_ABSENCE' });
    await progress('roffabriek', id, 10, { type: 'ATTENDANCE', attendance: 'ON_TRACK' });
    await finishPlacement(
      at(coordinatorOf('roffabriek'), 0),
      id,
      finishPlacementSchema.parse({
        outcome: 'COMPLETED',
        finishedOn: today,
        reason: 'Komt nu elke week op tijd en helpt nieuwe deelnemers op weg.',
      }),
    );
    done(completed, id, 'COMPLETED');
  }
  if (proposedActivation) {
    const id = await propose(
      proposedActivation,
      'meekoken',
      2,
      'Vindt het fijn om onder de mensen te zijn en kookt graag. Nog geen vaste dagen; woensdag past goed.',
    );
    done(proposedActivation, id, 'PROPOSED');
  }

  return { providers, coordinators: [...coordinators.values()], offerings: offeringIds.size, placements };
}
