import type { EntityManager } from '@mikro-orm/core';
import { rawQuery } from '../../db/raw-query';
import { CandidatePseudonym } from './candidate-pseudonym.entity';

// No 0/O or 1/I: codes are read aloud at a Meet & Greet table.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `K-${Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('')}`;
}

/** The candidate codes of these people for this vacancy, made on first sight and stable afterwards. */
export async function candidateCodes(
  em: EntityManager,
  vacancyId: string,
  jobSeekerIds: readonly string[],
): Promise<Map<string, string>> {
  if (jobSeekerIds.length === 0) return new Map();
  const existing = await em.find(CandidatePseudonym, {
    vacancy: vacancyId,
    jobSeeker: { $in: [...jobSeekerIds] },
  });
  const codes = new Map(existing.map((pseudonym) => [pseudonym.jobSeeker.id, pseudonym.code]));
  // Retry covers the rare clash of two random codes within one vacancy.
  for (let attempt = 0; attempt < 3; attempt++) {
    const missing = jobSeekerIds.filter((id) => !codes.has(id));
    if (missing.length === 0) break;
    const values = missing.map(() => '(?, ?, ?, ?, now())').join(', ');
    const params = missing.flatMap((id) => [crypto.randomUUID(), vacancyId, id, randomCode()]);
    // A concurrent request may make the same pseudonym: the first one stays, and is read back.
    await rawQuery(
      em,
      `insert into candidate_pseudonym (id, vacancy_id, job_seeker_id, code, created_at) values ${values}
         on conflict do nothing`,
      params,
    );
    const made = await em.find(CandidatePseudonym, { vacancy: vacancyId, jobSeeker: { $in: missing } });
    for (const pseudonym of made) codes.set(pseudonym.jobSeeker.id, pseudonym.code);
  }
  return codes;
}

/** The person behind a candidate code, or null. */
export async function resolveCandidateCode(
  em: EntityManager,
  vacancyId: string,
  code: string,
): Promise<string | null> {
  const pseudonym = await em.findOne(CandidatePseudonym, { vacancy: vacancyId, code });
  return pseudonym?.jobSeeker.id ?? null;
}
