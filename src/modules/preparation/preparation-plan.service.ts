import type { EntityManager } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { conflict, validationError } from '../../http/problem';
import type { ReferenceData } from '../../reference/reference-data';
import { recordAudit, saveReadAudit } from '../audit/audit.service';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import type { JobSeeker } from '../job-seekers/job-seeker.entity';
import type { PreparationForExplanation } from '../matching/candidate-views';
import { findOwnJobSeeker } from '../own-record/own-record.access';
import { programmeToday } from '../readiness/review-dates';
import { TrajectoryOffering } from '../trajectories/trajectory-offering.entity';
import { PreparationPlan } from './preparation-plan.entity';
import type {
  PreparationPlanAnswer,
  PreparationPlanView,
  PutPreparationPlanInput,
} from './preparation-plan.schemas';
import {
  checkPreparationPlan,
  competencesInPreparation,
  DEFAULT_PREPARATION_INTENSITY,
  isPreparationSegment,
  languageCodesInPlan,
  MODULE_STATUS_LABELS_NL,
  type PreparationIntensity,
  plannedEndDate,
  progressOf,
} from './preparation-rules';

// The preparation plan of a person in READY or LATER: the lifecoach keeps it with the person; the
// person reads it in their own space; matching reads which competences it works on.

export type PreparationDependencies = { reference: ReferenceData; intensity: PreparationIntensity };

export const defaultPreparationDependencies = (reference: ReferenceData): PreparationDependencies => ({
  reference,
  intensity: DEFAULT_PREPARATION_INTENSITY,
});

async function offeringsById(em: EntityManager, ids: readonly string[]) {
  if (!ids.length) return new Map<string, TrajectoryOffering>();
  const offerings = await em.find(TrajectoryOffering, { id: { $in: [...ids] } }, { populate: ['provider'] });
  return new Map(offerings.map((offering) => [offering.id, offering]));
}

function toView(
  plan: PreparationPlan,
  offerings: ReadonlyMap<string, TrajectoryOffering>,
  deps: PreparationDependencies,
  today: string,
): PreparationPlanView {
  const label = (code: string) => deps.reference.catalogue.competence(code)?.labelNl ?? code;
  const modules = plan.modules.flatMap((row) => {
    const offering = offerings.get(row.offeringId);
    if (!offering) return [];
    return [
      {
        offeringId: offering.id,
        title: offering.title,
        providerName: offering.provider.name,
        hoursPerWeek: offering.hoursPerWeek,
        durationWeeks: offering.durationWeeks,
        competences: offering.competenceCodes.map((code) => ({ code, label: label(code) })),
        status: row.status,
        statusLabelNl: MODULE_STATUS_LABELS_NL[row.status],
      },
    ];
  });
  return {
    id: plan.id,
    jobSeekerId: plan.jobSeeker.id,
    segment: plan.segment,
    modules,
    focusCompetences: plan.focusCompetenceCodes.map((code) => ({ code, label: label(code) })),
    startDate: plan.startDate,
    plannedWeeks: plan.plannedWeeks,
    maxWeeks: deps.intensity[plan.segment],
    plannedEndDate: plannedEndDate(plan.startDate, plan.plannedWeeks),
    readyToMeetDate: plan.readyToMeetDate ?? null,
    progress: progressOf(plan.modules, plan.startDate, plan.plannedWeeks, today),
    updatedAt: plan.updatedAt.toISOString(),
    version: plan.version,
  };
}

async function answerFor(
  ctx: RequestContext,
  jobSeeker: JobSeeker,
  deps: PreparationDependencies,
): Promise<PreparationPlanAnswer> {
  const plan = await ctx.em.findOne(PreparationPlan, { jobSeeker: jobSeeker.id });
  const offerings = await offeringsById(ctx.em, plan?.modules.map((row) => row.offeringId) ?? []);
  const segment = jobSeeker.currentSegment ?? null;
  return {
    jobSeekerId: jobSeeker.id,
    segment,
    maxWeeks: isPreparationSegment(segment) ? deps.intensity[segment] : null,
    plan: plan ? toView(plan, offerings, deps, programmeToday(ctx.now)) : null,
  };
}

/** The plan of a person of the caller's caseload (lifecoach) or of anyone (programme staff); audited. */
export async function getPreparationPlan(
  ctx: RequestContext,
  deps: PreparationDependencies,
  jobSeekerId: string,
): Promise<PreparationPlanAnswer> {
  assertCan(ctx.actor, Permission.ReadPreparationPlans);
  const jobSeeker = await findJobSeekerInScope(ctx, jobSeekerId, []);
  const answer = await answerFor(ctx, jobSeeker, deps);
  recordAudit(ctx, { action: 'preparation_plan.viewed', entityType: 'job_seeker', entityId: jobSeeker.id });
  await saveReadAudit(ctx);
  return answer;
}

/** The signed-in person's own plan (their own space); audited as a read of their own record. */
export async function getOwnPreparationPlan(
  ctx: RequestContext,
  deps: PreparationDependencies,
): Promise<PreparationPlanAnswer> {
  const jobSeeker = await findOwnJobSeeker(ctx, Permission.ReadOwnRecord);
  const answer = await answerFor(ctx, jobSeeker, deps);
  recordAudit(ctx, {
    action: 'own_record.preparation_plan_viewed',
    entityType: 'job_seeker',
    entityId: jobSeeker.id,
  });
  await saveReadAudit(ctx);
  return answer;
}

/**
 * The lifecoach saves the plan agreed with the person: the training modules (TRAINING_MODULE
 * offerings) with their progress, the competences to work on, the weeks, and the moment to meet
 * employers. Only for READY and LATER (409 otherwise); the weeks are capped by the segment's
 * intensity; every refused field is named (422) and nothing is written.
 */
export async function putPreparationPlan(
  ctx: RequestContext,
  deps: PreparationDependencies,
  jobSeekerId: string,
  input: PutPreparationPlanInput,
): Promise<PreparationPlanView> {
  assertCan(ctx.actor, Permission.ManagePreparationPlans);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findJobSeekerInScope(tx, jobSeekerId, []);
    const segment = jobSeeker.currentSegment ?? null;
    if (!isPreparationSegment(segment)) {
      throw conflict(
        'Een voorbereidingsplan is voor mensen in ‘nu klaar voor werk’ of ‘kansrijk voor werk op termijn’ / A preparation plan is for people in READY or LATER.',
        { segment },
      );
    }
    const offerings = await offeringsById(
      em,
      input.modules.map((module) => module.offeringId),
    );
    const errors: { path: (string | number)[]; message: string }[] = [];
    input.modules.forEach((module, index) => {
      const offering = offerings.get(module.offeringId);
      if (offering?.kind !== 'TRAINING_MODULE') {
        errors.push({
          path: ['modules', index, 'offeringId'],
          message: say({
            nl: 'Dit is geen training ter voorbereiding op werk.',
            en: 'Not a TRAINING_MODULE offering.',
          }),
        });
      }
    });
    input.focusCompetenceCodes.forEach((code, index) => {
      if (!deps.reference.catalogue.competence(code)) {
        errors.push({
          path: ['focusCompetenceCodes', index],
          message: say({
            nl: 'Deze competentie staat niet in de catalogus.',
            en: 'Unknown competence code.',
          }),
        });
      }
    });
    if (errors.length) throw validationError(errors);
    const problems = checkPreparationPlan(
      {
        segment,
        startDate: input.startDate,
        plannedWeeks: input.plannedWeeks,
        readyToMeetDate: input.readyToMeetDate,
        modules: input.modules.map((module) => {
          const offering = offerings.get(module.offeringId) as TrajectoryOffering;
          return {
            offeringId: module.offeringId,
            status: module.status,
            competenceCodes: offering.competenceCodes,
            durationWeeks: offering.durationWeeks,
          };
        }),
      },
      deps.intensity,
    );
    if (problems.length) {
      throw validationError(problems.map((problem) => ({ path: problem.path, message: problem.messageNl })));
    }

    let plan = await em.findOne(PreparationPlan, { jobSeeker: jobSeeker.id });
    const existed = plan !== null;
    const values = {
      segment,
      modules: input.modules.map((module) => ({ offeringId: module.offeringId, status: module.status })),
      focusCompetenceCodes: [...new Set(input.focusCompetenceCodes)],
      startDate: input.startDate,
      plannedWeeks: input.plannedWeeks,
      readyToMeetDate: input.readyToMeetDate,
      updatedByUserId: ctx.actor.userId,
    };
    if (plan) {
      if (input.version === undefined) {
        throw validationError([
          {
            path: ['version'],
            message: say({ nl: 'Stuur de versie van het plan mee.', en: 'Send the plan’s version.' }),
          },
        ]);
      }
      assertVersion(plan, input.version);
      Object.assign(plan, values);
    } else {
      plan = em.create(PreparationPlan, { ...values, jobSeeker, createdByUserId: ctx.actor.userId });
    }
    recordAudit(tx, {
      action: existed ? 'preparation_plan.updated' : 'preparation_plan.created',
      entityType: 'preparation_plan',
      entityId: plan.id,
      subjectId: jobSeeker.id,
      fields: Object.keys(values).filter((key) => key !== 'updatedByUserId'),
    });
    await em.flush();
    return toView(plan, offerings, deps, programmeToday(ctx.now));
  });
}

/**
 * What each person's plan works on (for the matching explanations): its competences and those of its
 * language modules; one query for the plans and one for their offerings. People without a plan are
 * missing from the map.
 */
export async function preparationForExplanations(
  em: EntityManager,
  reference: ReferenceData,
  jobSeekerIds: readonly string[],
  maxLevels: number,
): Promise<Map<string, PreparationForExplanation>> {
  if (!jobSeekerIds.length) return new Map();
  const plans = await em.find(PreparationPlan, { jobSeeker: { $in: [...jobSeekerIds] } });
  if (!plans.length) return new Map();
  const offerings = await offeringsById(
    em,
    plans.flatMap((plan) => plan.modules.map((row) => row.offeringId)),
  );
  const isLanguage = (code: string) => reference.catalogue.competence(code)?.kind === 'language';
  return new Map(
    plans.map((plan) => {
      const modules = plan.modules.map((row) => ({
        status: row.status,
        competenceCodes: offerings.get(row.offeringId)?.competenceCodes ?? [],
      }));
      return [
        plan.jobSeeker.id,
        {
          competences: competencesInPreparation(modules, plan.focusCompetenceCodes),
          languages: languageCodesInPlan(modules, isLanguage),
          maxLevels,
        },
      ];
    }),
  );
}
