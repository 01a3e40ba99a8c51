import { assertCan, Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { AppError, conflict, notFound, ProblemCode, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import type { Candidacy } from '../candidacies/candidacy.entity';
import { ensureOpenCandidacy } from '../candidacies/candidacy-transitions';
import { peopleWithConsent } from '../candidacies/consent-lookup';
import { hasConsent } from '../consents/consent.service';
import { assertTakesPart } from '../erasure/held';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import type { JobSeeker } from '../job-seekers/job-seeker.entity';
import type { GateReason } from '../matching/engine';
import type { MatchingDependencies } from '../matching/matching.service';
import { resolveCandidateCode } from '../matching/pseudonyms';
import { toMatchVacancy } from '../matching/vacancy-projection';
import { assertPlanned, findMeetAndGreet } from './event.service';
import {
  type MeetAndGreet,
  MeetAndGreetParticipant,
  MeetAndGreetVacancy,
  ShortlistEntry,
} from './meet-and-greet.entity';
import { wishReasonProblem } from './meet-and-greet-rules';
import type {
  AddShortlistCandidateInput,
  EmployerShortlistItem,
  MarkCandidateInput,
  ShortlistBuildView,
  ShortlistView,
  StaffShortlistItem,
} from './shortlist.schemas';
import {
  candidacyOf,
  currentShortlist,
  latestCandidacies,
  type ShortlistAudience,
  shortlistItems,
} from './shortlist-candidates';

// Blind shortlists: per vacancy at the event, the matching engine ranks the people who are coming;
// the employer marks each candidate (pseudonymously); the person's lifecoach may add someone.

const audienceOf = (ctx: RequestContext): ShortlistAudience =>
  ctx.actor.role === Role.EmployerRecruiter
    ? 'EMPLOYER'
    : ctx.actor.role === Role.Lifecoach
      ? 'LIFECOACH'
      : 'PROGRAMME';

/** A vacancy taking part in the event; an employer reaches only its own (404 otherwise). */
async function findEventVacancy(ctx: RequestContext, eventId: string, vacancyId: string) {
  const event = await findMeetAndGreet(ctx, eventId);
  const link = await ctx.em.findOne(
    MeetAndGreetVacancy,
    { meetAndGreet: event.id, vacancy: vacancyId },
    { populate: ['vacancy', 'employer'] },
  );
  if (!link || (audienceOf(ctx) === 'EMPLOYER' && link.employer.id !== ctx.actor.organisationId)) {
    throw notFound({ nl: 'Deze shortlist', en: 'Shortlist' });
  }
  return { event, link, vacancy: link.vacancy };
}

const ENTRY_POPULATE = ['jobSeeker', 'jobSeeker.responsibleLifecoach', 'vacancy'] as const;

/** May this person get a (new) candidacy for this vacancy from this event? Not against their own no. */
function mayPropose(latest: Candidacy | null, eventId: string): boolean {
  if (!latest) return true;
  if (latest.status === 'DECLINED_BY_PERSON' || latest.status === 'HIRED') return false;
  if (latest.meetAndGreet?.id === eventId)
    return !(latest.status === 'WITHDRAWN' && latest.reasonCode !== 'NOT_ATTENDING');
  return true;
}

/**
 * Programme staff make (or refresh) the shortlists: per open vacancy the engine ranks everyone who
 * is coming and still consents, and the best `shortlistSize` who pass every gate join the list.
 * Entries already on a list stay, with their marks; each entry gets an open candidacy (PROPOSED).
 */
export async function buildShortlists(
  ctx: RequestContext,
  eventId: string,
  deps: MatchingDependencies,
): Promise<ShortlistBuildView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  // The index reads on the connection itself: take it before the transaction starts.
  const index = await deps.keeper.current(ctx.em);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const event = await findMeetAndGreet(tx, eventId);
    assertPlanned(event, 'Shortlists maken');
    const links = await em.find(
      MeetAndGreetVacancy,
      { meetAndGreet: event.id },
      { populate: ['vacancy', 'employer'], orderBy: { addedAt: 'asc', id: 'asc' } },
    );
    const coming = await em.find(
      MeetAndGreetParticipant,
      { meetAndGreet: event.id, status: 'ACCEPTED' },
      { populate: ['jobSeeker'] },
    );
    const attending = await peopleWithConsent(
      em,
      coming.map((participant) => participant.jobSeeker.id),
      'MEET_AND_GREET',
    );
    const people = coming.filter((participant) => attending.has(participant.jobSeeker.id));
    const personById = new Map(
      people.map((participant) => [participant.jobSeeker.id, participant.jobSeeker]),
    );
    const candidacies = await latestCandidacies(
      em,
      [...personById.keys()],
      links.map((link) => link.vacancy.id),
    );
    const summary: ShortlistBuildView['vacancies'] = [];
    for (const { vacancy, employer } of links) {
      if (vacancy.status !== 'OPEN') continue;
      const matchVacancy = toMatchVacancy(vacancy);
      const existing = await em.find(ShortlistEntry, { meetAndGreet: event.id, vacancy: vacancy.id });
      const listed = new Set(existing.map((entry) => entry.jobSeeker.id));
      const ranked = [...personById.keys()]
        .filter((id) => mayPropose(candidacyOf(candidacies, id, vacancy.id), event.id))
        .flatMap((id) => {
          const explanation = index.explain(id, matchVacancy);
          return explanation?.gates.passed ? [{ id, score: explanation.score }] : [];
        })
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, event.shortlistSize);
      let added = 0;
      for (const [position, { id }] of ranked.entries()) {
        if (listed.has(id)) continue;
        existing.push(
          em.create(ShortlistEntry, {
            meetAndGreet: event,
            vacancy,
            employer,
            jobSeeker: personById.get(id) as JobSeeker,
            source: 'ENGINE',
            rankAtBuild: position + 1,
            addedByUserId: ctx.actor.userId,
            addReason: null,
            wish: null,
            wishReason: null,
            wishNote: null,
            markedByUserId: null,
            markedAt: null,
          }),
        );
        added++;
      }
      for (const entry of existing) {
        const person = personById.get(entry.jobSeeker.id);
        if (!person || !mayPropose(candidacyOf(candidacies, person.id, vacancy.id), event.id)) continue;
        await ensureOpenCandidacy(
          tx,
          { jobSeeker: person, vacancy, employer, meetAndGreet: event },
          'SYSTEM',
        );
      }
      summary.push({ vacancyId: vacancy.id, title: vacancy.title, entries: existing.length, added });
    }
    recordAudit(tx, {
      action: 'meet_and_greet.shortlists_built',
      entityType: 'meet_and_greet',
      entityId: event.id,
      fields: ['shortlists'],
    });
    await em.flush();
    return { meetAndGreetId: event.id, vacancies: summary, participants: personById.size };
  });
}

async function shortlistView(
  ctx: RequestContext,
  event: MeetAndGreet,
  link: MeetAndGreetVacancy,
  entries: ShortlistEntry[],
  deps: MatchingDependencies,
): Promise<ShortlistView> {
  const audience = audienceOf(ctx);
  const index = await deps.keeper.current(ctx.em);
  const candidates = (await currentShortlist(ctx.em, event, entries, index)).filter(
    (candidate) => audience !== 'LIFECOACH' || candidate.person.responsibleLifecoach.id === ctx.actor.userId,
  );
  const items = await shortlistItems(ctx.em, link.vacancy, candidates, audience, deps.reference);
  for (const candidate of candidates) {
    recordAudit(ctx, {
      action: 'shortlist_entry.viewed',
      entityType: 'vacancy',
      entityId: link.vacancy.id,
      subjectId: candidate.person.id,
    });
  }
  await ctx.em.flush();
  return {
    meetAndGreetId: event.id,
    vacancyId: link.vacancy.id,
    vacancyTitle: link.vacancy.title,
    employerName: link.employer.name,
    reviewOpen: event.status === 'PLANNED',
    items,
  };
}

/**
 * One vacancy's shortlist. Employers: only their own vacancies, pseudonymous, with their own marks.
 * Lifecoaches: the people of their caseload on it. Programme staff: everything. Audited per person.
 */
export async function getShortlist(
  ctx: RequestContext,
  eventId: string,
  vacancyId: string,
  deps: MatchingDependencies,
): Promise<ShortlistView> {
  assertCan(ctx.actor, Permission.ReadShortlists);
  const { event, link } = await findEventVacancy(ctx, eventId, vacancyId);
  const entries = await ctx.em.find(
    ShortlistEntry,
    { meetAndGreet: event.id, vacancy: link.vacancy.id },
    { populate: ENTRY_POPULATE },
  );
  return shortlistView(ctx, event, link, entries, deps);
}

/** The employer marks a candidate by code: WANT / MAYBE / NO, optionally with a reason and a note for the programme. */
export async function markCandidate(
  ctx: RequestContext,
  eventId: string,
  vacancyId: string,
  code: string,
  input: MarkCandidateInput,
  deps: MatchingDependencies,
): Promise<EmployerShortlistItem> {
  assertCan(ctx.actor, Permission.ReviewShortlists);
  const { event, link } = await findEventVacancy(ctx, eventId, vacancyId);
  const personId = await resolveCandidateCode(ctx.em, link.vacancy.id, code);
  const entry =
    personId &&
    (await ctx.em.findOne(
      ShortlistEntry,
      { meetAndGreet: event.id, vacancy: link.vacancy.id, jobSeeker: personId },
      { populate: ENTRY_POPULATE },
    ));
  const index = await deps.keeper.current(ctx.em);
  const [candidate] = entry ? await currentShortlist(ctx.em, event, [entry], index) : [];
  if (!entry || !candidate) throw notFound({ nl: 'Deze kandidaat', en: 'Candidate' });
  assertPlanned(event, 'Markeren');
  const reasonCode = input.reasonCode ?? null;
  const note = input.note ?? null;
  const problem = wishReasonProblem(input.wish, reasonCode, note);
  if (problem)
    throw validationError([{ path: [reasonCode === 'OTHER' ? 'note' : 'reasonCode'], message: problem }]);
  entry.wish = input.wish;
  entry.wishReason = reasonCode;
  entry.wishNote = note;
  entry.markedAt = ctx.now;
  entry.markedByUserId = ctx.actor.userId;
  recordAudit(ctx, {
    action: 'shortlist_entry.marked',
    entityType: 'vacancy',
    entityId: link.vacancy.id,
    subjectId: entry.jobSeeker.id,
    fields: ['wish', ...(reasonCode ? ['wishReason'] : []), ...(note ? ['wishNote'] : [])],
  });
  await ctx.em.flush();
  const [item] = await shortlistItems(ctx.em, link.vacancy, [candidate], 'EMPLOYER', deps.reference);
  if (!item) throw notFound({ nl: 'Deze kandidaat', en: 'Candidate' });
  return item as EmployerShortlistItem;
}

/** Gates a lifecoach cannot set aside: consent, the law, and the professional judgement of the segment. */
const HARD_GATES: Partial<Record<GateReason, string>> = {
  NO_MATCHING_CONSENT: 'De persoon heeft geen toestemming gegeven om gematcht te worden',
  LEGAL_REQUIREMENT: 'Een certificaat of rijbewijs dat de wet voor dit werk vraagt, ontbreekt',
  MINIMUM_AGE: 'De wettelijke minimumleeftijd voor dit werk is niet aangetoond',
  SEGMENT: 'Dit soort werk past niet bij de huidige fase van de persoon; bekijk eerst de fase',
  ALREADY_PLACED: 'De persoon is al geplaatst',
};

/**
 * The lifecoach adds someone of their caseload the engine did not put on this shortlist — for
 * example just outside the hours or distance — with a reason kept for the programme.
 */
export async function addShortlistCandidate(
  ctx: RequestContext,
  eventId: string,
  vacancyId: string,
  input: AddShortlistCandidateInput,
  deps: MatchingDependencies,
): Promise<StaffShortlistItem> {
  assertCan(ctx.actor, Permission.AddShortlistCandidates);
  const index = await deps.keeper.current(ctx.em);
  const entryId = await ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const { event, link, vacancy } = await findEventVacancy(tx, eventId, vacancyId);
    const person = await findJobSeekerInScope(tx, input.jobSeekerId);
    assertPlanned(event, 'Iemand toevoegen');
    await assertTakesPart(em, person.id);
    const participant = await em.findOne(MeetAndGreetParticipant, {
      meetAndGreet: event.id,
      jobSeeker: person.id,
    });
    if (participant?.status !== 'ACCEPTED') {
      throw conflict(
        say({
          nl: 'Deze persoon heeft zich (nog) niet aangemeld voor deze Meet & Greet.',
          en: 'This person is not coming to this event.',
        }),
      );
    }
    if (!(await hasConsent(em, person.id, 'MEET_AND_GREET'))) {
      throw validationError([
        {
          path: ['jobSeekerId'],
          message: say({
            nl: 'Geen toestemming om naar een Meet & Greet te gaan.',
            en: 'No consent to attend.',
          }),
        },
      ]);
    }
    if (vacancy.status !== 'OPEN')
      throw conflict(say({ nl: 'Deze vacature is niet meer open.', en: 'This vacancy is not open.' }));
    if (
      await em.count(ShortlistEntry, { meetAndGreet: event.id, vacancy: vacancy.id, jobSeeker: person.id })
    ) {
      throw new AppError(
        ProblemCode.Duplicate,
        say({ nl: 'Deze persoon staat al op de shortlist.', en: 'Already on this shortlist.' }),
      );
    }
    const latest = candidacyOf(await latestCandidacies(em, [person.id], [vacancy.id]), person.id, vacancy.id);
    if (!mayPropose(latest, event.id)) {
      throw conflict(
        say({
          nl: 'De persoon heeft voor deze vacature al nee gezegd of is er al aangenomen.',
          en: 'The person already declined or was hired for this vacancy.',
        }),
      );
    }
    const explanation = index.explain(person.id, toMatchVacancy(vacancy));
    if (!explanation) {
      throw conflict(
        say({
          nl: 'Deze persoon heeft nog geen talentprofiel.',
          en: 'This person has no talent profile yet.',
        }),
      );
    }
    const hard = explanation.gates.failed.flatMap((gate) => (HARD_GATES[gate] ? [HARD_GATES[gate]] : []));
    if (hard.length > 0) {
      throw validationError(
        hard.map((message) => ({ path: ['jobSeekerId'], message })),
        say({
          nl: 'Deze persoon kan niet op deze shortlist.',
          en: 'This person cannot be added to this shortlist.',
        }),
      );
    }
    const entry = em.create(ShortlistEntry, {
      meetAndGreet: event,
      vacancy,
      employer: link.employer,
      jobSeeker: person,
      source: 'LIFECOACH',
      rankAtBuild: null,
      addedByUserId: ctx.actor.userId,
      addReason: input.reason,
      wish: null,
      wishReason: null,
      wishNote: null,
      markedByUserId: null,
      markedAt: null,
    });
    await ensureOpenCandidacy(
      tx,
      { jobSeeker: person, vacancy, employer: link.employer, meetAndGreet: event },
      'LIFECOACH',
    );
    recordAudit(tx, {
      action: 'shortlist_entry.added',
      entityType: 'vacancy',
      entityId: vacancy.id,
      subjectId: person.id,
      fields: ['addReason'],
    });
    await em.flush();
    return entry.id;
  });
  // The view reads profiles and makes a candidate code on the connection itself: after the commit.
  const entry = await ctx.em.findOneOrFail(ShortlistEntry, { id: entryId }, { populate: ENTRY_POPULATE });
  const event = await findMeetAndGreet(ctx, eventId);
  const [candidate] = await currentShortlist(ctx.em, event, [entry], index);
  const [item] = candidate
    ? await shortlistItems(ctx.em, entry.vacancy, [candidate], 'LIFECOACH', deps.reference)
    : [];
  if (!item)
    throw conflict(say({ nl: 'Deze persoon kan nu niet op de shortlist.', en: 'Not possible now.' }));
  return item as StaffShortlistItem;
}
