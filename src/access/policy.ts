import type { Actor } from '../http/context';
import { forbidden } from '../http/problem';
import { Role } from './roles';

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
  ReadListOfLifecoaches: 'lifecoaches:list',
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
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const everyone = Object.values(Role);

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
  'lifecoaches:list': [Role.ProgrammeAdmin, Role.Lifecoach, Role.PartnerWorker],
  'consents:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'consents:record': [Role.ProgrammeAdmin, Role.Lifecoach],
  'assessments:conduct': [Role.Lifecoach],
  'assessments:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'profiles:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  // Support needs (debts, health, housing) are for the lifecoach and the programme only.
  'support_needs:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'segments:read': [Role.ProgrammeAdmin, Role.Lifecoach],
  'segments:override': [Role.Lifecoach],
  'employers:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter, Role.Mentor],
  // An employer keeps its own profile; programme staff may fill it in at intake.
  'employers:manage_profile': [Role.ProgrammeAdmin, Role.EmployerRecruiter],
  'vacancies:read': [Role.ProgrammeAdmin, Role.Lifecoach, Role.EmployerRecruiter, Role.Mentor],
  // Employers manage their own vacancies; nobody else may change them.
  'vacancies:manage': [Role.EmployerRecruiter],
};

export const can = (actor: Actor, permission: Permission): boolean => grants[permission].includes(actor.role);

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

/** Programme staff see across organisations; everyone else only within their own. */
export const seesAllOrganisations = (actor: Actor): boolean => actor.role === Role.ProgrammeAdmin;
