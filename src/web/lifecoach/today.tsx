import type { Hono } from 'hono';
import { Role } from '../../access/roles';
import { rowsExist } from '../../db/rows-exist';
import type { RequestContext } from '../../http/context';
import { AppError, ProblemCode } from '../../http/problem';
import { shareIdentitySchema } from '../../modules/candidacies/candidacy.schemas';
import { listStaleCandidacies, staleCandidaciesProbe } from '../../modules/candidacies/candidacy.service';
import {
  interviewInvitationsProbe,
  listInterviewInvitations,
  shareIdentity,
} from '../../modules/candidacies/interview-invitation.service';
import {
  keepTakingPart,
  listRetentionNotices,
  openRetentionNoticesProbe,
} from '../../modules/erasure/retention.service';
import {
  firstContactChecksProbe,
  listFirstContactChecks,
} from '../../modules/job-seekers/first-contact.service';
import { listMeetAndGreets } from '../../modules/meet-and-greets/event.service';
import {
  CONTACT_ROUTE_LABELS_NL,
  type ContactRoute,
  contactRoutes,
} from '../../modules/meet-and-greets/meet-and-greet-rules';
import { listParticipants } from '../../modules/meet-and-greets/participation.service';
import {
  listOutsideHelpChecks,
  outsideHelpChecksProbe,
} from '../../modules/outside-help/outside-help.service';
import { activePlacementsProbe, listFollowUp } from '../../modules/placements/follow-up.service';
import { listOpenMoneyItems, openMoneyItemsProbe } from '../../modules/placements/money-checklist.service';
import { listSegmentReviews, segmentReviewsProbe } from '../../modules/readiness/segment-decision.service';
import {
  listOpenSegmentReactions,
  openSegmentReactionsProbe,
} from '../../modules/readiness/segment-reaction.service';
import {
  listReassessmentPrompts,
  reassessmentPromptsProbe,
} from '../../modules/trajectories/reassessment-prompt.service';
import {
  arrivalChecksProbe,
  listArrivalChecks,
} from '../../modules/trajectories/trajectory-placement.service';
import { readForm } from '../form-input';
import { formatDate, segmentShortLabels } from '../labels';
import { Alert, Heading1, Heading2, Link, Paragraph } from '../layout/components';
import { CsrfField, SubmitButton } from '../layout/form';
import { Page } from '../layout/page';
import { requireRole } from '../session/session-middleware';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { idParam, type PageTools, pageContext } from './page-tools';
import { type PersonSectionKey, personPath, personSections } from './person-sections';

/** One thing to do today, for one person, with the place where it is done. */
type Todo = {
  kind: string;
  person: { id: string; fullName: string };
  what: string;
  detail?: string | undefined;
  /** Where it is done: a part of the person's page (the overview while that part is not built). */
  section: PersonSectionKey;
  linkText: string;
  /** A place on that part of the page (an id), when the item is worked on there. */
  anchor?: string;
  urgent: boolean;
  /** Oldest first within the urgent and the other items. */
  since: string;
  /** An interview invitation the person agreed to: share name and contact route right here. */
  share?: { invitationId: string; version: number; employerName: string; contactRoute: ContactRoute | null };
  /** A notice that the person's data will be anonymised: say here that they still take part. */
  keep?: { noticeId: string; version: number };
};

/** How many of each kind the list asks the services for; Today is a worklist, not an archive. */
const PER_KIND = 50;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const dayWord = (days: number) => (days === 1 ? '1 dag' : `${days} dagen`);

/** The part of the person's page where the item is done; the person's overview while that part is not built. */
const targetOf = (todo: Todo): { href: string; text: string } => {
  const section = personSections.find((candidate) => candidate.key === todo.section);
  return section?.ready
    ? {
        href: `${personPath(todo.person.id, todo.section)}${todo.anchor ? `#${todo.anchor}` : ''}`,
        text: todo.linkText,
      }
    : { href: personPath(todo.person.id), text: `Naar ${todo.person.fullName}` };
};

/**
 * Everything a lifecoach should pick up, from the same service verbs the API's lists use (each is
 * scoped to the lifecoach's caseload and audited there).
 */
async function collectTodos(ctx: RequestContext, deps: WebRouteDependencies): Promise<Todo[]> {
  const page = { limit: PER_KIND };
  // Most lists are empty on most days: one query says which have rows, with the lists' own filters.
  const has = await rowsExist(ctx.em, {
    reviews: segmentReviewsProbe(ctx, { withinDays: 0 }),
    followUp: activePlacementsProbe(ctx.actor),
    arrivals: arrivalChecksProbe(ctx),
    prompts: reassessmentPromptsProbe(ctx, { status: 'OPEN' }),
    invitations: interviewInvitationsProbe(ctx, 'WAITING_FOR_CONSENT'),
    stale: staleCandidaciesProbe(ctx),
    reactions: openSegmentReactionsProbe(ctx),
    firstContacts: firstContactChecksProbe(ctx, deps.firstContactWorkingDays),
    retention: openRetentionNoticesProbe(ctx),
    money: openMoneyItemsProbe(ctx),
    outsideHelp: outsideHelpChecksProbe(ctx),
  });
  const none = { items: [], nextCursor: null };
  // One after the other: the verbs share the request's EntityManager (and each flushes its audit entries).
  const reviews = has.reviews ? await listSegmentReviews(ctx, { ...page, withinDays: 0 }) : none;
  const followUp = has.followUp ? await listFollowUp(ctx, deps.placementCadence, page) : none;
  const arrivals = has.arrivals ? await listArrivalChecks(ctx, page) : none;
  const prompts = has.prompts
    ? await listReassessmentPrompts(ctx, deps.reference, { ...page, status: 'OPEN' })
    : none;
  const invitations = has.invitations
    ? await listInterviewInvitations(ctx, { ...page, status: 'WAITING_FOR_CONSENT' })
    : none;
  const stale = has.stale ? await listStaleCandidacies(ctx, page) : none;
  const events = await listMeetAndGreets(ctx, { ...page, status: 'PLANNED' });
  const reactions = has.reactions ? await listOpenSegmentReactions(ctx, page) : none;
  const retention = has.retention ? await listRetentionNotices(ctx, page) : none;
  const firstContacts = has.firstContacts
    ? await listFirstContactChecks(ctx, deps.firstContactWorkingDays, page)
    : none;
  const money = has.money ? await listOpenMoneyItems(ctx, deps.reference, page) : none;
  const outsideHelp = has.outsideHelp ? await listOutsideHelpChecks(ctx, page) : none;
  const todos: Todo[] = [];

  for (const notice of retention.items) {
    todos.push({
      kind: 'Gegevens worden gewist',
      person: { id: notice.jobSeekerId, fullName: notice.fullName },
      what: `De gegevens van ${notice.fullName} worden op ${formatDate(notice.anonymiseOn)} gewist`,
      detail: `Sinds ${formatDate(notice.lastActivityOn)} is er niets gebeurd.${
        notice.mailed
          ? ' De persoon kreeg hierover een e-mail.'
          : ' De persoon heeft geen e-mailadres: vertel het zelf.'
      } Doet ${notice.fullName} nog mee? Zeg het hier, dan blijven de gegevens bewaard.`,
      section: 'overview',
      linkText: `Naar ${notice.fullName}`,
      urgent: true,
      since: notice.anonymiseOn,
      keep: { noticeId: notice.id, version: notice.version },
    });
  }

  for (const check of firstContacts.items) {
    const by = check.referringOrganisationName ? ` door ${check.referringOrganisationName}` : '';
    todos.push({
      kind: check.handedOver ? 'Nog geen contact na de overdracht' : 'Nog geen eerste gesprek',
      person: { id: check.jobSeekerId, fullName: check.fullName },
      what: check.handedOver
        ? `${check.fullName}: maak kennis na de overdracht`
        : `${check.fullName}: plan het eerste gesprek`,
      detail: `${check.handedOver ? 'Overgedragen' : `Aangemeld${by}`} op ${formatDate(check.assignedAt)}, ${
        check.workingDaysWaiting === 1 ? '1 werkdag' : `${check.workingDaysWaiting} werkdagen`
      } geleden.${check.note ? ` Wat de persoon al vertelde: “${check.note}”` : ''}`,
      section: 'overview',
      linkText: 'Naar de gegevens',
      urgent: true,
      since: check.assignedAt,
    });
  }

  for (const reaction of reactions.items) {
    todos.push({
      kind: 'Reactie op het segment',
      person: { id: reaction.jobSeekerId, fullName: reaction.fullName },
      what: `${reaction.fullName} reageerde op het besluit over het segment`,
      detail: `“${reaction.text}” Geef antwoord; de persoon leest het op Mijn gegevens.`,
      section: 'profile',
      linkText: 'Naar profiel en segment',
      urgent: false,
      since: reaction.writtenAt,
    });
  }

  for (const review of reviews.items) {
    todos.push({
      kind: 'Segment opnieuw bekijken',
      person: { id: review.jobSeekerId, fullName: review.fullName },
      what: `${review.fullName}: kijk opnieuw naar het segment`,
      detail: `Nu: ${segmentShortLabels[review.segment]}. ${
        review.overdue ? `Dit had op ${formatDate(review.reviewDate)} gemoeten.` : 'Dit staat voor vandaag.'
      }`,
      section: 'profile',
      linkText: 'Naar profiel en segment',
      urgent: review.overdue,
      since: review.reviewDate,
    });
  }

  for (const item of followUp.items) {
    const own = item.kind === 'LIFECOACH';
    // The employer side's conversations show only once they are overdue: then the lifecoach acts.
    if (!item.person.jobSeekerId || (!own && item.state !== 'OVERDUE')) continue;
    // A lifecoach always sees the names of their own caseload; the type allows null for employers.
    const fullName = item.person.fullName ?? 'De werkzoekende';
    todos.push({
      kind: own ? 'Gesprek na de start' : 'Gesprek bij de werkgever is te laat',
      person: { id: item.person.jobSeekerId, fullName },
      what: own
        ? `${fullName}: ${lowerFirst(item.kindLabelNl)} bij ${item.employer.name}`
        : `${fullName}: het ${lowerFirst(item.kindLabelNl)} bij ${item.employer.name} is niet gehouden`,
      detail:
        item.state === 'OVERDUE'
          ? `Had op ${formatDate(item.dueDate)} gemoeten (${dayWord(item.daysOverdue)} te laat).`
          : `Graag uiterlijk ${formatDate(item.dueDate)}.`,
      section: 'afterHire',
      linkText: 'Naar na de start',
      urgent: item.state === 'OVERDUE',
      since: item.dueDate,
    });
  }

  for (const item of money.items) {
    const help = item.status === 'HELP_NEEDED';
    todos.push({
      kind: help ? 'Geld bij de start: hulp nodig' : 'Geld bij de start',
      person: { id: item.jobSeekerId, fullName: item.fullName },
      what: `${item.fullName}: ${lowerFirst(item.titleNl)}`,
      detail: `${help ? 'Er is hulp nodig bij deze stap.' : 'Deze stap is nog niet gedaan.'}${
        item.whoLabelNl ? ` Wie: ${lowerFirst(item.whoLabelNl)}.` : ''
      }${item.date ? ` Datum: ${formatDate(item.date)}.` : ''} Werk bij ${item.employerName}${
        item.startDate ? `, begonnen op ${formatDate(item.startDate)}` : ', nog niet begonnen'
      }.`,
      section: 'afterHire',
      linkText: 'Naar geld bij de start',
      anchor: 'geld',
      urgent: help,
      since: item.date ?? item.startDate ?? '9999-12-31',
    });
  }

  for (const check of arrivals.items) {
    todos.push({
      kind: 'Is de persoon begonnen?',
      person: { id: check.jobSeekerId, fullName: check.fullName },
      what: `${check.fullName}: is die begonnen bij ${check.offeringTitle}?`,
      detail: `${check.providerName} verwachtte de start op ${formatDate(check.startDate)}, ${dayWord(check.daysSinceStart)} geleden. Er is nog geen start gemeld.`,
      section: 'work',
      linkText: 'Naar werk en leren',
      urgent: true,
      since: check.startDate,
    });
  }

  for (const check of outsideHelp.items) {
    todos.push({
      kind: 'Aangekomen bij de hulp?',
      person: { id: check.jobSeekerId, fullName: check.fullName },
      what: `${check.fullName}: is die aangekomen bij ${check.organisationName}?`,
      detail: `${check.kindLabelNl}, doorverwezen op ${formatDate(check.referredOn)} (aanspreekpunt: ${check.contactName}). Je wilde dit op ${formatDate(check.checkOn)} nagaan${check.daysPastCheck ? `, ${dayWord(check.daysPastCheck)} geleden` : ''}.`,
      section: 'outsideHelp',
      linkText: 'Naar hulp',
      urgent: true,
      since: check.checkOn,
    });
  }

  for (const prompt of prompts.items) {
    todos.push({
      kind: 'Opnieuw beoordelen',
      person: { id: prompt.jobSeekerId, fullName: prompt.fullName },
      what: `${prompt.fullName}: doe het assessment opnieuw`,
      detail: `Na ${prompt.offeringTitle} bij ${prompt.providerName}: ${prompt.reasonsNl.join(' ')}`,
      section: 'assessment',
      linkText: 'Naar het assessment',
      urgent: false,
      since: prompt.createdAt,
    });
  }

  for (const invitation of invitations.items) {
    const agreed = invitation.profileSharingConsent;
    todos.push({
      kind: 'Uitnodiging voor een gesprek',
      person: { id: invitation.jobSeekerId, fullName: invitation.fullName },
      what: `${invitation.employerName} wil ${invitation.fullName} uitnodigen voor een sollicitatiegesprek`,
      detail: agreed
        ? `Voor de vacature ${invitation.vacancyTitle}. ${invitation.fullName} wil het profiel met ${invitation.employerName} delen. Geef nu de naam en de manier van contact door.`
        : `Voor de vacature ${invitation.vacancyTitle}. Vraag of ${invitation.fullName} het profiel met ${invitation.employerName} wil delen, en leg het antwoord vast.`,
      section: 'consent',
      linkText: 'Naar toestemming',
      urgent: true,
      since: invitation.invitedAt,
      ...(agreed
        ? {
            share: {
              invitationId: invitation.id,
              version: invitation.version,
              employerName: invitation.employerName,
              contactRoute: invitation.contactRoute,
            },
          }
        : {}),
    });
  }

  for (const candidacy of stale.items) {
    if (!('jobSeekerId' in candidacy)) continue;
    todos.push({
      kind: 'Al lang geen nieuws',
      person: { id: candidacy.jobSeekerId, fullName: candidacy.fullName },
      what: `${candidacy.fullName} en ${candidacy.employerName}: al ${dayWord(candidacy.daysSinceLastMove)} geen stap`,
      detail: `${candidacy.vacancyTitle}. Stand: ${candidacy.statusLabel}. Vraag na hoe het gaat.`,
      section: 'work',
      linkText: 'Naar werk en leren',
      urgent: false,
      since: candidacy.lastMovedAt,
    });
  }

  for (const event of events.items) {
    const waiting = await listParticipants(ctx, event.id, { limit: 100, status: 'INVITED' });
    for (const participant of waiting.items) {
      todos.push({
        kind: 'Meet & Greet',
        person: { id: participant.jobSeekerId, fullName: participant.fullName },
        what: `${participant.fullName} is uitgenodigd voor de Meet & Greet van ${event.dateLabel}`,
        detail: `In ${event.place}, om ${event.startTime}. Vraag of ${participant.fullName} komt, en geef het antwoord door.`,
        section: 'work',
        linkText: 'Naar werk en leren',
        urgent: false,
        since: event.date,
      });
    }
  }

  return todos.sort(
    (a, b) =>
      Number(b.urgent) - Number(a.urgent) || a.since.localeCompare(b.since) || a.what.localeCompare(b.what),
  );
}

function ShareForm({
  share,
  csrfToken,
  personName,
}: {
  share: NonNullable<Todo['share']>;
  csrfToken: string;
  personName: string;
}) {
  const name = `route-${share.invitationId}`;
  return (
    <form
      method="post"
      action={`/vandaag/uitnodigingen/${share.invitationId}/delen`}
      class="utrecht-form todo__share"
    >
      <CsrfField token={csrfToken} />
      <input type="hidden" name="version" value={String(share.version)} />
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-label">
          Hoe mag {share.employerName} {personName} bereiken?
        </legend>
        {contactRoutes.map((route, index) => (
          <div class="utrecht-form-field utrecht-form-field--radio">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id={`${name}-${index}`}
              name="contactRoute"
              value={route}
              checked={route === (share.contactRoute ?? 'VIA_LIFECOACH')}
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for={`${name}-${index}`}>
              {route === 'VIA_LIFECOACH' ? 'Via mij (de lifecoach)' : CONTACT_ROUTE_LABELS_NL[route]}
            </label>
          </div>
        ))}
      </fieldset>
      <SubmitButton>Naam en contact delen met {share.employerName}</SubmitButton>
    </form>
  );
}

function KeepForm({
  keep,
  csrfToken,
  personName,
}: {
  keep: NonNullable<Todo['keep']>;
  csrfToken: string;
  personName: string;
}) {
  return (
    <form method="post" action={`/vandaag/bewaren/${keep.noticeId}`} class="utrecht-form todo__share">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="version" value={String(keep.version)} />
      <SubmitButton variant="secondary">{personName} doet nog mee</SubmitButton>
    </form>
  );
}

function TodoItem({ todo, csrfToken }: { todo: Todo; csrfToken: string }) {
  const target = targetOf(todo);
  return (
    <li class={`todo ${todo.urgent ? 'todo--urgent' : ''}`}>
      <span class="todo__kind">
        {todo.urgent ? <span class="visually-hidden">Eerst: </span> : null}
        {todo.kind}
      </span>
      <p class="utrecht-paragraph todo__what">{todo.what}</p>
      {todo.detail ? <p class="utrecht-paragraph todo__detail">{todo.detail}</p> : null}
      {todo.share ? (
        <ShareForm share={todo.share} csrfToken={csrfToken} personName={todo.person.fullName} />
      ) : null}
      {todo.keep ? (
        <KeepForm keep={todo.keep} csrfToken={csrfToken} personName={todo.person.fullName} />
      ) : null}
      <p class="utrecht-paragraph todo__detail">
        <Link href={target.href}>
          {target.text}
          {target.text.includes(todo.person.fullName) ? null : (
            <span class="visually-hidden"> voor {todo.person.fullName}</span>
          )}
        </Link>
      </p>
    </li>
  );
}

const notices: Record<string, { kind: 'ok' | 'warning'; text: string }> = {
  gedeeld: { kind: 'ok', text: 'De naam en de manier van contact zijn gedeeld met de werkgever.' },
  bewaard: { kind: 'ok', text: 'Bewaard: de persoon doet nog mee. De gegevens worden niet gewist.' },
  'niet-bewaard': {
    kind: 'warning',
    text: 'Dat lukte niet: de melding is al afgehandeld of veranderd. Kijk hieronder wat er nu staat.',
  },
  'niet-gedeeld': {
    kind: 'warning',
    text: 'Delen lukte niet: de uitnodiging is veranderd of de toestemming is er niet meer. Kijk hieronder wat er nu staat.',
  },
};

/** Today: one list of what needs doing, the most urgent first, each item linking to where it is done. */
export function todayPage(web: Hono<WebBindings>, tools: PageTools) {
  web.get('/vandaag', tools.signedIn, requireRole(Role.Lifecoach), async (c) => {
    const { ctx, me } = pageContext(c, tools.deps);
    const todos = await collectTodos(ctx, tools.deps);
    const urgent = todos.filter((todo) => todo.urgent);
    const rest = todos.filter((todo) => !todo.urgent);
    const firstName = me.user.displayName.split(' ')[0];
    const notice = notices[c.req.query('gelukt') ?? c.req.query('fout') ?? ''];
    return c.html(
      <Page title="Vandaag" signedIn={me} section="today">
        <Heading1>Vandaag</Heading1>
        {notice ? (
          <Alert kind={notice.kind} live>
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        ) : null}
        <Paragraph lead>
          Hallo {firstName}.{' '}
          {todos.length === 0
            ? 'Er staat vandaag niets voor je klaar.'
            : todos.length === 1
              ? 'Er staat 1 ding voor je klaar.'
              : `Er staan ${todos.length} dingen voor je klaar.`}
        </Paragraph>
        {urgent.length ? (
          <>
            <Heading2>Eerst doen</Heading2>
            <ul class="todo-list">
              {urgent.map((todo) => (
                <TodoItem todo={todo} csrfToken={me.csrfToken} />
              ))}
            </ul>
          </>
        ) : null}
        {rest.length ? (
          <>
            <Heading2>{urgent.length ? 'Daarna' : 'Te doen'}</Heading2>
            <ul class="todo-list">
              {rest.map((todo) => (
                <TodoItem todo={todo} csrfToken={me.csrfToken} />
              ))}
            </ul>
          </>
        ) : null}
        <Paragraph>
          <Link href="/werkzoekenden">Alle werkzoekenden</Link> ·{' '}
          <Link href="/werkzoekenden/nieuw">Iemand aanmelden</Link>
        </Paragraph>
      </Page>,
    );
  });

  // A notice that the person's data will be anonymised: the person still takes part.
  web.post('/vandaag/bewaren/:id', tools.signedIn, requireRole(Role.Lifecoach), tools.csrf, async (c) => {
    const { ctx } = pageContext(c, tools.deps);
    const values = await readForm(c);
    const version = Number(values.version);
    if (!Number.isInteger(version) || version < 1) return c.redirect('/vandaag?fout=niet-bewaard', 303);
    try {
      await keepTakingPart(ctx, idParam(c), { version });
    } catch (error) {
      if (error instanceof AppError && error.code !== ProblemCode.NotFound) {
        return c.redirect('/vandaag?fout=niet-bewaard', 303);
      }
      throw error;
    }
    return c.redirect('/vandaag?gelukt=bewaard', 303);
  });

  // An agreed interview invitation: share the person's name and contact route with the employer.
  web.post(
    '/vandaag/uitnodigingen/:id/delen',
    tools.signedIn,
    requireRole(Role.Lifecoach),
    tools.csrf,
    async (c) => {
      const { ctx } = pageContext(c, tools.deps);
      const values = await readForm(c);
      const parsed = shareIdentitySchema.safeParse({
        contactRoute: values.contactRoute,
        version: Number(values.version),
      });
      if (!parsed.success) return c.redirect('/vandaag?fout=niet-gedeeld', 303);
      try {
        await shareIdentity(ctx, idParam(c), parsed.data);
      } catch (error) {
        if (error instanceof AppError && error.code !== ProblemCode.NotFound) {
          return c.redirect('/vandaag?fout=niet-gedeeld', 303);
        }
        throw error;
      }
      return c.redirect('/vandaag?gelukt=gedeeld', 303);
    },
  );
}
