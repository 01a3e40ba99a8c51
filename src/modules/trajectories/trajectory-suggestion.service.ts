import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { conflict } from '../../http/problem';
import type { ReferenceData } from '../../reference/reference-data';
import { recordAudit } from '../audit/audit.service';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import {
  InvalidVacancyError,
  type MatchContext,
  type MatchSeeker,
  type MatchVacancy,
  scoreMatch,
} from '../matching/engine';
import { loadMatchSeeker } from '../matching/seeker-projection';
import { trainingOutlook } from '../matching/training-outlook';
import { toMatchVacancy } from '../matching/vacancy-projection';
import { programmeToday } from '../readiness/review-dates';
import { Vacancy } from '../vacancies/vacancy.entity';
import { TrajectoryOffering } from './trajectory-offering.entity';
import { latestProfileOf } from './trajectory-placement.views';
import {
  nextStartDate,
  OFFERING_KIND_LABELS_NL,
  offeringKinds,
  SEGMENTS_BY_OFFERING_KIND,
} from './trajectory-rules';
import type { TrajectorySuggestionsView } from './trajectory-suggestion.schemas';
import { rankOfferingsForGaps } from './trajectory-suggestions';

/** Offering kinds meant for a segment: learn-work trajectories and training modules for READY and LATER. */
const kindsFor = (segment: 'READY' | 'LATER') =>
  offeringKinds.filter((kind) => SEGMENTS_BY_OFFERING_KIND[kind].includes(segment));

/** The vacancies the person wants: their interest in the work or its sector counts (or they stated none). */
function wantedVacancies(seeker: MatchSeeker, vacancies: readonly MatchVacancy[], ctx: MatchContext) {
  return vacancies.filter((vacancy) => {
    try {
      const interest = scoreMatch(seeker, vacancy, ctx).components.find((c) => c.name === 'interest');
      return (interest?.value ?? 0) > 0;
    } catch (error) {
      if (error instanceof InvalidVacancyError) return false;
      throw error;
    }
  });
}

/**
 * For a person in READY or LATER: the open learn-work trajectories and training modules within
 * their hours and travel distance, ranked by how many of the vacancies they want the competences
 * they develop would open — the matching engine's "what to train", computed as if the person were
 * READY (which is what the trajectory is for; for READY it is what they are). A READY person's
 * preparation plan chooses its training modules from these. Without matching consent no vacancy is looked at: the offerings
 * are then ranked by distance only.
 */
export async function suggestTrajectories(
  ctx: RequestContext,
  reference: ReferenceData,
  matchContext: MatchContext,
  jobSeekerId: string,
): Promise<TrajectorySuggestionsView> {
  assertCan(ctx.actor, Permission.ReadTrajectorySuggestions);
  const jobSeeker = await findJobSeekerInScope(ctx, jobSeekerId, []);
  const segment = jobSeeker.currentSegment ?? null;
  if (segment !== 'LATER' && segment !== 'READY') {
    throw conflict(
      say({
        nl: 'Suggesties voor een traject of training zijn voor mensen in ‘nu klaar voor werk’ of ‘kansrijk voor werk op termijn’.',
        en: 'Suggestions are for people in segment READY or LATER.',
      }),
      { segment },
    );
  }
  const profile = await latestProfileOf(ctx.em, jobSeeker.id);
  const seeker = await loadMatchSeeker(ctx.em, jobSeeker.id, ctx.now);
  if (!profile || !seeker) {
    throw conflict(
      say({
        nl: 'Deze persoon heeft nog geen talentenprofiel.',
        en: 'This person has no talent profile yet.',
      }),
    );
  }

  let gaps: { competenceCode: string; currentLevel: number; vacancyIds: string[] }[] = [];
  let vacanciesConsidered = 0;
  if (seeker.matchingConsent) {
    const vacancies = (await ctx.em.find(Vacancy, { status: 'OPEN' })).map(toMatchVacancy);
    const wanted = wantedVacancies({ ...seeker, segment: 'READY', placed: false }, vacancies, matchContext);
    vacanciesConsidered = wanted.length;
    gaps = trainingOutlook(matchContext, seeker, wanted);
  }

  const today = programmeToday(ctx.now);
  const offerings = (
    await ctx.em.find(
      TrajectoryOffering,
      { status: 'OPEN', kind: { $in: kindsFor(segment) } },
      { populate: ['provider'] },
    )
  ).filter((offering) => nextStartDate(offering, today) !== null);
  const { postcodes } = reference;
  const ranked = rankOfferingsForGaps(
    gaps,
    offerings.map((offering) => ({
      id: offering.id,
      competenceCodes: offering.competenceCodes,
      hoursPerWeek: offering.hoursPerWeek,
      distanceKm:
        postcodes.has(seeker.pc4) && postcodes.has(offering.postcode)
          ? postcodes.distanceKm(seeker.pc4, offering.postcode)
          : null,
    })),
    { maxHoursPerWeek: seeker.wantedHours.max, maxTravelKm: seeker.maxTravelKm },
  );
  const byId = new Map(offerings.map((offering) => [offering.id, offering]));
  const label = (code: string) => reference.catalogue.competence(code)?.labelNl ?? code;

  recordAudit(ctx, {
    action: 'trajectory_suggestions.viewed',
    entityType: 'job_seeker',
    entityId: jobSeeker.id,
    fields: ['profile'],
  });
  await ctx.em.flush();

  const explanationNl = !seeker.matchingConsent
    ? 'Deze persoon gaf geen toestemming om te matchen. Daarom kijken we niet naar vacatures. Dit zijn de trajecten die passen bij de uren en de reisafstand, de dichtstbijzijnde eerst.'
    : gaps.length === 0
      ? 'We vonden geen competentie waarmee vacatures die deze persoon wil open gaan. Dit zijn de trajecten die passen bij de uren en de reisafstand, de dichtstbijzijnde eerst.'
      : 'Deze trajecten oefenen competenties die nodig zijn voor vacatures die deze persoon wil. Bovenaan staat het traject waarmee de meeste vacatures open gaan.';

  return {
    jobSeekerId: jobSeeker.id,
    segment,
    profileNumber: profile.profileNumber,
    usedVacancies: seeker.matchingConsent,
    vacanciesConsidered,
    explanationNl,
    gaps: gaps.map((gap) => ({
      competenceCode: gap.competenceCode,
      competenceLabel: label(gap.competenceCode),
      currentLevel: gap.currentLevel,
      vacanciesOpened: gap.vacancyIds.length,
    })),
    items: ranked.map((suggestion) => {
      const offering = byId.get(suggestion.offeringId) as TrajectoryOffering;
      return {
        offering: {
          id: offering.id,
          title: offering.title,
          kind: offering.kind,
          kindLabelNl: OFFERING_KIND_LABELS_NL[offering.kind],
          providerId: offering.provider.id,
          providerName: offering.provider.name,
          hoursPerWeek: offering.hoursPerWeek,
          durationWeeks: offering.durationWeeks,
          postcode: offering.postcode,
          nextStartDate: nextStartDate(offering, today),
        },
        distanceKm: suggestion.distanceKm,
        developsGaps: suggestion.developsGaps.map((code) => ({
          competenceCode: code,
          competenceLabel: label(code),
        })),
        vacanciesOpened: suggestion.vacanciesOpened,
      };
    }),
  };
}
