import type { MikroORM } from '@mikro-orm/core';
import { type OrganisationKind, organisationKindOfRole, type Role } from '../../src/access/roles';
import { createApiToken } from '../../src/modules/auth/token.service';
import { JobSeeker, LifecoachAssignment } from '../../src/modules/job-seekers/job-seeker.entity';
import { nameKey } from '../../src/modules/job-seekers/name-key';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { TrajectoryOffering } from '../../src/modules/trajectories/trajectory-offering.entity';
import type { OfferingKind, OfferingStatus } from '../../src/modules/trajectories/trajectory-rules';
import { User } from '../../src/modules/users/user.entity';

let sequence = 0;
const next = () => ++sequence;

export type TestUser = { user: User; organisation: Organisation; token: string; tokenId: string };

export type JobSeekerOverrides = {
  fullName?: string;
  phone?: string;
  email?: string | null;
  postcode?: string;
  postcodeFull?: string | null;
  dateOfBirth?: string | null;
  preferredLanguage?: string;
  referringOrganisation?: Organisation | null;
  currentSegment?: 'READY' | 'LATER' | 'NOT_NOW' | null;
  segmentReviewDate?: string | null;
};

export type TrajectoryOfferingOverrides = {
  kind?: OfferingKind;
  title?: string;
  competenceCodes?: string[];
  hoursPerWeek?: number;
  durationWeeks?: number;
  postcode?: string;
  continuousIntake?: boolean;
  startDates?: string[];
  capacityPerStart?: number;
  status?: OfferingStatus;
};

/** Builds the data a test needs, directly in the database, independent of the demo seed. */
export class Factory {
  constructor(private readonly orm: MikroORM) {}

  async organisation(kind: OrganisationKind, name = `Testorganisatie ${next()}`): Promise<Organisation> {
    const em = this.orm.em.fork();
    const organisation = em.create(Organisation, { name, kind });
    await em.flush();
    return organisation;
  }

  /** A user with a valid token, in the given organisation or a new one of the right kind. */
  async user(
    role: Role,
    organisation?: Organisation,
    options: { expiresInDays?: number } = {},
  ): Promise<TestUser> {
    const em = this.orm.em.fork();
    const home = organisation ?? (await this.organisation(organisationKindOfRole[role]));
    const n = next();
    const user = em.create(User, {
      organisation: em.getReference(Organisation, home.id),
      displayName: `Testgebruiker ${n}`,
      email: `user${n}-${crypto.randomUUID().slice(0, 8)}@test.example`,
      role,
    });
    const issued = await createApiToken(em, user, {
      label: 'test',
      expiresInDays: options.expiresInDays ?? 30,
      createdByUserId: null,
      now: new Date(),
    });
    await em.flush();
    return { user, organisation: home, token: issued.token, tokenId: issued.id };
  }

  /**
   * A job seeker in the caseload of `lifecoach`, with their first lifecoach assignment, written
   * directly. Every call gets its own phone number, 069xxxxxxx (tests that register through the API
   * should use other numbers).
   */
  async jobSeeker(lifecoach: User, overrides: JobSeekerOverrides = {}): Promise<JobSeeker> {
    const em = this.orm.em.fork();
    const n = next();
    const fullName = overrides.fullName ?? `Werkzoekende ${n}`;
    const coach = em.getReference(User, lifecoach.id);
    const { referringOrganisation, ...fields } = overrides;
    const jobSeeker = em.create(JobSeeker, {
      fullName,
      nameKey: nameKey(fullName),
      phone: `069${String(n).padStart(7, '0')}`,
      email: null,
      postcode: '3011',
      postcodeFull: null,
      dateOfBirth: null,
      preferredLanguage: 'nl',
      currentSegment: null,
      segmentReviewDate: null,
      ...fields,
      referringOrganisation: referringOrganisation
        ? em.getReference(Organisation, referringOrganisation.id)
        : null,
      responsibleLifecoach: coach,
      registeredByUserId: lifecoach.id,
    });
    em.create(LifecoachAssignment, {
      jobSeeker,
      lifecoach: coach,
      startedAt: new Date(),
      endedAt: null,
      handoverNote: null,
      assignedByUserId: lifecoach.id,
    });
    await em.flush();
    return jobSeeker;
  }

  /**
   * An offering of `provider`, written directly (so start dates may lie in the past). Default: an
   * open learn-work trajectory in Rotterdam-Zuid, 8 hours a week, continuous intake, 2 places.
   */
  async trajectoryOffering(
    provider: Organisation,
    overrides: TrajectoryOfferingOverrides = {},
  ): Promise<TrajectoryOffering> {
    const em = this.orm.em.fork();
    const continuousIntake = overrides.continuousIntake ?? (overrides.startDates ?? []).length === 0;
    const offering = em.create(TrajectoryOffering, {
      provider: em.getReference(Organisation, provider.id),
      kind: overrides.kind ?? 'LEARN_WORK',
      title: overrides.title ?? `Leer-werkplek ${next()}`,
      description: 'Je werkt mee in onze werkplaats en leert het vak stap voor stap.',
      competenceCodes: overrides.competenceCodes ?? ['P-GEREEDSCHAP', 'T-WORK-IN-TEAMS'],
      hoursPerWeek: overrides.hoursPerWeek ?? 8,
      durationWeeks: overrides.durationWeeks ?? 26,
      postcode: overrides.postcode ?? '3072',
      postcodeFull: null,
      continuousIntake,
      startDates: [...(overrides.startDates ?? [])].sort(),
      capacityPerStart: overrides.capacityPerStart ?? 2,
      status: overrides.status ?? 'OPEN',
      createdByUserId: crypto.randomUUID(),
    });
    await em.flush();
    return offering;
  }
}
