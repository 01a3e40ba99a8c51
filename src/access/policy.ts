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
};

export const can = (actor: Actor, permission: Permission): boolean => grants[permission].includes(actor.role);

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

/** Programme staff see across organisations; everyone else only within their own. */
export const seesAllOrganisations = (actor: Actor): boolean => actor.role === Role.ProgrammeAdmin;
