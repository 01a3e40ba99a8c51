import { type EntityManager, LockMode } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { OrganisationKind, Role } from '../../access/roles';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { validationError } from '../../http/problem';
import { forgetSpecialCategoryObstacles } from '../assessments/special-categories';
import { recordAudit } from '../audit/audit.service';
import { onProgrammeProcessingConsent } from '../erasure/erasure.service';
import { noteContactByLifecoach } from '../job-seekers/first-contact.service';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import type { JobSeeker } from '../job-seekers/job-seeker.entity';
import { markMatchingInputChanged } from '../matching/mark-changed';
import { Organisation } from '../organisations/organisation.entity';
import { type ConsentPurpose, ConsentRecord, consentPurposes } from './consent.entity';
import type {
  ConsentOverview,
  ConsentRecordView,
  ConsentStateView,
  ConsentTextView,
  RecordConsentInput,
} from './consent.schemas';
import { allConsentTexts, currentConsentTextVersion } from './consent-texts';

export const toConsentRecordView = (record: ConsentRecord): ConsentRecordView => ({
  id: record.id,
  jobSeekerId: record.jobSeeker.id,
  purpose: record.purpose,
  employerOrganisationId: record.employer?.id ?? null,
  given: record.given,
  textVersion: record.textVersion,
  recordedAt: record.recordedAt.toISOString(),
  recordedByUserId: record.recordedByUserId,
});

const toConsentStateView = (record: ConsentRecord): ConsentStateView => ({
  purpose: record.purpose,
  employerOrganisationId: record.employer?.id ?? null,
  given: record.given,
  textVersion: record.textVersion,
  textVersionIsCurrent: record.textVersion === currentConsentTextVersion(record.purpose),
  recordedAt: record.recordedAt.toISOString(),
  recordedByUserId: record.recordedByUserId,
});

const consentKey = (record: ConsentRecord) => `${record.purpose}/${record.employer?.id ?? ''}`;
const purposeOrder = (purpose: ConsentPurpose) => consentPurposes.indexOf(purpose);

/** The latest record per purpose (and per employer for profile sharing), from records newest first. */
function latestPerPurpose(newestFirst: readonly ConsentRecord[]): ConsentRecord[] {
  const latest = new Map<string, ConsentRecord>();
  for (const record of newestFirst)
    if (!latest.has(consentKey(record))) latest.set(consentKey(record), record);
  return [...latest.values()].sort(
    (a, b) =>
      purposeOrder(a.purpose) - purposeOrder(b.purpose) ||
      (a.employer?.id ?? '').localeCompare(b.employer?.id ?? ''),
  );
}

// `recordedAt` strictly increases per purpose and employer (see recordConsent), so newest-first
// ordering is unambiguous; the id only makes the order of the history deterministic.
const newestFirst = { recordedAt: 'desc', id: 'asc' } as const;

/**
 * The current consents of a job seeker: the latest record per purpose (per employer for profile
 * sharing). No access check: callers have found the job seeker in scope already.
 */
export async function currentConsents(em: EntityManager, jobSeekerId: string): Promise<ConsentStateView[]> {
  const records = await em.find(ConsentRecord, { jobSeeker: jobSeekerId }, { orderBy: newestFirst });
  return latestPerPurpose(records).map(toConsentStateView);
}

/**
 * Whether the person's latest word on this purpose is "yes". For other modules: matching requires
 * `hasConsent(em, id, 'MATCHING')`, sharing a profile `hasConsent(em, id, 'PROFILE_SHARING', employerId)`.
 * Never asked, or withdrawn, is no consent. A consent given against an older text version still
 * counts (see ConsentState.textVersionIsCurrent). No access check: it answers yes or no only.
 */
export async function hasConsent(
  em: EntityManager,
  jobSeekerId: string,
  purpose: ConsentPurpose,
  employerId?: string,
): Promise<boolean> {
  if ((purpose === 'PROFILE_SHARING') !== (employerId !== undefined)) {
    throw new TypeError(
      'hasConsent: PROFILE_SHARING needs an employer id, and only PROFILE_SHARING takes one',
    );
  }
  const latest = await em.findOne(
    ConsentRecord,
    { jobSeeker: jobSeekerId, purpose, employer: employerId ?? null },
    { orderBy: newestFirst },
  );
  return latest?.given === true;
}

export function listConsentTexts(ctx: RequestContext): { items: ConsentTextView[] } {
  assertCan(ctx.actor, Permission.ReadConsents);
  return {
    items: allConsentTexts().map((text) => ({
      ...text,
      current: text.version === currentConsentTextVersion(text.purpose),
    })),
  };
}

/** Appends a consent record; records are never changed, the latest one per purpose counts. */
export async function recordConsent(
  ctx: RequestContext,
  jobSeekerId: string,
  input: RecordConsentInput,
): Promise<ConsentRecordView> {
  assertCan(ctx.actor, Permission.RecordConsents);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findJobSeekerInScope(tx, jobSeekerId, []);
    return toConsentRecordView(await appendConsentRecord(tx, jobSeeker, input));
  });
}

/**
 * The one way a consent is written, whether a lifecoach records it on the person's behalf or the
 * person decides in "Mijn gegevens": inside the caller's transaction, for a person the caller has
 * found in scope. The audit entry and the matching change mark go with it.
 */
export async function appendConsentRecord(
  tx: RequestContext,
  jobSeeker: JobSeeker,
  input: RecordConsentInput,
): Promise<ConsentRecord> {
  const { em } = tx;
  // One consent change per person at a time, so "the latest record" is never a tie.
  await em.lock(jobSeeker, LockMode.PESSIMISTIC_WRITE);
  let employer: Organisation | null = null;
  if (input.employerOrganisationId) {
    employer = await em.findOne(Organisation, {
      id: input.employerOrganisationId,
      kind: OrganisationKind.Employer,
    });
    if (!employer) {
      throw validationError([
        {
          path: ['employerOrganisationId'],
          message: say({
            nl: 'Dit is geen werkgever in het programma',
            en: 'This is not an employer organisation',
          }),
        },
      ]);
    }
  }
  const previous = await em.findOne(
    ConsentRecord,
    { jobSeeker, purpose: input.purpose, employer },
    { orderBy: newestFirst },
  );
  const recordedAt =
    previous && previous.recordedAt >= tx.now ? new Date(previous.recordedAt.getTime() + 1) : tx.now;
  const record = em.create(ConsentRecord, {
    jobSeeker,
    purpose: input.purpose,
    employer,
    given: input.given,
    textVersion: input.textVersion,
    recordedAt,
    recordedByUserId: tx.actor.userId,
  });
  if (input.purpose === 'MATCHING') markMatchingInputChanged(em, jobSeeker.id);
  // A lifecoach asks for consent in a conversation with the person.
  if (tx.actor.role === Role.Lifecoach) {
    await noteContactByLifecoach(em, jobSeeker.id, tx.actor.userId, tx.now);
  }
  if (input.purpose === 'SPECIAL_CATEGORIES' && !input.given) {
    const changed = await forgetSpecialCategoryObstacles(em, jobSeeker.id);
    if (changed > 0) {
      recordAudit(tx, {
        action: 'assessment.special_categories_removed',
        entityType: 'job_seeker',
        entityId: jobSeeker.id,
      });
    }
  }
  recordAudit(tx, {
    action: 'consent.recorded',
    entityType: 'job_seeker',
    entityId: jobSeeker.id,
    fields: [`consents.${input.purpose}`],
  });
  await em.flush();
  // Withdrawing taking part opens the erasure request; giving it again withdraws an open one.
  if (input.purpose === 'PROGRAMME_PROCESSING')
    await onProgrammeProcessingConsent(tx, jobSeeker, input.given);
  return record;
}

/** Current state and full history of a person's consents; the read is audited. */
export async function getConsentOverview(ctx: RequestContext, jobSeekerId: string): Promise<ConsentOverview> {
  assertCan(ctx.actor, Permission.ReadConsents);
  const jobSeeker = await findJobSeekerInScope(ctx, jobSeekerId, []);
  const records = await ctx.em.find(ConsentRecord, { jobSeeker }, { orderBy: newestFirst });
  recordAudit(ctx, { action: 'consent.viewed', entityType: 'job_seeker', entityId: jobSeeker.id });
  await ctx.em.flush();
  return {
    jobSeekerId: jobSeeker.id,
    current: latestPerPurpose(records).map(toConsentStateView),
    history: records.map(toConsentRecordView),
  };
}
