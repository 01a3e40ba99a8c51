import type { EntityManager } from '@mikro-orm/core';
import type { ReferenceData } from '../../reference/reference-data';
import { Candidacy } from '../candidacies/candidacy.entity';
import { peopleWithConsent } from '../candidacies/consent-lookup';
import type { JobSeeker } from '../job-seekers/job-seeker.entity';
import { toCandidateView, toStaffCandidateView } from '../matching/candidate-views';
import type { MatchExplanation, MatchingIndex } from '../matching/engine';
import { latestProfiles } from '../matching/matching.service';
import { candidateCodes } from '../matching/pseudonyms';
import { toMatchVacancy } from '../matching/vacancy-projection';
import type { Vacancy } from '../vacancies/vacancy.entity';
import { type MeetAndGreet, MeetAndGreetParticipant, type ShortlistEntry } from './meet-and-greet.entity';
import { WISH_LABELS_NL, WISH_REASON_LABELS_NL, type WishReason } from './meet-and-greet-rules';
import type { EmployerShortlistItem, StaffShortlistItem } from './shortlist.schemas';

// Which shortlist entries count right now, with their live match explanation, and the views of them.
// The employer's view is the matching module's pseudonymous candidate (toCandidateView) with the
// candidate code of the vacancy, plus the employer's own mark — nothing else.

export type ShortlistCandidate = {
  entry: ShortlistEntry;
  person: JobSeeker;
  explanation: MatchExplanation;
  /** The latest candidacy of this person for this vacancy. */
  candidacy: Candidacy | null;
};

const pairKey = (jobSeekerId: string, vacancyId: string) => `${jobSeekerId}/${vacancyId}`;

/** The latest candidacy per person and vacancy, for these pairs. */
export async function latestCandidacies(
  em: EntityManager,
  jobSeekerIds: readonly string[],
  vacancyIds: readonly string[],
): Promise<Map<string, Candidacy>> {
  if (jobSeekerIds.length === 0 || vacancyIds.length === 0) return new Map();
  const candidacies = await em.find(
    Candidacy,
    { jobSeeker: { $in: [...new Set(jobSeekerIds)] }, vacancy: { $in: [...new Set(vacancyIds)] } },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  const latest = new Map<string, Candidacy>();
  for (const candidacy of candidacies) {
    const key = pairKey(candidacy.jobSeeker.id, candidacy.vacancy.id);
    if (!latest.has(key)) latest.set(key, candidacy);
  }
  return latest;
}

export const candidacyOf = (latest: Map<string, Candidacy>, jobSeekerId: string, vacancyId: string) =>
  latest.get(pairKey(jobSeekerId, vacancyId)) ?? null;

/** The person said no to this vacancy, or was withdrawn from it: they leave its shortlist. */
export const leftThePipeline = (candidacy: Candidacy | null): boolean =>
  candidacy !== null && (candidacy.status === 'DECLINED_BY_PERSON' || candidacy.status === 'WITHDRAWN');

/**
 * The entries that count now, best match first per vacancy: the person is coming (ACCEPTED), still
 * consents to attend and to being matched, has a talent profile (is in the index), and has not left
 * the pipeline for this vacancy. Entries need `jobSeeker` and `vacancy` populated. Only ORM queries:
 * safe inside a transaction (take the index with `keeper.current` before it starts).
 */
export async function currentShortlist(
  em: EntityManager,
  event: MeetAndGreet,
  entries: readonly ShortlistEntry[],
  index: MatchingIndex,
): Promise<ShortlistCandidate[]> {
  const ids = [...new Set(entries.map((entry) => entry.jobSeeker.id))];
  if (ids.length === 0) return [];
  const coming = await em.find(
    MeetAndGreetParticipant,
    { meetAndGreet: event.id, jobSeeker: { $in: ids }, status: 'ACCEPTED' },
    { fields: ['jobSeeker'] },
  );
  const attending = await peopleWithConsent(
    em,
    coming.map((participant) => participant.jobSeeker.id),
    'MEET_AND_GREET',
  );
  const candidacies = await latestCandidacies(
    em,
    ids,
    entries.map((entry) => entry.vacancy.id),
  );
  const matchVacancies = new Map<string, ReturnType<typeof toMatchVacancy>>();
  const result: ShortlistCandidate[] = [];
  for (const entry of entries) {
    const personId = entry.jobSeeker.id;
    if (!attending.has(personId)) continue;
    const candidacy = candidacyOf(candidacies, personId, entry.vacancy.id);
    if (leftThePipeline(candidacy)) continue;
    let matchVacancy = matchVacancies.get(entry.vacancy.id);
    if (!matchVacancy) {
      matchVacancy = toMatchVacancy(entry.vacancy);
      matchVacancies.set(entry.vacancy.id, matchVacancy);
    }
    const explanation = index.explain(personId, matchVacancy);
    if (!explanation || explanation.gates.failed.includes('NO_MATCHING_CONSENT')) continue;
    result.push({ entry, person: entry.jobSeeker, explanation, candidacy });
  }
  return result.sort(
    (a, b) =>
      a.entry.vacancy.id.localeCompare(b.entry.vacancy.id) ||
      b.explanation.score - a.explanation.score ||
      a.person.id.localeCompare(b.person.id),
  );
}

const markOf = (entry: ShortlistEntry) => ({
  source: entry.source,
  sourceLabel: entry.source === 'ENGINE' ? 'Voorgesteld door de matching' : 'Voorgesteld door de lifecoach',
  wish: entry.wish ?? null,
  wishLabel: entry.wish ? WISH_LABELS_NL[entry.wish] : null,
  wishReason: (entry.wishReason as WishReason | null) ?? null,
  wishReasonLabel: entry.wishReason ? WISH_REASON_LABELS_NL[entry.wishReason as WishReason] : null,
  markedAt: entry.markedAt?.toISOString() ?? null,
});

export type ShortlistAudience = 'EMPLOYER' | 'LIFECOACH' | 'PROGRAMME';

/**
 * The views of one vacancy's candidates, ranked from 1 in the order given. Employers get the
 * pseudonymous candidate and their own mark; staff the person's name, the lifecoach's reason and the
 * pipeline state; programme staff also the employer's free-text note. Reads profiles and makes
 * candidate codes on the connection itself: call it outside a transaction.
 */
export async function shortlistItems(
  em: EntityManager,
  vacancy: Vacancy,
  candidates: readonly ShortlistCandidate[],
  audience: ShortlistAudience,
  reference: ReferenceData,
): Promise<(EmployerShortlistItem | StaffShortlistItem)[]> {
  const ids = candidates.map((candidate) => candidate.person.id);
  const [codes, profiles] = [await candidateCodes(em, vacancy.id, ids), await latestProfiles(em, ids)];
  return candidates.flatMap<EmployerShortlistItem | StaffShortlistItem>((candidate, position) => {
    const { entry, person } = candidate;
    const profile = profiles.get(person.id);
    if (!profile) return [];
    const view = toCandidateView(
      {
        code: codes.get(person.id) as string,
        rank: position + 1,
        explanation: candidate.explanation,
        profile,
        segment: person.currentSegment ?? null,
        fullName: person.fullName,
      },
      reference,
    );
    if (audience === 'EMPLOYER') {
      const item: EmployerShortlistItem = { view: 'EMPLOYER', candidate: view, ...markOf(entry) };
      return [item];
    }
    const open = candidate.candidacy;
    const item: StaffShortlistItem = {
      view: 'STAFF',
      candidate: toStaffCandidateView(view, person, profile),
      ...markOf(entry),
      ...(audience === 'PROGRAMME' ? { wishNote: entry.wishNote ?? null } : {}),
      addReason: entry.addReason ?? null,
      candidacyId: open?.id ?? null,
      candidacyStatus: open?.status ?? null,
    };
    return [item];
  });
}
