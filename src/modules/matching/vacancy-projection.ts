import type { Vacancy } from '../vacancies/vacancy.entity';
import type { CompetenceRequirement, LegalRequirement, MatchVacancy } from './engine';

const DUTCH_COMPETENCES = {
  speaking: 'L-NL-SPREKEN',
  reading: 'L-NL-LEZEN',
  writing: 'L-NL-SCHRIJVEN',
} as const;

/**
 * A vacancy as the engine sees it. The Dutch language level becomes essential requirements on the
 * language competences; diploma and experience notes are not passed on, so they cannot count.
 */
export function toMatchVacancy(vacancy: Vacancy): MatchVacancy {
  const requirements: CompetenceRequirement[] = [...vacancy.requirements];
  const listed = new Set(requirements.map((r) => r.competenceCode));
  for (const [skill, code] of Object.entries(DUTCH_COMPETENCES) as [
    keyof typeof DUTCH_COMPETENCES,
    string,
  ][]) {
    const level = vacancy.dutchLevel?.[skill] ?? 0;
    if (level > 0 && !listed.has(code)) requirements.push({ competenceCode: code, level, tier: 'ESSENTIAL' });
  }
  return {
    id: vacancy.id,
    contractType: vacancy.contractType,
    occupationCode: vacancy.occupationCode ?? null,
    sectorCode: vacancy.occupationCode ? vacancy.occupationCode.slice(0, 2) : null,
    pc4: vacancy.postcode,
    hours: { min: vacancy.hoursMin, max: vacancy.hoursMax },
    gradualBuildUp: vacancy.gradualBuildUp,
    requirements,
    legalRequirements: vacancy.legalRequirements as LegalRequirement[],
    behaviours: vacancy.behaviours,
    contractKind: vacancy.contractKind ?? null,
    workingTimes: vacancy.workingTimes?.length ? vacancy.workingTimes : null,
    terms: {
      paid: vacancy.paid,
      permanentProspect: vacancy.permanentProspect,
      underCao: vacancy.underCao,
      payIndicated: vacancy.pay != null,
    },
  };
}
