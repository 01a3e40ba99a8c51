import type { Hono } from 'hono';
import { notFound } from '../../http/problem';
import { howItsGoingValues } from '../../modules/placements/cadence';
import { recordCheckInSchema } from '../../modules/placements/check-in.schemas';
import { listCheckIns, recordCheckIn } from '../../modules/placements/check-in.service';
import { guideRoles, inviteGuideSchema } from '../../modules/placements/guide-invitation.schemas';
import { inviteGuide } from '../../modules/placements/guide-invitation.service';
import { sendGuideInvitation } from '../../modules/placements/guide-invitation-mail';
import { planItemKinds, planItemStatuses } from '../../modules/placements/onboarding-plan.entity';
import {
  createPlanCommentSchema,
  createPlanItemSchema,
  updatePlanItemSchema,
} from '../../modules/placements/onboarding-plan.schemas';
import {
  addPlanComment,
  addPlanItem,
  getOnboardingPlan,
  updatePlanItem,
} from '../../modules/placements/onboarding-plan.service';
import {
  cancelPlacementSchema,
  endPlacementSchema,
  updatePlacementSchema,
} from '../../modules/placements/placement.schemas';
import {
  cancelPlacement,
  endPlacement,
  getPlacement,
  listPlacements,
  startPlacement,
  updatePlacement,
} from '../../modules/placements/placement.service';
import {
  END_REASON_LABELS_NL,
  endReasons,
  PRIVATE_END_REASONS,
} from '../../modules/placements/placement-rules';
import { listUsers } from '../../modules/users/user.service';
import { isoDate, readForm } from '../form-input';
import {
  commentAuthorLabels,
  contractTypeLabels,
  formatDate,
  formatDateTime,
  howItsGoingLabels,
} from '../labels';
import { Alert, Cell, Facts, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../layout/form';
import { Page } from '../layout/page';
import { type Submitted, submitToService, withNotice } from '../lifecoach/form-submit';
import { idParam, pageContext } from '../lifecoach/page-tools';
import {
  END_PLACEMENT_MESSAGES,
  EndPlacementForm,
  endPlacementInput,
} from '../placements/end-placement-form';
import { refusalMessage } from '../programme/meet-and-greet-tools';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import { type EmployerTools, placementPath, placementsPath } from './employer-tools';

type Placement = Awaited<ReturnType<typeof getPlacement>>;
type Plan = Awaited<ReturnType<typeof getOnboardingPlan>>;
type CheckIns = Awaited<ReturnType<typeof listCheckIns>>['items'];

const NOTICES: Record<string, string> = {
  aangenomen: 'De kandidaat is aangenomen. Hieronder staat de plaatsing.',
  feedback: 'Het feedbackgesprek is opgeslagen.',
  punt: 'Het punt staat in het inwerkplan.',
  status: 'De stand van het punt is opgeslagen.',
  opmerking: 'Uw opmerking staat bij het inwerkplan.',
  voorbereid: 'De mentor, de leidinggevende en de startdatum zijn opgeslagen.',
  gestart: 'De start is bevestigd. De gesprekken na de start staan hieronder.',
  gestopt: 'De plaatsing is beëindigd. De lifecoach ziet de reden.',
  geannuleerd: 'Opgeslagen dat de plaatsing niet begint.',
  uitgenodigd:
    'De uitnodiging is verstuurd. De collega staat nu bij de plaatsing. De link in de e-mail werkt 7 dagen, en één keer.',
  'uitgenodigd-zonder-mail':
    'De collega staat nu bij de plaatsing, maar de e-mail kon niet worden verstuurd. Nodig de collega later nog een keer uit.',
};

const planItemKindLabels = { GOAL: 'Een doel', LEARNING_ITEM: 'Iets om te leren' } as const;
const planItemStatusLabels = {
  PLANNED: 'Gepland',
  IN_PROGRESS: 'Bezig',
  DONE: 'Klaar',
  DROPPED: 'Vervallen',
} as const;

/** One form of the page that came back with errors: what was typed and what to fix. */
type FormState = { values: FormValues; errors: FieldErrors; target?: string };
type Forms = Partial<
  Record<'feedback' | 'item' | 'status' | 'comment' | 'end' | 'start' | 'invite', FormState>
>;
type Colleague = { id: string; displayName: string; role: string };

const statusField = (itemId: string) => `status-${itemId}`;
const commentField = (itemId: string | null) => (itemId ? `opmerking-${itemId}` : 'opmerking-plan');
const todayTyped = () =>
  new Date().toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam' }).replace(/\//g, '-');

function Comments({ comments }: { comments: Plan['comments'] }) {
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

function CommentForm({
  placementId,
  itemId,
  label,
  csrfToken,
  state,
}: {
  placementId: string;
  itemId: string | null;
  label: string;
  csrfToken: string;
  state: FormState | undefined;
}) {
  const field = commentField(itemId);
  const mine = state?.target === field;
  return (
    <PostForm action={`${placementPath(placementId)}/inwerkplan/opmerking`} csrfToken={csrfToken}>
      {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
      <TextAreaField
        name={field}
        label={label}
        description="Iedereen die het plan ziet, leest dit: de mentor, de lifecoach en de nieuwe collega. Schrijf over het werk."
        value={mine ? state?.values[field] : undefined}
        error={mine ? state?.errors[field] : undefined}
        rows={2}
      />
      <SubmitButton variant="secondary">Plaats de opmerking</SubmitButton>
    </PostForm>
  );
}

function OnboardingPlan({
  me,
  placement,
  plan,
  forms,
}: {
  me: SignedIn;
  placement: Placement;
  plan: Plan;
  forms: Forms;
}) {
  const open = placement.status !== 'ENDED' && placement.status !== 'CANCELLED';
  const mayEdit = plan.youMayEdit && open;
  const item = forms.item ?? { values: { kind: 'LEARNING_ITEM' }, errors: {} };
  return (
    <section aria-labelledby="inwerkplan">
      <Heading2 id="inwerkplan">Inwerkplan</Heading2>
      <Paragraph>
        Wat de nieuwe collega de eerste maanden leert en wil bereiken. U past het plan aan; de mentor en de
        lifecoach geven opmerkingen.
      </Paragraph>
      {forms.status?.errors._form || forms.comment?.errors._form ? (
        <Alert kind="error">
          <Paragraph>{forms.status?.errors._form ?? forms.comment?.errors._form}</Paragraph>
        </Alert>
      ) : null}
      {plan.items.length ? (
        <>
          <Paragraph>
            {plan.progress.done} van {plan.progress.total} punten klaar
            {plan.progress.overdue ? `, ${plan.progress.overdue} later dan gepland` : ''}.
          </Paragraph>
          <ol class="card-list plan-items">
            {plan.items.map((planItem) => {
              const field = statusField(planItem.id);
              const statusState = forms.status?.target === field ? forms.status : undefined;
              return (
                <li class={`card plan-item ${planItem.overdue ? 'plan-item--overdue' : ''}`}>
                  <p class="card__title">
                    {planItem.kindLabelNl}: {planItem.title}
                  </p>
                  <p class="card__meta">
                    {planItem.statusLabelNl} · klaar uiterlijk {formatDate(planItem.targetDate)}
                    {planItem.overdue ? ' · later dan gepland' : ''}
                  </p>
                  {planItem.description ? <p class="card__text">{planItem.description}</p> : null}
                  {planItem.competences.length ? (
                    <p class="card__text">
                      Oefent: {planItem.competences.map((competence) => competence.labelNl).join(', ')}
                    </p>
                  ) : null}
                  <Comments comments={planItem.comments} />
                  {mayEdit ? (
                    <PostForm
                      action={`${placementPath(placement.id)}/inwerkplan/${planItem.id}/stand`}
                      csrfToken={me.csrfToken}
                    >
                      <input type="hidden" name="version" value={String(planItem.version)} />
                      <SelectField
                        name={field}
                        label={`Stand van ‘${planItem.title}’`}
                        value={statusState?.values[field] ?? planItem.status}
                        error={statusState?.errors[field]}
                        options={planItemStatuses.map((status) => ({
                          value: status,
                          label: planItemStatusLabels[status],
                        }))}
                      />
                      <SubmitButton variant="secondary">
                        Sla de stand op<span class="visually-hidden"> van ‘{planItem.title}’</span>
                      </SubmitButton>
                    </PostForm>
                  ) : null}
                  {open ? (
                    <details
                      class="choice-details"
                      open={forms.comment?.target === commentField(planItem.id)}
                    >
                      <summary class="choice-details__summary">
                        Geef een opmerking<span class="visually-hidden"> bij ‘{planItem.title}’</span>
                      </summary>
                      <CommentForm
                        placementId={placement.id}
                        itemId={planItem.id}
                        label={`Opmerking bij ‘${planItem.title}’`}
                        csrfToken={me.csrfToken}
                        state={forms.comment}
                      />
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <Paragraph>Het inwerkplan is nog leeg.</Paragraph>
      )}
      <h3 class="utrecht-heading-3">Opmerkingen over het hele plan</h3>
      <Comments comments={plan.comments} />
      {open ? (
        <CommentForm
          placementId={placement.id}
          itemId={null}
          label="Opmerking over het hele plan"
          csrfToken={me.csrfToken}
          state={forms.comment}
        />
      ) : null}
      {mayEdit ? (
        <section aria-labelledby="punt-toevoegen">
          <h3 class="utrecht-heading-3" id="punt-toevoegen">
            Een punt toevoegen
          </h3>
          <PostForm action={`${placementPath(placement.id)}/inwerkplan`} csrfToken={me.csrfToken}>
            <ErrorSummary errors={item.errors} order={['kind', 'title', 'description', 'targetDate']} />
            <RadioGroup
              name="kind"
              label="Wat voor punt is het?"
              value={item.values.kind}
              error={item.errors.kind}
              options={planItemKinds.map((kind) => ({ value: kind, label: planItemKindLabels[kind] }))}
            />
            <TextField
              name="title"
              label="Wat is het punt?"
              description="Kort, bijvoorbeeld: Zelfstandig de heftruck besturen."
              value={item.values.title}
              error={item.errors.title}
            />
            <TextAreaField
              name="description"
              label="Uitleg"
              value={item.values.description}
              error={item.errors.description}
              rows={2}
              optional
            />
            <TextField
              name="targetDate"
              label="Klaar uiterlijk op"
              description="Bijvoorbeeld 14-03-2027."
              value={item.values.targetDate}
              error={item.errors.targetDate}
              size="date"
            />
            <SubmitButton>Zet het punt in het plan</SubmitButton>
          </PostForm>
        </section>
      ) : null}
    </section>
  );
}

/** Confirming the start needs a mentor, a manager and the first day of work, as the API's start does. */
const startFormSchema = updatePlacementSchema.superRefine((input, context) => {
  for (const field of ['mentorUserId', 'managerUserId', 'startDate'] as const)
    if (!input[field]) context.addIssue({ code: 'custom', path: [field], message: 'Nodig voor de start.' });
});

/** A draft: name the mentor and the manager, the start date, and confirm the start. */
function StartForm({
  me,
  placement,
  colleagues,
  state,
}: {
  me: SignedIn;
  placement: Placement;
  colleagues: Colleague[];
  state: FormState | undefined;
}) {
  const values = state?.values ?? {
    mentorUserId: placement.mentor?.id ?? '',
    managerUserId: placement.manager?.id ?? '',
    startDate: placement.startDate ? placement.startDate.split('-').reverse().join('-') : '',
  };
  const errors = state?.errors ?? {};
  const people = (role: string) =>
    colleagues
      .filter((colleague) => colleague.role === role)
      .map((colleague) => ({ value: colleague.id, label: colleague.displayName }));
  return (
    <section aria-labelledby="start-regelen">
      <Heading2 id="start-regelen">De start regelen</Heading2>
      <Paragraph>
        Kies een mentor die naast de nieuwe collega werkt, en de leidinggevende die elke twee weken een
        feedbackgesprek voert. Zij zien de plaatsing ook.
      </Paragraph>
      <PostForm action={`${placementPath(placement.id)}/start`} csrfToken={me.csrfToken}>
        <ErrorSummary errors={errors} order={['mentorUserId', 'managerUserId', 'startDate']} />
        <input type="hidden" name="version" value={String(placement.version)} />
        <SelectField
          name="mentorUserId"
          label="Mentor"
          value={values.mentorUserId}
          error={errors.mentorUserId}
          options={[{ value: '', label: 'Kies een mentor' }, ...people('MENTOR')]}
        />
        <SelectField
          name="managerUserId"
          label="Leidinggevende"
          value={values.managerUserId}
          error={errors.managerUserId}
          options={[
            { value: '', label: 'Kies een leidinggevende' },
            ...people('MANAGER'),
            ...people('EMPLOYER_RECRUITER'),
          ]}
        />
        <TextField
          name="startDate"
          label="Eerste werkdag"
          description="Bijvoorbeeld 14-03-2027."
          value={values.startDate}
          error={errors.startDate}
          size="date"
        />
        <div class="button-row">
          <SubmitButton name="step" value="start">
            Sla op en bevestig de start
          </SubmitButton>
          <SubmitButton name="step" value="save" variant="secondary">
            Sla alleen op
          </SubmitButton>
        </div>
      </PostForm>
    </section>
  );
}

const guideRoleLabels = {
  MENTOR: 'Mentor: werkt naast de nieuwe collega en helpt bij het inwerken',
  MANAGER: 'Leidinggevende: geeft minstens elke twee weken feedback',
} as const;

/** Invite a colleague as mentor or manager: name and e-mail; the account and the sign-in mail follow. */
function InviteForm({
  me,
  placement,
  state,
}: {
  me: SignedIn;
  placement: Placement;
  state: FormState | undefined;
}) {
  const values = state?.values ?? {};
  const errors = state?.errors ?? {};
  return (
    <section aria-labelledby="uitnodigen">
      <Heading2 id="uitnodigen">Een mentor of leidinggevende uitnodigen</Heading2>
      <Paragraph>
        Heeft uw collega nog geen account? Vul de naam en het e-mailadres in. Uw collega krijgt een e-mail met
        een link om in te loggen, en staat meteen bij deze plaatsing. Een collega met een account bij{' '}
        {placement.employer.name} krijgt alleen de e-mail.
      </Paragraph>
      <PostForm action={`${placementPath(placement.id)}/uitnodigen`} csrfToken={me.csrfToken}>
        <ErrorSummary errors={errors} order={['_form', 'role', 'displayName', 'email']} />
        <input type="hidden" name="version" value={String(placement.version)} />
        <RadioGroup
          name="role"
          label="Als wat nodigt u uw collega uit?"
          value={values.role}
          error={errors.role}
          options={guideRoles.map((role) => ({ value: role, label: guideRoleLabels[role] }))}
        />
        <TextField
          name="displayName"
          label="Naam van uw collega"
          autocomplete="off"
          value={values.displayName}
          error={errors.displayName}
        />
        <TextField
          name="email"
          label="E-mailadres van uw collega"
          description="Het werkadres, bijvoorbeeld naam@bedrijf.nl."
          type="email"
          autocomplete="off"
          inputmode="email"
          value={values.email}
          error={errors.email}
        />
        <SubmitButton variant="secondary">Stuur de uitnodiging</SubmitButton>
      </PostForm>
    </section>
  );
}

const who = (person: Placement['person']) =>
  person.fullName ? `${person.fullName} (${person.candidateCode})` : `Kandidaat ${person.candidateCode}`;

function PlacementPage({
  me,
  placement,
  plan,
  checkIns,
  forms = {},
  colleagues = [],
  notice,
}: {
  me: SignedIn;
  placement: Placement;
  plan: Plan;
  checkIns: CheckIns;
  colleagues?: Colleague[];
  forms?: Forms;
  notice?: string | undefined;
}) {
  const values = forms.feedback?.values ?? {};
  const errors = forms.feedback?.errors ?? {};
  // The feedback is the manager's own conversation: a recruiter who is not the manager has no form.
  const isManager = placement.yourRoles.includes('MANAGER');
  const today = todayTyped();
  return (
    <Page title={`Plaatsing: ${placement.vacancy.title}`} signedIn={me} section="placements">
      <Paragraph>
        <Link href={placementsPath}>Terug naar alle plaatsingen</Link>
      </Paragraph>
      <Heading1>
        {who(placement.person)}: {placement.vacancy.title}
      </Heading1>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Facts
        items={[
          ['Status', placement.statusLabelNl],
          [
            'Begint of begon op',
            placement.startDate ? formatDate(placement.startDate) : 'Nog niet vastgelegd',
          ],
          [
            'Contract',
            `${contractTypeLabels[placement.contract.type]}, ${placement.contract.hoursPerWeek} uur per week${placement.contract.endDate ? `, tot ${formatDate(placement.contract.endDate)}` : ''}`,
          ],
          ['Mentor', placement.mentor?.displayName ?? 'Nog niet gekozen'],
          ['Leidinggevende', placement.manager?.displayName ?? 'Nog niet gekozen'],
          ['Lifecoach', `${placement.lifecoach.displayName} (${placement.lifecoach.email})`],
        ]}
      />
      <Heading2>Uren opbouwen</Heading2>
      {placement.hours.schedule.length ? (
        <ul class="utrecht-unordered-list">
          {placement.hours.schedule.map((step) => (
            <li>
              Vanaf week {step.fromWeek}: {step.hours} uur per week
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Nog geen opbouw afgesproken.</Paragraph>
      )}
      {placement.hours.currentWeek ? (
        <Paragraph>
          Nu week {placement.hours.currentWeek}: {placement.hours.agreedHoursThisWeek} uur afgesproken.
        </Paragraph>
      ) : null}

      <Heading2>Gesprekken</Heading2>
      {placement.followUp.length ? (
        <ul class="utrecht-unordered-list">
          {placement.followUp.map((item) => (
            <li>
              {item.kindLabelNl}:{' '}
              {item.state === 'OVERDUE'
                ? `te laat, had op ${formatDate(item.dueDate)} moeten zijn (${item.daysOverdue} dagen geleden)`
                : `volgende uiterlijk ${formatDate(item.dueDate)}`}
            </li>
          ))}
        </ul>
      ) : null}
      {placement.worryFlags.length ? (
        <Alert kind="warning">
          <Paragraph>Er zijn zorgen genoemd in andere gesprekken:</Paragraph>
          <ul class="utrecht-unordered-list">
            {placement.worryFlags.map((flag) => (
              <li>
                {formatDate(flag.date)}, {flag.kindLabelNl}: {flag.howItsGoingLabelNl}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {checkIns.length ? (
        <Table caption="Vastgelegde gesprekken" head={['Datum', 'Soort', 'Hoe gaat het', 'Verslag']}>
          {checkIns.map((checkIn) => (
            <Row>
              <Cell label="Datum">{formatDate(checkIn.date)}</Cell>
              <Cell label="Soort">{checkIn.kindLabelNl}</Cell>
              <Cell label="Hoe gaat het">{checkIn.howItsGoingLabelNl}</Cell>
              <Cell label="Verslag">{checkIn.report}</Cell>
            </Row>
          ))}
        </Table>
      ) : null}

      <OnboardingPlan me={me} placement={placement} plan={plan} forms={forms} />

      {isManager && placement.status === 'ACTIVE' ? (
        <section aria-labelledby="feedback-titel">
          <Heading2 id="feedback-titel">Feedbackgesprek van de leidinggevende</Heading2>
          <Paragraph>
            Minstens elke twee weken. Schrijf het verslag zoals u het aan de medewerker vertelt.
          </Paragraph>
          <PostForm action={`${placementPath(placement.id)}/feedback`} csrfToken={me.csrfToken}>
            <ErrorSummary errors={errors} />
            <TextField
              name="date"
              label="Datum van het gesprek"
              description="Bijvoorbeeld 14-03-2027."
              value={values.date ?? today}
              error={errors.date}
              size="date"
            />
            <RadioGroup
              name="howItsGoing"
              label="Hoe gaat het?"
              value={values.howItsGoing}
              error={errors.howItsGoing}
              options={howItsGoingValues.map((value) => ({ value, label: howItsGoingLabels[value] }))}
            />
            <TextAreaField name="report" label="Kort verslag" value={values.report} error={errors.report} />
            <TextAreaField
              name="agreedActions"
              label="Afspraken"
              description="Eén afspraak per regel."
              value={values.agreedActions}
              error={errors.agreedActions}
              optional
            />
            <SubmitButton>Sla het gesprek op</SubmitButton>
          </PostForm>
        </section>
      ) : null}
      {placement.yourRoles.includes('RECRUITER') && placement.status === 'DRAFT' ? (
        <StartForm me={me} placement={placement} colleagues={colleagues} state={forms.start} />
      ) : null}
      {placement.yourRoles.includes('RECRUITER') &&
      ['DRAFT', 'ACTIVE', 'CONVERTED_TO_PERMANENT'].includes(placement.status) ? (
        <InviteForm me={me} placement={placement} state={forms.invite} />
      ) : null}
      {placement.yourRoles.includes('RECRUITER') &&
      ['DRAFT', 'ACTIVE', 'CONVERTED_TO_PERMANENT'].includes(placement.status) ? (
        <EndPlacementForm
          action={`${placementPath(placement.id)}/${placement.status === 'DRAFT' ? 'annuleren' : 'einde'}`}
          csrfToken={me.csrfToken}
          state={forms.end}
          draft={placement.status === 'DRAFT'}
          reasons={endReasons.filter((reason) => !PRIVATE_END_REASONS.includes(reason))}
          intro="De lifecoach en Warm Rotterdam lezen de reden en de uitleg. Zo leren we wat helpt om werk te houden."
          returnsLabel="Gaat de lifecoach verder met deze persoon in het programma?"
        />
      ) : null}
      {placement.outcome.endReason ? (
        <section aria-labelledby="uitkomst">
          <Heading2 id="uitkomst">{placement.status === 'CANCELLED' ? 'Niet begonnen' : 'Gestopt'}</Heading2>
          <Facts
            items={[
              ...(placement.outcome.endDate
                ? ([['Laatste werkdag', formatDate(placement.outcome.endDate)]] as [string, string][])
                : []),
              ['Reden', placement.outcome.endReasonLabelNl ?? ''],
              ...(placement.outcome.endNote
                ? ([['Uitleg', placement.outcome.endNote]] as [string, string][])
                : []),
            ]}
          />
        </section>
      ) : null}
    </Page>
  );
}

export function placementPages(web: Hono<WebBindings>, tools: EmployerTools) {
  const { deps } = tools;
  const guards = [tools.signedIn, tools.employer] as const;

  web.get(placementsPath, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const page = await listPlacements(ctx, { limit: 100 });
    return c.html(
      <Page title="Plaatsingen" signedIn={me} section="placements">
        <Heading1>Plaatsingen</Heading1>
        {page.items.length ? (
          <Table
            caption="Nieuwe collega's via Warm Rotterdam Werkt"
            head={['Wie', 'Vacature', 'Status', 'Start']}
          >
            {page.items.map((placement) => (
              <Row>
                <Cell label="Wie">
                  <Link href={placementPath(placement.id)}>{who(placement.person)}</Link>
                </Cell>
                <Cell label="Vacature">{placement.vacancy.title}</Cell>
                <Cell label="Status">{placement.statusLabelNl}</Cell>
                <Cell label="Start">{placement.startDate ? formatDate(placement.startDate) : '–'}</Cell>
              </Row>
            ))}
          </Table>
        ) : (
          <Paragraph>Nog niemand aangenomen via het programma.</Paragraph>
        )}
      </Page>,
    );
  });

  const load = async (c: WebContext, id: string) => {
    const { ctx } = pageContext(c, deps);
    const placement = await getPlacement(ctx, deps.placementCadence, id);
    const plan = await getOnboardingPlan(ctx, deps.reference, id);
    const checkIns = (await listCheckIns(ctx, id, { limit: 50 })).items;
    // Who can be named as mentor or manager: the employer's own active colleagues.
    const colleagues =
      placement.status === 'DRAFT' && placement.yourRoles.includes('RECRUITER')
        ? (await listUsers(ctx, { organisationId: placement.employer.id, limit: 100 })).items.filter(
            (user) => user.active,
          )
        : [];
    return { placement, plan, checkIns, colleagues };
  };

  web.get(`${placementsPath}/:id`, ...guards, async (c) => {
    const { me } = pageContext(c, deps);
    const data = await load(c, idParam(c));
    return c.html(<PlacementPage me={me} {...data} notice={NOTICES[c.req.query('melding') ?? '']} />);
  });

  web.post(`${placementsPath}/:id/feedback`, ...guards, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    await getPlacement(ctx, deps.placementCadence, id);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      recordCheckInSchema,
      {
        kind: 'MANAGER_FEEDBACK',
        date: isoDate(values.date ?? ''),
        report: values.report ?? '',
        howItsGoing: values.howItsGoing,
        agreedActions: (values.agreedActions ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      },
      (input) => recordCheckIn(ctx, id, input),
      {
        messages: {
          date: 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 14-03-2027.',
          report: 'Schrijf een kort verslag van minstens 10 tekens.',
          howItsGoing: 'Kies hoe het gaat.',
          agreedActions: 'Schrijf elke afspraak in minstens 3 tekens.',
        },
      },
    );
    if (!saved.ok) {
      const data = await load(c, id);
      return c.html(
        <PlacementPage me={me} {...data} forms={{ feedback: { values, errors: saved.errors } }} />,
        422,
      );
    }
    return c.redirect(withNotice(placementPath(id), 'feedback'), 303);
  });

  /** The page again with one form's errors and what was typed (422); nothing of it was written. */
  const refused = async (c: WebContext, id: string, key: keyof Forms, state: FormState) => {
    const { me } = pageContext(c, deps);
    const data = await load(c, id);
    return c.html(<PlacementPage me={me} {...data} forms={{ [key]: state }} />, 422);
  };
  /** A refusal of the service that is no field's (closed plan, changed meanwhile) as one sentence. */
  const asRefusal =
    (ctx: { em: { clear(): void } }) =>
    (error: unknown): Submitted<never> => {
      ctx.em.clear();
      return { ok: false, errors: { _form: refusalMessage(error) } };
    };

  web.post(`${placementsPath}/:id/inwerkplan`, ...guards, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    await getPlacement(ctx, deps.placementCadence, id);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      createPlanItemSchema,
      {
        kind: values.kind,
        title: values.title ?? '',
        description: values.description?.trim() ? values.description : null,
        targetDate: isoDate(values.targetDate ?? ''),
      },
      (input) => addPlanItem(ctx, deps.reference, id, input),
      {
        messages: {
          kind: 'Kies of het een doel is of iets om te leren.',
          title: 'Schrijf het punt in 3 tot 200 tekens.',
          description: 'Schrijf de uitleg in hoogstens 2000 tekens.',
          targetDate: 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 14-03-2027.',
        },
      },
    ).catch(asRefusal(ctx));
    if (!saved.ok) return refused(c, id, 'item', { values, errors: saved.errors });
    return c.redirect(`${withNotice(placementPath(id), 'punt')}#inwerkplan`, 303);
  });

  web.post(`${placementsPath}/:id/inwerkplan/opmerking`, ...guards, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    await getPlacement(ctx, deps.placementCadence, id);
    const values = await readForm(c);
    const itemId = values.itemId?.trim() || null;
    const field = commentField(itemId);
    const saved = await submitToService(
      ctx,
      createPlanCommentSchema,
      { itemId, text: values[field] ?? '' },
      (input) => addPlanComment(ctx, id, input),
      {
        fieldOf: (path) => (path[0] === 'text' ? field : '_form'),
        messages: {
          [field]: 'Schrijf een opmerking van 2 tot 2000 tekens.',
          _form: 'Dit punt hoort niet bij dit plan.',
        },
        serviceMessages: { _form: 'Dit punt hoort niet bij dit inwerkplan.' },
      },
    ).catch(asRefusal(ctx));
    if (!saved.ok) return refused(c, id, 'comment', { values, errors: saved.errors, target: field });
    return c.redirect(`${withNotice(placementPath(id), 'opmerking')}#inwerkplan`, 303);
  });

  web.post(`${placementsPath}/:id/inwerkplan/:itemId/stand`, ...guards, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const itemId = idParam(c, 'itemId');
    const plan = await getOnboardingPlan(ctx, deps.reference, id);
    if (!plan.items.some((item) => item.id === itemId)) throw notFound({ nl: 'Deze pagina', en: 'Page' });
    const values = await readForm(c);
    const field = statusField(itemId);
    const saved = await submitToService(
      ctx,
      updatePlanItemSchema,
      { status: values[field], version: Number(values.version) },
      (input) => updatePlanItem(ctx, deps.reference, itemId, input),
      {
        fieldOf: (path) => (path[0] === 'status' ? field : '_form'),
        messages: { [field]: 'Kies de stand van het punt.' },
      },
    ).catch(asRefusal(ctx));
    if (!saved.ok) return refused(c, id, 'status', { values, errors: saved.errors, target: field });
    return c.redirect(`${withNotice(placementPath(id), 'status')}#inwerkplan`, 303);
  });

  web.post(`${placementsPath}/:id/uitnodigen`, ...guards, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    await getPlacement(ctx, deps.placementCadence, id);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      inviteGuideSchema,
      {
        role: values.role,
        displayName: values.displayName ?? '',
        email: (values.email ?? '').trim(),
        version: Number(values.version),
      },
      (input) => inviteGuide(ctx, deps.placementCadence, id, input),
      {
        messages: {
          role: 'Kies of u een mentor of een leidinggevende uitnodigt.',
          displayName: 'Vul de naam van uw collega in (2 tot 200 tekens).',
          email: 'Vul een e-mailadres in, bijvoorbeeld naam@bedrijf.nl.',
        },
      },
    ).catch(asRefusal(ctx));
    if (!saved.ok) return refused(c, id, 'invite', { values, errors: saved.errors });
    const mailSent = await sendGuideInvitation(deps, saved.value, ctx.requestId);
    return c.redirect(
      `${withNotice(placementPath(id), mailSent ? 'uitgenodigd' : 'uitgenodigd-zonder-mail')}#uitnodigen`,
      303,
    );
  });

  web.post(`${placementsPath}/:id/einde`, ...guards, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    await getPlacement(ctx, deps.placementCadence, id);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      endPlacementSchema,
      endPlacementInput(values),
      (input) => endPlacement(ctx, deps.placementCadence, id, input),
      { messages: END_PLACEMENT_MESSAGES },
    ).catch(asRefusal(ctx));
    if (!saved.ok) return refused(c, id, 'end', { values, errors: saved.errors });
    return c.redirect(withNotice(placementPath(id), 'gestopt'), 303);
  });

  web.post(`${placementsPath}/:id/annuleren`, ...guards, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    await getPlacement(ctx, deps.placementCadence, id);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      cancelPlacementSchema,
      { reason: values.reason, note: values.note ?? '' },
      (input) => cancelPlacement(ctx, deps.placementCadence, id, input),
      { messages: END_PLACEMENT_MESSAGES },
    ).catch(asRefusal(ctx));
    if (!saved.ok) return refused(c, id, 'end', { values, errors: saved.errors });
    return c.redirect(withNotice(placementPath(id), 'geannuleerd'), 303);
  });

  web.post(`${placementsPath}/:id/start`, ...guards, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    await getPlacement(ctx, deps.placementCadence, id);
    const values = await readForm(c);
    const startNow = values.step !== 'save';
    const saved = await submitToService(
      ctx,
      startNow ? startFormSchema : updatePlacementSchema,
      {
        mentorUserId: values.mentorUserId || null,
        managerUserId: values.managerUserId || null,
        ...(values.startDate?.trim() ? { startDate: isoDate(values.startDate) } : {}),
        version: Number(values.version),
      },
      (input) =>
        // Both steps or neither: a start that is refused leaves the draft as it was.
        ctx.em.transactional(async (em) => {
          const tx = { ...ctx, em };
          const updated = await updatePlacement(tx, deps.placementCadence, id, input);
          return startNow ? startPlacement(tx, deps.placementCadence, id, {}) : updated;
        }),
      {
        messages: {
          mentorUserId: 'Kies een mentor.',
          managerUserId: 'Kies een leidinggevende.',
          startDate: 'Vul de eerste werkdag in als dag-maand-jaar, bijvoorbeeld 14-03-2027.',
        },
      },
    ).catch(asRefusal(ctx));
    if (!saved.ok) return refused(c, id, 'start', { values, errors: saved.errors });
    return c.redirect(withNotice(placementPath(id), startNow ? 'gestart' : 'voorbereid'), 303);
  });
}
