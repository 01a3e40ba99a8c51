import type { Actor } from '../../http/context';
import type { ConsentStateView } from '../consents/consent.schemas';
import type { User } from '../users/user.entity';
import { dutchCalendarDate } from './calendar';
import { seesWholeRecord } from './job-seeker.access';
import type { JobSeeker, LifecoachAssignment } from './job-seeker.entity';
import type {
  JobSeekerRegistrationView,
  JobSeekerSummaryView,
  JobSeekerView,
  LifecoachAssignmentView,
  LifecoachRef,
} from './job-seeker.schemas';

// View builders: one per audience. Each builds exactly the fields of its schema, so a partner view
// can never carry a segment or a consent by accident. Relations used must be populated.

const registrationFields = (jobSeeker: JobSeeker) => ({
  id: jobSeeker.id,
  fullName: jobSeeker.fullName,
  phone: jobSeeker.phone,
  email: jobSeeker.email ?? null,
  postcode: jobSeeker.postcode,
  postcodeFull: jobSeeker.postcodeFull ?? null,
  dateOfBirth: jobSeeker.dateOfBirth ?? null,
  preferredLanguage: jobSeeker.preferredLanguage,
  howToReach: jobSeeker.howToReach ?? null,
  referringOrganisationId: jobSeeker.referringOrganisation?.id ?? null,
  registeredAt: jobSeeker.createdAt.toISOString(),
});

export const toLifecoachRef = (user: User): LifecoachRef => ({ id: user.id, displayName: user.displayName });

const segmentState = (jobSeeker: JobSeeker, now: Date) => {
  const reviewDate = jobSeeker.segmentReviewDate ?? null;
  return {
    current: jobSeeker.currentSegment ?? null,
    reviewDate,
    reviewDue: reviewDate !== null && reviewDate <= dutchCalendarDate(now),
  };
};

/** Registration data only: for partner workers. */
export const toJobSeekerRegistrationView = (jobSeeker: JobSeeker): JobSeekerRegistrationView => ({
  view: 'REGISTRATION',
  ...registrationFields(jobSeeker),
});

/** A caseload row: registration data, the responsible lifecoach and the segment (populate responsibleLifecoach). */
export const toJobSeekerSummaryView = (jobSeeker: JobSeeker, now: Date): JobSeekerSummaryView => ({
  view: 'SUMMARY',
  ...registrationFields(jobSeeker),
  responsibleLifecoach: toLifecoachRef(jobSeeker.responsibleLifecoach),
  segment: segmentState(jobSeeker, now),
  version: jobSeeker.version,
});

/** The whole record, for lifecoaches and programme staff (populate responsibleLifecoach). */
export const toJobSeekerView = (
  jobSeeker: JobSeeker,
  consents: ConsentStateView[],
  now: Date,
): JobSeekerView => ({
  view: 'FULL',
  ...registrationFields(jobSeeker),
  registeredByUserId: jobSeeker.registeredByUserId,
  responsibleLifecoach: toLifecoachRef(jobSeeker.responsibleLifecoach),
  segment: segmentState(jobSeeker, now),
  consents,
  updatedAt: jobSeeker.updatedAt.toISOString(),
  version: jobSeeker.version,
});

/** The view this caller may see: the whole record, or the registration data only. */
export const toJobSeekerViewFor = (
  actor: Actor,
  jobSeeker: JobSeeker,
  consents: ConsentStateView[],
  now: Date,
): JobSeekerView | JobSeekerRegistrationView =>
  seesWholeRecord(actor) ? toJobSeekerView(jobSeeker, consents, now) : toJobSeekerRegistrationView(jobSeeker);

/** One lifecoach period (populate lifecoach). */
export const toLifecoachAssignmentView = (assignment: LifecoachAssignment): LifecoachAssignmentView => ({
  id: assignment.id,
  lifecoach: toLifecoachRef(assignment.lifecoach),
  startedAt: assignment.startedAt.toISOString(),
  endedAt: assignment.endedAt?.toISOString() ?? null,
  handoverNote: assignment.handoverNote ?? null,
  assignedByUserId: assignment.assignedByUserId,
  firstContactAt: assignment.firstContactAt?.toISOString() ?? null,
});
