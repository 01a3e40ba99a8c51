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
  TrajectoryCoordinator: 'TRAJECTORY_COORDINATOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const roles = Object.values(Role) as [Role, ...Role[]];

/** Which organisation kind a role belongs to: a mentor works at an employer, a lifecoach at the programme. */
export const organisationKindOfRole: Record<Role, OrganisationKind> = {
  PROGRAMME_ADMIN: 'PROGRAMME',
  LIFECOACH: 'PROGRAMME',
  PARTNER_WORKER: 'PARTNER',
  EMPLOYER_RECRUITER: 'EMPLOYER',
  MENTOR: 'EMPLOYER',
  TRAJECTORY_COORDINATOR: 'TRAJECTORY_PROVIDER',
};
