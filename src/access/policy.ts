import type { Actor } from '../http/context';
import { forbidden } from '../http/problem';
import { Role, staffRoles, worksAtAnEmployer } from './roles';

/**
 * What each role may do. The one place that answers "may this caller do X?"; what the caller may
 * *see* is decided by the scopes in `scopes.ts`. Modules add their permissions here.
 */
export const Permission = {
  ReadOrganisations: 'organisations:read',
  ManageOrganisations: 'organisations:manage',
  ReadUsers: 'users:read',
  ManageUsers: 'users:manage',
  ManageTokens: 'tokens:manage',
  ReadAuditLog: 'audit:read',
  ReadCatalogue: 'catalogue:read',
  ReadInstrument: 'instrument:read',
  RegisterJobSeekers: 'job_seekers:register',
  ReadJobSeekers: 'job_seekers:read',
  UpdateJobSeekers: 'job_seekers:update',
  HandOverJobSeekers: 'job_seekers:handover',
  RecordFirstContact: 'job_seekers:first_contact',
  ReadFirstContactChecks: 'job_seekers:first_contact_checks',
  ReadListOfLifecoaches: 'lifecoaches:list',
  ReadReferrals: 'referrals:read',
  RecordOutsideHelpReferrals: 'outside_help:record',
  ReadOutsideHelpReferrals: 'outside_help:read',
  ReadConsents: 'consents:read',
  RecordConsents: 'consents:record',
  ConductAssessments: 'assessments:conduct',
  ReadAssessments: 'assessments:read',
  ReadProfiles: 'profiles:read',
  ReadSupportNeeds: 'support_needs:read',
  ReadSegments: 'segments:read',
  OverrideSegments: 'segments:override',
  ReadEmployers: 'employers:read',
  ManageEmployerProfile: 'employers:manage_profile',
  ReadVacancies: 'vacancies:read',
  ManageVacancies: 'vacancies:manage',
  ReadCandidates: 'matching:candidates',
  ReadMatchesForJobSeeker: 'matching:for_job_seeker',
  ManageLegalQualifications: 'job_seekers:legal_qualifications',
  ReadTrajectoryProviders: 'trajectory_providers:read',
  ManageTrajectoryProviders: 'trajectory_providers:manage',
  ReadTrajectoryOfferings: 'trajectory_offerings:read',
  ManageTrajectoryOfferings: 'trajectory_offerings:manage',
  ProposeTrajectoryPlacements: 'trajectory_placements:propose',
  WithdrawTrajectoryPlacements: 'trajectory_placements:withdraw',
  ReadTrajectoryPlacements: 'trajectory_placements:read',
  DecideTrajectoryPlacements: 'trajectory_placements:decide',
  RecordTrajectoryProgress: 'trajectory_placements:record_progress',
  ReadTrajectorySuggestions: 'trajectory_suggestions:read',
  ReadPreparationPlans: 'preparation_plans:read',
  ManagePreparationPlans: 'preparation_plans:manage',
  ReadReassessmentPrompts: 'reassessment_prompts:read',
  ReadPlacements: 'placements:read',
  CreatePlacements: 'placements:create',
  ManagePlacements: 'placements:manage',
  InvitePlacementGuides: 'placements:invite_guides',
  EndPlacements: 'placements:end',
  AgreeHoursBuildUp: 'placements:agree_hours',
  RecordAbsences: 'placements:record_absences',
  EditOnboardingPlan: 'onboarding_plan:edit',
  CommentOnboardingPlan: 'onboarding_plan:comment',
  RecordCheckIns: 'check_ins:record',
  ReadCheckIns: 'check_ins:read',
  ReadPlacementSupportNotes: 'placement_support_notes:read',
  WritePlacementSupportNotes: 'placement_support_notes:write',
  ReadMoneyChecklist: 'money_checklist:read',
  WriteMoneyChecklist: 'money_checklist:write',
  ReadFollowUp: 'follow_up:read',
  ReadFollowUpDigest: 'follow_up:digest',
  ReadRetention: 'placements:retention',
  ManageMeetAndGreets: 'meet_and_greets:manage',
  ReadMeetAndGreets: 'meet_and_greets:read',
  AnswerForEmployer: 'meet_and_greets:answer_for_employer',
  AnswerForJobSeeker: 'meet_and_greets:answer_for_job_seeker',
  ReadShortlists: 'shortlists:read',
  ReviewShortlists: 'shortlists:review',
  AddShortlistCandidates: 'shortlists:add_candidate',
  ReadMeetAndGreetSchedules: 'meet_and_greet_schedules:read',
  ReadCandidacies: 'candidacies:read',
  MoveCandidacies: 'candidacies:move',
  ReadStaleCandidacies: 'candidacies:read_stale',
  ReadInterviewInvitations: 'interview_invitations:read',
  ShareCandidateIdentity: 'interview_invitations:share',
  ReadSelectionReports: 'reports:not_selected_reasons',
  ReadProgrammeReports: 'reports:programme',
  ReadSocialReturnReport: 'reports:social_return',
  ReadReportNotes: 'reports:notes',
  FilterReportsByLifecoach: 'reports:by_lifecoach',
  InviteToOwnRecord: 'own_record:invite',
  ReadOwnRecord: 'own_record:read',
  DecideOwnConsents: 'own_record:consents',
  AnswerOwnInvitations: 'own_record:answer_invitations',
  ReactToOwnSegment: 'own_record:react_to_segment',
  AnswerSegmentReactions: 'segments:answer_reactions',
  RequestOwnErasure: 'own_record:stop',
  RequestErasureFor: 'erasure:request',
  DecideErasure: 'erasure:decide',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

// "Everyone" is everyone who works with the service: a job seeker's own account gets only the
// own_record permissions below, so no staff route answers it.
// The advisory group reads the reports only: it is not part of "everyone" either.
const everyone = staffRoles.filter((role) => role !== Role.AdvisoryGroup);

/** Everyone who follows a placement: programme, lifecoach, the employer's recruiters, its mentor and manager. */
const guides = [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter, Role.Mentor, Role.Manager];

const grants: Record<Permission, readonly Role[]> = {
  'organisations:read': everyone,
  'organisations:manage': [Role.ProgrammeAdmin],
  'users:read': everyone,
  'users:manage': [Role.ProgrammeAdmin],
  'tokens:manage': [Role.ProgrammeAdmin],
  'audit:read': [Role.ProgrammeAdmin],
  'catalogue:read': everyone,
  'instrument:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  // Job seekers: partner workers register and see the people their organisation referred
  // (registration data only); lifecoaches their caseload; programme staff everyone.
  'job_seekers:register': [Role.ProgrammeAdmin, Role.Lifecoach, Role.PartnerWorker],
  'job_seekers:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.PartnerWorker],
  'job_seekers:update': [Role.ProgrammeAdmin, Role.Lifecoach],
  'job_seekers:handover': [Role.ProgrammeAdmin, Role.Lifecoach],
  // The first conversation is the lifecoach's own; programme staff follow who is still waiting.
  'job_seekers:first_contact': [Role.Lifecoach],
  'job_seekers:first_contact_checks': [Role.ProgrammeAdmin, Role.Lifecoach],
  'lifecoaches:list': [Role.ProgrammeAdmin, Role.Lifecoach, Role.PartnerWorker],
  // The referring partner follows its own referrals in five status words: no segment, profile or notes.
  'referrals:read': [Role.PartnerWorker],
  // Referrals to outside help (debts, Work and Income, care, housing) are the personal sphere: the
  // lifecoach records them and checks the arrival; programme staff follow; nobody else sees them.
  'outside_help:record': [Role.Lifecoach],
  'outside_help:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'consents:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'consents:record': [Role.ProgrammeAdmin, Role.Lifecoach],
  'assessments:conduct': [Role.Lifecoach],
  'assessments:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'profiles:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  // Support needs (debts, health, housing) are for the lifecoach and the programme only.
  'support_needs:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'segments:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'segments:override': [Role.Lifecoach],
  'employers:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter, Role.Mentor, Role.Manager],
  // An employer keeps its own profile; programme staff may fill it in at intake.
  'employers:manage_profile': [Role.ProgrammeAdmin, Role.EmployerRecruiter],
  'vacancies:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter, Role.Mentor, Role.Manager],
  // Employers manage their own vacancies; nobody else may change them.
  'vacancies:manage': [Role.EmployerRecruiter],
  // Employers see pseudonymous candidates for their own vacancies; lifecoaches only their caseload.
  'matching:candidates': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter],
  'matching:for_job_seeker': [Role.ProgrammeAdmin, Role.Lifecoach],
  'job_seekers:legal_qualifications': [Role.ProgrammeAdmin, Role.Lifecoach],
  // Trajectories: providers publish offerings and report progress; lifecoaches propose the people of
  // their caseload (and may withdraw a proposal); programme staff see everything and manage which
  // platform (Roffabriek) a social enterprise belongs to.
  'trajectory_providers:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.TrajectoryCoordinator],
  'trajectory_providers:manage': [Role.ProgrammeAdmin],
  'trajectory_offerings:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.TrajectoryCoordinator],
  'trajectory_offerings:manage': [Role.TrajectoryCoordinator],
  'trajectory_placements:propose': [Role.Lifecoach],
  'trajectory_placements:withdraw': [Role.Lifecoach],
  'trajectory_placements:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.TrajectoryCoordinator],
  'trajectory_placements:decide': [Role.TrajectoryCoordinator],
  'trajectory_placements:record_progress': [Role.TrajectoryCoordinator],
  'trajectory_suggestions:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  // The preparation plan is agreed between the lifecoach and the person; programme staff read it.
  'preparation_plans:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'preparation_plans:manage': [Role.Lifecoach],
  'reassessment_prompts:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  // Placements after a hire: the employer's recruiters, the named mentor and manager, the lifecoach
  // and programme staff. Which placement, and which part of it, each may see or do is decided per
  // placement (placementScope, placements/placement.access.ts): a mentor or manager only their own.
  'placements:read': guides,
  // A direct hire: the employer names a candidate of its own vacancy by code; a lifecoach a person of
  // their caseload; programme staff anyone.
  'placements:create': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter],
  // Contract, mentor, manager and start: the employer (and programme staff at intake).
  'placements:manage': [Role.ProgrammeAdmin, Role.EmployerRecruiter],
  // Recruiters (and programme staff at intake) invite the mentor and the manager of a placement by
  // name and e-mail; mentors and managers invite nobody.
  'placements:invite_guides': [Role.ProgrammeAdmin, Role.EmployerRecruiter],
  'placements:end': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter],
  // The manager may also be a MENTOR-role user of the employer (the mentor of someone else).
  'placements:agree_hours': guides,
  'placements:record_absences': guides,
  // The onboarding plan is the employer's (recruiters and the placement's manager); mentor and
  // lifecoach see it and comment.
  'onboarding_plan:edit': [Role.EmployerRecruiter, Role.Mentor, Role.Manager],
  'onboarding_plan:comment': guides,
  'check_ins:record': [Role.Lifecoach, Role.EmployerRecruiter, Role.Mentor, Role.Manager],
  'check_ins:read': guides,
  // The personal sphere during a placement: lifecoaches and the programme only, never an employer.
  'placement_support_notes:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'placement_support_notes:write': [Role.Lifecoach],
  // The start-of-work money checklist: the person's lifecoach and the programme; never an employer.
  'money_checklist:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'money_checklist:write': [Role.ProgrammeAdmin, Role.Lifecoach],
  'follow_up:read': guides,
  // What a notification job would send: run with a programme token.
  'follow_up:digest': [Role.ProgrammeAdmin],
  'placements:retention': [Role.ProgrammeAdmin, Role.AdvisoryGroup],
  // Meet & Greets: programme staff plan them; employers answer for themselves and review blind
  // shortlists of their own vacancies; people answer through their lifecoach, who may add a candidate.
  'meet_and_greets:manage': [Role.ProgrammeAdmin],
  'meet_and_greets:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter],
  'meet_and_greets:answer_for_employer': [Role.ProgrammeAdmin, Role.EmployerRecruiter],
  'meet_and_greets:answer_for_job_seeker': [Role.ProgrammeAdmin, Role.Lifecoach],
  'shortlists:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter],
  'shortlists:review': [Role.EmployerRecruiter],
  'shortlists:add_candidate': [Role.Lifecoach],
  'meet_and_greet_schedules:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter],
  // The hiring pipeline: employers take the hiring steps for their own vacancies; the person's side
  // (declining, withdrawing) is taken by the lifecoach or programme staff. Which step by whom:
  // src/modules/candidacies/candidacy-rules.ts.
  'candidacies:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter],
  'candidacies:move': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter],
  'candidacies:read_stale': [Role.ProgrammeAdmin, Role.Lifecoach],
  'interview_invitations:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'interview_invitations:share': [Role.ProgrammeAdmin, Role.Lifecoach],
  // With the employers' free-text notes per candidacy: programme staff only, not the advisory group.
  'reports:not_selected_reasons': [Role.ProgrammeAdmin],
  // Programme reports (aggregates only, small cells shown as "< 5"): programme staff and the advisory
  // group of experts by experience. Social return: also an employer's recruiters, for their own employer.
  'reports:programme': [Role.ProgrammeAdmin, Role.AdvisoryGroup],
  'reports:social_return': [Role.ProgrammeAdmin, Role.AdvisoryGroup, Role.EmployerRecruiter],
  // The free-text notes beside the counts (why a job or trajectory ended) and the way to work per
  // lifecoach are closer to persons: programme staff only.
  'reports:notes': [Role.ProgrammeAdmin],
  'reports:by_lifecoach': [Role.ProgrammeAdmin],
  // "Mijn gegevens": the lifecoach (or programme staff) invites the person; the person reads their own
  // record and decides about their own consents (ownJobSeekerScope: never anyone else's).
  'own_record:invite': [Role.ProgrammeAdmin, Role.Lifecoach],
  'own_record:read': [Role.JobSeeker],
  'own_record:consents': [Role.JobSeeker],
  // The person says yes or no to a Meet & Greet invitation and to a proposed match, and reacts to a
  // segment decision; the lifecoach answers the reaction on the person's page.
  'own_record:answer_invitations': [Role.JobSeeker],
  'own_record:react_to_segment': [Role.JobSeeker],
  'segments:answer_reactions': [Role.Lifecoach],
  // Stopping: the person asks, or the lifecoach files it on their behalf; programme staff confirm
  // (the erasure runs then) or explain why not yet (src/modules/erasure).
  'own_record:stop': [Role.JobSeeker],
  'erasure:request': [Role.ProgrammeAdmin, Role.Lifecoach],
  'erasure:decide': [Role.ProgrammeAdmin],
};

export const can = (actor: Actor, permission: Permission): boolean => grants[permission].includes(actor.role);

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

/** Programme staff see across organisations; everyone else only within their own. */
export const seesAllOrganisations = (actor: Actor): boolean => actor.role === Role.ProgrammeAdmin;

/** Recruiters, mentors and managers: the people who work at an employer. */
export const worksAtEmployer = (actor: Actor) => worksAtAnEmployer(actor.role);
