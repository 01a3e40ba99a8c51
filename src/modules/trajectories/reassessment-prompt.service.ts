import { type FilterQuery, raw } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { probe } from '../../db/rows-exist';
import type { RequestContext } from '../../http/context';
import { findPage, type Page } from '../../http/pagination';
import type { ReferenceData } from '../../reference/reference-data';
import { TalentProfileRecord } from '../assessments/assessment.entity';
import { recordAudit, saveReadAudit } from '../audit/audit.service';
import { reassessmentPromptScope } from './trajectory.access';
import {
  type PromptReason,
  ReassessmentPrompt,
  type TrajectoryPlacement,
} from './trajectory-placement.entity';
import type { ListReassessmentPromptsQuery, ReassessmentPromptView } from './trajectory-placement.schemas';
import { type LevelChange, mergeLevelChanges } from './trajectory-rules';

export const PROMPT_REASON_LABELS_NL: Record<PromptReason, string> = {
  COMPLETED: 'Het traject is afgerond.',
  LEVEL_CHANGED:
    'De aanbieder ziet een ander niveau bij een of meer competenties dan in het talentenprofiel staat.',
};

/** SQL: a talent profile of the prompt's person was made after the prompt. */
const answeredSql = (alias: string) =>
  `exists (select 1 from talent_profile tp where tp.job_seeker_id = ${alias}.job_seeker_id and tp.created_at > ${alias}.created_at)`;

/** Whether a talent profile was made for this person after the prompt. */
async function isAnswered(ctx: RequestContext, prompt: ReassessmentPrompt): Promise<boolean> {
  return (
    (await ctx.em.count(TalentProfileRecord, {
      jobSeeker: prompt.jobSeeker.id,
      createdAt: { $gt: prompt.createdAt },
    })) > 0
  );
}

/**
 * Asks the lifecoach to reassess, in the caller's unit of work: joins the placement's open prompt
 * when there is one, otherwise starts a new one. Call with the placement locked.
 */
export async function promptReassessment(
  ctx: RequestContext,
  placement: TrajectoryPlacement,
  reason: PromptReason,
  changes: readonly LevelChange[],
): Promise<ReassessmentPrompt> {
  const latest = await ctx.em.findOne(ReassessmentPrompt, { placement }, { orderBy: { createdAt: 'desc' } });
  if (latest && !(await isAnswered(ctx, latest))) {
    latest.reasons = latest.reasons.includes(reason) ? latest.reasons : [...latest.reasons, reason];
    latest.levelChanges = mergeLevelChanges(latest.levelChanges, changes);
    latest.updatedAt = ctx.now;
    recordAudit(ctx, {
      action: 'reassessment_prompt.updated',
      entityType: 'reassessment_prompt',
      entityId: latest.id,
      subjectId: placement.jobSeeker.id,
      fields: ['reasons', 'levelChanges'],
    });
    return latest;
  }
  const prompt = ctx.em.create(ReassessmentPrompt, {
    jobSeeker: placement.jobSeeker,
    placement,
    reasons: [reason],
    levelChanges: [...changes],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  recordAudit(ctx, {
    action: 'reassessment_prompt.created',
    entityType: 'reassessment_prompt',
    entityId: prompt.id,
    subjectId: placement.jobSeeker.id,
  });
  return prompt;
}

/**
 * Reassessment prompts of the lifecoach's caseload (programme staff: all, or one lifecoach's),
 * newest first. A prompt is answered by the first talent profile made after it.
 */
/** The prompts in the actor's scope, open or answered as the query asks. */
export function reassessmentPromptsWhere(
  ctx: RequestContext,
  query: Pick<ListReassessmentPromptsQuery, 'status' | 'lifecoachId'>,
): FilterQuery<ReassessmentPrompt> {
  const status =
    query.status === 'OPEN'
      ? { [raw((alias: string) => `not ${answeredSql(alias)}`)]: [] }
      : query.status === 'ANSWERED'
        ? { [raw((alias: string) => answeredSql(alias))]: [] }
        : {};
  return {
    $and: [
      status,
      query.lifecoachId ? { jobSeeker: { responsibleLifecoach: query.lifecoachId } } : {},
      reassessmentPromptScope(ctx.actor),
    ],
  };
}

export const reassessmentPromptsProbe = (
  ctx: RequestContext,
  query: Pick<ListReassessmentPromptsQuery, 'status' | 'lifecoachId'>,
) => probe(ReassessmentPrompt, reassessmentPromptsWhere(ctx, query));

export async function listReassessmentPrompts(
  ctx: RequestContext,
  reference: ReferenceData,
  query: ListReassessmentPromptsQuery,
): Promise<Page<ReassessmentPromptView>> {
  assertCan(ctx.actor, Permission.ReadReassessmentPrompts);
  const page = await findPage(
    ctx.em,
    ReassessmentPrompt,
    reassessmentPromptsWhere(ctx, query),
    query,
    { createdAt: 'desc' },
    ['jobSeeker', 'placement', 'placement.offering', 'placement.provider'],
  );
  // Open prompts are by definition not answered yet; otherwise only a profile's number and date tell.
  const profiles =
    query.status === 'OPEN'
      ? []
      : await ctx.em.find(
          TalentProfileRecord,
          { jobSeeker: { $in: [...new Set(page.items.map((prompt) => prompt.jobSeeker.id))] } },
          { orderBy: { profileNumber: 'asc' }, fields: ['profileNumber', 'createdAt', 'jobSeeker'] },
        );
  const items = page.items.map((prompt): ReassessmentPromptView => {
    const answeredBy = profiles.find(
      (profile) => profile.jobSeeker.id === prompt.jobSeeker.id && profile.createdAt > prompt.createdAt,
    );
    return {
      id: prompt.id,
      jobSeekerId: prompt.jobSeeker.id,
      fullName: prompt.jobSeeker.fullName,
      placementId: prompt.placement.id,
      offeringTitle: prompt.placement.offering.title,
      providerName: prompt.placement.provider.name,
      reasons: prompt.reasons,
      reasonsNl: prompt.reasons.map((reason) => PROMPT_REASON_LABELS_NL[reason]),
      levelChanges: prompt.levelChanges.map((change) => ({
        ...change,
        competenceLabel:
          reference.catalogue.competence(change.competenceCode)?.labelNl ?? change.competenceCode,
      })),
      createdAt: prompt.createdAt.toISOString(),
      updatedAt: prompt.updatedAt.toISOString(),
      answered: answeredBy !== undefined,
      answeredByProfileNumber: answeredBy?.profileNumber ?? null,
    };
  });
  for (const item of items) {
    recordAudit(ctx, {
      action: 'reassessment_prompt.listed',
      entityType: 'reassessment_prompt',
      entityId: item.id,
      subjectId: item.jobSeekerId,
    });
  }
  await saveReadAudit(ctx);
  return { items, nextCursor: page.nextCursor };
}
