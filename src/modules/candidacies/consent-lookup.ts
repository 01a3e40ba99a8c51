import type { EntityManager } from '@mikro-orm/core';
import { type ConsentPurpose, ConsentRecord } from '../consents/consent.entity';

/**
 * Of these people, those whose latest word on the purpose (for this employer, for profile sharing)
 * is "yes" — the rule of `hasConsent`, for a whole list in one query.
 */
export async function peopleWithConsent(
  em: EntityManager,
  jobSeekerIds: readonly string[],
  purpose: ConsentPurpose,
  employerId?: string,
): Promise<Set<string>> {
  if ((purpose === 'PROFILE_SHARING') !== (employerId !== undefined)) {
    throw new TypeError('peopleWithConsent: PROFILE_SHARING needs an employer id, and only it takes one');
  }
  const ids = [...new Set(jobSeekerIds)];
  if (ids.length === 0) return new Set();
  const records = await em.find(
    ConsentRecord,
    { jobSeeker: { $in: ids }, purpose, employer: employerId ?? null },
    { orderBy: { recordedAt: 'desc', id: 'asc' } },
  );
  const latest = new Map<string, boolean>();
  for (const record of records)
    if (!latest.has(record.jobSeeker.id)) latest.set(record.jobSeeker.id, record.given);
  return new Set([...latest].filter(([, given]) => given).map(([id]) => id));
}
