import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { OrganisationKind, Role } from '../../access/roles';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import { AppError, type FieldError, forbidden, ProblemCode, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { currentConsents } from '../consents/consent.service';
import type { NormalisedPostcode, PostcodeDirectory } from '../geo/postcodes';
import { markMatchingInputChanged } from '../matching/mark-changed';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { dutchCalendarDate } from './calendar';
import { findJobSeekerInScope, jobSeekerScope, seesWholeRecord } from './job-seeker.access';
import { JobSeeker, LifecoachAssignment } from './job-seeker.entity';
import type {
  DuplicateMeta,
  HandoverInput,
  JobSeekerListItemView,
  JobSeekerRecordView,
  LifecoachAssignmentView,
  LifecoachHistoryView,
  LifecoachRef,
  ListJobSeekersQuery,
  RegisterJobSeekerInput,
  UpdateJobSeekerInput,
} from './job-seeker.schemas';
import {
  toJobSeekerRegistrationView,
  toJobSeekerSummaryView,
  toJobSeekerViewFor,
  toLifecoachAssignmentView,
  toLifecoachRef,
} from './job-seeker.views';
import { nameKey, tidyName } from './name-key';
import { phoneSearchDigits } from './phone';

// ---- shared rules ------------------------------------------------------------------------------

/**
 * Registrations and changes of contact data run one at a time (a transaction-scoped advisory lock),
 * so two people registering the same person at the same moment cannot both pass the duplicate check.
 * Registrations are rare enough that serialising them costs nothing noticeable.
 */
function underRegistrationLock<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  return ctx.em.transactional(async (em) => {
    await em
      .getConnection()
      .execute(
        "select pg_advisory_xact_lock(hashtext('job_seeker.registration'))",
        [],
        'all',
        em.getTransactionContext(),
      );
    return work({ ...ctx, em });
  });
}

function checkPostcode(
  postcodes: PostcodeDirectory,
  postcode: NormalisedPostcode,
  errors: FieldError[],
): void {
  if (!postcodes.has(postcode.pc4)) {
    errors.push({
      path: ['postcode'],
      message: say(
        { nl: 'Postcode {pc4} is niet bekend', en: 'Postcode {pc4} is not a known Dutch postcode area' },
        { pc4: postcode.pc4 },
      ),
    });
  }
}

async function findLifecoach(em: EntityManager, id: string): Promise<User | null> {
  return em.findOne(User, { id, role: Role.Lifecoach, active: true });
}

const notALifecoach = (path: string): FieldError => ({
  path: [path],
  message: say({ nl: 'Dit is geen actieve lifecoach', en: 'This is not an active lifecoach' }),
});

async function findPartnerOrganisation(
  em: EntityManager,
  id: string,
  errors: FieldError[],
): Promise<Organisation | null> {
  const organisation = await em.findOne(Organisation, { id, kind: OrganisationKind.Partner });
  if (!organisation) {
    errors.push({
      path: ['referringOrganisationId'],
      message: say({ nl: 'Dit is geen partnerorganisatie', en: 'This is not a partner organisation' }),
    });
  }
  return organisation;
}

type Identity = { phone: string; nameKey: string; dateOfBirth: string | null };

/**
 * Refuses a likely duplicate (same phone, or same name and date of birth) with 409 DUPLICATE. The
 * existing record is named only when the caller may see it; otherwise the answer says that a
 * registration exists and the programme can help, and nothing more.
 */
async function assertNoLikelyDuplicate(ctx: RequestContext, identity: Identity, exceptId?: string) {
  const sameness: FilterQuery<JobSeeker>[] = [{ phone: identity.phone }];
  if (identity.dateOfBirth) sameness.push({ nameKey: identity.nameKey, dateOfBirth: identity.dateOfBirth });
  const duplicate: FilterQuery<JobSeeker> = {
    $and: [{ $or: sameness }, exceptId ? { id: { $ne: exceptId } } : {}],
  };
  const visible = await ctx.em.findOne(
    JobSeeker,
    { $and: [duplicate, jobSeekerScope(ctx.actor)] },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  if (visible) {
    const meta: DuplicateMeta = {
      existingJobSeekerId: visible.id,
      matchedOn: visible.phone === identity.phone ? 'phone' : 'nameAndDateOfBirth',
    };
    throw new AppError(
      ProblemCode.Duplicate,
      say({
        nl: 'Deze persoon is waarschijnlijk al aangemeld: zie de bestaande aanmelding.',
        en: 'This person is probably registered already: see the existing registration.',
      }),
      undefined,
      meta,
    );
  }
  if (await ctx.em.count(JobSeeker, duplicate)) {
    throw new AppError(
      ProblemCode.Duplicate,
      say({
        nl: 'Deze persoon is waarschijnlijk al aangemeld, bij een andere lifecoach of organisatie. Neem contact op met Warm Rotterdam Werkt: het programma helpt u verder.',
        en: 'This person is probably registered already, with another lifecoach or organisation. Contact Warm Rotterdam Werkt: the programme can help.',
      }),
    );
  }
}

/** The view of a record this caller may see; the whole record includes the current consents. */
async function recordViewFor(ctx: RequestContext, jobSeeker: JobSeeker): Promise<JobSeekerRecordView> {
  const consents = seesWholeRecord(ctx.actor) ? await currentConsents(ctx.em, jobSeeker.id) : [];
  return toJobSeekerViewFor(ctx.actor, jobSeeker, consents, ctx.now);
}

// ---- verbs ------------------------------------------------------------------------------------

/**
 * Registers a job seeker with their first responsible lifecoach. The record, the first lifecoach
 * assignment and the audit entry are written together or not at all.
 */
export async function registerJobSeeker(
  ctx: RequestContext,
  input: RegisterJobSeekerInput,
  postcodes: PostcodeDirectory,
): Promise<JobSeekerRecordView> {
  assertCan(ctx.actor, Permission.RegisterJobSeekers);
  const { actor } = ctx;
  return underRegistrationLock(ctx, async (tx) => {
    const errors: FieldError[] = [];
    checkPostcode(postcodes, input.postcode, errors);

    let referringOrganisation: Organisation | null = null;
    if (actor.role === Role.PartnerWorker) {
      if (input.referringOrganisationId && input.referringOrganisationId !== actor.organisationId) {
        errors.push({
          path: ['referringOrganisationId'],
          message: say({
            nl: 'U meldt aan namens uw eigen organisatie',
            en: 'You register on behalf of your own organisation',
          }),
        });
      }
      referringOrganisation = await tx.em.findOne(Organisation, { id: actor.organisationId });
    } else if (input.referringOrganisationId) {
      referringOrganisation = await findPartnerOrganisation(tx.em, input.referringOrganisationId, errors);
    }

    let lifecoach: User | null = null;
    const lifecoachId = input.lifecoachId ?? (actor.role === Role.Lifecoach ? actor.userId : undefined);
    if (!lifecoachId) {
      errors.push({
        path: ['lifecoachId'],
        message: say({
          nl: 'Kies de lifecoach die deze persoon begeleidt',
          en: 'Name the lifecoach who will guide this person',
        }),
      });
    } else {
      lifecoach = await findLifecoach(tx.em, lifecoachId);
      if (!lifecoach) errors.push(notALifecoach('lifecoachId'));
    }
    if (errors.length || !lifecoach) throw validationError(errors);

    const fullName = tidyName(input.fullName);
    const identity: Identity = {
      phone: input.phone,
      nameKey: nameKey(fullName),
      dateOfBirth: input.dateOfBirth ?? null,
    };
    await assertNoLikelyDuplicate(tx, identity);

    const jobSeeker = tx.em.create(JobSeeker, {
      fullName,
      nameKey: identity.nameKey,
      phone: identity.phone,
      email: input.email ?? null,
      postcode: input.postcode.pc4,
      postcodeFull: input.postcode.full,
      dateOfBirth: identity.dateOfBirth,
      preferredLanguage: input.preferredLanguage ?? 'nl',
      howToReach: input.howToReach ?? null,
      referringOrganisation,
      responsibleLifecoach: lifecoach,
      registeredByUserId: actor.userId,
      currentSegment: null,
      segmentReviewDate: null,
    });
    tx.em.create(LifecoachAssignment, {
      jobSeeker,
      lifecoach,
      startedAt: ctx.now,
      endedAt: null,
      handoverNote: input.referralNote ?? null,
      assignedByUserId: actor.userId,
      // A lifecoach who registers someone does so in a conversation with them.
      firstContactAt: lifecoach.id === actor.userId ? ctx.now : null,
    });
    recordAudit(tx, {
      action: 'job_seeker.created',
      entityType: 'job_seeker',
      entityId: jobSeeker.id,
      fields: [
        'fullName',
        'phone',
        'postcode',
        'preferredLanguage',
        ...(input.email ? ['email'] : []),
        ...(input.dateOfBirth ? ['dateOfBirth'] : []),
        ...(input.howToReach ? ['howToReach'] : []),
        ...(referringOrganisation ? ['referringOrganisationId'] : []),
        ...(input.referralNote ? ['referralNote'] : []),
        'responsibleLifecoach',
      ],
    });
    await tx.em.flush();
    return toJobSeekerViewFor(actor, jobSeeker, [], ctx.now);
  });
}

/**
 * Caseload lists and search, always within the caller's scope. Every person on the page gets a
 * `job_seeker.listed` audit entry: a list shows names and phone numbers, so it is a read of their
 * data too. Partner workers get registration data only and cannot filter on what they may not see.
 */
export async function listJobSeekers(
  ctx: RequestContext,
  query: ListJobSeekersQuery,
): Promise<Page<JobSeekerListItemView>> {
  assertCan(ctx.actor, Permission.ReadJobSeekers);
  const wholeRecord = seesWholeRecord(ctx.actor);
  if (!wholeRecord && (query.segment || query.reviewDue !== undefined || query.lifecoachId)) {
    throw forbidden('Your role may not filter on segment, review date or lifecoach.');
  }
  const today = dutchCalendarDate(ctx.now);
  const filters: FilterQuery<JobSeeker>[] = [];
  if (query.q) filters.push(searchFilter(query.q));
  if (query.segment) filters.push({ currentSegment: query.segment });
  if (query.lifecoachId) filters.push({ responsibleLifecoach: query.lifecoachId });
  if (query.referringOrganisationId) filters.push({ referringOrganisation: query.referringOrganisationId });
  if (query.reviewDue === true) filters.push({ segmentReviewDate: { $lte: today } });
  if (query.reviewDue === false) {
    filters.push({ $or: [{ segmentReviewDate: null }, { segmentReviewDate: { $gt: today } }] });
  }
  const page = await findPage(ctx.em, JobSeeker, { $and: [...filters, jobSeekerScope(ctx.actor)] }, query, {
    nameKey: 'asc',
  });
  if (wholeRecord) await ctx.em.populate(page.items, ['responsibleLifecoach']);
  for (const jobSeeker of page.items) {
    recordAudit(ctx, { action: 'job_seeker.listed', entityType: 'job_seeker', entityId: jobSeeker.id });
  }
  await ctx.em.flush();
  return {
    items: page.items.map((jobSeeker) =>
      wholeRecord ? toJobSeekerSummaryView(jobSeeker, ctx.now) : toJobSeekerRegistrationView(jobSeeker),
    ),
    nextCursor: page.nextCursor,
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Every word of the query in the name key, or the query's digits in the phone number. */
function searchFilter(q: string): FilterQuery<JobSeeker> {
  const words = nameKey(q).split(' ').filter(Boolean);
  const alternatives: FilterQuery<JobSeeker>[] = [];
  if (words.length) {
    alternatives.push({ $and: words.map((word) => ({ nameKey: { $like: `%${escapeLike(word)}%` } })) });
  }
  const digits = phoneSearchDigits(q);
  if (digits) alternatives.push({ phone: { $like: `%${digits}%` } });
  return alternatives.length ? { $or: alternatives } : { id: { $in: [] } };
}

/** One person's record in the view the caller may see. Every read is audited as `job_seeker.viewed`. */
export async function getJobSeeker(ctx: RequestContext, id: string): Promise<JobSeekerRecordView> {
  assertCan(ctx.actor, Permission.ReadJobSeekers);
  const jobSeeker = await findJobSeekerInScope(ctx, id);
  recordAudit(ctx, { action: 'job_seeker.viewed', entityType: 'job_seeker', entityId: jobSeeker.id });
  await ctx.em.flush();
  return recordViewFor(ctx, jobSeeker);
}

/** Changes contact and registration data; the audit names the changed fields, never their values. */
export async function updateJobSeeker(
  ctx: RequestContext,
  id: string,
  input: UpdateJobSeekerInput,
  postcodes: PostcodeDirectory,
): Promise<JobSeekerRecordView> {
  assertCan(ctx.actor, Permission.UpdateJobSeekers);
  return underRegistrationLock(ctx, async (tx) => {
    const jobSeeker = await findJobSeekerInScope(tx, id);
    assertVersion(jobSeeker, input.version);

    const errors: FieldError[] = [];
    if (input.postcode) checkPostcode(postcodes, input.postcode, errors);
    let referringOrganisation: Organisation | null | undefined;
    if (input.referringOrganisationId === null) referringOrganisation = null;
    else if (input.referringOrganisationId) {
      referringOrganisation = await findPartnerOrganisation(tx.em, input.referringOrganisationId, errors);
    }
    if (errors.length) throw validationError(errors);

    const changed: string[] = [];
    const change = <K extends keyof JobSeeker>(field: string, key: K, value: JobSeeker[K]) => {
      if (jobSeeker[key] === value) return;
      jobSeeker[key] = value;
      if (!changed.includes(field)) changed.push(field);
    };
    if (input.fullName !== undefined) {
      const fullName = tidyName(input.fullName);
      change('fullName', 'fullName', fullName);
      change('fullName', 'nameKey', nameKey(fullName));
    }
    if (input.phone !== undefined) change('phone', 'phone', input.phone);
    if (input.email !== undefined) change('email', 'email', input.email);
    if (input.postcode !== undefined) {
      change('postcode', 'postcode', input.postcode.pc4);
      change('postcode', 'postcodeFull', input.postcode.full);
    }
    if (input.dateOfBirth !== undefined) change('dateOfBirth', 'dateOfBirth', input.dateOfBirth);
    if (input.preferredLanguage !== undefined) {
      change('preferredLanguage', 'preferredLanguage', input.preferredLanguage);
    }
    if (input.howToReach !== undefined) change('howToReach', 'howToReach', input.howToReach);
    if (
      referringOrganisation !== undefined &&
      (jobSeeker.referringOrganisation?.id ?? null) !== (referringOrganisation?.id ?? null)
    ) {
      jobSeeker.referringOrganisation = referringOrganisation;
      changed.push('referringOrganisationId');
    }

    if (changed.some((field) => ['fullName', 'phone', 'dateOfBirth'].includes(field))) {
      await assertNoLikelyDuplicate(
        tx,
        { phone: jobSeeker.phone, nameKey: jobSeeker.nameKey, dateOfBirth: jobSeeker.dateOfBirth ?? null },
        jobSeeker.id,
      );
    }
    if (changed.some((field) => ['postcode', 'dateOfBirth'].includes(field))) {
      markMatchingInputChanged(tx.em, jobSeeker.id);
    }
    recordAudit(
      tx,
      changed.length
        ? { action: 'job_seeker.updated', entityType: 'job_seeker', entityId: id, fields: changed }
        : // Nothing changed, but the answer shows the record: that is a read.
          { action: 'job_seeker.viewed', entityType: 'job_seeker', entityId: id },
    );
    await tx.em.flush();
    return recordViewFor(tx, jobSeeker);
  });
}

/**
 * A warm handover: ends the current lifecoach's period, starts the new one with the handover note,
 * and makes the new lifecoach responsible. From then on the previous lifecoach no longer sees the
 * person. Two handovers at once: the second answers 409 (version of the job seeker).
 */
export async function handOverJobSeeker(
  ctx: RequestContext,
  id: string,
  input: HandoverInput,
): Promise<LifecoachAssignmentView> {
  assertCan(ctx.actor, Permission.HandOverJobSeekers);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findJobSeekerInScope(tx, id);
    const to = await findLifecoach(em, input.toLifecoachId);
    if (!to) throw validationError([notALifecoach('toLifecoachId')]);
    if (to.id === jobSeeker.responsibleLifecoach.id) {
      throw validationError([
        {
          path: ['toLifecoachId'],
          message: say({
            nl: 'Deze lifecoach begeleidt deze persoon al',
            en: 'This lifecoach is already responsible',
          }),
        },
      ]);
    }
    const open = await em.find(LifecoachAssignment, { jobSeeker, endedAt: null });
    for (const assignment of open) assignment.endedAt = ctx.now;
    const assignment = em.create(LifecoachAssignment, {
      jobSeeker,
      lifecoach: to,
      startedAt: ctx.now,
      endedAt: null,
      handoverNote: input.note,
      assignedByUserId: ctx.actor.userId,
      firstContactAt: null,
    });
    jobSeeker.responsibleLifecoach = to;
    recordAudit(tx, {
      action: 'job_seeker.handed_over',
      entityType: 'job_seeker',
      entityId: jobSeeker.id,
      fields: ['responsibleLifecoach'],
    });
    await em.flush();
    return toLifecoachAssignmentView(assignment);
  });
}

/** Who guided this person, when, with the handover notes. Not for partner workers. */
export async function getLifecoachHistory(ctx: RequestContext, id: string): Promise<LifecoachHistoryView> {
  assertCan(ctx.actor, Permission.ReadJobSeekers);
  if (!seesWholeRecord(ctx.actor)) throw forbidden();
  const jobSeeker = await findJobSeekerInScope(ctx, id, []);
  const assignments = await ctx.em.find(
    LifecoachAssignment,
    { jobSeeker },
    { populate: ['lifecoach'], orderBy: { startedAt: 'asc', endedAt: 'asc nulls last', id: 'asc' } },
  );
  recordAudit(ctx, { action: 'lifecoach_history.viewed', entityType: 'job_seeker', entityId: jobSeeker.id });
  await ctx.em.flush();
  return { items: assignments.map(toLifecoachAssignmentView) };
}

/** Active lifecoaches, so a partner worker or programme admin can choose who guides a person. */
export async function listLifecoaches(ctx: RequestContext, query: PageQuery): Promise<Page<LifecoachRef>> {
  assertCan(ctx.actor, Permission.ReadListOfLifecoaches);
  const page = await findPage(ctx.em, User, { role: Role.Lifecoach, active: true }, query, {
    displayName: 'asc',
  });
  return { items: page.items.map(toLifecoachRef), nextCursor: page.nextCursor };
}
