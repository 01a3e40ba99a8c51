import type { EntityManager } from '@mikro-orm/core';
import type { SharedTalentProfile } from '../assessments/answers';
import { isHeldForErasureSql } from '../erasure/held';
import { ageOn } from '../job-seekers/calendar';
import type { ReadinessSegment } from '../job-seekers/job-seeker.entity';
import { programmeToday } from '../readiness/review-dates';
import {
  CONTRACT_KINDS,
  type ContractKind,
  type LegalQualificationCode,
  type MatchSeeker,
  MOBILITY_QUALIFICATIONS,
  WORKING_TIMES,
  type WorkingTime,
} from './engine';
import { isLegalQualification } from './engine/legal-requirements';

/**
 * What matching reads about a person, straight from the database: the current segment, the latest
 * talent profile, the latest matching consent, legal qualifications, whether they work under a
 * placement (see WORKING_STATUSES in placements/placement-rules.ts) and — for a legal minimum age
 * only — the date of birth. Name, address, origin and other personal fields are never selected.
 * People without a talent profile are not matchable and are left out, and so are people held for
 * erasure only: erased, asking to stop, or without taking part (PROGRAMME_PROCESSING withdrawn).
 */
const SEEKER_QUERY = `
  select js.id, js.postcode, js.date_of_birth, js.current_segment, js.legal_qualifications, tp.profile,
    coalesce((select c.given from consent_record c
               where c.job_seeker_id = js.id and c.purpose = 'MATCHING'
               order by c.recorded_at desc, c.id desc limit 1), false) as matching_consent,
    exists(select 1 from placement pl where pl.job_seeker_id = js.id
            and pl.status in ('ACTIVE', 'CONVERTED_TO_PERMANENT')) as placed,
    exists(select 1 from trajectory_placement tp2 join trajectory_offering o on o.id = tp2.offering_id
            where tp2.job_seeker_id = js.id and o.kind = 'LEARN_WORK'
              and tp2.status in ('ACCEPTED', 'STARTED')) as in_learn_work_trajectory
  from job_seeker js
  join lateral (select t.profile from talent_profile t where t.job_seeker_id = js.id
                order by t.profile_number desc limit 1) tp on true
  where not ${isHeldForErasureSql('js')}`;

type SeekerRow = {
  id: string;
  postcode: string;
  date_of_birth: string | null;
  current_segment: ReadinessSegment | null;
  legal_qualifications: string[] | null;
  profile: SharedTalentProfile;
  matching_consent: boolean;
  /** Working under a placement of the programme (started, or converted to a permanent contract). */
  placed: boolean;
  /** Accepted for, or started in, a learn-work trajectory. */
  in_learn_work_trajectory: boolean;
};

/** Whole years on `today` (the Dutch calendar day); used only for a legal minimum-age gate. */
export function ageInYears(dateOfBirth: string | null, today: Date): number | null {
  return dateOfBirth ? ageOn(dateOfBirth, programmeToday(today)) : null;
}

function qualificationsOf(row: SeekerRow): LegalQualificationCode[] {
  const held = new Set<LegalQualificationCode>();
  for (const code of row.legal_qualifications ?? []) if (isLegalQualification(code)) held.add(code);
  for (const means of row.profile.mobility ?? []) {
    const implied = MOBILITY_QUALIFICATIONS[means];
    if (implied) held.add(implied as LegalQualificationCode);
  }
  return [...held].sort();
}

/**
 * The person's answer as the engine's list: only values the engine knows (a later instrument may
 * add an option), and null when the person was not asked or gave no answer ("not asked is not
 * refused").
 */
function wishesOf<T extends string>(answer: readonly string[] | undefined, known: readonly T[]): T[] | null {
  const values = (answer ?? []).filter((value): value is T => (known as readonly string[]).includes(value));
  return values.length ? [...new Set(values)] : null;
}

export function toMatchSeeker(row: SeekerRow, today: Date): MatchSeeker {
  const { profile } = row;
  return {
    id: row.id,
    segment: row.current_segment,
    matchingConsent: row.matching_consent,
    placed: row.placed === true,
    pc4: row.postcode,
    maxTravelKm: profile.maxTravelKm,
    wantedHours: profile.wantedHours,
    competenceLevels: profile.competenceLevels,
    interests: profile.interests,
    behaviourScores: profile.behaviourScores,
    legalQualifications: qualificationsOf(row),
    ageYears: ageInYears(row.date_of_birth, today),
    contractWishes: wishesOf<ContractKind>(profile.contractWishes, CONTRACT_KINDS),
    workingTimes: wishesOf<WorkingTime>(profile.workingTimes, WORKING_TIMES),
    inLearnWorkTrajectory: row.in_learn_work_trajectory === true,
  };
}

export async function loadAllMatchSeekers(em: EntityManager, today = new Date()): Promise<MatchSeeker[]> {
  const rows = (await em.getConnection().execute(`${SEEKER_QUERY} order by js.id`)) as unknown as SeekerRow[];
  return rows.map((row) => toMatchSeeker(row, today));
}

/** The seekers among `ids` that are matchable now; an id missing from the result has no profile (anymore). */
export async function loadMatchSeekers(
  em: EntityManager,
  ids: readonly string[],
  today = new Date(),
): Promise<MatchSeeker[]> {
  if (ids.length === 0) return [];
  const rows = (await em
    .getConnection()
    .execute(`${SEEKER_QUERY} and js.id = any(?::uuid[])`, [`{${ids.join(',')}}`])) as unknown as SeekerRow[];
  return rows.map((row) => toMatchSeeker(row, today));
}

export async function loadMatchSeeker(
  em: EntityManager,
  id: string,
  today = new Date(),
): Promise<MatchSeeker | null> {
  return (await loadMatchSeekers(em, [id], today))[0] ?? null;
}
