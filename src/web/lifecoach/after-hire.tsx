import type { Hono } from 'hono';
import { can, Permission } from '../../access/policy';
import { notFound } from '../../http/problem';
import { getJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import { howItsGoingValues } from '../../modules/placements/cadence';
import { recordCheckInSchema, recordSupportNoteSchema } from '../../modules/placements/check-in.schemas';
import {
  listCheckIns,
  listSupportNotes,
  recordCheckIn,
  recordSupportNote,
} from '../../modules/placements/check-in.service';
import {
  createPlanCommentSchema,
  type OnboardingPlanView,
} from '../../modules/placements/onboarding-plan.schemas';
import { addPlanComment, getOnboardingPlan } from '../../modules/placements/onboarding-plan.service';
import type { PlacementView } from '../../modules/placements/placement.schemas';
import { getPlacement, listPlacements } from '../../modules/placements/placement.service';
import { isWorking, RUNNING_STATUSES } from '../../modules/placements/placement-rules';
import { programmeToday } from '../../modules/readiness/review-dates';
import { readForm } from '../form-input';
import {
  commentAuthorLabels,
  contractTypeLabels,
  dayCount,
  followUpStateLabels,
  formatDate,
  formatDateTime,
  howItsGoingLabels,
} from '../labels';
import { Alert, Facts, Heading2, Link, Paragraph } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  RadioGroup,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../layout/form';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import { submitToService, withNotice } from './form-submit';
import type { PageTools } from './page-tools';
import { idParam, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';

type Person = { id: string; fullName: string };
type CheckIns = Awaited<ReturnType<typeof listCheckIns>>['items'];
type SupportNotes = Awaited<ReturnType<typeof listSupportNotes>>['items'];
type FormState = { values: FormValues; errors: FieldErrors };
type Forms = { checkIn?: FormState; note?: FormState; comment?: FormState & { target: string } };

const NOTICES: Record<string, string> = {
  gesprek: 'Het gesprek is opgeslagen.',
  steun: 'De notitie is opgeslagen. Alleen lifecoaches en het programma lezen die.',
  opmerking: 'Je opmerking staat bij het inwerkplan.',
};

/** Worries of the last eight weeks, as the placement view counts its worry flags. */
const WORRY_DAYS = 56;

const afterHirePath = (personId: string, placementId?: string) =>
  `${personPath(personId, 'afterHire')}${placementId ? `?plaatsing=${placementId}` : ''}`;
const actionPath = (personId: string, placementId: string, action: string) =>
  `${personPath(personId, 'afterHire')}/${placementId}/${action}`;

/** The comment box of an item (`tekst.<itemId>`) or of the plan as a whole (`tekst.plan`). */
const commentField = (itemId: string | null) => `tekst.${itemId ?? 'plan'}`;

async function loadAfterHire(c: WebContext, tools: PageTools, placementId?: string) {
  const { ctx, me } = pageContext(c, tools.deps);
  const { reference, placementCadence } = tools.deps;
  const record = await getJobSeeker(ctx, idParam(c));
  const placements = (await listPlacements(ctx, { limit: 20, jobSeekerId: record.id })).items;
  const chosenId =
    placementId ??
    placements.find((placement) => (RUNNING_STATUSES as readonly string[]).includes(placement.status))?.id ??
    placements[0]?.id;
  if (placementId && !placements.some((placement) => placement.id === placementId))
    throw notFound({ nl: 'Deze plaatsing', en: 'Placement' });
  const placement = chosenId ? await getPlacement(ctx, placementCadence, chosenId) : null;
  const checkIns = placement ? (await listCheckIns(ctx, placement.id, { limit: 50 })).items : [];
  const notes = placement ? (await listSupportNotes(ctx, placement.id, { limit: 50 })).items : [];
  const plan = placement ? await getOnboardingPlan(ctx, reference, placement.id) : null;
  return {
    ctx,
    me,
    person: { id: record.id, fullName: record.fullName },
    placements,
    placement,
    checkIns,
    notes,
    plan,
    today: programmeToday(ctx.now),
    mayWriteNotes: can(ctx.actor, Permission.WritePlacementSupportNotes),
  };
}

type Page = Awaited<ReturnType<typeof loadAfterHire>>;

// ---------------------------------------------------------------------------------------------

function Overview({ placement }: { placement: PlacementView }) {
  const { contract, hours } = placement;
  return (
    <Facts
      items={[
        ['Hoe het staat', placement.statusLabelNl],
        ['Begonnen op', placement.startDate ? formatDate(placement.startDate) : 'Nog niet bekend'],
        [
          'Contract',
          `${contractTypeLabels[contract.type]}, ${contract.hoursPerWeek} uur per week${
            contract.endDate ? `, tot ${formatDate(contract.endDate)}` : ''
          }${contract.paid ? '' : ', onbetaald'}${contract.zeroHours ? ', zonder vaste uren' : ''}`,
        ],
        [
          'Uren deze week',
          hours.agreedHoursThisWeek !== null
            ? `${hours.agreedHoursThisWeek} uur${hours.currentWeek ? ` (week ${hours.currentWeek})` : ''}`
            : 'Nog niet bekend',
        ],
        ['Mentor', placement.mentor?.displayName ?? 'Nog niet gekozen'],
        ['Leidinggevende', placement.manager?.displayName ?? 'Nog niet gekozen'],
        ['Lifecoach', placement.lifecoach.displayName],
      ]}
    />
  );
}

function FollowUp({ placement }: { placement: PlacementView }) {
  if (!placement.followUp.length) return null;
  return (
    <ul class="card-list">
      {placement.followUp.map((status) => (
        <li class={`card follow-up follow-up--${status.state.toLowerCase()}`}>
          <p class="card__title">{status.kindLabelNl}</p>
          <p class="card__text">
            <strong>{followUpStateLabels[status.state]}</strong>
            {status.state === 'OVERDUE'
              ? `, sinds ${formatDate(status.dueDate)} (${dayCount(status.daysOverdue)}).`
              : status.state === 'NOT_STARTED'
                ? '.'
                : `: uiterlijk ${formatDate(status.dueDate)}.`}{' '}
            {status.lastCheckInDate
              ? `Laatste gesprek: ${formatDate(status.lastCheckInDate)}.`
              : 'Nog geen gesprek.'}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Worries({
  placement,
  checkIns,
  today,
}: {
  placement: PlacementView;
  checkIns: CheckIns;
  today: string;
}) {
  const since = new Date(`${today}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - WORRY_DAYS);
  const from = since.toISOString().slice(0, 10);
  const worries = [
    ...placement.worryFlags.map((flag) => ({ ...flag, report: null as string | null })),
    ...checkIns
      .filter((checkIn) => checkIn.howItsGoing !== 'GOOD' && checkIn.date >= from)
      .map((checkIn) => ({ ...checkIn, report: checkIn.report })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return worries.length ? (
    <ul class="card-list">
      {worries.map((worry) => (
        <li class={`card worry worry--${worry.howItsGoing === 'SERIOUS_WORRIES' ? 'serious' : 'some'}`}>
          <p class="card__title">
            {worry.howItsGoingLabelNl} – {worry.kindLabelNl.toLowerCase()}, {formatDate(worry.date)}
          </p>
          {worry.report ? <p class="card__text">{worry.report}</p> : null}
        </li>
      ))}
    </ul>
  ) : (
    <Paragraph>Geen zorgen in de laatste acht weken.</Paragraph>
  );
}

function CheckInForm({
  person,
  placement,
  today,
  csrfToken,
  state,
}: {
  person: Person;
  placement: PlacementView;
  today: string;
  csrfToken: string;
  state: FormState | undefined;
}) {
  const values = state?.values ?? {};
  const errors = state?.errors ?? {};
  return (
    <>
      {Object.keys(errors).length ? (
        <ErrorSummary errors={errors} order={['date', 'howItsGoing', 'report', 'agreedActions']} />
      ) : null}
      <PostForm action={actionPath(person.id, placement.id, 'gesprek')} csrfToken={csrfToken}>
        <TextField
          name="date"
          label="Datum van het gesprek"
          type="date"
          size="date"
          value={values.date ?? today}
          error={errors.date}
        />
        <RadioGroup
          name="howItsGoing"
          label="Hoe gaat het?"
          description="Een zorg ziet de werkgever alleen als signaal, zonder jouw verslag."
          value={values.howItsGoing}
          error={errors.howItsGoing}
          options={howItsGoingValues.map((value) => ({ value, label: howItsGoingLabels[value] }))}
        />
        <TextAreaField
          name="report"
          label="Kort verslag"
          description="In gewone woorden, zoals je het de werknemer zou vertellen. Minstens 10 tekens. De werkzoekende kan dit lezen."
          value={values.report}
          error={errors.report}
          rows={4}
        />
        <TextAreaField
          name="agreedActions"
          label="Wat hebben jullie afgesproken?"
          description="Eén afspraak per regel, hoogstens 10. De werkzoekende kan dit lezen."
          value={values.agreedActions}
          error={errors.agreedActions}
          rows={3}
          optional
        />
        <SubmitButton>Sla het gesprek op</SubmitButton>
      </PostForm>
    </>
  );
}

function CheckInList({ checkIns }: { checkIns: CheckIns }) {
  if (!checkIns.length) return <Paragraph>Er zijn nog geen gesprekken vastgelegd.</Paragraph>;
  return (
    <ul class="card-list">
      {checkIns.map((checkIn) => (
        <li class="card">
          <p class="card__title">
            {checkIn.kindLabelNl}, {formatDate(checkIn.date)} – {checkIn.howItsGoingLabelNl}
          </p>
          <p class="card__text">{checkIn.report}</p>
          {checkIn.agreedActions.length ? (
            <ul class="utrecht-unordered-list">
              {checkIn.agreedActions.map((action) => (
                <li>{action}</li>
              ))}
            </ul>
          ) : null}
          <p class="card__meta">Vastgelegd door {checkIn.recordedBy.displayName ?? 'een medewerker'}</p>
        </li>
      ))}
    </ul>
  );
}

function SupportNotesPart({
  person,
  placement,
  notes,
  csrfToken,
  state,
  mayWrite,
}: {
  person: Person;
  placement: PlacementView;
  notes: SupportNotes;
  csrfToken: string;
  state: FormState | undefined;
  mayWrite: boolean;
}) {
  const errors = state?.errors ?? {};
  return (
    <>
      <Alert kind="warning">
        <Paragraph>
          Alleen voor lifecoaches en het programma. De werkgever en de mentor lezen dit nooit.
        </Paragraph>
      </Alert>
      {notes.length ? (
        <ul class="card-list">
          {notes.map((note) => (
            <li class="card">
              <p class="card__text">{note.note}</p>
              <p class="card__meta">
                {formatDateTime(note.recordedAt)}, {note.recordedBy.displayName ?? 'een medewerker'}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {!notes.length && !mayWrite ? <Paragraph>Er zijn geen notities.</Paragraph> : null}
      {Object.keys(errors).length ? <ErrorSummary errors={errors} /> : null}
      {mayWrite ? (
        <PostForm action={actionPath(person.id, placement.id, 'steun')} csrfToken={csrfToken}>
          <TextAreaField
            name="note"
            label="Nieuwe notitie over steun"
            description="Bijvoorbeeld over kinderopvang, geldzaken of wonen. Minstens 10 tekens. De werkzoekende kan dit lezen; een werkgever nooit."
            value={state?.values.note}
            error={errors.note}
            rows={3}
          />
          <SubmitButton variant="secondary">Sla de notitie op</SubmitButton>
        </PostForm>
      ) : null}
    </>
  );
}

function CommentForm({
  person,
  placement,
  itemId,
  label,
  csrfToken,
  state,
}: {
  person: Person;
  placement: PlacementView;
  itemId: string | null;
  label: string;
  csrfToken: string;
  state: Forms['comment'];
}) {
  const name = commentField(itemId);
  const mine = state?.target === name;
  return (
    <PostForm
      action={actionPath(person.id, placement.id, 'opmerking')}
      csrfToken={csrfToken}
      class="comment-form"
    >
      {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
      <TextAreaField
        name={name}
        label={label}
        description="De werkzoekende kan dit lezen."
        value={mine ? state?.values[name] : undefined}
        error={mine ? state?.errors[name] : undefined}
        rows={2}
      />
      <SubmitButton variant="secondary">Plaats de opmerking</SubmitButton>
    </PostForm>
  );
}

function Comments({ comments }: { comments: OnboardingPlanView['comments'] }) {
  if (!comments.length) return null;
  return (
    <ul class="comment-list">
      {comments.map((comment) => (
        <li class="comment">
          <p class="comment__text">{comment.text}</p>
          <p class="card__meta">
            {comment.author.displayName ?? 'Iemand'} (
            {commentAuthorLabels[comment.author.role] ?? 'medewerker'}), {formatDateTime(comment.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Plan({
  person,
  placement,
  plan,
  csrfToken,
  state,
}: {
  person: Person;
  placement: PlacementView;
  plan: OnboardingPlanView;
  csrfToken: string;
  state: Forms['comment'];
}) {
  return (
    <>
      <Paragraph>
        Het inwerkplan is van de werkgever. Jij en de mentor kunnen opmerkingen geven. Die ziet iedereen die
        het plan ziet, ook de werkgever: schrijf hier geen persoonlijke zaken.
      </Paragraph>
      {state && Object.keys(state.errors).length ? <ErrorSummary errors={state.errors} /> : null}
      {plan.items.length ? (
        <>
          <Paragraph>
            {plan.progress.done} van {plan.progress.total} punten klaar
            {plan.progress.overdue ? `, ${plan.progress.overdue} later dan gepland` : ''}.
          </Paragraph>
          <ol class="card-list plan-items">
            {plan.items.map((item) => (
              <li class={`card plan-item ${item.overdue ? 'plan-item--overdue' : ''}`}>
                <p class="card__title">
                  {item.kindLabelNl}: {item.title}
                </p>
                <p class="card__meta">
                  {item.statusLabelNl} · klaar uiterlijk {formatDate(item.targetDate)}
                  {item.overdue ? ' · later dan gepland' : ''}
                </p>
                {item.description ? <p class="card__text">{item.description}</p> : null}
                {item.competences.length ? (
                  <p class="card__text">
                    Oefent: {item.competences.map((competence) => competence.labelNl).join(', ')}
                  </p>
                ) : null}
                <Comments comments={item.comments} />
                <details class="choice-details" open={state?.target === commentField(item.id)}>
                  <summary class="choice-details__summary">Geef een opmerking bij dit punt</summary>
                  <CommentForm
                    person={person}
                    placement={placement}
                    itemId={item.id}
                    label={`Opmerking bij ‘${item.title}’`}
                    csrfToken={csrfToken}
                    state={state}
                  />
                </details>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <Paragraph>De werkgever heeft nog geen punten in het inwerkplan gezet.</Paragraph>
      )}
      <h3 class="utrecht-heading-3">Opmerkingen over het hele plan</h3>
      <Comments comments={plan.comments} />
      <CommentForm
        person={person}
        placement={placement}
        itemId={null}
        label="Opmerking over het hele plan"
        csrfToken={csrfToken}
        state={state}
      />
    </>
  );
}

function AfterHirePage(props: Page & { notice?: string | undefined; forms?: Forms }) {
  const { me, person, placements, placement, checkIns, notes, plan, today, notice } = props;
  const forms = props.forms ?? {};
  const signedIn: SignedIn = me;
  return (
    <PersonLayout signedIn={signedIn} person={person} current="afterHire">
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {!placement ? (
        <Paragraph lead>
          Er is nog geen werk via het programma. Als iemand is aangenomen, zie je hier de begeleiding na de
          start.
        </Paragraph>
      ) : (
        <>
          {placements.length > 1 ? (
            <nav aria-label="Andere plaatsingen" class="placement-switch">
              <Paragraph>Andere plaatsingen:</Paragraph>
              <ul class="utrecht-unordered-list">
                {placements
                  .filter((other) => other.id !== placement.id)
                  .map((other) => (
                    <li>
                      <Link href={afterHirePath(person.id, other.id)}>
                        {other.vacancy.title} bij {other.employer.name} ({other.statusLabelNl.toLowerCase()})
                      </Link>
                    </li>
                  ))}
              </ul>
            </nav>
          ) : null}
          <Heading2>
            {placement.vacancy.title} bij {placement.employer.name}
          </Heading2>
          <Overview placement={placement} />

          <Heading2 id="gesprekken">Gesprekken</Heading2>
          <FollowUp placement={placement} />
          <h3 class="utrecht-heading-3">Zorgen</h3>
          <Worries placement={placement} checkIns={checkIns} today={today} />
          {isWorking(placement.status) && placement.yourRoles.includes('LIFECOACH') ? (
            <>
              <h3 class="utrecht-heading-3">Jouw gesprek vastleggen</h3>
              <CheckInForm
                person={person}
                placement={placement}
                today={today}
                csrfToken={me.csrfToken}
                state={forms.checkIn}
              />
            </>
          ) : null}
          <h3 class="utrecht-heading-3">Alle gesprekken</h3>
          <CheckInList checkIns={checkIns} />

          <Heading2 id="steun">Steun in het persoonlijke leven</Heading2>
          <SupportNotesPart
            person={person}
            placement={placement}
            notes={notes}
            csrfToken={me.csrfToken}
            state={forms.note}
            mayWrite={props.mayWriteNotes}
          />

          {plan ? (
            <>
              <Heading2 id="inwerkplan">Inwerkplan</Heading2>
              <Plan
                person={person}
                placement={placement}
                plan={plan}
                csrfToken={me.csrfToken}
                state={forms.comment}
              />
            </>
          ) : null}
        </>
      )}
    </PersonLayout>
  );
}

export function afterHirePages(web: Hono<WebBindings>, tools: PageTools) {
  const { signedIn, caseworker, csrf } = tools;
  const base = '/werkzoekenden/:id/na-de-start';

  web.get(base, signedIn, caseworker, async (c) => {
    const requested = c.req.query('plaatsing');
    const page = await loadAfterHire(c, tools, requested ? idOf(requested) : undefined);
    return c.html(<AfterHirePage {...page} notice={NOTICES[c.req.query('melding') ?? '']} />);
  });

  /** The placement of this person named in the address, or 404: another person's placement is not found here. */
  const placementOf = async (c: WebContext) => {
    const page = await loadAfterHire(c, tools, idParam(c, 'placementId'));
    if (!page.placement) throw notFound({ nl: 'Deze plaatsing', en: 'Placement' });
    return { page, placement: page.placement };
  };
  const done = (c: WebContext, page: Page, notice: string, anchor: string) =>
    c.redirect(`${withNotice(afterHirePath(page.person.id, page.placement?.id), notice)}#${anchor}`, 303);

  web.post(`${base}/:placementId/gesprek`, signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const { page, placement } = await placementOf(c);
    const agreedActions = (values.agreedActions ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const saved = await submitToService(
      page.ctx,
      recordCheckInSchema,
      {
        kind: 'LIFECOACH',
        date: values.date?.trim() ?? '',
        report: values.report ?? '',
        howItsGoing: values.howItsGoing,
        agreedActions,
      },
      (input) => recordCheckIn(page.ctx, placement.id, input),
      {
        messages: {
          date: 'Vul de datum van het gesprek in.',
          howItsGoing: 'Kies hoe het gaat.',
          report: 'Schrijf een kort verslag van minstens 10 tekens (hoogstens 2000).',
          agreedActions:
            'Schrijf elke afspraak op een eigen regel, met 3 tot 300 tekens; hoogstens 10 afspraken.',
        },
      },
    );
    if (!saved.ok) {
      return c.html(<AfterHirePage {...page} forms={{ checkIn: { values, errors: saved.errors } }} />, 422);
    }
    return done(c, page, 'gesprek', 'gesprekken');
  });

  web.post(`${base}/:placementId/steun`, signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const { page, placement } = await placementOf(c);
    const saved = await submitToService(
      page.ctx,
      recordSupportNoteSchema,
      { note: values.note ?? '' },
      (input) => recordSupportNote(page.ctx, placement.id, input),
      { messages: { note: 'Schrijf een notitie van minstens 10 tekens (hoogstens 4000).' } },
    );
    if (!saved.ok) {
      return c.html(<AfterHirePage {...page} forms={{ note: { values, errors: saved.errors } }} />, 422);
    }
    return done(c, page, 'steun', 'steun');
  });

  web.post(`${base}/:placementId/opmerking`, signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const { page, placement } = await placementOf(c);
    const itemId = values.itemId?.trim() || null;
    const field = commentField(itemId);
    const saved = await submitToService(
      page.ctx,
      createPlanCommentSchema,
      { itemId, text: values[field] ?? '' },
      (input) => addPlanComment(page.ctx, placement.id, input),
      {
        fieldOf: (path) => (path[0] === 'text' ? field : '_form'),
        messages: { [field]: 'Schrijf een opmerking van minstens 2 tekens (hoogstens 2000).' },
        serviceMessages: { _form: 'Dit punt hoort niet bij dit inwerkplan.' },
      },
    );
    if (!saved.ok) {
      return c.html(
        <AfterHirePage {...page} forms={{ comment: { values, errors: saved.errors, target: field } }} />,
        422,
      );
    }
    return done(c, page, 'opmerking', 'inwerkplan');
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idOf = (value: string): string => {
  if (!UUID.test(value)) throw notFound({ nl: 'Deze plaatsing', en: 'Placement' });
  return value;
};
