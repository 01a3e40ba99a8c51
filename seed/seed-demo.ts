import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '../src/access/roles';
import { recordSystemAudit } from '../src/modules/audit/audit.service';
import { createApiToken } from '../src/modules/auth/token.service';
import { JobSeeker, type ReadinessSegment } from '../src/modules/job-seekers/job-seeker.entity';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import { User } from '../src/modules/users/user.entity';
import type { ReferenceData } from '../src/reference/reference-data';
import { type DemoJobSeekerSummary, seedDemoJobSeekers } from './demo-job-seekers';
import { type DemoMeetAndGreetSummary, demoMatching, seedDemoMeetAndGreet } from './demo-meet-and-greet';
import { seedDemoMentor } from './demo-mentor';
import { demoOrganisations, demoTokenHolders, demoUsers } from './demo-organisations';
import { seedDemoOutsideHelp } from './demo-outside-help';
import { seedDemoPreparation } from './demo-preparation';
import { seedDemoRoffabriek } from './demo-roffabriek';
import { type DemoTrajectorySummary, seedDemoTrajectories } from './demo-trajectories';
import { type DemoVacancySummary, seedDemoVacancies } from './demo-vacancies';

export type DemoToken = { role: Role; displayName: string; email: string; token: string };

export type DemoData = {
  organisations: Map<string, Organisation>;
  users: Map<string, User>;
  tokens: DemoToken[];
  jobSeekers: DemoJobSeekerSummary;
  vacancies: DemoVacancySummary;
  trajectories: DemoTrajectorySummary;
  meetAndGreet: DemoMeetAndGreetSummary;
};

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The demo data has no ${what}`);
  return value;
}

async function idsInSegment(em: EntityManager, segment: ReadinessSegment): Promise<string[]> {
  const people = await em.find(JobSeeker, { currentSegment: segment }, { orderBy: { fullName: 'asc' } });
  return people.map((person) => person.id);
}

/**
 * Fills an empty database with the demo programme, in two transactions: organisations, users and
 * tokens; employer profiles and vacancies; job seekers with consents, assessments and segments;
 * trajectories; then a held Meet & Greet with a hire and its placement, whose shortlists need the
 * people committed (all through the service verbs, so the reference data is needed). Returns the
 * demo tokens.
 */
export async function seedDemo(
  em: EntityManager,
  reference: ReferenceData,
  now = new Date(),
): Promise<DemoData> {
  const programme = await em.transactional(async (tx) => {
    const organisations = new Map(
      demoOrganisations.map((o) => [o.key, tx.create(Organisation, { name: o.name, kind: o.kind })] as const),
    );
    const users = new Map(
      demoUsers.map((u) => {
        const organisation = organisations.get(u.organisation);
        if (!organisation) throw new Error(`Demo user ${u.key} names unknown organisation ${u.organisation}`);
        const user = tx.create(User, {
          organisation,
          displayName: u.displayName,
          email: u.email,
          role: u.role,
        });
        return [u.key, user] as const;
      }),
    );
    const tokens: DemoToken[] = [];
    for (const key of demoTokenHolders) {
      const user = users.get(key);
      if (!user) throw new Error(`Demo token holder ${key} is not a demo user`);
      const issued = await createApiToken(tx, user, {
        label: 'demo',
        expiresInDays: 365,
        createdByUserId: null,
        now,
      });
      recordSystemAudit(tx, { action: 'api_token.issued', entityType: 'api_token', entityId: issued.id });
      tokens.push({ role: user.role, displayName: user.displayName, email: user.email, token: issued.token });
    }
    for (const organisation of organisations.values()) {
      recordSystemAudit(tx, {
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: organisation.id,
      });
    }
    for (const user of users.values()) {
      recordSystemAudit(tx, { action: 'user.created', entityType: 'user', entityId: user.id });
    }
    // The service verbs below find users and organisations in the database: write them first.
    await tx.flush();
    const demo = { organisations, users, reference, now };
    const vacancies = await seedDemoVacancies(tx, demo);
    const jobSeekers = await seedDemoJobSeekers(tx, demo);
    await seedDemoOutsideHelp(tx, demo);
    const trajectories = await seedDemoTrajectories(tx, {
      roffabriek: required(organisations.get('roffabriek'), 'organisation roffabriek'),
      admin: required(users.get('admin'), 'user admin'),
      reference,
      later: await idsInSegment(tx, 'LATER'),
      notNow: await idsInSegment(tx, 'NOT_NOW'),
      now,
    });
    await seedDemoPreparation(tx, {
      roffabriek: required(organisations.get('roffabriek'), 'organisation roffabriek'),
      reference,
      ready: await idsInSegment(tx, 'READY'),
      later: await idsInSegment(tx, 'LATER'),
      now,
    });
    await seedDemoMentor(tx, demo);
    await seedDemoRoffabriek(tx, {
      coordinator: required(users.get('coordinator'), 'user coordinator'),
      reference,
      now,
    });
    return { organisations, users, tokens, jobSeekers, vacancies, trajectories };
  });
  // The Meet & Greet's shortlists rank the people above: their matching index reads committed data.
  const matching = await demoMatching(em.fork(), reference);
  const meetAndGreet = await em.fork().transactional((tx) =>
    seedDemoMeetAndGreet(tx, {
      organisations: programme.organisations,
      users: programme.users,
      reference,
      matching,
      now,
    }),
  );
  return { ...programme, meetAndGreet };
}

/** One line for the console: what the demo holds. */
export function formatDemoSummary({ jobSeekers, vacancies, trajectories }: DemoData): string {
  return `${jobSeekers.jobSeekers} werkzoekenden, ${vacancies.vacancies} vacatures (${vacancies.open} open), ${trajectories.offerings} trajecten bij ${trajectories.providers.length} sociale ondernemingen, een Meet & Greet met een plaatsing`;
}

export async function databaseIsEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Organisation, {})) === 0;
}
