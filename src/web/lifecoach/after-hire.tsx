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
import { moneyItemActors, moneyItemStatuses } from '../../modules/placements/money-checklist.entity';
import {
  type MoneyChecklistView,
  type MoneyItemView,
  updateMoneyItemSchema,
} from '../../modules/placements/money-checklist.schemas';
import {
  getMoneyChecklist,
  MONEY_ACTOR_LABELS_NL,
  MONEY_STATUS_LABELS_NL,
  updateMoneyItem,
} from '../../modules/placements/money-checklist.service';
import {
  createPlanCommentSchema,
  type OnboardingPlanView,
} from '../../modules/placements/onboarding-plan.schemas';
import { addPlanComment, getOnboardingPlan } from '../../modules/placements/onboarding-plan.service';
import { endPlacementSchema, type PlacementView } from '../../modules/placements/placement.schemas';
import { endPlacement, getPlacement, listPlacements } from '../../modules/placements/placement.service';
import { endReasons, isWorking, RUNNING_STATUSES } from '../../modules/placements/placement-rules';
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
import {
  END_PLACEMENT_MESSAGES,
  EndPlacementForm,
  endPlacementInput,
} from '../placements/end-placement-form';
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
type Forms = {
  checkIn?: FormState;
  note?: FormState;
  comment?: FormState & { target: string };
  money?: FormState & { target: string };
  end?: FormState;
};

const NOTICES: Record<string, string> = {
  gesprek: 'Het gesprek is opgeslagen.',
  steun: 'De notitie is opgeslagen. Alleen lifecoaches en het programma lezen die.',
  opmerking: 'Je opmerking staat bij het inwerkplan.',
  geld: 'De stap van de geldlijst is opgeslagen.',
  gestopt:
    'De plaatsing is beëindigd. De werkgever ziet bij een reden over geld alleen "persoonlijke omstandigheden".',
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
  const money =
    placement && can(ctx.actor, Permission.ReadMoneyChecklist)
      ? await getMoneyChecklist(ctx, reference, placement.id)
      : null;
  return {
    ctx,
    me,
    person: { id: record.id, fullName: record.fullName },
    placements,
    placement,
    checkIns,
    notes,
    plan,
    money,
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
        <RadioGroup
          name="moneyWorries"
          label="Zijn er zorgen over geld?"
          description="Bijvoorbeeld over de uitkering, toeslagen of schulden. Alleen lifecoaches en het programma zien dit, de werkgever nooit."
          value={values.moneyWorries ?? 'nee'}
          error={errors.moneyWorries}
          options={[
            { value: 'nee', label: 'Nee' },
            { value: 'ja', label: 'Ja, er zijn zorgen over geld' },
          ]}
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
          {checkIn.moneyWorries ? (
            <p class="card__meta">
              <strong>Zorgen over geld</strong> (alleen voor lifecoaches en het programma)
            </p>
          ) : null}
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

/** The field names of one checklist item's form: `<key>.<field>`, so every form on the page has its own ids. */
const moneyField = (key: string, field: string) => `${key}.${field}`;
const MONEY_FIELDS = ['status', 'date', 'actor', 'actorName', 'contactName', 'note'] as const;

function MoneyItemForm({
  person,
  placement,
  item,
  csrfToken,
  state,
  mayEdit,
}: {
  person: Person;
  placement: PlacementView;
  item: MoneyItemView;
  csrfToken: string;
  state: Forms['money'];
  mayEdit: boolean;
}) {
  const mine = state?.target === item.key;
  const value = (field: (typeof MONEY_FIELDS)[number], saved: string | null) =>
    mine ? state?.values[moneyField(item.key, field)] : (saved ?? undefined);
  const error = (field: (typeof MONEY_FIELDS)[number]) =>
    mine ? state?.errors[moneyField(item.key, field)] : undefined;
  return (
    <li
      class={`card money-item money-item--${item.status.toLowerCase().replace('_', '-')}`}
      id={`geld-${item.key}`}
    >
      <p class="card__title">{item.titleNl}</p>
      <p class="card__meta">
        <strong>{item.statusLabelNl}</strong>
        {item.whoLabelNl ? ` · ${item.whoLabelNl}` : ''}
        {item.date ? ` · ${formatDate(item.date)}` : ''}
        {item.contactName ? ` · ${item.contactLabelNl ?? 'Contactpersoon'}: ${item.contactName}` : ''}
      </p>
      <p class="card__text">{item.forLifecoachNl}</p>
      {item.note ? <p class="card__text">{item.note}</p> : null}
      {mayEdit ? (
        <details class="choice-details" open={mine}>
          <summary class="choice-details__summary">Pas deze stap aan</summary>
          {mine && state && Object.keys(state.errors).length ? (
            <ErrorSummary
              errors={state.errors}
              order={MONEY_FIELDS.map((field) => moneyField(item.key, field))}
            />
          ) : null}
          <PostForm action={actionPath(person.id, placement.id, `geld/${item.key}`)} csrfToken={csrfToken}>
            <input type="hidden" name="version" value={String(item.version)} />
            <RadioGroup
              name={moneyField(item.key, 'status')}
              label="Hoe staat het?"
              value={value('status', item.status)}
              error={error('status')}
              options={moneyItemStatuses.map((status) => ({
                value: status,
                label: MONEY_STATUS_LABELS_NL[status],
              }))}
            />
            <TextField
              name={moneyField(item.key, 'date')}
              label="Datum"
              description="Wanneer het gedaan is, of wanneer het gepland staat."
              type="date"
              size="date"
              value={value('date', item.date)}
              error={error('date')}
              optional
            />
            <RadioGroup
              name={moneyField(item.key, 'actor')}
              label="Wie doet het?"
              value={value('actor', item.actor)}
              error={error('actor')}
              options={moneyItemActors.map((actor) => ({
                value: actor,
                label: MONEY_ACTOR_LABELS_NL[actor],
              }))}
              optional
            />
            <TextField
              name={moneyField(item.key, 'actorName')}
              label="Naam van wie het doet"
              description="Als iemand anders het doet, bijvoorbeeld de bewindvoerder."
              value={value('actorName', item.actorName)}
              error={error('actorName')}
              optional
            />
            {item.contactLabelNl ? (
              <TextField
                name={moneyField(item.key, 'contactName')}
                label={item.contactLabelNl}
                description="Naam, en als je wilt een telefoonnummer."
                value={value('contactName', item.contactName)}
                error={error('contactName')}
                optional
              />
            ) : null}
            <TextAreaField
              name={moneyField(item.key, 'note')}
              label="Korte notitie"
              description="De werkzoekende kan dit lezen; een werkgever nooit."
              value={value('note', item.note)}
              error={error('note')}
              rows={2}
              optional
            />
            <SubmitButton variant="secondary">Sla deze stap op</SubmitButton>
          </PostForm>
        </details>
      ) : null}
    </li>
  );
}

function MoneyPart({
  person,
  placement,
  money,
  csrfToken,
  state,
}: {
  person: Person;
  placement: PlacementView;
  money: MoneyChecklistView;
  csrfToken: string;
  state: Forms['money'];
}) {
  const { progress } = money;
  return (
    <>
      <Paragraph>
        Loop deze stappen samen met {person.fullName} door, het liefst voor de eerste werkdag. Het programma
        rekent geen uitkering of toeslag uit: jullie regelen wie wat doet en bij wie je terecht kunt. De
        werkgever ziet deze lijst niet; {person.fullName} wel.
      </Paragraph>
      <Paragraph>
        {progress.done} gedaan, {progress.notNeeded} niet nodig, {progress.helpNeeded} hulp nodig,{' '}
        {progress.open} nog te doen.
      </Paragraph>
      {state?.errors._form ? (
        <Alert kind="warning">
          <Paragraph>{state.errors._form}</Paragraph>
        </Alert>
      ) : null}
      <ol class="card-list money-items">
        {money.items.map((item) => (
          <MoneyItemForm
            person={person}
            placement={placement}
            item={item}
            csrfToken={csrfToken}
            state={state}
            mayEdit={money.youMayEdit}
          />
        ))}
      </ol>
    </>
  );
}

function AfterHirePage(props: Page & { notice?: string | undefined; forms?: Forms }) {
  const { me, person, placements, placement, checkIns, notes, plan, money, today, notice } = props;
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

          {money?.items.length ? (
            <>
              <Heading2 id="geld">Geld bij de start</Heading2>
              <MoneyPart
                person={person}
                placement={placement}
                money={money}
                csrfToken={me.csrfToken}
                state={forms.money}
              />
            </>
          ) : null}

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

          {isWorking(placement.status) && placement.yourRoles.includes('LIFECOACH') ? (
            <EndPlacementForm
              action={actionPath(person.id, placement.id, 'einde')}
              csrfToken={me.csrfToken}
              state={forms.end}
              draft={false}
              reasons={endReasons}
              intro="Stopt het werk? Leg de reden vast, ook als het om geld gaat. Een reden over geld ziet de werkgever alleen als persoonlijke omstandigheden."
              returnsLabel="Ga je verder met deze persoon in het programma?"
            />
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

  web.post(`${base}/:placementId/einde`, signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const { page, placement } = await placementOf(c);
    const saved = await submitToService(
      page.ctx,
      endPlacementSchema,
      endPlacementInput(values),
      (input) => endPlacement(page.ctx, tools.deps.placementCadence, placement.id, input),
      { messages: END_PLACEMENT_MESSAGES },
    );
    if (!saved.ok) {
      return c.html(<AfterHirePage {...page} forms={{ end: { values, errors: saved.errors } }} />, 422);
    }
    return done(c, page, 'gestopt', 'gesprekken');
  });

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
        moneyWorries: values.moneyWorries === 'ja',
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

  web.post(`${base}/:placementId/geld/:itemKey`, signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const { page, placement } = await placementOf(c);
    const item = page.money?.items.find((candidate) => candidate.key === c.req.param('itemKey'));
    if (!item) throw notFound({ nl: 'Deze stap van de geldlijst', en: 'Money checklist item' });
    const field = (name: string) => values[moneyField(item.key, name)]?.trim() ?? '';
    const saved = await submitToService(
      page.ctx,
      updateMoneyItemSchema,
      {
        status: field('status'),
        date: field('date') || null,
        actor: field('actor') || null,
        actorName: field('actorName') || null,
        ...(item.contactLabelNl ? { contactName: field('contactName') || null } : {}),
        note: field('note') || null,
        version: Number(values.version),
      },
      (input) => updateMoneyItem(page.ctx, tools.deps.reference, placement.id, item.key, input),
      {
        fieldOf: (path) =>
          typeof path[0] === 'string' && (MONEY_FIELDS as readonly string[]).includes(path[0])
            ? moneyField(item.key, path[0])
            : '_form',
        messages: {
          [moneyField(item.key, 'status')]: 'Kies hoe het staat.',
          [moneyField(item.key, 'date')]: 'Vul de dag in waarop het gedaan is.',
          [moneyField(item.key, 'actor')]: 'Kies wie het gedaan heeft.',
          [moneyField(item.key, 'actorName')]: 'Schrijf de naam op van wie het doet (hoogstens 200 tekens).',
          [moneyField(item.key, 'contactName')]:
            'Schrijf de naam van de contactpersoon op (hoogstens 200 tekens).',
          [moneyField(item.key, 'note')]: 'Houd de notitie korter dan 1000 tekens.',
          _form: 'Iemand anders heeft deze stap net aangepast. Bekijk hem opnieuw en sla hem dan op.',
        },
      },
    );
    if (!saved.ok) {
      return c.html(
        <AfterHirePage {...page} forms={{ money: { values, errors: saved.errors, target: item.key } }} />,
        422,
      );
    }
    return c.redirect(
      `${withNotice(afterHirePath(page.person.id, placement.id), 'geld')}#geld-${item.key}`,
      303,
    );
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
