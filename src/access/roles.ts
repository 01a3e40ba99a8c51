export const OrganisationKind = {
  Programme: 'PROGRAMME',
  Partner: 'PARTNER',
  Employer: 'EMPLOYER',
  TrajectoryProvider: 'TRAJECTORY_PROVIDER',
} as const;
export type OrganisationKind = (typeof OrganisationKind)[keyof typeof OrganisationKind];
export const organisationKinds = Object.values(OrganisationKind) as [OrganisationKind, ...OrganisationKind[]];

export const Role = {
  ProgrammeAdmin: 'PROGRAMME_ADMIN',
  Lifecoach: 'LIFECOACH',
  PartnerWorker: 'PARTNER_WORKER',
  EmployerRecruiter: 'EMPLOYER_RECRUITER',
  Mentor: 'MENTOR',
  /** The new employee's manager at the employer: sees only the placements they manage and gives the feedback. */
  Manager: 'MANAGER',
  TrajectoryCoordinator: 'TRAJECTORY_COORDINATOR',
  /** The person the programme serves, signed in to "Mijn gegevens": linked to one job seeker. */
  JobSeeker: 'JOB_SEEKER',
  /** The advisory group of experts by experience: reads the programme's reports (aggregates only), nothing else. */
  AdvisoryGroup: 'ADVISORY_GROUP',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const roles = Object.values(Role) as [Role, ...Role[]];
/** Everyone who works in the programme or with it: every role except the job seeker's own. */
export const staffRoles = roles.filter((role) => role !== Role.JobSeeker) as [Role, ...Role[]];

/** Which organisation kind a role belongs to: a mentor works at an employer, a lifecoach at the programme. */
export const organisationKindOfRole: Record<Role, OrganisationKind> = {
  PROGRAMME_ADMIN: 'PROGRAMME',
  LIFECOACH: 'PROGRAMME',
  PARTNER_WORKER: 'PARTNER',
  EMPLOYER_RECRUITER: 'EMPLOYER',
  MENTOR: 'EMPLOYER',
  MANAGER: 'EMPLOYER',
  TRAJECTORY_COORDINATOR: 'TRAJECTORY_PROVIDER',
  // A person's own account lives in the programme organisation; it sees nothing of it but their own record.
  JOB_SEEKER: 'PROGRAMME',
  ADVISORY_GROUP: 'PROGRAMME',
};

/** Whether the role works at an employer (recruiter, mentor, manager): addressed with "u", sees candidate codes. */
export const worksAtAnEmployer = (role: Role): boolean => organisationKindOfRole[role] === 'EMPLOYER';
