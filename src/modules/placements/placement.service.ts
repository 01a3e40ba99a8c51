import { assertCan, Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import { findInScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { AppError, conflict, type FieldError, ProblemCode, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { moverOf } from '../candidacies/candidacy.views';
import { ensureOpenCandidacy } from '../candidacies/candidacy-transitions';
import { type EmployerIdentity, recordIdentityReveal } from '../candidacies/employer-identity';
import { assertPositionLeft, lockForHire, recordHire } from '../candidacies/hire.service';
import { hasConsent } from '../consents/consent.service';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { markMatchingInputChanged } from '../matching/mark-changed';
import { resolveCandidateCode } from '../matching/pseudonyms';
import { addDays, programmeToday } from '../readiness/review-dates';
import { currentSegmentDecision } from '../readiness/segment-decision.service';
import { User } from '../users/user.entity';
import { vacancyScope } from '../vacancies/vacancy.access';
import { Vacancy } from '../vacancies/vacancy.entity';
import type { CadenceRules } from './cadence';
import { PlacementCheckIn } from './check-in.entity';
import type { MoneyChecklist } from './money-checklist';
import {
  assertRelation,
  findPlacementInScope,
  isEmployerSide,
  PLACEMENT_POPULATE,
  placementScope,
  relationTo,
} from './placement.access';
import { Placement, PlacementHoursChange } from './placement.entity';
import type {
  CancelPlacementInput,
  CreatePlacementInput,
  EndPlacementInput,
  HoursBuildUpView,
  ListPlacementsQuery,
  PlacementSummaryView,
  PlacementView,
  PutAbsencesInput,
  PutHoursBuildUpInput,
  UpdatePlacementInput,
} from './placement.schemas';
import {
  type CheckInFact,
  hoursToday,
  placementIdentityFor,
  revealsIdentity,
  toPlacementSummary,
  toPlacementView,
} from './placement.views';
import { createPlacementForHire, findRunningPlacement } from './placement-from-hire';
import {
  absenceProblems,
  buildUpProblems,
  canMovePlacement,
  type EndReason,
  flatBuildUp,
  PLACEMENT_STATUS_LABELS_NL,
  type PlacementStatus,
  PRIVATE_END_REASONS,
} from './placement-rules';

/** A start date may lie this far back (a hire recorded late) or ahead. */
const START_DATE_WINDOW_DAYS = 365;

// ---- helpers ------------------------------------------------------------------------------------

function audit(ctx: RequestContext, placement: Placement, action: string, fields?: readonly string[]) {
  recordAudit(ctx, {
    action: `placement.${action}`,
    entityType: 'placement',
    entityId: placement.id,
    subjectId: placement.jobSeeker.id,
    ...(fields ? { fields: [...fields] } : {}),
  });
}

/** Every response that shows the employer side who a person is, is audited as a reveal of that person. */
function auditReveals(
  ctx: RequestContext,
  placements: readonly Placement[],
  identity: EmployerIdentity,
): number {
  let revealed = 0;
  for (const placement of placements) {
    if (!revealsIdentity(ctx.actor, placement, identity)) continue;
    recordIdentityReveal(ctx, {
      entityType: 'placement',
      entityId: placement.id,
      subjectId: placement.jobSeeker.id,
      fields: ['fullName'],
    });
    revealed++;
  }
  return revealed;
}

/** The read audit of a placement view marks whether it showed the employer who the person is. */
const readFields = (ctx: RequestContext, placement: Placement, identity: EmployerIdentity) =>
  revealsIdentity(ctx.actor, placement, identity) ? ['identity'] : undefined;

function assertTransition(placement: Placement, to: PlacementStatus): void {
  if (!canMovePlacement(placement.status, to)) {
    throw new AppError(
      ProblemCode.InvalidTransition,
      say(
        {
          nl: 'Dit kan niet: de plaatsing is nu ‘{status}’.',
          en: 'A placement cannot go from {from} to {to}.',
        },
        { status: PLACEMENT_STATUS_LABELS_NL[placement.status], from: placement.status, to },
      ),
      undefined,
      { from: placement.status, to },
    );
  }
}

function assertOpen(placement: Placement): void {
  if (placement.status === 'ENDED' || placement.status === 'CANCELLED') {
    throw new AppError(
      ProblemCode.InvalidTransition,
      say({ nl: 'Deze plaatsing is afgesloten en verandert niet meer.', en: 'This placement is closed.' }),
      undefined,
      { status: placement.status },
    );
  }
}

function startDateProblem(startDate: string, today: string): string | null {
  if (
    startDate < addDays(today, -START_DATE_WINDOW_DAYS) ||
    startDate > addDays(today, START_DATE_WINDOW_DAYS)
  ) {
    return say(
      {
        nl: 'Kies een startdatum binnen een jaar van vandaag.',
        en: 'Choose a start date within {START_DATE_WINDOW_DAYS} days of today.',
      },
      { START_DATE_WINDOW_DAYS },
    );
  }
  return null;
}

export async function checkInFactsOf(ctx: RequestContext, placementIds: readonly string[]) {
  if (placementIds.length === 0) return new Map<string, CheckInFact[]>();
  const checkIns = await ctx.em.find(
    PlacementCheckIn,
    { placement: { $in: [...placementIds] } },
    { fields: ['kind', 'date', 'howItsGoing', 'placement'] },
  );
  const byPlacement = new Map<string, CheckInFact[]>();
  for (const checkIn of checkIns) {
    const list = byPlacement.get(checkIn.placement.id) ?? [];
    list.push({ kind: checkIn.kind, date: checkIn.date, howItsGoing: checkIn.howItsGoing });
    byPlacement.set(checkIn.placement.id, list);
  }
  return byPlacement;
}

/**
 * The view of one placement for the caller; when it shows the employer side who the person is, the
 * reveal is audited (and flushed: this is the last step of every verb). `read` adds the read audit.
 */
export async function placementView(
  ctx: RequestContext,
  rules: CadenceRules,
  placement: Placement,
  read?: 'viewed',
): Promise<PlacementView> {
  await ctx.em.populate(placement, PLACEMENT_POPULATE);
  const facts = (await checkInFactsOf(ctx, [placement.id])).get(placement.id) ?? [];
  const identity = await placementIdentityFor(ctx.em, ctx.actor, [placement]);
  const view = toPlacementView(ctx.actor, placement, identity, facts, rules, programmeToday(ctx.now));
  if (read) audit(ctx, placement, read, readFields(ctx, placement, identity));
  if (auditReveals(ctx, [placement], identity) > 0 || read) await ctx.em.flush();
  return view;
}

/** An active user of the placement's employer, for the mentor or manager field; otherwise a field error. */
async function employerColleague(
  ctx: RequestContext,
  placement: Placement,
  userId: string,
  field: 'mentorUserId' | 'managerUserId',
): Promise<User | FieldError> {
  const user = await ctx.em.findOne(User, { id: userId, organisation: placement.employer.id, active: true });
  if (!user) {
    return {
      path: [field],
      message: say({
        nl: 'Deze persoon werkt niet (meer) bij deze werkgever.',
        en: 'Not a user of this employer.',
      }),
    };
  }
  if (field === 'mentorUserId' && user.role !== Role.Mentor) {
    return {
      path: [field],
      message: say({
        nl: 'Kies als mentor iemand die bij deze werkgever als mentor werkt.',
        en: 'The mentor must have the MENTOR role.',
      }),
    };
  }
  return user;
}

// ---- creating -----------------------------------------------------------------------------------

/**
 * A hire outside a Meet & Greet. An employer recruiter names the person by the candidate code they
 * saw for this vacancy — never by an id, so an employer cannot name someone the programme never
 * showed them — and only a person who agrees to be matched (MATCHING) can be hired that way. A
 * lifecoach names a person of their caseload (by id or code), programme staff anyone.
 *
 * It is a hire like one in the pipeline (hire.service.ts): the person's candidacy for this vacancy
 * (a new one when there is none) becomes HIRED, counts towards the vacancy's positions, and the
 * person's other open candidacies close; the placement is made by the same hook. Under the
 * vacancy's lock, so of simultaneous requests for the same person exactly one succeeds.
 */
export async function createDirectPlacement(
  ctx: RequestContext,
  rules: CadenceRules,
  checklist: MoneyChecklist,
  input: CreatePlacementInput,
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.CreatePlacements);
  const vacancy = await findInScope(ctx.em, Vacancy, input.vacancyId, vacancyScope(ctx.actor), {
    nl: 'Deze vacature',
    en: 'Vacancy',
  });
  const jobSeekerId = await namedPerson(ctx, vacancy, input);
  const today = programmeToday(ctx.now);
  if (input.startDate) {
    const problem = startDateProblem(input.startDate, today);
    if (problem) throw validationError([{ path: ['startDate'], message: problem }]);
  }
  const placementId = await ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const locked = await lockForHire(tx, { vacancyId: vacancy.id, jobSeekerId });
    const running = await findRunningPlacement(tx, vacancy.id, jobSeekerId);
    if (running) {
      throw new AppError(
        ProblemCode.Duplicate,
        say({
          nl: 'Deze persoon heeft al een plaatsing bij deze vacature.',
          en: 'This person already has a running placement at this vacancy.',
        }),
        undefined,
        { existingPlacementId: running.id },
      );
    }
    const filled = await assertPositionLeft(tx, locked);
    const jobSeeker = await em.findOneOrFail(JobSeeker, { id: jobSeekerId });
    const mover = moverOf(ctx.actor);
    const candidacy = await ensureOpenCandidacy(
      tx,
      { jobSeeker, vacancy: locked, employer: locked.employer, meetAndGreet: null },
      mover,
    );
    let placement: Placement | undefined;
    await recordHire(
      tx,
      { candidacy, vacancy: locked, filled },
      { mover, note: null, direct: true },
      {
        onHired: async (hireCtx, hire) => {
          placement = await createPlacementForHire(hireCtx, hire, checklist);
        },
      },
    );
    if (!placement) throw new Error('createDirectPlacement: the hire made no placement');
    if (input.startDate) placement.startDate = input.startDate;
    await em.flush();
    return placement.id;
  });
  // The view makes candidate codes on the connection itself: after the commit.
  return placementView(ctx, rules, await findPlacementInScope(ctx, placementId));
}

/** The person a direct hire is about: by candidate code (who agrees to be matched) or, for staff, by id. */
async function namedPerson(
  ctx: RequestContext,
  vacancy: Vacancy,
  input: CreatePlacementInput,
): Promise<string> {
  if (input.candidateCode === undefined) {
    if (isEmployerSide(ctx.actor)) {
      throw validationError([
        {
          path: ['jobSeekerId'],
          message: say({
            nl: 'Noem de kandidaat met de kandidaatcode uit de lijst van deze vacature.',
            en: 'Name the candidate by their candidate code.',
          }),
        },
      ]);
    }
    return (await findJobSeekerInScope(ctx, input.jobSeekerId as string)).id;
  }
  const jobSeekerId = await resolveCandidateCode(ctx.em, vacancy.id, input.candidateCode);
  if (!jobSeekerId) {
    throw validationError([
      {
        path: ['candidateCode'],
        message: say({
          nl: 'Deze kandidaatcode hoort niet bij deze vacature.',
          en: 'This candidate code is not one of this vacancy.',
        }),
      },
    ]);
  }
  if (!isEmployerSide(ctx.actor)) await findJobSeekerInScope(ctx, jobSeekerId);
  if (!(await hasConsent(ctx.em, jobSeekerId, 'MATCHING'))) {
    throw conflict(
      say({
        nl: 'Deze kandidaat doet nu niet mee aan matching. Neem contact op met Warm Rotterdam.',
        en: 'This candidate does not take part in matching now.',
      }),
    );
  }
  return jobSeekerId;
}

// ---- reading ------------------------------------------------------------------------------------

export async function getPlacement(
  ctx: RequestContext,
  rules: CadenceRules,
  id: string,
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.ReadPlacements);
  return placementView(ctx, rules, await findPlacementInScope(ctx, id), 'viewed');
}

export async function listPlacements(
  ctx: RequestContext,
  query: ListPlacementsQuery,
): Promise<Page<PlacementSummaryView>> {
  assertCan(ctx.actor, Permission.ReadPlacements);
  const filters = [
    query.status ? { status: query.status } : {},
    query.employerId ? { employer: query.employerId } : {},
    query.vacancyId ? { vacancy: query.vacancyId } : {},
    query.jobSeekerId ? { jobSeeker: query.jobSeekerId } : {},
  ];
  const page = await findPage(ctx.em, Placement, { $and: [...filters, placementScope(ctx.actor)] }, query, {
    createdAt: 'desc',
  });
  await ctx.em.populate(page.items, PLACEMENT_POPULATE);
  const identity = await placementIdentityFor(ctx.em, ctx.actor, page.items);
  for (const placement of page.items) audit(ctx, placement, 'listed', readFields(ctx, placement, identity));
  auditReveals(ctx, page.items, identity);
  if (page.items.length > 0) await ctx.em.flush();
  const today = programmeToday(ctx.now);
  return {
    items: page.items.map((placement) => toPlacementSummary(ctx.actor, placement, identity, today)),
    nextCursor: page.nextCursor,
  };
}

// ---- changing -----------------------------------------------------------------------------------

/**
 * The employer fills in the contract and names the mentor and the manager; programme staff may
 * too, and only they may name another lifecoach than the responsible one. The mentor is never the
 * manager (PRODUCT.md step 7), and the build-up never goes above the contract hours.
 */
export async function updatePlacement(
  ctx: RequestContext,
  rules: CadenceRules,
  id: string,
  input: UpdatePlacementInput,
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.ManagePlacements);
  const placement = await findPlacementInScope(ctx, id);
  assertVersion(placement, input.version);
  assertOpen(placement);
  if (input.lifecoachUserId !== undefined && ctx.actor.role !== Role.ProgrammeAdmin) {
    throw new AppError(
      ProblemCode.Forbidden,
      say({
        nl: 'Alleen het programma kiest een andere lifecoach.',
        en: 'Only programme staff name another lifecoach.',
      }),
    );
  }
  const errors: FieldError[] = [];
  const fields: string[] = [];
  const today = programmeToday(ctx.now);

  if (input.startDate !== undefined && input.startDate !== placement.startDate) {
    if (placement.status !== 'DRAFT') {
      throw new AppError(
        ProblemCode.InvalidTransition,
        say({
          nl: 'De startdatum ligt vast zodra iemand begonnen is.',
          en: 'The start date is fixed once the placement started.',
        }),
      );
    }
    const problem = startDateProblem(input.startDate, today);
    if (problem) errors.push({ path: ['startDate'], message: problem });
  }

  let mentor = placement.mentor ?? null;
  let manager = placement.manager ?? null;
  if (input.mentorUserId !== undefined) {
    if (input.mentorUserId === null) mentor = null;
    else {
      const found = await employerColleague(ctx, placement, input.mentorUserId, 'mentorUserId');
      if (found instanceof User) mentor = found;
      else errors.push(found);
    }
  }
  if (input.managerUserId !== undefined) {
    if (input.managerUserId === null) manager = null;
    else {
      const found = await employerColleague(ctx, placement, input.managerUserId, 'managerUserId');
      if (found instanceof User) manager = found;
      else errors.push(found);
    }
  }
  if (mentor && manager && mentor.id === manager.id) {
    errors.push({
      path: ['mentorUserId'],
      message: say({
        nl: 'De mentor is niet de leidinggevende: kies een collega die naast de nieuwe medewerker staat.',
        en: 'The mentor must not be the manager.',
      }),
    });
  }
  if (placement.status !== 'DRAFT') {
    if (!mentor)
      errors.push({
        path: ['mentorUserId'],
        message: say({
          nl: 'Tijdens het werk is er altijd een mentor.',
          en: 'A working placement needs a mentor.',
        }),
      });
    if (!manager)
      errors.push({
        path: ['managerUserId'],
        message: say({
          nl: 'Tijdens het werk is er altijd een leidinggevende.',
          en: 'A working placement needs a manager.',
        }),
      });
  }

  let lifecoach: User | null = null;
  if (input.lifecoachUserId !== undefined) {
    lifecoach = await ctx.em.findOne(User, { id: input.lifecoachUserId, role: Role.Lifecoach, active: true });
    if (!lifecoach)
      errors.push({
        path: ['lifecoachUserId'],
        message: say({ nl: 'Geen actieve lifecoach.', en: 'Not an active lifecoach.' }),
      });
  }

  const contractHours = input.contractHoursPerWeek ?? placement.contractHoursPerWeek;
  // A schedule that is still "the contract hours from week 1" follows the contract; an agreed
  // build-up is never silently changed: it must be changed first (with its reason).
  const followsContract =
    placement.hoursBuildUp.length === 1 &&
    placement.hoursBuildUp[0]?.hours === placement.contractHoursPerWeek;
  if (input.contractHoursPerWeek !== undefined && !followsContract) {
    const highest = Math.max(...placement.hoursBuildUp.map((step) => step.hours));
    if (highest > contractHours) {
      errors.push({
        path: ['contractHoursPerWeek'],
        message: say(
          {
            nl: 'De afgesproken opbouw gaat tot {highest} uur. Pas eerst de opbouw aan.',
            en: 'The hours build-up goes up to {highest} hours.',
          },
          { highest },
        ),
      });
    }
  }
  if (input.pay && input.paid === false) {
    errors.push({
      path: ['pay'],
      message: say({ nl: 'Onbetaald werk heeft geen loon.', en: 'Unpaid work has no pay.' }),
    });
  }
  if (
    (input.contractType ?? placement.contractType) === 'EMPLOYMENT' &&
    (input.paid ?? placement.paid) === false
  ) {
    errors.push({
      path: ['paid'],
      message: say({
        nl: 'Een arbeidscontract is betaald werk.',
        en: 'An employment contract is paid work.',
      }),
    });
  }
  if (errors.length) throw validationError(errors);

  const assign = <K extends keyof Placement>(
    key: K,
    value: Placement[K] | undefined,
    name = key as string,
  ) => {
    if (value === undefined || value === placement[key]) return;
    placement[key] = value;
    fields.push(name);
  };
  assign('startDate', input.startDate);
  assign('contractType', input.contractType);
  assign('contractDurationMonths', input.contractDurationMonths);
  if (
    input.contractHoursPerWeek !== undefined &&
    input.contractHoursPerWeek !== placement.contractHoursPerWeek
  ) {
    placement.contractHoursPerWeek = input.contractHoursPerWeek;
    fields.push('contractHoursPerWeek');
    if (followsContract) {
      placement.hoursBuildUp = flatBuildUp(input.contractHoursPerWeek);
      ctx.em.create(PlacementHoursChange, {
        placement,
        steps: placement.hoursBuildUp,
        contractHoursPerWeek: input.contractHoursPerWeek,
        reason: 'De contracturen zijn aangepast; de uren vanaf week 1 gaan mee.',
        changedAt: ctx.now,
        changedByUserId: ctx.actor.userId,
      });
      fields.push('hoursBuildUp');
    }
  }
  assign('zeroHoursContract', input.zeroHoursContract);
  assign('paid', input.paid);
  assign('underCao', input.underCao);
  if (input.pay !== undefined) {
    placement.pay = input.pay;
    fields.push('pay');
  }
  if (input.mentorUserId !== undefined && mentor?.id !== placement.mentor?.id) {
    placement.mentor = mentor;
    fields.push('mentor');
  }
  if (input.managerUserId !== undefined && manager?.id !== placement.manager?.id) {
    placement.manager = manager;
    fields.push('manager');
  }
  if (lifecoach && lifecoach.id !== placement.lifecoach.id) {
    placement.lifecoach = lifecoach;
    fields.push('lifecoach');
  }
  if (fields.length > 0) audit(ctx, placement, 'updated', fields);
  await ctx.em.flush();
  return placementView(ctx, rules, placement);
}

/**
 * The employer confirms the start: start date, mentor and manager are named. From now on the
 * person counts as placed (matching leaves them out) and the follow-up conversations are due.
 */
export async function startPlacement(
  ctx: RequestContext,
  rules: CadenceRules,
  id: string,
  input: { startDate?: string | undefined },
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.ManagePlacements);
  const placement = await findPlacementInScope(ctx, id);
  assertTransition(placement, 'ACTIVE');
  const startDate = input.startDate ?? placement.startDate ?? null;
  if (!startDate) {
    throw validationError([
      { path: ['startDate'], message: say({ nl: 'Geef de startdatum.', en: 'Give the start date.' }) },
    ]);
  }
  const problem = startDateProblem(startDate, programmeToday(ctx.now));
  if (problem) throw validationError([{ path: ['startDate'], message: problem }]);
  const missing = [!placement.mentor && 'mentor', !placement.manager && 'manager'].filter(
    Boolean,
  ) as string[];
  if (missing.length > 0) {
    throw conflict(
      say({
        nl: 'Noem eerst een mentor en een leidinggevende.',
        en: 'Name a mentor and a manager first.',
      }),
      { missing },
    );
  }
  placement.status = 'ACTIVE';
  placement.startDate = startDate;
  placement.startedAt = ctx.now;
  markMatchingInputChanged(ctx.em, placement.jobSeeker.id);
  audit(ctx, placement, 'started', ['status', 'startDate']);
  await ctx.em.flush();
  return placementView(ctx, rules, placement);
}

export async function convertPlacement(
  ctx: RequestContext,
  rules: CadenceRules,
  id: string,
  input: { convertedOn: string },
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.ManagePlacements);
  const placement = await findPlacementInScope(ctx, id);
  assertTransition(placement, 'CONVERTED_TO_PERMANENT');
  const today = programmeToday(ctx.now);
  if (input.convertedOn > today) {
    throw validationError([
      {
        path: ['convertedOn'],
        message: say({ nl: 'Deze datum ligt in de toekomst.', en: 'This date is in the future.' }),
      },
    ]);
  }
  if (placement.startDate && input.convertedOn < placement.startDate) {
    throw validationError([
      {
        path: ['convertedOn'],
        message: say(
          { nl: 'Deze datum ligt voor de start ({startDate}).', en: 'Before the start.' },
          { startDate: placement.startDate },
        ),
      },
    ]);
  }
  placement.status = 'CONVERTED_TO_PERMANENT';
  placement.convertedOn = input.convertedOn;
  audit(ctx, placement, 'converted', ['status', 'convertedOn']);
  await ctx.em.flush();
  return placementView(ctx, rules, placement);
}

/**
 * The person comes back to the programme: their current segment decision is due for review today,
 * so it appears at the top of the lifecoach's review list (GET /api/segment-reviews).
 */
async function requestSegmentReview(ctx: RequestContext, placement: Placement, today: string): Promise<void> {
  const decision = await currentSegmentDecision(ctx.em, placement.jobSeeker.id);
  if (!decision) return;
  if (decision.reviewDate > today) decision.reviewDate = today;
  placement.jobSeeker.segmentReviewDate = decision.reviewDate;
  recordAudit(ctx, {
    action: 'segment_decision.review_requested',
    entityType: 'segment_decision',
    entityId: decision.id,
    subjectId: placement.jobSeeker.id,
    fields: ['reviewDate'],
  });
  recordAudit(ctx, {
    action: 'job_seeker.updated',
    entityType: 'job_seeker',
    entityId: placement.jobSeeker.id,
    fields: ['segmentReviewDate'],
  });
}

function assertMayEnd(ctx: RequestContext, placement: Placement): void {
  const relation = relationTo(ctx.actor, placement);
  assertRelation(
    relation.programme || relation.recruiter || relation.lifecoach,
    say({
      nl: 'Een plaatsing beëindigen doen de werkgever, de lifecoach of het programma.',
      en: 'Only the employer, the lifecoach or the programme end a placement.',
    }),
  );
}

/** Money-related reasons are the lifecoach's and the programme's to give: an employer does not know them. */
function assertReasonForSide(ctx: RequestContext, reason: EndReason): void {
  if (isEmployerSide(ctx.actor) && PRIVATE_END_REASONS.includes(reason)) {
    throw validationError([
      { path: ['reason'], message: 'Kies een andere reden: geldzaken legt de lifecoach vast.' },
    ]);
  }
}

/**
 * A placement ends with a reason from the fixed list and the causes in words, on its last day of
 * work. When the person returns to the programme, their segment is reviewed.
 */
export async function endPlacement(
  ctx: RequestContext,
  rules: CadenceRules,
  id: string,
  input: EndPlacementInput,
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.EndPlacements);
  const placement = await findPlacementInScope(ctx, id);
  assertMayEnd(ctx, placement);
  assertTransition(placement, 'ENDED');
  assertReasonForSide(ctx, input.reason);
  const today = programmeToday(ctx.now);
  if (input.endDate > today) {
    throw validationError([
      {
        path: ['endDate'],
        message: say({
          nl: 'Leg het einde vast op of na de laatste werkdag.',
          en: 'The end date is in the future.',
        }),
      },
    ]);
  }
  if (placement.startDate && input.endDate < placement.startDate) {
    throw validationError([
      {
        path: ['endDate'],
        message: say(
          { nl: 'Deze datum ligt voor de start ({startDate}).', en: 'Before the start.' },
          { startDate: placement.startDate },
        ),
      },
    ]);
  }
  placement.status = 'ENDED';
  placement.endDate = input.endDate;
  placement.endReason = input.reason;
  placement.endNote = input.note;
  placement.returnsToProgramme = input.returnsToProgramme;
  placement.endedBySide = isEmployerSide(ctx.actor) ? 'EMPLOYER' : 'PROGRAMME';
  placement.endedByUserId = ctx.actor.userId;
  markMatchingInputChanged(ctx.em, placement.jobSeeker.id);
  audit(ctx, placement, 'ended', ['status', 'endDate', 'endReason', 'endNote', 'returnsToProgramme']);
  if (input.returnsToProgramme) await requestSegmentReview(ctx, placement, today);
  await ctx.em.flush();
  return placementView(ctx, rules, placement);
}

/** A draft that never started: the reason is kept, like an ending. */
export async function cancelPlacement(
  ctx: RequestContext,
  rules: CadenceRules,
  id: string,
  input: CancelPlacementInput,
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.EndPlacements);
  const placement = await findPlacementInScope(ctx, id);
  assertMayEnd(ctx, placement);
  assertTransition(placement, 'CANCELLED');
  assertReasonForSide(ctx, input.reason);
  placement.status = 'CANCELLED';
  placement.endReason = input.reason;
  placement.endNote = input.note;
  placement.endedBySide = isEmployerSide(ctx.actor) ? 'EMPLOYER' : 'PROGRAMME';
  placement.endedByUserId = ctx.actor.userId;
  audit(ctx, placement, 'cancelled', ['status', 'endReason', 'endNote']);
  await ctx.em.flush();
  return placementView(ctx, rules, placement);
}

// ---- hours build-up and absences ----------------------------------------------------------------

async function hoursView(ctx: RequestContext, placement: Placement): Promise<HoursBuildUpView> {
  const history = await ctx.em.find(
    PlacementHoursChange,
    { placement: placement.id },
    { orderBy: { changedAt: 'desc', id: 'desc' } },
  );
  const userIds = [...new Set(history.map((change) => change.changedByUserId).filter(Boolean))] as string[];
  const names = new Map(
    (userIds.length ? await ctx.em.find(User, { id: { $in: userIds } }) : []).map((u) => [
      u.id,
      u.displayName,
    ]),
  );
  return {
    placementId: placement.id,
    placementVersion: placement.version,
    contractHoursPerWeek: placement.contractHoursPerWeek,
    ...hoursToday(placement, programmeToday(ctx.now)),
    schedule: placement.hoursBuildUp,
    history: history.map((change) => ({
      steps: change.steps,
      contractHoursPerWeek: change.contractHoursPerWeek,
      reason: change.reason,
      changedAt: change.changedAt.toISOString(),
      changedBy: change.changedByUserId
        ? { userId: change.changedByUserId, displayName: names.get(change.changedByUserId) ?? null }
        : null,
    })),
  };
}

export async function getHoursBuildUp(ctx: RequestContext, id: string): Promise<HoursBuildUpView> {
  assertCan(ctx.actor, Permission.ReadPlacements);
  const placement = await findPlacementInScope(ctx, id);
  const view = await hoursView(ctx, placement);
  audit(ctx, placement, 'hours_viewed');
  await ctx.em.flush();
  return view;
}

/** A new agreed schedule of hours per week, with the reason; the earlier ones stay in the history. */
export async function putHoursBuildUp(
  ctx: RequestContext,
  id: string,
  input: PutHoursBuildUpInput,
): Promise<HoursBuildUpView> {
  assertCan(ctx.actor, Permission.AgreeHoursBuildUp);
  const placement = await findPlacementInScope(ctx, id);
  const relation = relationTo(ctx.actor, placement);
  assertRelation(
    relation.programme || relation.recruiter || relation.manager || relation.lifecoach,
    say({
      nl: 'De opbouw van uren spreken de werkgever, de leidinggevende en de lifecoach af.',
      en: 'Only the employer, the manager or the lifecoach agree the hours.',
    }),
  );
  assertVersion(placement, input.version);
  assertOpen(placement);
  const problems = buildUpProblems(input.steps, placement.contractHoursPerWeek);
  if (problems.length) throw validationError(problems);
  placement.hoursBuildUp = input.steps.map((step) => ({ fromWeek: step.fromWeek, hours: step.hours }));
  ctx.em.create(PlacementHoursChange, {
    placement,
    steps: placement.hoursBuildUp,
    contractHoursPerWeek: placement.contractHoursPerWeek,
    reason: input.reason,
    changedAt: ctx.now,
    changedByUserId: ctx.actor.userId,
  });
  audit(ctx, placement, 'hours_agreed', ['hoursBuildUp']);
  await ctx.em.flush();
  return hoursView(ctx, placement);
}

/** Holidays and other agreed absences: no conversation falls due on those days. */
export async function putAbsences(
  ctx: RequestContext,
  rules: CadenceRules,
  id: string,
  input: PutAbsencesInput,
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.RecordAbsences);
  const placement = await findPlacementInScope(ctx, id);
  const relation = relationTo(ctx.actor, placement);
  assertRelation(
    relation.programme || relation.recruiter || relation.manager || relation.mentor || relation.lifecoach,
    say({
      nl: 'Alleen wie deze plaatsing begeleidt, legt afwezigheid vast.',
      en: 'Only those who guide this placement record absences.',
    }),
  );
  assertVersion(placement, input.version);
  assertOpen(placement);
  const problems = absenceProblems(input.absences);
  if (problems.length) throw validationError(problems);
  placement.absences = [...input.absences].sort((a, b) => (a.from < b.from ? -1 : 1));
  audit(ctx, placement, 'absences_changed', ['absences']);
  await ctx.em.flush();
  return placementView(ctx, rules, placement);
}
