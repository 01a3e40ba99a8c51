import { assertCan, Permission } from '../../access/policy';
import { organisationKindOfRole, Role } from '../../access/roles';
import { findInScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { AppError, ProblemCode, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { addSignInLink } from '../auth/sign-in.service';
import { WebSession } from '../auth/web-session.entity';
import { Organisation } from '../organisations/organisation.entity';
import { userScope } from './user.access';
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
  return toUserView(
    await findInScope(ctx.em, User, id, userScope(ctx.actor), { nl: 'Dit account', en: 'User' }),
  );
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
  const user = await findInScope(ctx.em, User, id, userScope(ctx.actor), { nl: 'Dit account', en: 'User' });
  assertVersion(user, input.version);
  if (input.active === false && user.id === ctx.actor.userId) {
    throw validationError([
      {
        path: ['active'],
        message: say({
          nl: 'Je kunt je eigen account niet uitzetten.',
          en: 'You cannot deactivate yourself.',
        }),
      },
    ]);
  }
  if (input.role !== undefined && input.role !== user.role) {
    if (user.id === ctx.actor.userId) {
      throw validationError([
        {
          path: ['role'],
          message: say({
            nl: 'Je kunt je eigen rol niet veranderen.',
            en: 'You cannot change your own role.',
          }),
        },
      ]);
    }
    if (user.role === Role.JobSeeker) {
      throw validationError([
        {
          path: ['role'],
          message: say({
            nl: 'Het eigen account van een werkzoekende krijgt geen andere rol.',
            en: 'A person’s own account keeps its role.',
          }),
        },
      ]);
    }
    const kind = (await ctx.em.findOneOrFail(Organisation, { id: user.organisation.id })).kind;
    if (organisationKindOfRole[input.role] !== kind) {
      throw validationError([
        {
          path: ['role'],
          message: say(
            {
              nl: 'Deze rol past niet bij dit soort organisatie.',
              en: 'Role {role} belongs to a {value2} organisation, not {kind}.',
            },
            { role: input.role, value2: organisationKindOfRole[input.role], kind },
          ),
        },
      ]);
    }
  }
  const fields: string[] = [];
  if (input.displayName !== undefined && input.displayName !== user.displayName) {
    user.displayName = input.displayName;
    fields.push('displayName');
  }
  if (input.role !== undefined && input.role !== user.role) {
    user.role = input.role;
    fields.push('role');
  }
  if (input.active !== undefined && input.active !== user.active) {
    user.active = input.active;
    fields.push('active');
    if (!input.active) await endOpenSessions(ctx, user);
  }
  if (fields.length) {
    recordAudit(ctx, { action: 'user.updated', entityType: 'user', entityId: id, fields });
    await ctx.em.flush();
  }
  return toUserView(user);
}

/** A deactivated user's web sessions end now, with the reason kept (their tokens are refused already). */
async function endOpenSessions(ctx: RequestContext, user: User): Promise<void> {
  const open = await ctx.em.find(WebSession, { user: user.id, endedAt: null });
  for (const session of open) {
    session.endedAt = ctx.now;
    session.endReason = 'USER_DEACTIVATED';
  }
  if (open.length) {
    recordAudit(ctx, {
      action: 'web_session.ended',
      entityType: 'user',
      entityId: user.id,
      fields: ['USER_DEACTIVATED'],
    });
  }
}

/** The sign-in link in an invitation to a new staff account works this many days, and once. */
export const USER_INVITATION_DAYS = 7;

export type UserInvitation = {
  to: string;
  displayName: string;
  role: UserView['role'];
  organisationName: string;
  secret: string;
  expiresAt: Date;
};

/**
 * An invitation to sign in for a staff account: a single-use sign-in link of USER_INVITATION_DAYS
 * days (the caller mails it; the secret exists only in this answer). Asking again makes a new link;
 * an older one keeps working until it is used or expires. Not for inactive users or a person's own
 * account (the lifecoach invites the person).
 */
export async function inviteUser(ctx: RequestContext, id: string): Promise<UserInvitation> {
  assertCan(ctx.actor, Permission.ManageUsers);
  const user = await findInScope(ctx.em, User, id, userScope(ctx.actor), { nl: 'Dit account', en: 'User' });
  if (user.role === Role.JobSeeker) {
    throw validationError([
      {
        path: ['id'],
        message: say({
          nl: 'Een werkzoekende wordt uitgenodigd door de lifecoach.',
          en: 'A person is invited by their lifecoach.',
        }),
      },
    ]);
  }
  if (!user.active) {
    throw new AppError(
      ProblemCode.InvalidTransition,
      say({ nl: 'Dit account staat uit. Zet het eerst weer aan.', en: 'This account is inactive.' }),
    );
  }
  const organisation = await ctx.em.findOneOrFail(Organisation, { id: user.organisation.id });
  const link = await addSignInLink(ctx.em, user, ctx.now, USER_INVITATION_DAYS * 24 * 60);
  recordAudit(ctx, { action: 'user.invited', entityType: 'user', entityId: user.id });
  await ctx.em.flush();
  return {
    to: user.email,
    displayName: user.displayName,
    role: user.role,
    organisationName: organisation.name,
    secret: link.secret,
    expiresAt: link.expiresAt,
  };
}
