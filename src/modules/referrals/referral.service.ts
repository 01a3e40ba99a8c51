import type { EntityManager } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import { findInScope } from '../../access/scopes';
import type { Actor, RequestContext } from '../../http/context';
import { findPage, type Page } from '../../http/pagination';
import { Assessment } from '../assessments/assessment.entity';
import { recordAudit, saveReadAudit } from '../audit/audit.service';
import { Candidacy } from '../candidacies/candidacy.entity';
import { ErasureRequest, openErasureStatuses } from '../erasure/erasure.entity';
import { JobSeeker, LifecoachAssignment } from '../job-seekers/job-seeker.entity';
import { Placement } from '../placements/placement.entity';
import { RUNNING_STATUSES } from '../placements/placement-rules';
import { SegmentDecision } from '../readiness/segment-decision.entity';
import { TrajectoryPlacement } from '../trajectories/trajectory-placement.entity';
import type { ListReferralsQuery, ReferralView } from './referral.schemas';
import {
  type ReferralStatus,
  referralStatus,
  referralStatusExplanations,
  referralStatusLabels,
} from './referral-status';

/**
 * The referrals of the caller's own partner organisation: the people it registered, never erased
 * ones. Another partner's referral is simply not found.
 */
const referralScope = (actor: Actor) =>
  actor.role === Role.PartnerWorker
    ? { referringOrganisation: actor.organisationId, erasedAt: null }
    : { id: { $in: [] as string[] } };

const idsOf = (rows: { jobSeeker: { id: string } }[]) => new Set(rows.map((row) => row.jobSeeker.id));

/** The status of each person, from a handful of queries for the whole page. */
async function statusesOf(em: EntityManager, people: JobSeeker[]): Promise<Map<string, ReferralStatus>> {
  const ids = people.map((person) => person.id);
  if (!ids.length) return new Map();
  const inPeople = { jobSeeker: { $in: ids } };
  const fields = { fields: ['jobSeeker'] } as const;
  const [stops, running, ended, assessments, segments, trajectories, candidacies, conversations] =
    await Promise.all([
      em.find(ErasureRequest, { ...inPeople, status: { $in: [...openErasureStatuses] } }, fields),
      em.find(Placement, { ...inPeople, status: { $in: [...RUNNING_STATUSES] } }, fields),
      em.find(Placement, { ...inPeople, status: { $nin: [...RUNNING_STATUSES] } }, fields),
      em.find(Assessment, inPeople, fields),
      em.find(SegmentDecision, inPeople, fields),
      em.find(TrajectoryPlacement, inPeople, fields),
      em.find(Candidacy, inPeople, fields),
      em.find(LifecoachAssignment, { ...inPeople, firstContactAt: { $ne: null } }, fields),
    ]);
  const stopped = idsOf(stops);
  const atWork = idsOf(running);
  const started = new Set([
    ...idsOf(ended),
    ...idsOf(assessments),
    ...idsOf(segments),
    ...idsOf(trajectories),
    ...idsOf(candidacies),
  ]);
  const spoken = idsOf(conversations);
  return new Map(
    ids.map((id) => [
      id,
      referralStatus({
        stopped: stopped.has(id),
        runningPlacement: atWork.has(id),
        workStarted: started.has(id),
        firstConversation: spoken.has(id),
      }),
    ]),
  );
}

/** The partner's own note: the handover note of the person's first lifecoach period. */
async function referralNotesOf(em: EntityManager, people: JobSeeker[]): Promise<Map<string, string | null>> {
  if (!people.length) return new Map();
  const assignments = await em.find(
    LifecoachAssignment,
    { jobSeeker: { $in: people.map((person) => person.id) } },
    { orderBy: { startedAt: 'asc', id: 'asc' } },
  );
  const notes = new Map<string, string | null>();
  for (const assignment of assignments) {
    if (!notes.has(assignment.jobSeeker.id))
      notes.set(assignment.jobSeeker.id, assignment.handoverNote ?? null);
  }
  return notes;
}

function toReferralView(person: JobSeeker, status: ReferralStatus, note: string | null): ReferralView {
  return {
    id: person.id,
    fullName: person.fullName,
    referredAt: person.createdAt.toISOString(),
    referralNote: note,
    howToReach: person.howToReach ?? null,
    lifecoach: { displayName: person.responsibleLifecoach.displayName },
    status,
    statusLabelNl: referralStatusLabels[status],
    statusExplanationNl: referralStatusExplanations[status],
  };
}

async function viewsOf(em: EntityManager, people: JobSeeker[]): Promise<ReferralView[]> {
  const [statuses, notes] = await Promise.all([statusesOf(em, people), referralNotesOf(em, people)]);
  return people.map((person) =>
    toReferralView(person, statuses.get(person.id) ?? 'RECEIVED', notes.get(person.id) ?? null),
  );
}

/** The people the caller's organisation referred, newest first, with the status in plain words (audited). */
export async function listReferrals(
  ctx: RequestContext,
  query: ListReferralsQuery,
): Promise<Page<ReferralView>> {
  assertCan(ctx.actor, Permission.ReadReferrals);
  const page = await findPage(ctx.em, JobSeeker, referralScope(ctx.actor), query, { createdAt: 'desc' }, [
    'responsibleLifecoach',
  ]);
  for (const person of page.items) {
    recordAudit(ctx, { action: 'referral.listed', entityType: 'job_seeker', entityId: person.id });
  }
  await saveReadAudit(ctx);
  return { items: await viewsOf(ctx.em, page.items), nextCursor: page.nextCursor };
}

/** One referral of the caller's organisation (audited); any other person answers 404. */
export async function getReferral(ctx: RequestContext, id: string): Promise<ReferralView> {
  assertCan(ctx.actor, Permission.ReadReferrals);
  const person = await findInScope(
    ctx.em,
    JobSeeker,
    id,
    referralScope(ctx.actor),
    { nl: 'Deze aanmelding', en: 'Referral' },
    ['responsibleLifecoach'],
  );
  recordAudit(ctx, { action: 'referral.viewed', entityType: 'job_seeker', entityId: person.id });
  await saveReadAudit(ctx);
  const [view] = await viewsOf(ctx.em, [person]);
  return view as ReferralView;
}
