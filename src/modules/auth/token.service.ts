import type { EntityManager } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { AppError, notFound, ProblemCode } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { userScope } from '../users/user.access';
import { User } from '../users/user.entity';
import { ApiToken } from './api-token.entity';
import type { ApiTokenView, IssuedApiTokenView, IssueTokenInput } from './token.schemas';
import { newTokenSecret } from './token-secret';

const DAY_MS = 86_400_000;

export const toApiTokenView = (token: ApiToken): ApiTokenView => ({
  id: token.id,
  userId: token.user.id,
  label: token.label,
  prefix: token.prefix,
  createdAt: token.createdAt.toISOString(),
  expiresAt: token.expiresAt.toISOString(),
  revokedAt: token.revokedAt?.toISOString() ?? null,
});

/**
 * Creates a token in the unit of work and returns the secret, which exists only in this return
 * value. Shared by the API, the bootstrap CLI and the demo seed; the caller flushes.
 */
export async function createApiToken(
  em: EntityManager,
  user: User,
  options: { label: string; expiresInDays: number; createdByUserId: string | null; now: Date },
): Promise<IssuedApiTokenView> {
  const secret = await newTokenSecret();
  const token = em.create(ApiToken, {
    user,
    label: options.label,
    prefix: secret.prefix,
    secretHash: secret.secretHash,
    createdAt: options.now,
    createdByUserId: options.createdByUserId,
    expiresAt: new Date(options.now.getTime() + options.expiresInDays * DAY_MS),
    revokedAt: null,
  });
  return { ...toApiTokenView(token), token: secret.token };
}

export async function issueToken(
  ctx: RequestContext,
  userId: string,
  input: IssueTokenInput,
  defaultTtlDays: number,
): Promise<IssuedApiTokenView> {
  assertCan(ctx.actor, Permission.ManageTokens);
  const user = await findInScope(ctx.em, User, userId, userScope(ctx.actor), {
    nl: 'Dit account',
    en: 'User',
  });
  const issued = await createApiToken(ctx.em, user, {
    label: input.label,
    expiresInDays: input.expiresInDays ?? defaultTtlDays,
    createdByUserId: ctx.actor.userId,
    now: ctx.now,
  });
  recordAudit(ctx, { action: 'api_token.issued', entityType: 'api_token', entityId: issued.id });
  await ctx.em.flush();
  return issued;
}

export async function listTokens(ctx: RequestContext, userId: string): Promise<ApiTokenView[]> {
  assertCan(ctx.actor, Permission.ManageTokens);
  const user = await findInScope(ctx.em, User, userId, userScope(ctx.actor), {
    nl: 'Dit account',
    en: 'User',
  });
  const tokens = await ctx.em.find(ApiToken, { user }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  return tokens.map(toApiTokenView);
}

/** Admins revoke any token; everyone may revoke their own (for example after a leak). */
export async function revokeToken(ctx: RequestContext, tokenId: string): Promise<ApiTokenView> {
  const token = await ctx.em.findOne(ApiToken, { id: tokenId }, { populate: ['user'] });
  const isOwn = token?.user.id === ctx.actor.userId;
  if (!token || !isOwn) {
    assertCan(ctx.actor, Permission.ManageTokens);
    if (!token) throw notFound({ nl: 'Dit token', en: 'Token' });
  }
  if (!token.revokedAt) {
    token.revokedAt = ctx.now;
    recordAudit(ctx, { action: 'api_token.revoked', entityType: 'api_token', entityId: token.id });
    await ctx.em.flush();
  }
  return toApiTokenView(token);
}

export async function describeMe(ctx: RequestContext) {
  // The API is reached with a token only; a web session never gets here.
  const { tokenId } = ctx.actor;
  if (!tokenId) throw new AppError(ProblemCode.Unauthenticated, 'Send an API token.');
  const user = await ctx.em.findOneOrFail(User, { id: ctx.actor.userId }, { populate: ['organisation'] });
  return {
    userId: user.id,
    displayName: user.displayName,
    role: user.role,
    organisation: { id: user.organisation.id, name: user.organisation.name, kind: user.organisation.kind },
    tokenId,
  };
}
