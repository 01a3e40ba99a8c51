import type { Hono } from 'hono';
import type { z } from 'zod';
import type { RequestContext } from '../../http/context';
import { programmeToday } from '../../modules/readiness/review-dates';
import type { TrajectoryOfferingView } from '../../modules/trajectories/trajectory-offering.schemas';
import { getTrajectoryOffering } from '../../modules/trajectories/trajectory-offering.service';
import type { ContactRoute } from '../../modules/trajectories/trajectory-placement.entity';
import {
  acceptPlacementSchema,
  declinePlacementSchema,
  finishPlacementSchema,
  type PlacementView,
  type ProgressEntryView,
  recordProgressSchema,
  startPlacementSchema,
} from '../../modules/trajectories/trajectory-placement.schemas';
import {
  acceptPlacement,
  declinePlacement,
  finishPlacement,
  getPlacement,
  listPlacements,
  startPlacement,
} from '../../modules/trajectories/trajectory-placement.service';
import { listProgress, recordProgress } from '../../modules/trajectories/trajectory-progress.service';
import {
  ATTENDANCE_LABELS_NL,
  attendanceValues,
  PLACEMENT_STATUS_LABELS_NL,
  type PlacementStatus,
  placementStatuses,
} from '../../modules/trajectories/trajectory-rules';
import { isoDate, readForm, typedDate } from '../form-input';
import { formatDate, formatDateTime, formatPhone } from '../labels';
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
import { submitToService, withNotice } from '../lifecoach/form-submit';
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import {
  asFieldError,
  participantPath,
  participantsPath,
  proposalsPath,
  type RoffabriekTools,
} from './roffabriek-tools';

/** The forms of a participant's page; each has its own field names, so ids never repeat. */
type FormName = 'accept' | 'decline' | 'arrival' | 'note' | 'attendance' | 'observation' | 'finish';
type FormState = { form: FormName; values: FormValues; errors: FieldErrors };

const NOTICES: Record<string, string> = {
  geaccepteerd: 'Geaccepteerd. De lifecoach ziet de startdatum.',
  afgewezen: 'Het voorstel is niet geaccepteerd. De lifecoach leest je reden.',
  aangekomen: 'Vastgelegd: de deelnemer is aangekomen.',
  notitie: 'De notitie is opgeslagen.',
  aanwezigheid: 'De aanwezigheid is opgeslagen.',
  observatie: 'Wat je zag is opgeslagen. Wijkt het af van het talentenprofiel, dan hoort de lifecoach dat.',
  afgerond: 'Het traject is afgesloten. De lifecoach hoort het.',
};

/** How to reach the person, as the coordinator reads it. */
const contactRouteWords: Record<ContactRoute, string> = {
  PHONE: 'Bel de deelnemer zelf',
  EMAIL: 'Mail de deelnemer zelf',
  VIA_LIFECOACH: 'Alleen via de lifecoach',
};

const levelWords = ['geen', 'beginner', 'basis', 'zelfstandig', 'ervaren'];

type Loaded = {
  me: SignedIn;
  placement: PlacementView;
  offering: TrajectoryOfferingView;
  progress: ProgressEntryView[];
  today: string;
};

async function loadParticipant(c: WebContext, tools: RoffabriekTools) {
  const { ctx, me } = pageContext(c, tools.deps);
  const id = idParam(c);
  const placement = await getPlacement(ctx, id);
  const offering = await getTrajectoryOffering(ctx, tools.deps.reference, placement.offering.id);
  const progress = (await listProgress(ctx, tools.deps.reference, id, { limit: 100 })).items;
  return { ctx, loaded: { me, placement, offering, progress, today: programmeToday(ctx.now) } };
}

// ---- the lists ----------------------------------------------------------------------------------

function PlacementTable({
  caption,
  items,
}: {
  caption: string;
  items: Awaited<ReturnType<typeof listPlacements>>['items'];
}) {
  return (
    <Table caption={caption} head={['Wie', 'Aanbod', 'Status', 'Start']}>
      {items.map((placement) => (
        <Row>
          <Cell label="Wie">
            <Link href={participantPath(placement.id)}>{placement.person.fullName}</Link>
          </Cell>
          <Cell label="Aanbod">{placement.offering.title}</Cell>
          <Cell label="Status">
            {placement.statusLabelNl}
            {placement.arrivalCheckDue ? ' · is de deelnemer aangekomen?' : ''}
          </Cell>
          <Cell label="Start">
            {placement.actualStartDate
              ? `Begonnen ${formatDate(placement.actualStartDate)}`
              : placement.startDate
                ? `Gepland ${formatDate(placement.startDate)}`
                : '–'}
          </Cell>
        </Row>
      ))}
    </Table>
  );
}

// ---- one participant ----------------------------------------------------------------------------

function errorsOf(state: FormState | undefined, form: FormName): FieldErrors {
  return state?.form === form ? state.errors : {};
}
function valuesOf(state: FormState | undefined, form: FormName): FormValues {
  return state?.form === form ? state.values : {};
}

function AcceptForms({ loaded, state }: { loaded: Loaded; state: FormState | undefined }) {
  const { placement, offering, today, me } = loaded;
  const acceptErrors = errorsOf(state, 'accept');
  const declineErrors = errorsOf(state, 'decline');
  const future = offering.availability.filter((slot) => slot.startDate && slot.startDate >= today);
  return (
    <>
      <h3 class="utrecht-heading-3">Accepteren met een startdatum</h3>
      <ErrorSummary errors={acceptErrors} />
      <PostForm action={`${participantPath(placement.id)}/accepteren`} csrfToken={me.csrfToken}>
        {offering.continuousIntake ? (
          <TextField
            name="startDate"
            label="Startdatum"
            description={`Doorlopende instroom: vandaag of later, bijvoorbeeld ${typedDate(today)}. Nu ${offering.availability[0]?.free ?? 0} van de ${offering.capacityPerStart} plaatsen vrij.`}
            value={valuesOf(state, 'accept').startDate ?? typedDate(today)}
            error={acceptErrors.startDate}
            size="date"
          />
        ) : (
          <SelectField
            name="startDate"
            label="Startdatum"
            description="Een start die vol is, kan niet meer. Kies dan een latere start."
            value={valuesOf(state, 'accept').startDate}
            error={acceptErrors.startDate}
            options={[
              { value: '', label: 'Kies een start' },
              ...future.map((slot) => ({
                value: typedDate(slot.startDate as string),
                label: `${formatDate(slot.startDate as string)}: ${slot.free === 0 ? 'vol' : `${slot.free} van ${slot.capacity} plaatsen vrij`}`,
              })),
            ]}
          />
        )}
        <SubmitButton>Accepteer</SubmitButton>
      </PostForm>
      <h3 class="utrecht-heading-3">Niet accepteren</h3>
      <ErrorSummary errors={declineErrors} />
      <PostForm action={`${participantPath(placement.id)}/afwijzen`} csrfToken={me.csrfToken}>
        <TextAreaField
          name="declineReason"
          label="Waarom past het niet?"
          description="De lifecoach leest dit en zoekt met de deelnemer verder. Minstens 10 tekens."
          value={valuesOf(state, 'decline').declineReason}
          error={declineErrors.declineReason}
          rows={3}
        />
        <SubmitButton variant="secondary">Accepteer niet</SubmitButton>
      </PostForm>
    </>
  );
}

function ArrivalForm({ loaded, state }: { loaded: Loaded; state: FormState | undefined }) {
  const { placement, today, me } = loaded;
  const errors = errorsOf(state, 'arrival');
  return (
    <>
      <h3 class="utrecht-heading-3">Is de deelnemer aangekomen?</h3>
      {placement.arrivalCheckDue ? (
        <Alert kind="warning">
          <Paragraph>
            De start was {placement.startDate ? formatDate(placement.startDate) : ''}, meer dan twee weken
            geleden. Laat weten of de deelnemer er is, of sluit het traject af met een reden.
          </Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} />
      <PostForm action={`${participantPath(placement.id)}/aangekomen`} csrfToken={me.csrfToken}>
        <TextField
          name="actualStartDate"
          label="Op welke dag begon de deelnemer echt?"
          description="Niet in de toekomst, bijvoorbeeld 14-03-2027."
          value={valuesOf(state, 'arrival').actualStartDate ?? typedDate(today)}
          error={errors.actualStartDate}
          size="date"
        />
        <SubmitButton>Aangekomen</SubmitButton>
      </PostForm>
    </>
  );
}

function ProgressForms({ loaded, state }: { loaded: Loaded; state: FormState | undefined }) {
  const { placement, offering, today, me } = loaded;
  const noteErrors = errorsOf(state, 'note');
  const attendanceErrors = errorsOf(state, 'attendance');
  const observationErrors = errorsOf(state, 'observation');
  const started = placement.status === 'STARTED';
  return (
    <>
      <h3 class="utrecht-heading-3">Een notitie</h3>
      <ErrorSummary errors={noteErrors} />
      <PostForm action={`${participantPath(placement.id)}/notitie`} csrfToken={me.csrfToken}>
        <TextAreaField
          name="note"
          label="Hoe gaat het?"
          description="Schrijf het zoals je het de deelnemer vertelt: de deelnemer kan het lezen. Geen persoonlijke zaken."
          value={valuesOf(state, 'note').note}
          error={noteErrors.note}
          rows={3}
        />
        <SubmitButton variant="secondary">Sla de notitie op</SubmitButton>
      </PostForm>
      {started ? (
        <>
          <h3 class="utrecht-heading-3">Aanwezigheid</h3>
          <ErrorSummary errors={attendanceErrors} />
          <PostForm action={`${participantPath(placement.id)}/aanwezigheid`} csrfToken={me.csrfToken}>
            <RadioGroup
              name="attendance"
              label="Komt de deelnemer?"
              value={valuesOf(state, 'attendance').attendance}
              error={attendanceErrors.attendance}
              options={attendanceValues.map((value) => ({ value, label: ATTENDANCE_LABELS_NL[value] }))}
            />
            <TextAreaField
              name="attendanceNote"
              label="Toelichting"
              value={valuesOf(state, 'attendance').attendanceNote}
              error={attendanceErrors.attendanceNote}
              rows={2}
              optional
            />
            <SubmitButton variant="secondary">Sla de aanwezigheid op</SubmitButton>
          </PostForm>
          <h3 class="utrecht-heading-3">Wat de deelnemer nu kan</h3>
          <ErrorSummary errors={observationErrors} />
          <PostForm action={`${participantPath(placement.id)}/observatie`} csrfToken={me.csrfToken}>
            <SelectField
              name="competenceCode"
              label="Vaardigheid"
              value={valuesOf(state, 'observation').competenceCode}
              error={observationErrors.competenceCode}
              options={[
                { value: '', label: 'Kies een vaardigheid' },
                ...offering.competences.map((competence) => ({
                  value: competence.code,
                  label: competence.label,
                })),
              ]}
            />
            <SelectField
              name="level"
              label="Niveau dat je nu ziet"
              value={valuesOf(state, 'observation').level ?? ''}
              error={observationErrors.level}
              options={[
                { value: '', label: 'Kies een niveau' },
                ...levelWords.map((word, level) => ({
                  value: String(level),
                  label: `Niveau ${level} (${word})`,
                })),
              ]}
            />
            <TextField
              name="observedOn"
              label="Wanneer zag je dit?"
              value={valuesOf(state, 'observation').observedOn ?? typedDate(today)}
              error={observationErrors.observedOn}
              size="date"
            />
            <TextAreaField
              name="observationNote"
              label="Wat zag je?"
              value={valuesOf(state, 'observation').observationNote}
              error={observationErrors.observationNote}
              rows={2}
              optional
            />
            <SubmitButton variant="secondary">Sla op wat je zag</SubmitButton>
          </PostForm>
        </>
      ) : null}
    </>
  );
}

function FinishForm({ loaded, state }: { loaded: Loaded; state: FormState | undefined }) {
  const { placement, today, me } = loaded;
  const errors = errorsOf(state, 'finish');
  const values = valuesOf(state, 'finish');
  const started = placement.status === 'STARTED';
  return (
    <>
      <Heading2 id="afsluiten">Afsluiten</Heading2>
      <Paragraph>
        {started
          ? 'Is het traject klaar, of stopt het eerder? Schrijf de reden op: zo leert het programma wat werkt. Het stoppen heeft nooit gevolgen voor een uitkering.'
          : 'Komt de deelnemer niet? Sluit het traject dan af met een reden. Het stoppen heeft nooit gevolgen voor een uitkering.'}
      </Paragraph>
      <ErrorSummary errors={errors} />
      <PostForm action={`${participantPath(placement.id)}/afronden`} csrfToken={me.csrfToken}>
        {started ? (
          <RadioGroup
            name="outcome"
            label="Hoe eindigt het?"
            value={values.outcome}
            error={errors.outcome}
            options={[
              { value: 'COMPLETED', label: 'Afgerond: het traject is klaar' },
              { value: 'ENDED', label: 'Gestopt voor het einde' },
            ]}
          />
        ) : (
          <input type="hidden" name="outcome" value="ENDED" />
        )}
        <TextField
          name="finishedOn"
          label="Laatste dag"
          value={values.finishedOn ?? typedDate(today)}
          error={errors.finishedOn}
          size="date"
        />
        <TextAreaField
          name="finishReason"
          label={started ? 'Reden of afsluitende notitie' : 'Waarom begint de deelnemer niet?'}
          description="Nodig als het traject stopt. Minstens 10 tekens. De lifecoach en de deelnemer lezen dit."
          value={values.finishReason}
          error={errors.finishReason}
          rows={3}
          optional={started}
        />
        <SubmitButton variant="secondary">Sluit het traject af</SubmitButton>
      </PostForm>
    </>
  );
}

function ProgressList({ progress }: { progress: ProgressEntryView[] }) {
  if (!progress.length) return <Paragraph>Nog niets vastgelegd.</Paragraph>;
  return (
    <ul class="card-list">
      {progress.map((entry) => (
        <li class="card">
          <p class="card__title">
            {entry.type === 'NOTE'
              ? 'Notitie'
              : entry.type === 'ATTENDANCE'
                ? `Aanwezigheid: ${entry.attendanceLabelNl ?? ''}`
                : 'Wat de deelnemer nu kan'}
          </p>
          {entry.observations?.length ? (
            <ul class="utrecht-unordered-list">
              {entry.observations.map((observation) => (
                <li>
                  {observation.competenceLabel}: niveau {observation.level} (
                  {levelWords[observation.level] ?? ''}), gezien op {formatDate(observation.observedOn)}
                </li>
              ))}
            </ul>
          ) : null}
          {entry.note ? <p class="card__text">{entry.note}</p> : null}
          <p class="card__meta">{formatDateTime(entry.recordedAt)}</p>
        </li>
      ))}
    </ul>
  );
}

/** The forms a person's page shows in each status; a step posted from an older page may no longer fit. */
function formsFor(status: PlacementStatus): FormName[] {
  if (status === 'PROPOSED') return ['accept', 'decline'];
  if (status === 'ACCEPTED') return ['arrival', 'note', 'finish'];
  if (status === 'STARTED') return ['note', 'attendance', 'observation', 'finish'];
  return [];
}

function ParticipantPage(props: Loaded & { notice?: string | undefined; state?: FormState | undefined }) {
  const { me, placement, offering, progress, notice, state } = props;
  const contact = placement.contact;
  const profile = placement.talentProfile?.profile;
  const status = placement.status;
  return (
    <Page
      title={`${placement.person.fullName}: ${offering.title}`}
      signedIn={me}
      section={status === 'PROPOSED' ? 'proposals' : 'participants'}
    >
      <div class="workspace-page">
        <Paragraph>
          <Link href={status === 'PROPOSED' ? proposalsPath : participantsPath}>
            {status === 'PROPOSED' ? 'Terug naar de voorstellen' : 'Terug naar de deelnemers'}
          </Link>
        </Paragraph>
        <Heading1>
          {placement.person.fullName}: {offering.title}
        </Heading1>
        {notice ? (
          <Alert kind="ok" live>
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
        {state && !formsFor(status).includes(state.form) ? (
          <Alert kind="error" live>
            {Object.values(state.errors).map((message) => (
              <Paragraph>{message}</Paragraph>
            ))}
          </Alert>
        ) : null}
        <Facts
          items={[
            ['Status', placement.statusLabelNl],
            ['Voorgesteld op', formatDate(placement.proposedAt)],
            [
              'Geplande start',
              placement.startDate ? formatDate(placement.startDate) : 'Nog niet afgesproken',
            ],
            [
              'Aangekomen op',
              placement.actualStartDate ? formatDate(placement.actualStartDate) : 'Nog niet vastgelegd',
            ],
            ['Aanwezigheid', placement.attendanceLabelNl ?? 'Nog niet vastgelegd'],
            ...(placement.finishedOn
              ? ([['Afgesloten op', formatDate(placement.finishedOn)]] as [string, string][])
              : []),
            ['Lifecoach', `${placement.lifecoach.displayName} (${placement.lifecoach.email})`],
            [
              'Contact',
              contact
                ? `${contactRouteWords[contact.route]}${contact.phone ? `: ${formatPhone(contact.phone)}` : ''}${contact.email ? `: ${contact.email}` : ''}`
                : 'Niet meer te zien: het traject loopt niet meer. Vraag het de lifecoach.',
            ],
          ]}
        />

        <Heading2>Overdracht van de lifecoach</Heading2>
        <p class="utrecht-paragraph handover-note">{placement.handoverNote}</p>
        {profile ? (
          <>
            <h3 class="utrecht-heading-3">Uit het talentenprofiel</h3>
            <Paragraph>{profile.strengthsSummary}</Paragraph>
            <Paragraph>
              Wil {profile.wantedHours.min} tot {profile.wantedHours.max} uur per week werken.
            </Paragraph>
            {offering.competences.length ? (
              <ul class="utrecht-unordered-list">
                {offering.competences.map((competence) => {
                  const level = profile.competenceLevels[competence.code] ?? 0;
                  return (
                    <li>
                      {competence.label}: nu niveau {level} ({levelWords[level] ?? ''})
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </>
        ) : null}
        {placement.declineReason ? (
          <Paragraph>Niet geaccepteerd, omdat: {placement.declineReason}</Paragraph>
        ) : null}
        {placement.finishReason ? <Paragraph>Bij het afsluiten: {placement.finishReason}</Paragraph> : null}

        {status === 'PROPOSED' ? (
          <>
            <Heading2 id="beslissen">Beslissen</Heading2>
            <AcceptForms loaded={props} state={state} />
          </>
        ) : null}
        {status === 'ACCEPTED' || status === 'STARTED' ? (
          <>
            <Heading2 id="voortgang">Voortgang</Heading2>
            {status === 'ACCEPTED' ? <ArrivalForm loaded={props} state={state} /> : null}
            <ProgressForms loaded={props} state={state} />
          </>
        ) : null}
        {status !== 'PROPOSED' || progress.length ? (
          <>
            <h3 class="utrecht-heading-3">Wat er is vastgelegd</h3>
            <ProgressList progress={progress} />
          </>
        ) : null}
        {status === 'ACCEPTED' || status === 'STARTED' ? <FinishForm loaded={props} state={state} /> : null}
      </div>
    </Page>
  );
}

// ---- routes -------------------------------------------------------------------------------------

export function participantPages(web: Hono<WebBindings>, tools: RoffabriekTools) {
  const { deps } = tools;
  const guards = [tools.signedIn, tools.coordinator] as const;

  web.get(proposalsPath, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const page = await listPlacements(ctx, { limit: 100, status: 'PROPOSED' });
    return c.html(
      <Page title="Voorstellen" signedIn={me} section="proposals">
        <Heading1>Voorstellen van lifecoaches</Heading1>
        <Paragraph lead>
          Lifecoaches stellen mensen voor met een overdracht, zodat niemand zijn verhaal opnieuw hoeft te
          vertellen. Lees de overdracht en accepteer met een startdatum, of leg uit waarom het niet past.
        </Paragraph>
        {page.items.length ? (
          <ul class="card-list">
            {page.items.map((placement) => (
              <li class="card">
                <p class="card__title">
                  <Link href={participantPath(placement.id)}>{placement.person.fullName}</Link> voor{' '}
                  {placement.offering.title}
                </p>
                <p class="card__text">
                  Voorgesteld op {formatDate(placement.proposedAt)} door {placement.lifecoach.displayName}.
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>Er wachten geen voorstellen.</Paragraph>
        )}
      </Page>,
    );
  });

  web.get(participantsPath, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const wanted = c.req.query('status');
    const status = (placementStatuses as readonly string[]).includes(wanted ?? '')
      ? (wanted as PlacementStatus)
      : undefined;
    const page = await listPlacements(ctx, { limit: 100, ...(status ? { status } : {}) });
    return c.html(
      <Page title="Deelnemers" signedIn={me} section="participants">
        <Heading1>Deelnemers</Heading1>
        <form method="get" action={participantsPath} class="utrecht-form filter-form">
          <SelectField
            name="status"
            label="Laat zien"
            value={status ?? ''}
            options={[
              { value: '', label: 'Iedereen' },
              ...placementStatuses.map((value) => ({ value, label: PLACEMENT_STATUS_LABELS_NL[value] })),
            ]}
            optional
            quiet
          />
          <SubmitButton variant="secondary">Toon</SubmitButton>
        </form>
        {page.items.length ? (
          <PlacementTable caption="Voorgesteld en geplaatst bij jullie" items={page.items} />
        ) : (
          <Paragraph>Hier staat nog niemand.</Paragraph>
        )}
      </Page>,
    );
  });

  web.get(`${participantsPath}/:id`, ...guards, async (c) => {
    const { loaded } = await loadParticipant(c, tools);
    return c.html(<ParticipantPage {...loaded} notice={NOTICES[c.req.query('melding') ?? '']} />);
  });

  /** One step of a participant's page: the API's schema and verb, errors back at the form's fields. */
  const step = <S extends z.ZodType>(
    path: string,
    form: FormName,
    notice: string,
    schema: S,
    inputOf: (values: FormValues) => unknown,
    write: (ctx: RequestContext, id: string, input: z.output<S>) => Promise<unknown>,
    options: { fields?: Record<string, string>; messages?: Record<string, string>; conflictField: string },
  ) => {
    web.post(`${participantsPath}/:id/${path}`, ...guards, tools.csrf, async (c) => {
      const values = await readForm(c);
      const { ctx, loaded } = await loadParticipant(c, tools);
      const fields = options.fields ?? {};
      const saved = await submitToService(
        ctx,
        schema,
        inputOf(values),
        async (input) => {
          try {
            return await write(ctx, loaded.placement.id, input);
          } catch (error) {
            throw asFieldError(error, options.conflictField);
          }
        },
        {
          fieldOf: (segments) => {
            const key = segments.map(String).join('.');
            return fields[key] ?? fields[String(segments[0])] ?? String(segments[0] ?? '_form');
          },
          ...(options.messages ? { messages: options.messages } : {}),
        },
      );
      if (!saved.ok) {
        const again = await loadParticipant(c, tools);
        return c.html(
          <ParticipantPage {...again.loaded} state={{ form, values, errors: saved.errors }} />,
          422,
        );
      }
      const anchor = form === 'accept' || form === 'decline' || form === 'finish' ? '' : '#voortgang';
      return c.redirect(`${withNotice(participantPath(loaded.placement.id), notice)}${anchor}`, 303);
    });
  };

  const dateMessage = 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 14-03-2027.';
  step(
    'accepteren',
    'accept',
    'geaccepteerd',
    acceptPlacementSchema,
    (values) => ({ startDate: isoDate(values.startDate ?? '') }),
    (ctx, id, input) => acceptPlacement(ctx, id, input),
    { conflictField: 'startDate', messages: { startDate: 'Kies een startdatum.' } },
  );
  step(
    'afwijzen',
    'decline',
    'afgewezen',
    declinePlacementSchema,
    (values) => ({ reason: values.declineReason ?? '' }),
    (ctx, id, input) => declinePlacement(ctx, id, input),
    {
      conflictField: 'declineReason',
      fields: { reason: 'declineReason' },
      messages: { declineReason: 'Schrijf de reden in minstens 10 tekens (hoogstens 2000).' },
    },
  );
  step(
    'aangekomen',
    'arrival',
    'aangekomen',
    startPlacementSchema,
    (values) => ({ actualStartDate: isoDate(values.actualStartDate ?? '') }),
    (ctx, id, input) => startPlacement(ctx, id, input),
    { conflictField: 'actualStartDate', messages: { actualStartDate: dateMessage } },
  );
  step(
    'notitie',
    'note',
    'notitie',
    recordProgressSchema,
    (values) => ({ type: 'NOTE', note: values.note ?? '' }),
    (ctx, id, input) => recordProgress(ctx, deps.reference, id, input),
    {
      conflictField: 'note',
      messages: { note: 'Schrijf een notitie van minstens 3 tekens (hoogstens 4000).' },
    },
  );
  step(
    'aanwezigheid',
    'attendance',
    'aanwezigheid',
    recordProgressSchema,
    (values) => ({
      type: 'ATTENDANCE',
      attendance: values.attendance,
      ...(values.attendanceNote?.trim() ? { note: values.attendanceNote } : {}),
    }),
    (ctx, id, input) => recordProgress(ctx, deps.reference, id, input),
    {
      conflictField: 'attendance',
      fields: { note: 'attendanceNote' },
      messages: {
        attendance: 'Kies of de deelnemer komt.',
        attendanceNote: 'Schrijf minstens 3 tekens, of laat het leeg.',
      },
    },
  );
  step(
    'observatie',
    'observation',
    'observatie',
    recordProgressSchema,
    (values) => ({
      type: 'COMPETENCE_OBSERVATIONS',
      observations: [
        {
          competenceCode: values.competenceCode ?? '',
          level: /^\d$/.test(values.level ?? '') ? Number(values.level) : values.level,
          observedOn: isoDate(values.observedOn ?? ''),
        },
      ],
      ...(values.observationNote?.trim() ? { note: values.observationNote } : {}),
    }),
    (ctx, id, input) => recordProgress(ctx, deps.reference, id, input),
    {
      conflictField: 'competenceCode',
      fields: {
        note: 'observationNote',
        'observations.0.competenceCode': 'competenceCode',
        'observations.0.level': 'level',
        'observations.0.observedOn': 'observedOn',
        observations: 'competenceCode',
      },
      messages: {
        competenceCode: 'Kies een vaardigheid.',
        level: 'Kies een niveau.',
        observedOn: dateMessage,
        observationNote: 'Schrijf minstens 3 tekens, of laat het leeg.',
      },
    },
  );
  step(
    'afronden',
    'finish',
    'afgerond',
    finishPlacementSchema,
    (values) => ({
      outcome: values.outcome,
      finishedOn: isoDate(values.finishedOn ?? ''),
      ...(values.finishReason?.trim() ? { reason: values.finishReason } : {}),
    }),
    (ctx, id, input) => finishPlacement(ctx, id, input),
    {
      conflictField: 'finishedOn',
      fields: { reason: 'finishReason' },
      messages: {
        outcome: 'Kies hoe het traject eindigt.',
        finishedOn: dateMessage,
        finishReason: 'Schrijf de reden in minstens 10 tekens (hoogstens 2000).',
      },
    },
  );
}
