import type { EntityManager } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import type { RequestContext } from '../../http/context';
import { conflict, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { addSignInLink } from '../auth/sign-in.service';
import { hashToken } from '../auth/token-secret';
import { WebSession } from '../auth/web-session.entity';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import type { JobSeeker } from '../job-seekers/job-seeker.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { normaliseSignInCode, randomSignInCode, SIGN_IN_CODE_DAYS } from './sign-in-code';
import { SignInCode } from './sign-in-code.entity';

/** The link in an invitation e-mail works a week, like a printed code, and once. */
export const INVITATION_LINK_DAYS = 7;
const DAY_MS = 86_400_000;

/** The address of an account without e-mail: the reserved .invalid domain delivers nowhere. */
const noEmailAddress = (jobSeekerId: string) => `persoon-${jobSeekerId}@geen-e-mail.invalid`;
export const hasRealEmail = (user: User) => !user.email.endsWith('.invalid');

/**
 * The person's own account (role JOB_SEEKER in the lifecoach's programme organisation, linked to
 * the job seeker), made on the first invitation and reused after that.
 */
async function personAccount(ctx: RequestContext, jobSeeker: JobSeeker): Promise<User> {
  const existing = await ctx.em.findOne(User, { jobSeeker: jobSeeker.id, role: Role.JobSeeker });
  if (existing) return existing;
  return ctx.em.create(User, {
    organisation: ctx.em.getReference(Organisation, ctx.actor.organisationId),
    displayName: jobSeeker.fullName,
    email: noEmailAddress(jobSeeker.id),
    role: Role.JobSeeker,
    active: true,
    jobSeeker,
  });
}

export type EmailInvitation = { to: string; displayName: string; secret: string; expiresAt: Date };

/**
 * Invites the person by e-mail: their account signs in with the address recorded for them, and the
 * invitation carries a sign-in link of a week. Later they ask for a link at /inloggen like anyone.
 */
export async function inviteByEmail(ctx: RequestContext, jobSeekerId: string): Promise<EmailInvitation> {
  assertCan(ctx.actor, Permission.InviteToOwnRecord);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findJobSeekerInScope(tx, jobSeekerId, []);
    const email = jobSeeker.email?.trim().toLowerCase();
    if (!email) {
      throw validationError([
        { path: ['email'], message: 'Er is geen e-mailadres bekend. Geef een brief met een inlogcode.' },
      ]);
    }
    const account = await personAccount(tx, jobSeeker);
    const taken = await em.findOne(User, { email: { $ilike: email }, id: { $ne: account.id } });
    if (taken) {
      throw conflict('Dit e-mailadres hoort al bij een ander account. Geef een brief met een inlogcode.');
    }
    account.email = email;
    account.displayName = jobSeeker.fullName;
    account.active = true;
    const link = await addSignInLink(em, account, ctx.now, INVITATION_LINK_DAYS * 24 * 60);
    recordAudit(tx, {
      action: 'own_record.invited_by_email',
      entityType: 'job_seeker',
      entityId: jobSeeker.id,
    });
    await em.flush();
    return { to: email, displayName: jobSeeker.fullName, secret: link.secret, expiresAt: link.expiresAt };
  });
}

export type PrintedCode = { code: string; expiresAt: Date; fullName: string; jobSeekerId: string };

/**
 * A new printed sign-in code for the person's letter. Any earlier code that was not used yet ends
 * now: only the newest letter works. The code itself exists only in this answer (and on paper).
 */
export async function issuePrintedCode(ctx: RequestContext, jobSeekerId: string): Promise<PrintedCode> {
  assertCan(ctx.actor, Permission.InviteToOwnRecord);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findJobSeekerInScope(tx, jobSeekerId, []);
    const account = await personAccount(tx, jobSeeker);
    account.active = true;
    await em.flush();
    await em.nativeUpdate(
      SignInCode,
      { user: account.id, usedAt: null, endedAt: null },
      { endedAt: ctx.now },
    );
    const code = randomSignInCode();
    const expiresAt = new Date(ctx.now.getTime() + SIGN_IN_CODE_DAYS * DAY_MS);
    em.create(SignInCode, {
      user: account,
      codeHash: await hashSignInCode(code),
      createdAt: ctx.now,
      createdByUserId: ctx.actor.userId,
      expiresAt,
      usedAt: null,
      endedAt: null,
    });
    recordAudit(tx, { action: 'sign_in_code.issued', entityType: 'job_seeker', entityId: jobSeeker.id });
    await em.flush();
    return { code, expiresAt, fullName: jobSeeker.fullName, jobSeekerId: jobSeeker.id };
  });
}

const hashSignInCode = (normalised: string) => hashToken(`sign-in-code:${normalised.replace(/-/g, '')}`);

/**
 * Uses a printed code: answers the person's account when the code exists, was not used, was not
 * replaced by a newer letter and has not expired — marked used in the same statement, so it never
 * works twice.
 */
export async function redeemSignInCode(em: EntityManager, typed: string, now: Date): Promise<User | null> {
  const normalised = normaliseSignInCode(typed);
  if (!normalised) return null;
  const codeHash = await hashSignInCode(normalised);
  const used = await em.nativeUpdate(
    SignInCode,
    { codeHash, usedAt: null, endedAt: null, expiresAt: { $gt: now } },
    { usedAt: now },
  );
  if (used !== 1) return null;
  const stored = await em.findOne(SignInCode, { codeHash }, { populate: ['user', 'user.organisation'] });
  const user = stored?.user;
  return user?.active && user.role === Role.JobSeeker ? user : null;
}

/** Whether the person has an account, and how it signs in: for the lifecoach's invitation page. */
export async function personAccountState(
  ctx: RequestContext,
  jobSeekerId: string,
): Promise<{ hasAccount: boolean; signsInByEmail: boolean; lastSignedInAt: Date | null }> {
  assertCan(ctx.actor, Permission.InviteToOwnRecord);
  const jobSeeker = await findJobSeekerInScope(ctx, jobSeekerId, []);
  const account = await ctx.em.findOne(User, { jobSeeker: jobSeeker.id, role: Role.JobSeeker });
  if (!account) return { hasAccount: false, signsInByEmail: false, lastSignedInAt: null };
  const last = await ctx.em.findOne(WebSession, { user: account.id }, { orderBy: { createdAt: 'desc' } });
  return { hasAccount: true, signsInByEmail: hasRealEmail(account), lastSignedInAt: last?.createdAt ?? null };
}
