import type { EntityManager } from '@mikro-orm/core';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../audit/audit.service';
import { candidateCodes } from '../matching/pseudonyms';
import { peopleWithConsent } from './consent-lookup';

// What an employer may know of who a person is, for every view an employer reads about a person at
// one of its vacancies (candidacies, placements, follow-up): the candidate code of that vacancy
// always; the name (and contact) only while the person's latest word on sharing their profile with
// that employer is yes. Every response that shows the name is audited as a reveal.

/** A person as seen through one employer's vacancy; `key` is the id of the record the view is of. */
export type EmployerSubject = { key: string; jobSeekerId: string; vacancyId: string; employerId: string };

export type EmployerIdentity = {
  /** The candidate code per key (made on first sight, stable afterwards). */
  codes: Map<string, string>;
  /** Keys whose person now consents to share their profile with the record's employer. */
  sharingConsent: Set<string>;
};

/** Candidate codes and profile-sharing consent for these records, in a query or two per vacancy and employer. */
export async function loadEmployerIdentity(
  em: EntityManager,
  subjects: readonly EmployerSubject[],
): Promise<EmployerIdentity> {
  const byVacancy = new Map<string, EmployerSubject[]>();
  const byEmployer = new Map<string, EmployerSubject[]>();
  for (const subject of subjects) {
    byVacancy.set(subject.vacancyId, [...(byVacancy.get(subject.vacancyId) ?? []), subject]);
    byEmployer.set(subject.employerId, [...(byEmployer.get(subject.employerId) ?? []), subject]);
  }
  const codes = new Map<string, string>();
  for (const [vacancyId, group] of byVacancy) {
    const found = await candidateCodes(
      em,
      vacancyId,
      group.map((subject) => subject.jobSeekerId),
    );
    for (const subject of group) codes.set(subject.key, found.get(subject.jobSeekerId) as string);
  }
  const sharingConsent = new Set<string>();
  for (const [employerId, group] of byEmployer) {
    const consenting = await peopleWithConsent(
      em,
      group.map((subject) => subject.jobSeekerId),
      'PROFILE_SHARING',
      employerId,
    );
    for (const subject of group) if (consenting.has(subject.jobSeekerId)) sharingConsent.add(subject.key);
  }
  return { codes, sharingConsent };
}

/** How an employer refers to a person whose name it may not know: "Kandidaat K-ABC234". */
export const candidateLabel = (code: string): string => `Kandidaat ${code}`;

/**
 * Records that the employer side was shown who this person is. Called for every reveal — the moment
 * an interview invitation is shared, and every response of a placement view that carries the name.
 */
export function recordIdentityReveal(
  ctx: RequestContext,
  reveal: { entityType: 'candidacy' | 'placement'; entityId: string; subjectId: string; fields: string[] },
): void {
  recordAudit(ctx, { action: 'candidate.identity_revealed', ...reveal });
}
