import type { FilterQuery } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import { probe } from '../../db/rows-exist';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import { conflict, notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { jobSeekerScope } from '../job-seekers/job-seeker.access';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { findOwnJobSeeker } from '../own-record/own-record.access';
import { User } from '../users/user.entity';
import { SegmentDecision } from './segment-decision.entity';
import { SegmentReaction } from './segment-reaction.entity';

// The person's own view on a segment decision, and the lifecoach's answer. The person writes; the
// lifecoach of the person's caseload answers once; both read the pair with the decision.

export type SegmentReactionView = {
  id: string;
  decisionId: string;
  text: string;
  writtenAt: string;
  answer: string | null;
  answeredAt: string | null;
  /** The display name of the lifecoach who answered (a colleague's name, shown to the person too). */
  answeredBy: string | null;
  version: number;
};

export type OpenSegmentReactionView = SegmentReactionView & { jobSeekerId: string; fullName: string };

async function answererNames(ctx: RequestContext, reactions: readonly SegmentReaction[]) {
  const ids = [...new Set(reactions.flatMap((reaction) => reaction.answeredByUserId ?? []))];
  if (!ids.length) return new Map<string, string>();
  const users = await ctx.em.find(User, { id: { $in: ids } });
  return new Map(users.map((user) => [user.id, user.displayName]));
}

const toView = (reaction: SegmentReaction, names: ReadonlyMap<string, string>): SegmentReactionView => ({
  id: reaction.id,
  decisionId: reaction.decision.id,
  text: reaction.text,
  writtenAt: reaction.writtenAt.toISOString(),
  answer: reaction.answer ?? null,
  answeredAt: reaction.answeredAt?.toISOString() ?? null,
  answeredBy: reaction.answeredByUserId ? (names.get(reaction.answeredByUserId) ?? null) : null,
  version: reaction.version,
});

/** The reactions of one person, oldest first, with their answers (for the record and the lifecoach page). */
export async function reactionsOf(ctx: RequestContext, jobSeekerId: string): Promise<SegmentReactionView[]> {
  const reactions = await ctx.em.find(
    SegmentReaction,
    { jobSeeker: jobSeekerId },
    { orderBy: { writtenAt: 'asc', id: 'asc' } },
  );
  const names = await answererNames(ctx, reactions);
  return reactions.map((reaction) => toView(reaction, names));
}

/**
 * The person reacts to one of their own segment decisions. It changes nothing by itself: the
 * lifecoach reads it in Today and answers it.
 */
export async function reactToOwnSegmentDecision(
  ctx: RequestContext,
  decisionId: string,
  input: { text: string },
): Promise<SegmentReactionView> {
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findOwnJobSeeker(tx, Permission.ReactToOwnSegment);
    const decision = await em.findOne(SegmentDecision, { id: decisionId, jobSeeker: jobSeeker.id });
    if (!decision) throw notFound({ nl: 'Dit segmentbesluit', en: 'Segment decision' });
    const reaction = em.create(SegmentReaction, {
      decision,
      jobSeeker,
      text: input.text,
      writtenAt: ctx.now,
      answer: null,
      answeredByUserId: null,
      answeredAt: null,
    });
    recordAudit(tx, {
      action: 'segment_reaction.created',
      entityType: 'segment_decision',
      entityId: decision.id,
      subjectId: jobSeeker.id,
      fields: ['text'],
    });
    await em.flush();
    return toView(reaction, new Map());
  });
}

/** Reactions without an answer of the lifecoach's caseload, oldest first (Today). Audited per person. */
/** Reactions not answered yet, of the people in the actor's scope. */
export const openSegmentReactionsWhere = (ctx: RequestContext): FilterQuery<SegmentReaction> => ({
  answeredAt: null,
  jobSeeker: jobSeekerScope(ctx.actor),
});

export const openSegmentReactionsProbe = (ctx: RequestContext) =>
  probe(SegmentReaction, openSegmentReactionsWhere(ctx));

export async function listOpenSegmentReactions(
  ctx: RequestContext,
  query: PageQuery,
): Promise<Page<OpenSegmentReactionView>> {
  assertCan(ctx.actor, Permission.AnswerSegmentReactions);
  const page = await findPage(ctx.em, SegmentReaction, openSegmentReactionsWhere(ctx), query, {
    writtenAt: 'asc',
  });
  await ctx.em.populate(page.items, ['jobSeeker']);
  for (const reaction of page.items) {
    recordAudit(ctx, {
      action: 'segment_reaction.listed',
      entityType: 'segment_decision',
      entityId: reaction.decision.id,
      subjectId: reaction.jobSeeker.id,
    });
  }
  if (page.items.length) await ctx.em.flush();
  return {
    items: page.items.map((reaction) => ({
      ...toView(reaction, new Map()),
      jobSeekerId: reaction.jobSeeker.id,
      fullName: reaction.jobSeeker.fullName,
    })),
    nextCursor: page.nextCursor,
  };
}

/** The person's reactions for their lifecoach's page; audited as a read of the person's segment. */
export async function listSegmentReactions(
  ctx: RequestContext,
  jobSeekerId: string,
): Promise<{ items: SegmentReactionView[] }> {
  assertCan(ctx.actor, Permission.ReadSegments);
  const person = await findInScope(ctx.em, JobSeeker, jobSeekerId, jobSeekerScope(ctx.actor), {
    nl: 'Deze persoon',
    en: 'Job seeker',
  });
  const items = await reactionsOf(ctx, person.id);
  if (items.length) {
    recordAudit(ctx, { action: 'segment_reaction.viewed', entityType: 'job_seeker', entityId: person.id });
    await ctx.em.flush();
  }
  return { items };
}

/** The lifecoach answers a reaction once; the person reads the answer with the decision. */
export async function answerSegmentReaction(
  ctx: RequestContext,
  reactionId: string,
  input: { answer: string; version: number },
): Promise<SegmentReactionView> {
  assertCan(ctx.actor, Permission.AnswerSegmentReactions);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const reaction = await findInScope(
      em,
      SegmentReaction,
      reactionId,
      { jobSeeker: jobSeekerScope(ctx.actor) },
      { nl: 'Deze reactie', en: 'Reaction' },
    );
    assertVersion(reaction, input.version);
    if (reaction.answeredAt) {
      throw conflict(
        say({ nl: 'Deze reactie is al beantwoord.', en: 'This reaction has been answered already.' }),
      );
    }
    reaction.answer = input.answer;
    reaction.answeredAt = ctx.now;
    reaction.answeredByUserId = ctx.actor.userId;
    recordAudit(tx, {
      action: 'segment_reaction.answered',
      entityType: 'segment_decision',
      entityId: reaction.decision.id,
      subjectId: reaction.jobSeeker.id,
      fields: ['answer'],
    });
    await em.flush();
    return toView(reaction, await answererNames(tx, [reaction]));
  });
}
