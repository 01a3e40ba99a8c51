import type { MikroORM } from '@mikro-orm/core';
import { type OrganisationKind, organisationKindOfRole, type Role } from '../../src/access/roles';
import { createApiToken } from '../../src/modules/auth/token.service';
import { Candidacy, InterviewInvitation } from '../../src/modules/candidacies/candidacy.entity';
import type { CandidacyStatus } from '../../src/modules/candidacies/candidacy-rules';
import { JobSeeker, LifecoachAssignment } from '../../src/modules/job-seekers/job-seeker.entity';
import { nameKey } from '../../src/modules/job-seekers/name-key';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { Placement, PlacementHoursChange } from '../../src/modules/placements/placement.entity';
import type { BuildUpStep, PlacementStatus } from '../../src/modules/placements/placement-rules';
import { SegmentDecision } from '../../src/modules/readiness/segment-decision.entity';
import { TrajectoryOffering } from '../../src/modules/trajectories/trajectory-offering.entity';
import type { OfferingKind, OfferingStatus } from '../../src/modules/trajectories/trajectory-rules';
import { User } from '../../src/modules/users/user.entity';
import { type CompetenceRequirement, Vacancy } from '../../src/modules/vacancies/vacancy.entity';

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

export type PlacementOverrides = {
  status?: PlacementStatus;
  startDate?: string | null;
  mentor?: User | null;
  manager?: User | null;
  contractHoursPerWeek?: number;
  hoursBuildUp?: BuildUpStep[];
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

  /**
   * An open vacancy of `employer`, written directly: 32 hours a week (24–32), employment under a cao;
   * by default it asks order picking at level 2.
   */
  async vacancy(
    employer: Organisation,
    overrides: {
      title?: string;
      hoursMin?: number;
      hoursMax?: number;
      requirements?: CompetenceRequirement[];
      positions?: number;
    } = {},
  ) {
    const em = this.orm.em.fork();
    const vacancy = em.create(Vacancy, {
      employer: em.getReference(Organisation, employer.id),
      title: overrides.title ?? `Medewerker magazijn ${next()}`,
      occupationCode: null,
      description: 'Je pakt bestellingen in ons magazijn. Je werkt in een vast team.',
      postcode: '3089',
      postcodeFull: null,
      hoursMin: overrides.hoursMin ?? 24,
      hoursMax: overrides.hoursMax ?? 32,
      gradualBuildUp: true,
      contractType: 'EMPLOYMENT',
      permanentProspect: true,
      paid: true,
      underCao: true,
      pay: { min: 14.4, max: 16, per: 'HOUR' },
      requirements: overrides.requirements ?? [
        { competenceCode: 'P-ORDERPICKEN', level: 2, tier: 'ESSENTIAL' },
      ],
      legalRequirements: [],
      dutchLevel: null,
      behaviours: [],
      mentorAvailable: true,
      positions: overrides.positions ?? 1,
      status: 'OPEN',
      employerOnlyNotes: { diploma: null, yearsOfExperience: null, remarks: null },
      createdByUserId: crypto.randomUUID(),
    });
    await em.flush();
    return vacancy;
  }

  /**
   * A placement of `jobSeeker` at `vacancy`, written directly so its start may lie weeks back.
   * Default: working (ACTIVE) since today, 32 contract hours from week 1, lifecoach = responsible one.
   */
  async placement(jobSeeker: JobSeeker, vacancy: Vacancy, overrides: PlacementOverrides = {}) {
    const em = this.orm.em.fork();
    const contractHours = overrides.contractHoursPerWeek ?? vacancy.hoursMax;
    const steps = overrides.hoursBuildUp ?? [{ fromWeek: 1, hours: contractHours }];
    const placement = em.create(Placement, {
      jobSeeker: em.getReference(JobSeeker, jobSeeker.id),
      employer: em.getReference(Organisation, vacancy.employer.id),
      vacancy: em.getReference(Vacancy, vacancy.id),
      candidacyId: null,
      status: overrides.status ?? 'ACTIVE',
      startDate:
        overrides.startDate === undefined
          ? new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' })
          : overrides.startDate,
      contractType: 'EMPLOYMENT',
      contractDurationMonths: 7,
      contractHoursPerWeek: contractHours,
      zeroHoursContract: false,
      paid: true,
      underCao: true,
      pay: { min: 14.4, max: 16, per: 'HOUR' },
      mentor: overrides.mentor ? em.getReference(User, overrides.mentor.id) : null,
      manager: overrides.manager ? em.getReference(User, overrides.manager.id) : null,
      lifecoach: em.getReference(User, jobSeeker.responsibleLifecoach.id),
      hoursBuildUp: steps,
      absences: [],
      startedAt: new Date(),
      convertedOn: null,
      endDate: null,
      endReason: null,
      endNote: null,
      endedBySide: null,
      endedByUserId: null,
      returnsToProgramme: null,
      createdByUserId: crypto.randomUUID(),
    });
    em.create(PlacementHoursChange, {
      placement,
      steps,
      contractHoursPerWeek: contractHours,
      reason: 'Aangemaakt voor een test',
      changedAt: new Date(),
      changedByUserId: null,
    });
    await em.flush();
    return placement;
  }

  /** A current segment decision for `jobSeeker` (no profile), with the person's segment and review date copied. */
  async segmentDecision(
    jobSeeker: JobSeeker,
    segment: 'READY' | 'LATER' | 'NOT_NOW',
    reviewDate: string,
  ): Promise<SegmentDecision> {
    const em = this.orm.em.fork();
    const decision = em.create(SegmentDecision, {
      jobSeeker: em.getReference(JobSeeker, jobSeeker.id),
      profile: null,
      computedSegment: segment,
      reasons: [],
      toMoveUp: [],
      segment,
      overrideJustification: null,
      reviewDate,
      decidedAt: new Date(),
      decidedByUserId: jobSeeker.responsibleLifecoach.id,
      lifecoachUserId: jobSeeker.responsibleLifecoach.id,
      supersededAt: null,
    });
    await em.nativeUpdate(
      JobSeeker,
      { id: jobSeeker.id },
      { currentSegment: segment, segmentReviewDate: reviewDate },
    );
    await em.flush();
    return decision;
  }

  /**
   * A candidacy of `jobSeeker` for `vacancy` standing at `status`, written directly (without its
   * steps), for tests of what a hire does to the pipeline. Outside a Meet & Greet.
   */
  async candidacy(jobSeeker: JobSeeker, vacancy: Vacancy, status: CandidacyStatus = 'SHORTLISTED') {
    const em = this.orm.em.fork();
    const candidacy = em.create(Candidacy, {
      jobSeeker: em.getReference(JobSeeker, jobSeeker.id),
      vacancy: em.getReference(Vacancy, vacancy.id),
      employer: em.getReference(Organisation, vacancy.employer.id),
      meetAndGreet: null,
      status,
      reasonCode: null,
      lastMovedAt: new Date(),
    });
    await em.flush();
    return candidacy;
  }

  /** Moves a candidacy's last step `days` back in time, for the list of candidacies that stand still. */
  async candidacyLastMovedDaysAgo(candidacyId: string, days: number): Promise<void> {
    const em = this.orm.em.fork();
    const moment = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    await em.nativeUpdate(Candidacy, { id: candidacyId }, { lastMovedAt: moment });
  }

  /**
   * An employer's interview invitation for `jobSeeker` at `vacancy`, waiting for the person's
   * consent (candidacy INVITED), written directly.
   */
  async interviewInvitation(jobSeeker: JobSeeker, vacancy: Vacancy): Promise<InterviewInvitation> {
    const em = this.orm.em.fork();
    const now = new Date();
    const candidacy = em.create(Candidacy, {
      jobSeeker: em.getReference(JobSeeker, jobSeeker.id),
      vacancy: em.getReference(Vacancy, vacancy.id),
      employer: em.getReference(Organisation, vacancy.employer.id),
      meetAndGreet: null,
      status: 'INVITED',
      reasonCode: null,
      lastMovedAt: now,
    });
    const invitation = em.create(InterviewInvitation, {
      candidacy,
      employer: em.getReference(Organisation, vacancy.employer.id),
      status: 'WAITING_FOR_CONSENT',
      message: 'Kom je dinsdag om 10 uur langs?',
      contactRoute: null,
      invitedByUserId: crypto.randomUUID(),
      invitedAt: now,
      sharedByUserId: null,
      sharedAt: null,
      closedAt: null,
    });
    await em.flush();
    return invitation;
  }
}
