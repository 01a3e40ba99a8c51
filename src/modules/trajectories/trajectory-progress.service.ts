import { LockMode } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import { conflict, type FieldError, validationError } from '../../http/problem';
import type { ReferenceData } from '../../reference/reference-data';
import { recordAudit } from '../audit/audit.service';
import { programmeToday } from '../readiness/review-dates';
import { promptReassessment } from './reassessment-prompt.service';
import { TrajectoryProgressEntry } from './trajectory-placement.entity';
import type { ProgressEntryView, RecordProgressInput } from './trajectory-placement.schemas';
import { findPlacementInScope } from './trajectory-placement.service';
import { latestProfileOf } from './trajectory-placement.views';
import { ATTENDANCE_LABELS_NL, type CompetenceObservation, levelChanges } from './trajectory-rules';

function toProgressEntryView(entry: TrajectoryProgressEntry, reference: ReferenceData): ProgressEntryView {
  return {
    id: entry.id,
    placementId: entry.placement.id,
    type: entry.type,
    note: entry.note ?? null,
    observations:
      entry.observations?.map((observation) => ({
        ...observation,
        competenceLabel:
          reference.catalogue.competence(observation.competenceCode)?.labelNl ?? observation.competenceCode,
      })) ?? null,
    attendance: entry.attendance ?? null,
    attendanceLabelNl: entry.attendance ? ATTENDANCE_LABELS_NL[entry.attendance] : null,
    recordedAt: entry.recordedAt.toISOString(),
    recordedByUserId: entry.recordedByUserId,
  };
}

function checkObservations(
  observations: readonly CompetenceObservation[],
  reference: ReferenceData,
  from: string,
  today: string,
): void {
  const errors: FieldError[] = [];
  observations.forEach((observation, index) => {
    const path = ['observations', index];
    if (!reference.catalogue.hasCompetence(observation.competenceCode)) {
      errors.push({
        path: [...path, 'competenceCode'],
        message: say({
          nl: 'Onbekende competentie: deze code staat niet in de catalogus.',
          en: 'Unknown competence code.',
        }),
      });
    }
    if (observation.observedOn > today) {
      errors.push({
        path: [...path, 'observedOn'],
        message: say({ nl: 'Deze datum ligt in de toekomst.', en: 'This date is in the future.' }),
      });
    } else if (observation.observedOn < from) {
      errors.push({
        path: [...path, 'observedOn'],
        message: say(
          { nl: 'Deze datum ligt voor de start ({from}).', en: 'This date is before the start.' },
          { from },
        ),
      });
    }
  });
  if (errors.length > 0) throw validationError(errors);
}

/**
 * The provider records a progress note (from acceptance on), competence observations or
 * attendance (once started). Observed levels that differ from the talent profile prompt the
 * lifecoach to reassess. One entry per placement at a time (the placement row is locked).
 */
export async function recordProgress(
  ctx: RequestContext,
  reference: ReferenceData,
  placementId: string,
  input: RecordProgressInput,
): Promise<ProgressEntryView> {
  assertCan(ctx.actor, Permission.RecordTrajectoryProgress);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const placement = await findPlacementInScope(tx, placementId, ['jobSeeker']);
    await em.lock(placement, LockMode.PESSIMISTIC_WRITE);
    const allowed = input.type === 'NOTE' ? ['ACCEPTED', 'STARTED'] : ['STARTED'];
    if (!allowed.includes(placement.status)) {
      throw conflict(
        input.type === 'NOTE'
          ? say({
              nl: 'Een notitie kan alleen bij een geaccepteerde of lopende plaatsing.',
              en: 'A note needs an accepted or running placement.',
            })
          : say({
              nl: 'Dit kan pas als de persoon begonnen is: leg eerst de start vast.',
              en: 'Record the start first.',
            }),
        { status: placement.status },
      );
    }
    if (input.type === 'COMPETENCE_OBSERVATIONS') {
      checkObservations(
        input.observations,
        reference,
        placement.actualStartDate ?? '',
        programmeToday(ctx.now),
      );
    }
    const entry = em.create(TrajectoryProgressEntry, {
      placement,
      type: input.type,
      note: input.note ?? null,
      observations: null,
      attendance: null,
      recordedAt: ctx.now,
      recordedByUserId: ctx.actor.userId,
    });
    const fields = input.note ? ['note'] : [];
    if (input.type === 'COMPETENCE_OBSERVATIONS') {
      entry.observations = input.observations;
      fields.push('observations');
      const profile = await latestProfileOf(em, placement.jobSeeker.id);
      const levels = profile
        ? (profile.profile as { competenceLevels: Record<string, number> }).competenceLevels
        : null;
      const changes = levelChanges(levels, input.observations);
      if (changes.length > 0) await promptReassessment(tx, placement, 'LEVEL_CHANGED', changes);
    }
    if (input.type === 'ATTENDANCE') {
      entry.attendance = input.attendance;
      placement.attendance = input.attendance;
      fields.push('attendance');
    }
    recordAudit(tx, {
      action: 'trajectory_progress.recorded',
      entityType: 'trajectory_placement',
      entityId: placement.id,
      subjectId: placement.jobSeeker.id,
      fields,
    });
    await em.flush();
    return toProgressEntryView(entry, reference);
  });
}

/** Everything recorded during a placement, newest first: only the provider's own and the programme see it. */
export async function listProgress(
  ctx: RequestContext,
  reference: ReferenceData,
  placementId: string,
  query: PageQuery,
): Promise<Page<ProgressEntryView>> {
  assertCan(ctx.actor, Permission.ReadTrajectoryPlacements);
  const placement = await findPlacementInScope(ctx, placementId, ['jobSeeker']);
  const page = await findPage(ctx.em, TrajectoryProgressEntry, { placement: placement.id }, query, {
    recordedAt: 'desc',
  });
  recordAudit(ctx, {
    action: 'trajectory_progress.viewed',
    entityType: 'trajectory_placement',
    entityId: placement.id,
    subjectId: placement.jobSeeker.id,
  });
  await ctx.em.flush();
  return {
    items: page.items.map((entry) => toProgressEntryView(entry, reference)),
    nextCursor: page.nextCursor,
  };
}
