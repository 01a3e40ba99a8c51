import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import {
  AppError,
  conflict,
  type FieldError,
  notFound,
  ProblemCode,
  validationError,
} from '../../http/problem';
import type { ReferenceData } from '../../reference/reference-data';
import { recordAudit } from '../audit/audit.service';
import { addDays, programmeToday } from '../readiness/review-dates';
import { User } from '../users/user.entity';
import {
  OnboardingPlanComment,
  OnboardingPlanItem,
  type PlanItemKind,
  type PlanItemStatus,
} from './onboarding-plan.entity';
import type {
  CreatePlanCommentInput,
  CreatePlanItemInput,
  OnboardingPlanView,
  PlanCommentView,
  PlanItemView,
  UpdatePlanItemInput,
} from './onboarding-plan.schemas';
import { assertRelation, findPlacementInScope, mayEditPlan, relationTo } from './placement.access';
import type { Placement } from './placement.entity';

const MAX_ITEMS = 50;
const MAX_COMMENTS = 500;
/** A target date lies at most this far after the start. */
const MAX_TARGET_DAYS = 2 * 365;

const KIND_LABELS_NL: Record<PlanItemKind, string> = { GOAL: 'Doel', LEARNING_ITEM: 'Leerpunt' };
const STATUS_LABELS_NL: Record<PlanItemStatus, string> = {
  PLANNED: 'Gepland',
  IN_PROGRESS: 'Bezig',
  DONE: 'Klaar',
  DROPPED: 'Vervallen',
};

const isOverdue = (item: OnboardingPlanItem, today: string) =>
  item.targetDate < today && item.status !== 'DONE' && item.status !== 'DROPPED';

function toCommentView(comment: OnboardingPlanComment, names: ReadonlyMap<string, string>): PlanCommentView {
  return {
    id: comment.id,
    itemId: comment.item?.id ?? null,
    text: comment.text,
    author: {
      userId: comment.authorUserId,
      displayName: names.get(comment.authorUserId) ?? null,
      role: comment.authorRole,
    },
    createdAt: comment.createdAt.toISOString(),
  };
}

function toItemView(
  item: OnboardingPlanItem,
  comments: readonly OnboardingPlanComment[],
  names: ReadonlyMap<string, string>,
  reference: ReferenceData,
  today: string,
): PlanItemView {
  return {
    id: item.id,
    placementId: item.placement.id,
    kind: item.kind,
    kindLabelNl: KIND_LABELS_NL[item.kind],
    title: item.title,
    description: item.description ?? null,
    targetDate: item.targetDate,
    status: item.status,
    statusLabelNl: STATUS_LABELS_NL[item.status],
    overdue: isOverdue(item, today),
    competences: item.competenceCodes.map((code) => ({
      code,
      labelNl: reference.catalogue.competence(code)?.labelNl ?? code,
    })),
    comments: comments.map((comment) => toCommentView(comment, names)),
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
    version: item.version,
  };
}

async function namesOf(ctx: RequestContext, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, string>();
  return new Map(
    (await ctx.em.find(User, { id: { $in: unique } })).map((user) => [user.id, user.displayName]),
  );
}

function contentProblems(
  input: { competenceCodes?: string[] | undefined; targetDate?: string | undefined },
  placement: Placement,
  reference: ReferenceData,
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  (input.competenceCodes ?? []).forEach((code, index) => {
    if (!reference.catalogue.hasCompetence(code)) {
      errors.push({
        path: ['competenceCodes', index],
        message: say({ nl: 'Onbekende competentie.', en: 'Unknown competence code.' }),
      });
    } else if (seen.has(code)) {
      errors.push({
        path: ['competenceCodes', index],
        message: say({ nl: 'Deze competentie staat er al.', en: 'Listed twice.' }),
      });
    }
    seen.add(code);
  });
  if (input.targetDate && placement.startDate) {
    if (input.targetDate < placement.startDate) {
      errors.push({
        path: ['targetDate'],
        message: say(
          { nl: 'Deze datum ligt voor de start ({startDate}).', en: 'Before the start.' },
          { startDate: placement.startDate },
        ),
      });
    } else if (input.targetDate > addDays(placement.startDate, MAX_TARGET_DAYS)) {
      errors.push({
        path: ['targetDate'],
        message: say({
          nl: 'Kies een datum binnen twee jaar na de start.',
          en: 'Within two years of the start.',
        }),
      });
    }
  }
  return errors;
}

function assertPlanOpen(placement: Placement): void {
  if (placement.status === 'ENDED' || placement.status === 'CANCELLED') {
    throw new AppError(
      ProblemCode.InvalidTransition,
      say({ nl: 'Deze plaatsing is afgesloten.', en: 'This placement is closed.' }),
    );
  }
}

const auditPlan = (ctx: RequestContext, placement: Placement, action: string, fields?: string[]) =>
  recordAudit(ctx, {
    action: `onboarding_plan.${action}`,
    entityType: 'placement',
    entityId: placement.id,
    subjectId: placement.jobSeeker.id,
    ...(fields ? { fields } : {}),
  });

/** The whole plan: items by target date, with their comments, and the comments on the plan itself. */
export async function getOnboardingPlan(
  ctx: RequestContext,
  reference: ReferenceData,
  placementId: string,
): Promise<OnboardingPlanView> {
  assertCan(ctx.actor, Permission.ReadPlacements);
  const placement = await findPlacementInScope(ctx, placementId);
  const items = await ctx.em.find(
    OnboardingPlanItem,
    { placement: placement.id },
    { orderBy: { targetDate: 'asc', createdAt: 'asc', id: 'asc' } },
  );
  const comments = await ctx.em.find(
    OnboardingPlanComment,
    { placement: placement.id },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const names = await namesOf(
    ctx,
    comments.map((comment) => comment.authorUserId),
  );
  const today = programmeToday(ctx.now);
  const itemViews = items.map((item) =>
    toItemView(
      item,
      comments.filter((comment) => comment.item?.id === item.id),
      names,
      reference,
      today,
    ),
  );
  auditPlan(ctx, placement, 'viewed');
  await ctx.em.flush();
  return {
    placementId: placement.id,
    items: itemViews,
    comments: comments.filter((comment) => !comment.item).map((comment) => toCommentView(comment, names)),
    progress: {
      total: items.filter((item) => item.status !== 'DROPPED').length,
      done: items.filter((item) => item.status === 'DONE').length,
      overdue: itemViews.filter((item) => item.overdue).length,
    },
    youMayEdit: mayEditPlan(relationTo(ctx.actor, placement)),
  };
}

const EDIT_DENIED = say({
  nl: 'Het inwerkplan is van de werkgever: de recruiter en de leidinggevende passen het aan; mentor en lifecoach geven commentaar.',
  en: 'The onboarding plan is the employer’s: mentor and lifecoach comment.',
});

export async function addPlanItem(
  ctx: RequestContext,
  reference: ReferenceData,
  placementId: string,
  input: CreatePlanItemInput,
): Promise<PlanItemView> {
  assertCan(ctx.actor, Permission.EditOnboardingPlan);
  const placement = await findPlacementInScope(ctx, placementId);
  assertRelation(mayEditPlan(relationTo(ctx.actor, placement)), EDIT_DENIED);
  assertPlanOpen(placement);
  const errors = contentProblems(input, placement, reference);
  if (errors.length) throw validationError(errors);
  if ((await ctx.em.count(OnboardingPlanItem, { placement: placement.id })) >= MAX_ITEMS) {
    throw conflict(
      say(
        { nl: 'Een inwerkplan heeft hoogstens {MAX_ITEMS} punten.', en: 'At most {MAX_ITEMS} items.' },
        { MAX_ITEMS },
      ),
    );
  }
  const item = ctx.em.create(OnboardingPlanItem, {
    placement,
    kind: input.kind,
    title: input.title,
    description: input.description,
    targetDate: input.targetDate,
    status: input.status,
    competenceCodes: input.competenceCodes,
    createdByUserId: ctx.actor.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  auditPlan(ctx, placement, 'item_added', ['kind', 'title', 'targetDate', 'status', 'competenceCodes']);
  await ctx.em.flush();
  return toItemView(item, [], new Map(), reference, programmeToday(ctx.now));
}

/** An item is found through its placement's scope: outside it, 404. */
async function findItemInScope(ctx: RequestContext, itemId: string) {
  const item = await ctx.em.findOne(OnboardingPlanItem, { id: itemId });
  if (!item) throw notFound({ nl: 'Dit onderdeel van het inwerkplan', en: 'Onboarding plan item' });
  try {
    return { item, placement: await findPlacementInScope(ctx, item.placement.id) };
  } catch {
    throw notFound({ nl: 'Dit onderdeel van het inwerkplan', en: 'Onboarding plan item' });
  }
}

export async function updatePlanItem(
  ctx: RequestContext,
  reference: ReferenceData,
  itemId: string,
  input: UpdatePlanItemInput,
): Promise<PlanItemView> {
  assertCan(ctx.actor, Permission.EditOnboardingPlan);
  const { item, placement } = await findItemInScope(ctx, itemId);
  assertRelation(mayEditPlan(relationTo(ctx.actor, placement)), EDIT_DENIED);
  assertVersion(item, input.version);
  assertPlanOpen(placement);
  const errors = contentProblems(input, placement, reference);
  if (errors.length) throw validationError(errors);
  const fields: string[] = [];
  if (input.title !== undefined && input.title !== item.title) {
    item.title = input.title;
    fields.push('title');
  }
  if (input.description !== undefined && input.description !== item.description) {
    item.description = input.description;
    fields.push('description');
  }
  if (input.targetDate !== undefined && input.targetDate !== item.targetDate) {
    item.targetDate = input.targetDate;
    fields.push('targetDate');
  }
  if (input.status !== undefined && input.status !== item.status) {
    item.status = input.status;
    fields.push('status');
  }
  if (input.competenceCodes !== undefined) {
    item.competenceCodes = input.competenceCodes;
    fields.push('competenceCodes');
  }
  if (fields.length > 0) {
    item.updatedAt = ctx.now;
    auditPlan(ctx, placement, 'item_updated', fields);
  }
  await ctx.em.flush();
  const comments = await ctx.em.find(
    OnboardingPlanComment,
    { item: item.id },
    { orderBy: { createdAt: 'asc' } },
  );
  const names = await namesOf(
    ctx,
    comments.map((comment) => comment.authorUserId),
  );
  return toItemView(item, comments, names, reference, programmeToday(ctx.now));
}

/** Everyone who sees the plan may comment on it: the mentor and the lifecoach above all. */
export async function addPlanComment(
  ctx: RequestContext,
  placementId: string,
  input: CreatePlanCommentInput,
): Promise<PlanCommentView> {
  assertCan(ctx.actor, Permission.CommentOnboardingPlan);
  const placement = await findPlacementInScope(ctx, placementId);
  let item: OnboardingPlanItem | null = null;
  if (input.itemId) {
    item = await ctx.em.findOne(OnboardingPlanItem, { id: input.itemId, placement: placement.id });
    if (!item) {
      throw validationError([
        {
          path: ['itemId'],
          message: say({ nl: 'Dit punt hoort niet bij dit inwerkplan.', en: 'Not an item of this plan.' }),
        },
      ]);
    }
  }
  if ((await ctx.em.count(OnboardingPlanComment, { placement: placement.id })) >= MAX_COMMENTS) {
    throw conflict(
      say(
        { nl: 'Hoogstens {MAX_COMMENTS} opmerkingen per plan.', en: 'At most {MAX_COMMENTS} comments.' },
        { MAX_COMMENTS },
      ),
    );
  }
  const comment = ctx.em.create(OnboardingPlanComment, {
    placement,
    item,
    text: input.text,
    authorUserId: ctx.actor.userId,
    authorRole: ctx.actor.role,
    createdAt: ctx.now,
  });
  auditPlan(ctx, placement, 'commented', ['text']);
  await ctx.em.flush();
  return toCommentView(comment, await namesOf(ctx, [ctx.actor.userId]));
}
