import { assertCan, Permission } from '../../access/policy';
import { organisationKindOfRole } from '../../access/roles';
import { findInScope, userScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { AppError, ProblemCode, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { Organisation } from '../organisations/organisation.entity';
import { User } from './user.entity';
import type { CreateUserInput, ListUsersQuery, UpdateUserInput, UserView } from './user.schemas';

export const toUserView = (user: User): UserView => ({
  id: user.id,
  organisationId: user.organisation.id,
  displayName: user.displayName,
  email: user.email,
  role: user.role,
  active: user.active,
  createdAt: user.createdAt.toISOString(),
  updatedAt: user.updatedAt.toISOString(),
  version: user.version,
});

export async function listUsers(ctx: RequestContext, query: ListUsersQuery): Promise<Page<UserView>> {
  assertCan(ctx.actor, Permission.ReadUsers);
  const filter = {
    ...(query.organisationId ? { organisation: query.organisationId } : {}),
    ...(query.role ? { role: query.role } : {}),
  };
  const page = await findPage(ctx.em, User, { $and: [filter, userScope(ctx.actor)] }, query, {
    createdAt: 'asc',
  });
  return { items: page.items.map(toUserView), nextCursor: page.nextCursor };
}

export async function getUser(ctx: RequestContext, id: string): Promise<UserView> {
  assertCan(ctx.actor, Permission.ReadUsers);
  return toUserView(await findInScope(ctx.em, User, id, userScope(ctx.actor), 'User'));
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<UserView> {
  assertCan(ctx.actor, Permission.ManageUsers);
  const organisation = await ctx.em.findOne(Organisation, { id: input.organisationId });
  if (!organisation) {
    throw validationError([{ path: ['organisationId'], message: 'No organisation with this id.' }]);
  }
  const expectedKind = organisationKindOfRole[input.role];
  if (organisation.kind !== expectedKind) {
    throw validationError([
      {
        path: ['role'],
        message: `Role ${input.role} belongs to a ${expectedKind} organisation, not ${organisation.kind}.`,
      },
    ]);
  }
  if (await ctx.em.count(User, { email: input.email })) {
    throw new AppError(ProblemCode.Duplicate, 'A user with this email address exists already.');
  }
  const user = ctx.em.create(User, {
    organisation,
    displayName: input.displayName,
    email: input.email,
    role: input.role,
  });
  recordAudit(ctx, { action: 'user.created', entityType: 'user', entityId: user.id });
  await ctx.em.flush();
  return toUserView(user);
}

export async function updateUser(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UserView> {
  assertCan(ctx.actor, Permission.ManageUsers);
  const user = await findInScope(ctx.em, User, id, userScope(ctx.actor), 'User');
  assertVersion(user, input.version);
  if (input.active === false && user.id === ctx.actor.userId) {
    throw validationError([{ path: ['active'], message: 'You cannot deactivate yourself.' }]);
  }
  const fields: string[] = [];
  if (input.displayName !== undefined && input.displayName !== user.displayName) {
    user.displayName = input.displayName;
    fields.push('displayName');
  }
  if (input.active !== undefined && input.active !== user.active) {
    user.active = input.active;
    fields.push('active');
  }
  if (fields.length) {
    recordAudit(ctx, { action: 'user.updated', entityType: 'user', entityId: id, fields });
    await ctx.em.flush();
  }
  return toUserView(user);
}
