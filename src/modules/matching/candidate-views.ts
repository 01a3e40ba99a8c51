import type { ReferenceData } from '../../reference/reference-data';
import type { SharedTalentProfile } from '../assessments/answers';
import { employerSummaryOf } from '../assessments/employer-summary';
import type { ReadinessSegment } from '../job-seekers/job-seeker.entity';
import { trainableWithPlan } from '../preparation/preparation-rules';
import type { MatchExplanation, RequirementResult } from './engine';
import type { CandidateView, StaffCandidateView } from './matching.schemas';

/**
 * What a person's preparation plan works on (preparation/preparation-plan.service.ts): its
 * competences, and those of its language modules, with the engine's trainable number of levels.
 */
export type PreparationForExplanation = {
  competences: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  maxLevels: number;
};

/**
 * The requirements with their labels. With the person's preparation plan, a gap the plan works on
 * is "in voorbereiding", and a language gap a language module in the plan works on counts as
 * trainable (preparation-rules.ts). The engine's own result is not changed: this is its reading.
 */
export function withCompetenceLabels(
  requirements: readonly RequirementResult[],
  reference: ReferenceData,
  preparation?: PreparationForExplanation,
) {
  return requirements.map((r) => {
    const inPreparation = !r.met && (preparation?.competences.has(r.competenceCode) ?? false);
    const trainable = preparation
      ? trainableWithPlan(
          { competenceCode: r.competenceCode, gapLevels: r.gap, trainable: r.trainable },
          preparation.languages,
          preparation.maxLevels,
        )
      : r.trainable;
    return {
      ...r,
      trainable,
      inPreparation,
      label: inPreparation ? `${r.label}, in voorbereiding` : r.label,
      competenceLabel: reference.catalogue.competence(r.competenceCode)?.labelNl ?? r.competenceCode,
    };
  });
}

/**
 * The pseudonymous candidate: only what says something about talent and fit. Built field by field
 * from the shareable profile, so nothing personal can slip in by accident.
 */
export function toCandidateView(
  input: {
    code: string;
    rank: number;
    explanation: MatchExplanation;
    profile: SharedTalentProfile;
    segment: ReadinessSegment | null;
    /** Only used to check the free text for the name; never part of the view. */
    fullName: string;
    /** The person's preparation plan, when there is one: its gaps read "in voorbereiding". */
    preparation?: PreparationForExplanation | undefined;
  },
  reference: ReferenceData,
): CandidateView {
  const { catalogue } = reference;
  const { explanation, profile } = input;
  const requirements = withCompetenceLabels(explanation.requirements, reference, input.preparation);
  return {
    view: 'EMPLOYER',
    candidateCode: input.code,
    rank: input.rank,
    score: explanation.score,
    segment: input.segment,
    distanceKm: explanation.distanceKm,
    wantedHours: { min: profile.wantedHours.min, max: profile.wantedHours.max },
    competenceProfile: Object.entries(profile.competenceLevels)
      .filter(([, level]) => level > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, level]) => ({ code, label: catalogue.competence(code)?.labelNl ?? code, level })),
    // Never the lifecoach's own strengths summary: only the text written for employers, and only
    // while it still passes the check (employer-summary.ts). Without it: the structured profile only.
    summaryForEmployers: employerSummaryOf(profile.summaryForEmployers, input.fullName),
    interests: {
      occupations: profile.interests.occupations.map((code) => ({
        code,
        label: catalogue.occupation(code)?.labelNl ?? code,
      })),
      sectors: profile.interests.sectors.map((code) => ({
        code,
        label: catalogue.sector(code)?.labelNl ?? code,
      })),
    },
    components: explanation.components,
    requirements,
    gaps: requirements.filter((r) => !r.met),
  };
}

/** Programme staff and lifecoaches: the same candidate, with who it is and the full strengths summary. */
export const toStaffCandidateView = (
  view: CandidateView,
  person: { id: string; fullName: string },
  profile: SharedTalentProfile,
): StaffCandidateView => ({
  ...view,
  view: 'STAFF',
  jobSeekerId: person.id,
  fullName: person.fullName,
  strengthsSummary: profile.strengthsSummary,
});
