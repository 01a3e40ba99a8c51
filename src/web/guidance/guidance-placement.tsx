import type { Hono } from 'hono';
import { howItsGoingValues } from '../../modules/placements/cadence';
import { recordCheckInSchema } from '../../modules/placements/check-in.schemas';
import { listCheckIns, recordCheckIn } from '../../modules/placements/check-in.service';
import {
  createPlanCommentSchema,
  type OnboardingPlanView,
} from '../../modules/placements/onboarding-plan.schemas';
import { addPlanComment, getOnboardingPlan } from '../../modules/placements/onboarding-plan.service';
import type { PlacementView } from '../../modules/placements/placement.schemas';
import { getPlacement } from '../../modules/placements/placement.service';
import { isWorking } from '../../modules/placements/placement-rules';
import { programmeToday } from '../../modules/readiness/review-dates';
import { isoDate, readForm, typedDate } from '../form-input';
import {
  commentAuthorLabels,
  contractTypeLabels,
  dayCount,
  formatDate,
  formatDateTime,
  howItsGoingLabels,
} from '../labels';
import { Alert, Facts, Heading1, Heading2, Link, Paragraph } from '../layout/components';
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
import { Page } from '../layout/page';
import { submitToService, withNotice } from '../lifecoach/form-submit';
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import {
  GUIDE_KIND_WORDS,
  type GuidanceTools,
  type GuidanceWorkspace,
  type GuideKind,
  guidancePlacementPath,
  ownKind,
  personLabel,
} from './guidance-tools';

type CheckIns = Awaited<ReturnType<typeof listCheckIns>>['items'];
type FormState = { values: FormValues; errors: FieldErrors };
type Forms = { checkIn?: FormState; comment?: FormState & { target: string } };

const NOTICES: Record<string, string> = {
  gesprek: GUIDE_KIND_WORDS.MENTOR.saved,
  feedback: GUIDE_KIND_WORDS.MANAGER_FEEDBACK.saved,
  opmerking: 'Uw opmerking staat bij het inwerkplan.',
};

/** The comment box of an item (`tekst.<itemId>`) or of the plan as a whole (`tekst.plan`). */
const commentField = (itemId: string | null) => `tekst.${itemId ?? 'plan'}`;

type Loaded = {
  workspace: GuidanceWorkspace;
  me: SignedIn;
  placement: PlacementView;
  plan: OnboardingPlanView;
  checkIns: CheckIns;
  today: string;
};

/** When the viewer's next conversation is due: on time, soon, or late, as on the mentor's and the manager's home. */
export function FollowUp({ placement, kind }: { placement: PlacementView; kind: GuideKind }) {
  const mine = placement.followUp.filter((status) => status.kind === kind);
  if (!mine.length) return null;
  return (
    <ul class="card-list">
      {mine.map((status) => (
        <li class={`card follow-up follow-up--${status.state.toLowerCase()}`}>
          <p class="card__title">{status.kindLabelNl}</p>
          <p class="card__text">
            {status.state === 'OVERDUE' ? (
              <>
                <strong>Te laat</strong>: dit had uiterlijk {formatDate(status.dueDate)} moeten zijn (
                {dayCount(status.daysOverdue)} geleden).
              </>
            ) : status.state === 'NOT_STARTED' ? (
              <strong>De collega is nog niet begonnen.</strong>
            ) : (
              <>
                <strong>{status.state === 'DUE' ? 'Binnenkort' : 'Op tijd'}</strong>: het volgende gesprek
                graag uiterlijk {formatDate(status.dueDate)}.
              </>
            )}{' '}
            {status.lastCheckInDate
              ? `Laatste gesprek: ${formatDate(status.lastCheckInDate)}.`
              : 'Nog geen gesprek vastgelegd.'}
          </p>
        </li>
      ))}
    </ul>
  );
}

function CheckInForm({
  workspace,
  kind,
  placement,
  today,
  csrfToken,
  state,
}: {
  workspace: GuidanceWorkspace;
  kind: GuideKind;
  placement: PlacementView;
  today: string;
  csrfToken: string;
  state: FormState | undefined;
}) {
  const values = state?.values ?? {};
  const errors = state?.errors ?? {};
  return (
    <>
      <ErrorSummary errors={errors} order={['date', 'howItsGoing', 'report', 'agreedActions']} />
      <PostForm
        action={`${guidancePlacementPath(workspace, placement.id)}/${GUIDE_KIND_WORDS[kind].anchor}`}
        csrfToken={csrfToken}
      >
        <TextField
          name="date"
          label="Datum van het gesprek"
          description="Bijvoorbeeld 14-03-2027. Niet in de toekomst."
          value={values.date ?? typedDate(today)}
          error={errors.date}
          size="date"
        />
        <RadioGroup
          name="howItsGoing"
          label="Hoe gaat het?"
          description="Een zorg ziet de lifecoach als signaal. Die kan dan helpen buiten het werk."
          value={values.howItsGoing}
          error={errors.howItsGoing}
          options={howItsGoingValues.map((value) => ({ value, label: howItsGoingLabels[value] }))}
        />
        <TextAreaField
          name="report"
          label="Kort verslag"
          description="In gewone woorden, zoals u het aan de nieuwe collega vertelt. Minstens 10 tekens. Schrijf geen persoonlijke zaken op."
          value={values.report}
          error={errors.report}
          rows={4}
        />
        <TextAreaField
          name="agreedActions"
          label="Wat heeft u afgesproken?"
          description="Eén afspraak per regel, hoogstens 10."
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

function CheckInList({ checkIns, kind }: { checkIns: CheckIns; kind: GuideKind }) {
  const mine = checkIns.filter((checkIn) => checkIn.kind === kind);
  if (!mine.length) return <Paragraph>{GUIDE_KIND_WORDS[kind].none}</Paragraph>;
  return (
    <ul class="card-list">
      {mine.map((checkIn) => (
        <li class="card">
          <p class="card__title">
            {formatDate(checkIn.date)}: {checkIn.howItsGoingLabelNl}
          </p>
          <p class="card__text">{checkIn.report}</p>
          {checkIn.agreedActions.length ? (
            <ul class="utrecht-unordered-list">
              {checkIn.agreedActions.map((action) => (
                <li>{action}</li>
              ))}
            </ul>
          ) : null}
          <p class="card__meta">Vastgelegd door {checkIn.recordedBy.displayName ?? 'een collega'}</p>
        </li>
      ))}
    </ul>
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
            {commentAuthorLabels[comment.author.role] ?? 'medewerker'}
            ), {formatDateTime(comment.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

function CommentForm({
  workspace,
  placement,
  itemId,
  label,
  csrfToken,
  state,
}: {
  workspace: GuidanceWorkspace;
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
      action={`${guidancePlacementPath(workspace, placement.id)}/opmerking`}
      csrfToken={csrfToken}
      class="comment-form"
    >
      {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
      <TextAreaField
        name={name}
        label={label}
        description="De werkgever, de lifecoach en de nieuwe collega lezen dit."
        value={mine ? state?.values[name] : undefined}
        error={mine ? state?.errors[name] : undefined}
        rows={2}
      />
      <SubmitButton variant="secondary">Plaats de opmerking</SubmitButton>
    </PostForm>
  );
}

function Plan({
  workspace,
  placement,
  plan,
  csrfToken,
  state,
}: {
  workspace: GuidanceWorkspace;
  placement: PlacementView;
  plan: OnboardingPlanView;
  csrfToken: string;
  state: Forms['comment'];
}) {
  return (
    <>
      <Paragraph>
        De werkgever maakt het inwerkplan. U kunt bij elk punt een opmerking geven, bijvoorbeeld hoe het
        oefenen gaat. Schrijf hier geen persoonlijke zaken.
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
                    workspace={workspace}
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
        workspace={workspace}
        placement={placement}
        itemId={null}
        label="Opmerking over het hele plan"
        csrfToken={csrfToken}
        state={state}
      />
    </>
  );
}

function GuidancePlacementPage(props: Loaded & { notice?: string | undefined; forms?: Forms }) {
  const { workspace, me, placement, plan, checkIns, today, notice } = props;
  const forms = props.forms ?? {};
  const { contract, hours } = placement;
  const kind = ownKind(placement);
  const words = kind ? GUIDE_KIND_WORDS[kind] : null;
  const mayRecord = isWorking(placement.status) && kind !== null;
  // The other guide at the employer: the mentor sees who the manager is, the manager who the mentor is.
  const otherGuide: [string, string] =
    kind === 'MANAGER_FEEDBACK'
      ? ['Mentor', placement.mentor?.displayName ?? 'Nog niet gekozen']
      : ['Leidinggevende', placement.manager?.displayName ?? 'Nog niet gekozen'];
  return (
    <Page title={workspace.placementTitle(personLabel(placement.person))} signedIn={me} section="home">
      <div class="workspace-page">
        <Paragraph>
          <Link href={workspace.homePath}>Terug naar uw overzicht</Link>
        </Paragraph>
        <Heading1>
          {personLabel(placement.person)}: {placement.vacancy.title}
        </Heading1>
        {notice ? (
          <Alert kind="ok" live>
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
        <Facts
          items={[
            ['Status', placement.statusLabelNl],
            ['Begonnen op', placement.startDate ? formatDate(placement.startDate) : 'Nog niet bekend'],
            ['Contract', `${contractTypeLabels[contract.type]}, ${contract.hoursPerWeek} uur per week`],
            [
              'Uren deze week',
              hours.agreedHoursThisWeek !== null
                ? `${hours.agreedHoursThisWeek} uur${hours.currentWeek ? ` (week ${hours.currentWeek})` : ''}`
                : 'Nog niet bekend',
            ],
            otherGuide,
            ['Lifecoach', `${placement.lifecoach.displayName} (${placement.lifecoach.email})`],
          ]}
        />
        {placement.person.fullName === null ? (
          <Paragraph>
            U ziet een kandidaatcode: de nieuwe collega heeft nog niet gezegd dat de werkgever de naam mag
            zien in dit systeem.
          </Paragraph>
        ) : null}

        {kind && words ? (
          <>
            <Heading2 id={words.anchor}>{words.heading}</Heading2>
            {words.lead ? <Paragraph>{words.lead}</Paragraph> : null}
            <FollowUp placement={placement} kind={kind} />
          </>
        ) : null}
        {placement.worryFlags.length ? (
          <Alert kind="warning">
            <Paragraph>In een ander gesprek zijn zorgen genoemd:</Paragraph>
            <ul class="utrecht-unordered-list">
              {placement.worryFlags.map((flag) => (
                <li>
                  {formatDate(flag.date)}, {flag.kindLabelNl.toLowerCase()}: {flag.howItsGoingLabelNl}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {mayRecord && kind ? (
          <>
            <h3 class="utrecht-heading-3">Een gesprek vastleggen</h3>
            <CheckInForm
              workspace={workspace}
              kind={kind}
              placement={placement}
              today={today}
              csrfToken={me.csrfToken}
              state={forms.checkIn}
            />
          </>
        ) : null}
        {kind && words ? (
          <>
            <h3 class="utrecht-heading-3">{words.earlier}</h3>
            <CheckInList checkIns={checkIns} kind={kind} />
          </>
        ) : null}

        <Heading2 id="inwerkplan">Inwerkplan</Heading2>
        <Plan
          workspace={workspace}
          placement={placement}
          plan={plan}
          csrfToken={me.csrfToken}
          state={forms.comment}
        />
      </div>
    </Page>
  );
}

/**
 * A placement in a guidance workspace: the facts, the viewer's own kind of conversation (due,
 * the form, the earlier ones), worry flags of the others, and the onboarding plan with comments.
 */
export function guidancePlacementPages(web: Hono<WebBindings>, tools: GuidanceTools) {
  const { deps, workspace } = tools;
  const guards = [tools.signedIn, tools.guide] as const;
  const base = `${workspace.homePath}/plaatsingen/:id`;
  const pathOf = (id: string) => guidancePlacementPath(workspace, id);

  /** The placement as the API shows it to this mentor or manager; outside their placements, 404. */
  const load = async (c: WebContext) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    const placement = await getPlacement(ctx, deps.placementCadence, id);
    const plan = await getOnboardingPlan(ctx, deps.reference, id);
    const kind = ownKind(placement);
    const checkIns = kind ? (await listCheckIns(ctx, id, { limit: 50, kind })).items : [];
    return { ctx, loaded: { workspace, me, placement, plan, checkIns, today: programmeToday(ctx.now) } };
  };

  for (const kind of ['MENTOR', 'MANAGER_FEEDBACK'] as const) {
    const { anchor } = GUIDE_KIND_WORDS[kind];
    web.post(`${base}/${anchor}`, ...guards, tools.csrf, async (c) => {
      const values = await readForm(c);
      const { ctx, loaded } = await load(c);
      const saved = await submitToService(
        ctx,
        recordCheckInSchema,
        {
          kind,
          date: isoDate(values.date ?? ''),
          report: values.report ?? '',
          howItsGoing: values.howItsGoing,
          agreedActions: (values.agreedActions ?? '')
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
        },
        (input) => recordCheckIn(ctx, loaded.placement.id, input),
        {
          messages: {
            date: 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 14-03-2027.',
            howItsGoing: 'Kies hoe het gaat.',
            report: 'Schrijf een kort verslag van minstens 10 tekens (hoogstens 2000).',
            agreedActions:
              'Schrijf elke afspraak op een eigen regel, met 3 tot 300 tekens; hoogstens 10 afspraken.',
          },
        },
      );
      if (!saved.ok) {
        const again = await load(c);
        return c.html(
          <GuidancePlacementPage {...again.loaded} forms={{ checkIn: { values, errors: saved.errors } }} />,
          422,
        );
      }
      return c.redirect(`${withNotice(pathOf(loaded.placement.id), anchor)}#${anchor}`, 303);
    });
  }

  web.get(base, ...guards, async (c) => {
    const { loaded } = await load(c);
    return c.html(<GuidancePlacementPage {...loaded} notice={NOTICES[c.req.query('melding') ?? '']} />);
  });

  web.post(`${base}/opmerking`, ...guards, tools.csrf, async (c) => {
    const values = await readForm(c);
    const { ctx, loaded } = await load(c);
    const itemId = values.itemId?.trim() || null;
    const field = commentField(itemId);
    const saved = await submitToService(
      ctx,
      createPlanCommentSchema,
      { itemId, text: values[field] ?? '' },
      (input) => addPlanComment(ctx, loaded.placement.id, input),
      {
        fieldOf: (path) => (path[0] === 'text' ? field : '_form'),
        messages: {
          [field]: 'Schrijf een opmerking van minstens 2 tekens (hoogstens 2000).',
          _form: 'Dit punt hoort niet bij dit inwerkplan.',
        },
        serviceMessages: { _form: 'Dit punt hoort niet bij dit inwerkplan.' },
      },
    );
    if (!saved.ok) {
      const again = await load(c);
      return c.html(
        <GuidancePlacementPage
          {...again.loaded}
          forms={{ comment: { values, errors: saved.errors, target: field } }}
        />,
        422,
      );
    }
    return c.redirect(`${withNotice(pathOf(loaded.placement.id), 'opmerking')}#inwerkplan`, 303);
  });
}
