import { Assessment, TalentProfileRecord } from '../modules/assessments/assessment.entity';
import { InstrumentVersionUsage } from '../modules/assessments/instrument-usage.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { ApiToken } from '../modules/auth/api-token.entity';
import { SignInLink } from '../modules/auth/sign-in-link.entity';
import { WebSession } from '../modules/auth/web-session.entity';
import { Candidacy, CandidacyTransition, InterviewInvitation } from '../modules/candidacies/candidacy.entity';
import { ConsentRecord } from '../modules/consents/consent.entity';
import { EmployerProfile } from '../modules/employers/employer-profile.entity';
import { ErasureRequest, RetentionNotice } from '../modules/erasure/erasure.entity';
import { JobSeeker, LifecoachAssignment } from '../modules/job-seekers/job-seeker.entity';
import { JobRun } from '../modules/jobs/job-run.entity';
import { MailDelivery } from '../modules/mail/mail-delivery.entity';
import { MailLinkSecret } from '../modules/mail/mail-link-secret.entity';
import { CandidatePseudonym } from '../modules/matching/candidate-pseudonym.entity';
import { MatchingChange } from '../modules/matching/matching-change.entity';
import {
  MeetAndGreetAgendaChange,
  MeetAndGreetAgendaMail,
} from '../modules/meet-and-greets/agenda-mail/agenda-mail.entity';
import {
  MeetAndGreet,
  MeetAndGreetEmployer,
  MeetAndGreetParticipant,
  MeetAndGreetVacancy,
  ScheduledConversation,
  ShortlistEntry,
} from '../modules/meet-and-greets/meet-and-greet.entity';
import { NotificationSetting } from '../modules/notifications/notification-setting.entity';
import { Organisation } from '../modules/organisations/organisation.entity';
import { OutsideHelpReferral } from '../modules/outside-help/outside-help-referral.entity';
import { SignInCode } from '../modules/person-access/sign-in-code.entity';
import { PlacementCheckIn, PlacementSupportNote } from '../modules/placements/check-in.entity';
import { MoneyChecklistItem, MoneyChecklistVersionUsage } from '../modules/placements/money-checklist.entity';
import { OnboardingPlanComment, OnboardingPlanItem } from '../modules/placements/onboarding-plan.entity';
import { Placement, PlacementHoursChange } from '../modules/placements/placement.entity';
import { PreparationPlan } from '../modules/preparation/preparation-plan.entity';
import { SegmentDecision } from '../modules/readiness/segment-decision.entity';
import { SegmentReaction } from '../modules/readiness/segment-reaction.entity';
import { TrajectoryOffering } from '../modules/trajectories/trajectory-offering.entity';
import {
  ReassessmentPrompt,
  TrajectoryPlacement,
  TrajectoryProgressEntry,
} from '../modules/trajectories/trajectory-placement.entity';
import { TrajectoryProviderProfile } from '../modules/trajectories/trajectory-provider.entity';
import { User } from '../modules/users/user.entity';
import { Vacancy } from '../modules/vacancies/vacancy.entity';

/** Every entity of the service; the ORM discovers nothing by itself. */
export const entities = [
  Organisation,
  User,
  ApiToken,
  AuditEntry,
  JobSeeker,
  LifecoachAssignment,
  ConsentRecord,
  Assessment,
  TalentProfileRecord,
  SegmentDecision,
  InstrumentVersionUsage,
  EmployerProfile,
  Vacancy,
  MatchingChange,
  CandidatePseudonym,
  TrajectoryProviderProfile,
  TrajectoryOffering,
  TrajectoryPlacement,
  TrajectoryProgressEntry,
  ReassessmentPrompt,
  PreparationPlan,
  Placement,
  PlacementHoursChange,
  PlacementCheckIn,
  PlacementSupportNote,
  OnboardingPlanItem,
  OnboardingPlanComment,
  MeetAndGreet,
  MeetAndGreetEmployer,
  MeetAndGreetVacancy,
  MeetAndGreetParticipant,
  ShortlistEntry,
  ScheduledConversation,
  Candidacy,
  CandidacyTransition,
  InterviewInvitation,
  WebSession,
  SignInLink,
  JobRun,
  MailDelivery,
  MailLinkSecret,
  NotificationSetting,
  SignInCode,
  MeetAndGreetAgendaMail,
  MeetAndGreetAgendaChange,
  SegmentReaction,
  ErasureRequest,
  RetentionNotice,
  MoneyChecklistItem,
  MoneyChecklistVersionUsage,
  OutsideHelpReferral,
];
