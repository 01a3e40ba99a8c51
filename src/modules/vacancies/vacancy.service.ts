import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import type { Actor, RequestContext } from '../../http/context';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { AppError, type FieldError, ProblemCode, validationError } from '../../http/problem';
import type { ReferenceData } from '../../reference/reference-data';
import { recordAudit } from '../audit/audit.service';
import { closeOpenCandidaciesOfVacancy } from '../candidacies/candidacy-transitions';
import { isLegalQualification, LEGAL_QUALIFICATION_LABELS_NL } from '../matching/engine/legal-requirements';
import { isOnCall, passendWerkPhrasesNl } from '../matching/engine/passend-werk';
import { Organisation } from '../organisations/organisation.entity';
import { vacancyScope } from './vacancy.access';
import { Vacancy, type VacancyStatus } from './vacancy.entity';
import type { ListVacanciesQuery, UpdateVacancyInput, VacancyInput, VacancyView } from './vacancy.schemas';
import { canMoveVacancy, isEditable } from './vacancy-transitions';

const legalQualificationLabel = (code: string): string | null =>
  isLegalQualification(code) ? LEGAL_QUALIFICATION_LABELS_NL[code] : null;

const isOwnEmployer = (actor: Actor, vacancy: Vacancy) => vacancy.employer.id === actor.organisationId;

export function toVacancyView(vacancy: Vacancy, actor: Actor, reference: ReferenceData): VacancyView {
  const { catalogue } = reference;
  return {
    id: vacancy.id,
    employerId: vacancy.employer.id,
    employerName: vacancy.employer.name,
    title: vacancy.title,
    occupationCode: vacancy.occupationCode ?? null,
    occupationLabel: vacancy.occupationCode
      ? (catalogue.occupation(vacancy.occupationCode)?.labelNl ?? null)
      : null,
    description: vacancy.description,
    postcode: vacancy.postcode,
    hours: { min: vacancy.hoursMin, max: vacancy.hoursMax },
    gradualBuildUp: vacancy.gradualBuildUp,
    contractType: vacancy.contractType,
    contractKind: vacancy.contractKind ?? null,
    workingTimes: vacancy.workingTimes ?? [],
    onCall: isOnCall(vacancy.contractKind ?? null, vacancy.hoursMin),
    passendWerk: passendWerkPhrasesNl({
      paid: vacancy.paid,
      permanentProspect: vacancy.permanentProspect,
      underCao: vacancy.underCao,
      payIndicated: vacancy.pay != null,
    }),
    permanentProspect: vacancy.permanentProspect,
    paid: vacancy.paid,
    zeroHours: vacancy.hoursMin === 0,
    underCao: vacancy.underCao,
    pay: vacancy.pay ?? null,
    requirements: vacancy.requirements.map((r) => ({
      ...r,
      competenceLabel: catalogue.competence(r.competenceCode)?.labelNl ?? r.competenceCode,
    })),
    legalRequirements: vacancy.legalRequirements.map((r) =>
      'code' in r ? { code: r.code, label: legalQualificationLabel(r.code) ?? r.code } : r,
    ),
    dutchLevel: vacancy.dutchLevel ?? null,
    behaviours: vacancy.behaviours,
    mentorAvailable: vacancy.mentorAvailable,
    positions: vacancy.positions,
    status: vacancy.status,
    ...(isOwnEmployer(actor, vacancy) ? { employerOnlyNotes: vacancy.employerOnlyNotes } : {}),
    createdAt: vacancy.createdAt.toISOString(),
    updatedAt: vacancy.updatedAt.toISOString(),
    version: vacancy.version,
  };
}

/** Checks a vacancy's content against the reference data: every code must exist. */
function assertValidContent(input: VacancyInput, reference: ReferenceData): void {
  const errors: FieldError[] = [];
  const { catalogue, postcodes, activeInstrument } = reference;
  if (input.occupationCode && !catalogue.hasOccupation(input.occupationCode)) {
    errors.push({ path: ['occupationCode'], message: 'Unknown ESCO occupation code.' });
  }
  if (!postcodes.has(input.postcode.pc4)) {
    errors.push({ path: ['postcode'], message: 'This postcode is not in our postcode list.' });
  }
  const seen = new Set<string>();
  input.requirements.forEach((requirement, index) => {
    if (!catalogue.hasCompetence(requirement.competenceCode)) {
      errors.push({ path: ['requirements', index, 'competenceCode'], message: 'Unknown competence code.' });
    }
    if (seen.has(requirement.competenceCode)) {
      errors.push({
        path: ['requirements', index, 'competenceCode'],
        message: 'This competence is listed twice.',
      });
    }
    seen.add(requirement.competenceCode);
  });
  input.legalRequirements.forEach((requirement, index) => {
    if ('code' in requirement && !legalQualificationLabel(requirement.code)) {
      errors.push({ path: ['legalRequirements', index, 'code'], message: 'Unknown legal qualification.' });
    }
  });
  const behaviourIds = new Set(activeInstrument.sections.gedrag.items.map((item) => item.id));
  input.behaviours.forEach((behaviour, index) => {
    if (!behaviourIds.has(behaviour)) {
      errors.push({
        path: ['behaviours', index],
        message: 'Unknown work behaviour; see the gedrag items of GET /api/instrument.',
      });
    }
  });
  if (input.contractType === 'EMPLOYMENT' && !input.paid) {
    errors.push({ path: ['paid'], message: 'An employment contract is paid work.' });
  }
  if (input.contractKind === 'vast' && input.contractType !== 'EMPLOYMENT') {
    errors.push({ path: ['contractKind'], message: 'A permanent contract is an employment contract.' });
  }
  if (input.contractKind === 'vast' && !input.permanentProspect) {
    errors.push({ path: ['permanentProspect'], message: 'A permanent contract has a permanent prospect.' });
  }
  if (errors.length) throw validationError(errors);
}

function contentOf(input: VacancyInput) {
  return {
    title: input.title,
    occupationCode: input.occupationCode,
    description: input.description,
    postcode: input.postcode.pc4,
    postcodeFull: input.postcode.full,
    hoursMin: input.hours.min,
    hoursMax: input.hours.max,
    gradualBuildUp: input.gradualBuildUp,
    contractType: input.contractType,
    contractKind: input.contractKind,
    // An empty list says as much as none: "niet opgegeven".
    workingTimes: input.workingTimes?.length ? input.workingTimes : null,
    permanentProspect: input.permanentProspect,
    paid: input.paid,
    underCao: input.underCao,
    pay: input.pay,
    requirements: input.requirements,
    legalRequirements: input.legalRequirements,
    dutchLevel: input.dutchLevel,
    behaviours: input.behaviours,
    mentorAvailable: input.mentorAvailable,
    positions: input.positions,
    employerOnlyNotes: input.employerOnlyNotes,
  };
}

/** Only a recruiter of the vacancy's own employer may change it. */
async function findOwnVacancy(ctx: RequestContext, id: string): Promise<Vacancy> {
  assertCan(ctx.actor, Permission.ManageVacancies);
  return findInScope(ctx.em, Vacancy, id, vacancyScope(ctx.actor), { nl: 'Deze vacature', en: 'Vacancy' }, [
    'employer',
  ]);
}

export async function createVacancy(
  ctx: RequestContext,
  input: VacancyInput,
  reference: ReferenceData,
): Promise<VacancyView> {
  assertCan(ctx.actor, Permission.ManageVacancies);
  assertValidContent(input, reference);
  const employer = await ctx.em.findOneOrFail(Organisation, { id: ctx.actor.organisationId });
  const vacancy = ctx.em.create(Vacancy, {
    employer,
    ...contentOf(input),
    status: 'DRAFT',
    createdByUserId: ctx.actor.userId,
  });
  recordAudit(ctx, { action: 'vacancy.created', entityType: 'vacancy', entityId: vacancy.id });
  await ctx.em.flush();
  return toVacancyView(vacancy, ctx.actor, reference);
}

export async function updateVacancy(
  ctx: RequestContext,
  id: string,
  input: UpdateVacancyInput,
  reference: ReferenceData,
): Promise<VacancyView> {
  const vacancy = await findOwnVacancy(ctx, id);
  assertVersion(vacancy, input.version);
  if (!isEditable(vacancy.status)) {
    throw new AppError(
      ProblemCode.InvalidTransition,
      `A ${vacancy.status.toLowerCase()} vacancy can no longer be changed.`,
    );
  }
  assertValidContent(input, reference);
  ctx.em.assign(vacancy, contentOf(input));
  recordAudit(ctx, { action: 'vacancy.updated', entityType: 'vacancy', entityId: vacancy.id });
  await ctx.em.flush();
  return toVacancyView(vacancy, ctx.actor, reference);
}

export async function changeVacancyStatus(
  ctx: RequestContext,
  id: string,
  input: { status: VacancyStatus; version: number },
  reference: ReferenceData,
): Promise<VacancyView> {
  const vacancy = await findOwnVacancy(ctx, id);
  assertVersion(vacancy, input.version);
  if (!canMoveVacancy(vacancy.status, input.status)) {
    throw new AppError(
      ProblemCode.InvalidTransition,
      `A vacancy cannot go from ${vacancy.status} to ${input.status}.`,
      undefined,
      { from: vacancy.status, to: input.status },
    );
  }
  vacancy.status = input.status;
  // A filled or closed vacancy ends its open candidacies in the hiring pipeline.
  if (input.status === 'FILLED' || input.status === 'CLOSED') {
    await closeOpenCandidaciesOfVacancy(
      ctx,
      vacancy.id,
      input.status === 'FILLED' ? 'VACANCY_FILLED' : 'VACANCY_CLOSED',
    );
  }
  recordAudit(ctx, {
    action: 'vacancy.status_changed',
    entityType: 'vacancy',
    entityId: vacancy.id,
    fields: ['status'],
  });
  await ctx.em.flush();
  return toVacancyView(vacancy, ctx.actor, reference);
}

export async function getVacancy(
  ctx: RequestContext,
  id: string,
  reference: ReferenceData,
): Promise<VacancyView> {
  assertCan(ctx.actor, Permission.ReadVacancies);
  const vacancy = await findInScope(
    ctx.em,
    Vacancy,
    id,
    vacancyScope(ctx.actor),
    { nl: 'Deze vacature', en: 'Vacancy' },
    ['employer'],
  );
  return toVacancyView(vacancy, ctx.actor, reference);
}

export async function listVacancies(
  ctx: RequestContext,
  query: ListVacanciesQuery,
  reference: ReferenceData,
): Promise<Page<VacancyView>> {
  assertCan(ctx.actor, Permission.ReadVacancies);
  const filter = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.employerId ? { employer: query.employerId } : {}),
    ...(query.contractType ? { contractType: query.contractType } : {}),
  };
  const page = await findPage(ctx.em, Vacancy, { $and: [filter, vacancyScope(ctx.actor)] }, query, {
    createdAt: 'desc',
  });
  await ctx.em.populate(page.items, ['employer']);
  return {
    items: page.items.map((v) => toVacancyView(v, ctx.actor, reference)),
    nextCursor: page.nextCursor,
  };
}
