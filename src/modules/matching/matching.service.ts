import type { EntityManager } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import { findInScope } from '../../access/scopes';
import { rawQuery, toPgArray } from '../../db/raw-query';
import type { RequestContext } from '../../http/context';
import { conflict, notFound, validationError } from '../../http/problem';
import type { ReferenceData } from '../../reference/reference-data';
import type { SharedTalentProfile } from '../assessments/answers';
import { recordAudit } from '../audit/audit.service';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { preparationForExplanations } from '../preparation/preparation-plan.service';
import { trainableWithPlan } from '../preparation/preparation-rules';
import { vacancyScope } from '../vacancies/vacancy.access';
import { Vacancy } from '../vacancies/vacancy.entity';
import { type CandidateRanker, inProcessCandidateRanker } from './candidate-ranker';
import { toCandidateView, toStaffCandidateView, withCompetenceLabels } from './candidate-views';
import { InvalidCursorError } from './engine';
import type { RankQuery } from './matching.schemas';
import type { MatchingIndexKeeper } from './matching-index-keeper';
import { candidateCodes, resolveCandidateCode } from './pseudonyms';
import { trainingOutlook } from './training-outlook';
import { toMatchVacancy } from './vacancy-projection';

export type MatchingDependencies = {
  keeper: MatchingIndexKeeper;
  reference: ReferenceData;
  /** Who ranks a vacancy's candidates; default: this process's index (the keeper). Workers: the Durable Object. */
  ranker?: CandidateRanker | undefined;
};

/** How many levels a gap may be to count as trainable (the engine's weights). */
const trainableLevels = (deps: MatchingDependencies) => deps.keeper.context.weights.trainableGap.maxLevels;

const VACANCY_CURSOR = /^\d{1,9}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const invalidCursor = () =>
  validationError([{ path: ['cursor'], message: 'This cursor is not valid for this list.' }]);

function withCursorErrors<T>(rank: () => T): T {
  try {
    return rank();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw invalidCursor();
    throw error;
  }
}

/** The same for a ranking answered asynchronously (the candidate ranker). */
async function withAsyncCursorErrors<T>(rank: () => Promise<T>): Promise<T> {
  try {
    return await rank();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw invalidCursor();
    throw error;
  }
}

/**
 * The latest (shareable) talent profile per person; people without one are missing from the map.
 * One plain query for just the newest profile column: support needs are never read here, and no
 * entities enter the unit of work (which the audit flush would otherwise have to compare).
 */
export async function latestProfiles(em: EntityManager, jobSeekerIds: readonly string[]) {
  if (jobSeekerIds.length === 0) return new Map<string, SharedTalentProfile>();
  const rows = await rawQuery<{ job_seeker_id: string; profile: SharedTalentProfile }>(
    em,
    `select distinct on (job_seeker_id) job_seeker_id, profile from talent_profile
      where job_seeker_id = any(?::uuid[]) order by job_seeker_id, profile_number desc`,
    [toPgArray(jobSeekerIds)],
  );
  return new Map(rows.map((row) => [row.job_seeker_id, row.profile]));
}

export async function listCandidates(
  ctx: RequestContext,
  vacancyId: string,
  query: RankQuery,
  deps: MatchingDependencies,
) {
  assertCan(ctx.actor, Permission.ReadCandidates);
  const vacancy = await findInScope(
    ctx.em,
    Vacancy,
    vacancyId,
    vacancyScope(ctx.actor),
    { nl: 'Deze vacature', en: 'Vacancy' },
    ['employer'],
  );
  const matchVacancy = toMatchVacancy(vacancy);
  const isLifecoach = ctx.actor.role === Role.Lifecoach;
  const engineCursor =
    !isLifecoach && query.cursor ? await cursorToEngine(ctx.em, vacancy.id, query.cursor) : null;
  const caseload = isLifecoach ? await caseloadIds(ctx) : undefined;
  const ranker = deps.ranker ?? inProcessCandidateRanker(deps.keeper);
  const { ranking, explanations } = await withAsyncCursorErrors(() =>
    ranker.rankCandidates(ctx.em, {
      vacancy: matchVacancy,
      limit: query.limit,
      ...(isLifecoach ? { cursor: query.cursor ?? null, within: caseload } : { cursor: engineCursor }),
    }),
  );

  const ids = ranking.items.map((item) => item.seekerId);
  const [profiles, codes, people, preparation] = await Promise.all([
    latestProfiles(ctx.em, ids),
    candidateCodes(ctx.em, vacancy.id, ids),
    ctx.em.find(JobSeeker, { id: { $in: ids } }),
    preparationForExplanations(ctx.em, deps.reference, ids, trainableLevels(deps)),
  ]);
  const personById = new Map(people.map((person) => [person.id, person]));
  const seesIdentity = ctx.actor.role === Role.ProgrammeAdmin || isLifecoach;

  const items = ranking.items.flatMap((item) => {
    const explanation = explanations[item.seekerId];
    const profile = profiles.get(item.seekerId);
    const person = personById.get(item.seekerId);
    const code = codes.get(item.seekerId);
    if (!explanation || !profile || !person || !code) return [];
    recordAudit(ctx, {
      action: 'match_candidate.viewed',
      entityType: 'vacancy',
      entityId: vacancy.id,
      subjectId: item.seekerId,
    });
    const view = toCandidateView(
      {
        code,
        rank: item.rank,
        explanation,
        profile,
        segment: person.currentSegment ?? null,
        fullName: person.fullName,
        preparation: preparation.get(person.id),
      },
      deps.reference,
    );
    return [seesIdentity ? toStaffCandidateView(view, person, profile) : view];
  });
  await ctx.em.flush();
  return {
    vacancyId: vacancy.id,
    items,
    gateFailures: ranking.gateFailures,
    total: ranking.total,
    nextCursor: isLifecoach ? ranking.nextCursor : cursorFromEngine(ranking.nextCursor, codes),
  };
}

/*
 * The ranking engine continues after `<score units>:<person id>`. A person's id links them across
 * vacancies, which the per-vacancy candidate codes exist to prevent, so the cursor a client sees
 * carries the code instead; the code is resolved to the person again on the next page.
 */
function cursorFromEngine(cursor: string | null, codes: ReadonlyMap<string, string>): string | null {
  if (cursor === null) return null;
  const separator = cursor.indexOf(':');
  const code = codes.get(cursor.slice(separator + 1));
  if (!code) throw new Error('the last candidate of a page has no candidate code');
  return `${cursor.slice(0, separator)}:${code}`;
}

async function cursorToEngine(em: EntityManager, vacancyId: string, cursor: string): Promise<string> {
  const separator = cursor.indexOf(':');
  const code = cursor.slice(separator + 1);
  if (separator < 1 || !/^K-[A-Z0-9]{6}$/.test(code)) throw invalidCursor();
  const jobSeekerId = await resolveCandidateCode(em, vacancyId, code);
  if (!jobSeekerId) throw invalidCursor();
  return `${cursor.slice(0, separator)}:${jobSeekerId}`;
}

async function caseloadIds(ctx: RequestContext): Promise<string[]> {
  const caseload = await ctx.em.find(
    JobSeeker,
    { responsibleLifecoach: ctx.actor.userId },
    { fields: ['id'] },
  );
  return caseload.map((person) => person.id).sort();
}

/** One candidate in full: every component and requirement, by the code the employer knows them by. */
export async function explainCandidate(
  ctx: RequestContext,
  vacancyId: string,
  code: string,
  deps: MatchingDependencies,
) {
  assertCan(ctx.actor, Permission.ReadCandidates);
  const vacancy = await findInScope(
    ctx.em,
    Vacancy,
    vacancyId,
    vacancyScope(ctx.actor),
    { nl: 'Deze vacature', en: 'Vacancy' },
    ['employer'],
  );
  const jobSeekerId = await resolveCandidateCode(ctx.em, vacancy.id, code);
  const person = jobSeekerId ? await ctx.em.findOne(JobSeeker, { id: jobSeekerId }) : null;
  const isLifecoach = ctx.actor.role === Role.Lifecoach;
  if (!person || (isLifecoach && person.responsibleLifecoach.id !== ctx.actor.userId)) {
    throw notFound({ nl: 'Deze kandidaat', en: 'Candidate' });
  }
  const ranker = deps.ranker ?? inProcessCandidateRanker(deps.keeper);
  const explanation = await ranker.explainCandidate(ctx.em, person.id, toMatchVacancy(vacancy));
  const profile = (await latestProfiles(ctx.em, [person.id])).get(person.id);
  if (!explanation || !profile) throw notFound({ nl: 'Deze kandidaat', en: 'Candidate' });
  const preparation = await preparationForExplanations(
    ctx.em,
    deps.reference,
    [person.id],
    trainableLevels(deps),
  );
  recordAudit(ctx, {
    action: 'match_candidate.viewed',
    entityType: 'vacancy',
    entityId: vacancy.id,
    subjectId: person.id,
  });
  await ctx.em.flush();
  const view = toCandidateView(
    {
      code,
      rank: 0,
      explanation,
      profile,
      segment: person.currentSegment ?? null,
      fullName: person.fullName,
      preparation: preparation.get(person.id),
    },
    deps.reference,
  );
  const gates = { passed: explanation.gates.passed, failed: explanation.gates.failed };
  const seesIdentity = ctx.actor.role === Role.ProgrammeAdmin || isLifecoach;
  return { ...(seesIdentity ? toStaffCandidateView(view, person, profile) : view), gates };
}

async function openVacancies(em: EntityManager) {
  const vacancies = await em.find(
    Vacancy,
    { status: 'OPEN' },
    { populate: ['employer'], orderBy: { id: 'asc' } },
  );
  return new Map(vacancies.map((vacancy) => [vacancy.id, vacancy]));
}

async function matchableJobSeeker(ctx: RequestContext, jobSeekerId: string, deps: MatchingDependencies) {
  assertCan(ctx.actor, Permission.ReadMatchesForJobSeeker);
  const person = await findJobSeekerInScope(ctx, jobSeekerId);
  const index = await deps.keeper.current(ctx.em);
  if (!index.has(person.id)) {
    throw conflict('This person has no completed talent profile yet, so there is nothing to match on.');
  }
  return { person, index };
}

/** The open vacancies that fit one job seeker, best first, each explained. */
export async function listVacancyMatches(
  ctx: RequestContext,
  jobSeekerId: string,
  query: RankQuery,
  deps: MatchingDependencies,
) {
  const { person, index } = await matchableJobSeeker(ctx, jobSeekerId, deps);
  // The engine continues after `<score units>:<vacancy id>`; anything else was not made here.
  if (query.cursor !== undefined && !VACANCY_CURSOR.test(query.cursor)) throw invalidCursor();
  const vacancies = await openVacancies(ctx.em);
  const matchVacancies = [...vacancies.values()].map(toMatchVacancy);
  const ranking = withCursorErrors(() =>
    index.rankVacancies(person.id, matchVacancies, { limit: query.limit, cursor: query.cursor ?? null }),
  );
  if (!ranking) throw conflict('This person has no completed talent profile yet.');
  const preparation = (
    await preparationForExplanations(ctx.em, deps.reference, [person.id], trainableLevels(deps))
  ).get(person.id);
  const byId = new Map(matchVacancies.map((v) => [v.id, v]));
  const items = ranking.items.flatMap((item) => {
    const vacancy = vacancies.get(item.vacancyId);
    const matchVacancy = byId.get(item.vacancyId);
    const explanation = matchVacancy && index.explain(person.id, matchVacancy);
    if (!vacancy || !explanation) return [];
    return [
      {
        vacancyId: vacancy.id,
        title: vacancy.title,
        employerName: vacancy.employer.name,
        contractType: vacancy.contractType,
        contractKind: vacancy.contractKind ?? null,
        workingTimes: vacancy.workingTimes ?? [],
        paid: vacancy.paid,
        zeroHours: vacancy.hoursMin === 0,
        rank: item.rank,
        score: item.score,
        distanceKm: explanation.distanceKm,
        components: explanation.components,
        requirements: withCompetenceLabels(explanation.requirements, deps.reference, preparation),
      },
    ];
  });
  recordAudit(ctx, { action: 'job_seeker_matches.viewed', entityType: 'job_seeker', entityId: person.id });
  await ctx.em.flush();
  return {
    jobSeekerId: person.id,
    items,
    gateFailures: ranking.gateFailures,
    total: ranking.total,
    nextCursor: ranking.nextCursor,
  };
}

/** The competences whose improvement would open the most open vacancies for this person. */
export async function listTrainingSuggestions(
  ctx: RequestContext,
  jobSeekerId: string,
  deps: MatchingDependencies,
) {
  const { person, index } = await matchableJobSeeker(ctx, jobSeekerId, deps);
  const vacancies = await openVacancies(ctx.em);
  const seeker = index.seeker(person.id);
  const suggestions = seeker
    ? trainingOutlook(deps.keeper.context, seeker, [...vacancies.values()].map(toMatchVacancy))
    : [];
  // A language gap counts as trainable when a language module in the person's plan works on it.
  const languages =
    (await preparationForExplanations(ctx.em, deps.reference, [person.id], trainableLevels(deps))).get(
      person.id,
    )?.languages ?? new Set<string>();
  recordAudit(ctx, { action: 'training_suggestions.viewed', entityType: 'job_seeker', entityId: person.id });
  await ctx.em.flush();
  return {
    jobSeekerId: person.id,
    items: suggestions.map((suggestion) => ({
      competenceCode: suggestion.competenceCode,
      competenceLabel:
        deps.reference.catalogue.competence(suggestion.competenceCode)?.labelNl ?? suggestion.competenceCode,
      currentLevel: suggestion.currentLevel,
      opens: suggestion.opens.flatMap((opening) => {
        const vacancy = vacancies.get(opening.vacancyId);
        return vacancy
          ? [
              {
                vacancyId: vacancy.id,
                title: vacancy.title,
                employerName: vacancy.employer.name,
                requiredLevel: opening.requiredLevel,
                trainable: trainableWithPlan(
                  {
                    competenceCode: suggestion.competenceCode,
                    gapLevels: opening.requiredLevel - suggestion.currentLevel,
                    trainable: opening.trainable,
                  },
                  languages,
                  trainableLevels(deps),
                ),
              },
            ]
          : [];
      }),
    })),
  };
}
