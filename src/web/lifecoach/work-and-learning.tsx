import type { Hono } from 'hono';
import { can, Permission } from '../../access/policy';
import { AppError, ProblemCode } from '../../http/problem';
import type { ReadinessSegment } from '../../modules/job-seekers/job-seeker.entity';
import type { JobSeekerRecordView } from '../../modules/job-seekers/job-seeker.schemas';
import { getJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import {
  getJobSeekerLegalQualifications,
  listLegalQualifications,
  putJobSeekerLegalQualifications,
} from '../../modules/matching/legal-qualifications.service';
import { putLegalQualificationsSchema } from '../../modules/matching/matching.schemas';
import { listTrainingSuggestions, listVacancyMatches } from '../../modules/matching/matching.service';
import type { TrajectoryOfferingView } from '../../modules/trajectories/trajectory-offering.schemas';
import {
  getTrajectoryOffering,
  listTrajectoryOfferings,
} from '../../modules/trajectories/trajectory-offering.service';
import { contactRoutes } from '../../modules/trajectories/trajectory-placement.entity';
import {
  type PlacementSummaryView,
  proposePlacementSchema,
} from '../../modules/trajectories/trajectory-placement.schemas';
import { listPlacements, proposePlacement } from '../../modules/trajectories/trajectory-placement.service';
import { checkKindForSegment } from '../../modules/trajectories/trajectory-rules';
import type { TrajectorySuggestionsView } from '../../modules/trajectories/trajectory-suggestion.schemas';
import { suggestTrajectories } from '../../modules/trajectories/trajectory-suggestion.service';
import { readForm } from '../form-input';
import {
  contactRouteLabels,
  contractKindLabels,
  contractTypeLabels,
  formatDate,
  formatNumber,
  gateReasonLabels,
  requirementTierLabels,
  segmentLabels,
} from '../labels';
import { CheckboxGroup } from '../layout/choice-fields';
import { Alert, Cell, Facts, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  RadioGroup,
  SubmitButton,
  TextAreaField,
} from '../layout/form';
import { workingTimesText } from '../vacancy-terms';
import type { WebBindings, WebContext } from '../web-context';
import { submitToService, withNotice } from './form-submit';
import type { PageTools } from './page-tools';
import { idParam, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';

type Person = { id: string; fullName: string };
type VacancyMatches = Awaited<ReturnType<typeof listVacancyMatches>>;
type TrainingSuggestions = Awaited<ReturnType<typeof listTrainingSuggestions>>;
type Requirement = VacancyMatches['items'][number]['requirements'][number];

const NOTICES: Record<string, string> = {
  voorgesteld:
    'Het voorstel is verstuurd naar de aanbieder. Je ziet hieronder hoe het gaat; de aanbieder neemt contact op zoals je koos.',
  papieren: 'De certificaten en rijbewijzen zijn opgeslagen.',
};

const workPath = (personId: string, rest = '') => `${personPath(personId, 'work')}${rest}`;
const proposalPath = (personId: string, offeringId: string) =>
  workPath(personId, `/voorstel?aanbod=${encodeURIComponent(offeringId)}`);

const segmentOf = (record: JobSeekerRecordView) => (record.view === 'FULL' ? record.segment.current : null);

/** A verb that needs a completed profile answers 409 without one: then there is nothing to show yet. */
async function withProfile<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.code === ProblemCode.Conflict) return null;
    throw error;
  }
}

async function loadWorkPage(c: WebContext, tools: PageTools) {
  const { ctx, me } = pageContext(c, tools.deps);
  const { reference, matching } = tools.deps;
  const record = await getJobSeeker(ctx, idParam(c));
  const deps = { keeper: matching, reference };
  const matches = await withProfile(() => listVacancyMatches(ctx, record.id, { limit: 10 }, deps));
  const training = await withProfile(() => listTrainingSuggestions(ctx, record.id, deps));
  const suggestions =
    segmentOf(record) === 'LATER' || segmentOf(record) === 'READY'
      ? await withProfile(() => suggestTrajectories(ctx, reference, matching.context, record.id))
      : null;
  const offerings = (await listTrajectoryOfferings(ctx, reference, { limit: 100, status: 'OPEN' })).items;
  const placements = (await listPlacements(ctx, { limit: 20, jobSeekerId: record.id })).items;
  const qualifications = await getJobSeekerLegalQualifications(ctx, record.id);
  return {
    ctx,
    me,
    person: { id: record.id, fullName: record.fullName },
    segment: segmentOf(record),
    matches,
    training,
    suggestions,
    offerings: offerings.filter((offering) => offering.nextStartDate !== null),
    placements,
    held: new Set(qualifications.items.map((item) => item.code)),
    mayPropose: can(ctx.actor, Permission.ProposeTrajectoryPlacements),
  };
}

// ---------------------------------------------------------------------------------------------
// Matching vacancies

function requirementLine(requirement: Requirement): string {
  const base = `${requirement.competenceLabel}: niveau ${requirement.actual}, gevraagd ${requirement.required}`;
  const tier = requirementTierLabels[requirement.tier].toLowerCase();
  return `${base} (${tier}${requirement.inPreparation ? ', in voorbereiding' : ''})`;
}

function MatchCard({ match }: { match: VacancyMatches['items'][number] }) {
  const fits = match.requirements.filter((requirement) => requirement.met);
  const trainable = match.requirements.filter((requirement) => !requirement.met && requirement.trainable);
  const missing = match.requirements.filter((requirement) => !requirement.met && !requirement.trainable);
  const kind = [
    contractTypeLabels[match.contractType],
    match.contractKind ? contractKindLabels[match.contractKind].toLowerCase() : null,
    match.workingTimes.length ? workingTimesText(match.workingTimes).toLowerCase() : null,
    match.paid ? null : 'onbetaald',
    match.zeroHours ? 'zonder vaste uren' : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <li class="card match">
      <h3 class="utrecht-heading-3 card__title">
        {match.title} <span class="match__employer">bij {match.employerName}</span>
      </h3>
      <p class="card__meta">
        {kind}
        {match.distanceKm !== null ? ` · ${formatNumber(match.distanceKm)} km reizen` : ''} · past voor{' '}
        {Math.round(match.score * 100)}%
      </p>
      <div class="match__parts">
        <div>
          <h4 class="match__heading">Wat past</h4>
          {fits.length ? (
            <ul class="utrecht-unordered-list">
              {fits.map((requirement) => (
                <li>{requirementLine(requirement)}</li>
              ))}
            </ul>
          ) : (
            <p class="utrecht-paragraph">Nog geen van de gevraagde vaardigheden.</p>
          )}
        </div>
        {trainable.length ? (
          <div>
            <h4 class="match__heading">Te leren in de voorbereiding</h4>
            <ul class="utrecht-unordered-list">
              {trainable.map((requirement) => (
                <li>{requirementLine(requirement)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {missing.length ? (
          <div>
            <h4 class="match__heading">Wat nog ontbreekt</h4>
            <ul class="utrecht-unordered-list">
              {missing.map((requirement) => (
                <li>{requirementLine(requirement)}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <details class="choice-details">
        <summary class="choice-details__summary">Hoe de score is opgebouwd</summary>
        <ul class="utrecht-unordered-list">
          {match.components.map((component) => (
            <li>
              {component.labelNl}:{' '}
              {component.applicable && component.value !== null
                ? `${Math.round(component.value * 100)}%`
                : 'telt hier niet mee'}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function Matches({ matches }: { matches: VacancyMatches | null }) {
  if (!matches) {
    return (
      <Paragraph>
        Vacatures zoeken kan als het assessment is afgerond: dan is er een talentenprofiel.
      </Paragraph>
    );
  }
  const failed = Object.entries(matches.gateFailures).filter(([, count]) => count > 0) as [
    keyof typeof gateReasonLabels,
    number,
  ][];
  return (
    <>
      {matches.items.length ? (
        <ul class="card-list">
          {matches.items.map((match) => (
            <MatchCard match={match} />
          ))}
        </ul>
      ) : (
        <Paragraph>Er is nu geen open vacature die past.</Paragraph>
      )}
      {matches.total > matches.items.length ? (
        <Paragraph>
          Dit zijn de {matches.items.length} best passende van {matches.total} vacatures.
        </Paragraph>
      ) : null}
      {failed.length ? (
        <>
          <h3 class="utrecht-heading-3">Waarom andere vacatures niet getoond worden</h3>
          <ul class="utrecht-unordered-list">
            {failed.map(([reason, count]) => (
              <li>
                {gateReasonLabels[reason]}: {count} {count === 1 ? 'vacature' : 'vacatures'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function Training({ training }: { training: TrainingSuggestions | null }) {
  if (!training) return null;
  if (!training.items.length) {
    return <Paragraph>Er is nu geen vaardigheid die met wat extra oefening meer vacatures opent.</Paragraph>;
  }
  return (
    <Table caption="Wat oefenen meer vacatures opent" head={['Vaardigheid', 'Niveau nu', 'Opent']}>
      {training.items.map((item) => (
        <Row>
          <Cell>{item.competenceLabel}</Cell>
          <Cell>{item.currentLevel}</Cell>
          <Cell>
            {item.opens
              .map(
                (opening) =>
                  `${opening.title} bij ${opening.employerName} (niveau ${opening.requiredLevel} nodig)`,
              )
              .join('; ')}
          </Cell>
        </Row>
      ))}
    </Table>
  );
}

// ---------------------------------------------------------------------------------------------
// Trajectories

const providerName = (offering: { provider: TrajectoryOfferingView['provider'] }) =>
  offering.provider.platform
    ? `${offering.provider.name} (${offering.provider.platform.name})`
    : offering.provider.name;

function OfferingCard({
  person,
  offering,
  extra,
  mayPropose,
}: {
  person: Person;
  offering: TrajectoryOfferingView;
  extra?: string | undefined;
  mayPropose: boolean;
}) {
  return (
    <li class="card">
      <h3 class="utrecht-heading-3 card__title">{offering.title}</h3>
      <p class="card__meta">
        {offering.kindLabelNl} · {providerName(offering)} · {offering.hoursPerWeek} uur per week ·{' '}
        {offering.durationWeeks} weken
        {offering.place ? ` · ${offering.place}` : ''}
      </p>
      {extra ? <p class="card__text">{extra}</p> : null}
      <p class="card__text">
        Oefent: {offering.competences.map((competence) => competence.label).join(', ')}. Eerste start:{' '}
        {offering.continuousIntake
          ? 'elke dag'
          : offering.nextStartDate
            ? formatDate(offering.nextStartDate)
            : '–'}
        .
      </p>
      {mayPropose ? (
        <a
          href={proposalPath(person.id, offering.id)}
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          aria-label={`Stel voor: ${offering.title}`}
        >
          Stel voor
        </a>
      ) : null}
    </li>
  );
}

function Trajectories({
  person,
  segment,
  suggestions,
  offerings,
  mayPropose,
}: {
  person: Person;
  mayPropose: boolean;
  segment: string | null;
  suggestions: TrajectorySuggestionsView | null;
  offerings: TrajectoryOfferingView[];
}) {
  const suggested = new Set(suggestions?.items.map((item) => item.offering.id) ?? []);
  const byId = new Map(offerings.map((offering) => [offering.id, offering]));
  const rest = offerings.filter((offering) => !suggested.has(offering.id));
  return (
    <>
      {suggestions ? (
        <>
          <Paragraph>{suggestions.explanationNl}</Paragraph>
          {suggestions.gaps.length ? (
            <Paragraph>
              Wat te oefenen:{' '}
              {suggestions.gaps
                .map(
                  (gap) =>
                    `${gap.competenceLabel} (nu niveau ${gap.currentLevel}, opent ${gap.vacanciesOpened})`,
                )
                .join(', ')}
              .
            </Paragraph>
          ) : null}
          <ul class="card-list">
            {suggestions.items.flatMap((item) => {
              const offering = byId.get(item.offering.id);
              return offering
                ? [
                    <OfferingCard
                      person={person}
                      mayPropose={mayPropose}
                      offering={offering}
                      extra={`${formatNumber(item.distanceKm)} km reizen.${
                        item.developsGaps.length
                          ? ` Oefent wat nodig is: ${item.developsGaps.map((gap) => gap.competenceLabel).join(', ')}.`
                          : ''
                      }`}
                    />,
                  ]
                : [];
            })}
          </ul>
        </>
      ) : segment === null ? (
        <Paragraph>
          Er is nog geen segment. Je kunt toch een traject voorstellen; leg dan uit waarom.
        </Paragraph>
      ) : null}
      {rest.length ? (
        <details class="choice-details" open={!suggestions}>
          <summary class="choice-details__summary">
            {suggestions ? 'Ander aanbod' : 'Aanbod van leer-werktrajecten, trainingen en activering'} (
            {rest.length})
          </summary>
          <ul class="card-list">
            {rest.map((offering) => (
              <OfferingCard person={person} offering={offering} mayPropose={mayPropose} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function PlacementList({ placements }: { placements: PlacementSummaryView[] }) {
  if (!placements.length) return null;
  return (
    <Table caption="Voorstellen en trajecten" head={['Traject', 'Aanbieder', 'Hoe het gaat', 'Start']}>
      {placements.map((placement) => (
        <Row>
          <Cell>{placement.offering.title}</Cell>
          <Cell>{placement.offering.providerName}</Cell>
          <Cell>
            {placement.statusLabelNl}
            {placement.arrivalCheckDue ? ' – is de persoon begonnen? Vraag het na.' : ''}
          </Cell>
          <Cell>
            {(placement.actualStartDate ?? placement.startDate)
              ? formatDate((placement.actualStartDate ?? placement.startDate) as string)
              : '–'}
          </Cell>
        </Row>
      ))}
    </Table>
  );
}

function LegalQualifications({
  person,
  held,
  csrfToken,
}: {
  person: Person;
  held: ReadonlySet<string>;
  csrfToken: string;
}) {
  return (
    <PostForm action={workPath(person.id, '/papieren')} csrfToken={csrfToken}>
      <CheckboxGroup
        name="papieren"
        label="Welke heeft deze persoon?"
        description="Sommige banen mogen alleen met een certificaat of rijbewijs. Vink aan wat de persoon heeft."
        options={listLegalQualifications().items.map((item) => ({ value: item.code, label: item.label }))}
        checked={held}
      />
      <SubmitButton variant="secondary">Sla de certificaten op</SubmitButton>
    </PostForm>
  );
}

function WorkPage(props: Awaited<ReturnType<typeof loadWorkPage>> & { notice?: string | undefined }) {
  const {
    me,
    person,
    segment,
    matches,
    training,
    suggestions,
    offerings,
    placements,
    held,
    notice,
    mayPropose,
  } = props;
  return (
    <PersonLayout signedIn={me} person={person} current="work">
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>
        Segment: {segment ? segmentLabels[segment] : 'nog geen segment'}.{' '}
        {segment === 'READY' ? 'Hieronder staan vacatures die passen.' : null}
        {segment === 'LATER' ? 'Een leer-werktraject brengt werk dichterbij.' : null}
        {segment === 'NOT_NOW' ? 'Eerst andere stappen, bijvoorbeeld activering.' : null}
      </Paragraph>
      <Heading2>Vacatures die passen</Heading2>
      <Matches matches={matches} />
      {training ? (
        <>
          <Heading2>Wat oefenen</Heading2>
          <Training training={training} />
        </>
      ) : null}
      <Heading2>Trajecten</Heading2>
      <Trajectories
        person={person}
        segment={segment}
        suggestions={suggestions}
        offerings={offerings}
        mayPropose={mayPropose}
      />
      <PlacementList placements={placements} />
      <Heading2>Certificaten en rijbewijzen</Heading2>
      <LegalQualifications person={person} held={held} csrfToken={me.csrfToken} />
    </PersonLayout>
  );
}

// ---------------------------------------------------------------------------------------------
// The proposal to a provider

function ProposalPage({
  me,
  person,
  segment,
  hasEmail,
  offering,
  values,
  errors,
}: {
  me: Awaited<ReturnType<typeof loadWorkPage>>['me'];
  person: Person;
  segment: ReadinessSegment | null;
  hasEmail: boolean;
  offering: TrajectoryOfferingView;
  values: FormValues;
  errors: FieldErrors;
}) {
  const fits = checkKindForSegment(offering.kind, segment).fits;
  return (
    <PersonLayout
      signedIn={me}
      person={person}
      current="work"
      title={`${person.fullName}: voorstellen voor ${offering.title}`}
    >
      <nav class="breadcrumb" aria-label="Terug">
        <Link href={workPath(person.id)}>Terug naar werk en leren</Link>
      </nav>
      <Heading2>Voorstellen voor {offering.title}</Heading2>
      <Facts
        items={[
          ['Soort', offering.kindLabelNl],
          ['Aanbieder', providerName(offering)],
          ['Uren', `${offering.hoursPerWeek} uur per week, ${offering.durationWeeks} weken`],
          ['Waar', offering.place ?? offering.postcode],
        ]}
      />
      <Paragraph>{offering.description}</Paragraph>
      {Object.keys(errors).length ? (
        <ErrorSummary errors={errors} order={['handoverNote', 'contactRoute', 'overrideJustification']} />
      ) : null}
      <PostForm action={workPath(person.id, '/voorstel')} csrfToken={me.csrfToken}>
        <input type="hidden" name="offeringId" value={offering.id} />
        <TextAreaField
          name="handoverNote"
          label="Overdracht voor de aanbieder"
          description="Wat moet de aanbieder weten om goed te beginnen? Dan hoeft de persoon het verhaal niet opnieuw te vertellen. Schrijf geen schulden of gezondheid op, tenzij de persoon dat goed vindt. Minstens 20 tekens. De werkzoekende kan dit lezen."
          value={values.handoverNote}
          error={errors.handoverNote}
          rows={5}
        />
        <RadioGroup
          name="contactRoute"
          label="Hoe neemt de aanbieder contact op?"
          value={values.contactRoute ?? 'PHONE'}
          error={errors.contactRoute}
          options={contactRoutes
            // Without an e-mail address on record, the provider cannot mail the person.
            .filter((route) => route !== 'EMAIL' || hasEmail)
            .map((route) => ({ value: route, label: contactRouteLabels[route] }))}
        />
        {fits ? null : (
          <>
            <Alert kind="warning">
              <Paragraph>
                Een {offering.kindLabelNl.toLowerCase()} past meestal niet bij het segment{' '}
                {segment ? `‘${segmentLabels[segment]}’` : '(er is nog geen segment)'}. Je kunt het toch
                voorstellen: schrijf dan op waarom het past.
              </Paragraph>
            </Alert>
            <TextAreaField
              name="overrideJustification"
              label="Waarom past dit aanbod toch?"
              description="Minstens 20 tekens. Alleen het programma leest dit."
              value={values.overrideJustification}
              error={errors.overrideJustification}
              rows={3}
            />
          </>
        )}
        <SubmitButton>Stuur het voorstel</SubmitButton>
      </PostForm>
    </PersonLayout>
  );
}

export function workAndLearningPages(web: Hono<WebBindings>, tools: PageTools) {
  const { signedIn, caseworker, csrf, deps } = tools;
  const base = '/werkzoekenden/:id/werk-en-leren';

  web.get(base, signedIn, caseworker, async (c) => {
    const page = await loadWorkPage(c, tools);
    return c.html(<WorkPage {...page} notice={NOTICES[c.req.query('melding') ?? '']} />);
  });

  const proposalData = async (c: WebContext, offeringId: string) => {
    const { ctx, me } = pageContext(c, deps);
    const record = await getJobSeeker(ctx, idParam(c));
    const offering = await getTrajectoryOffering(ctx, deps.reference, offeringId);
    return {
      ctx,
      me,
      person: { id: record.id, fullName: record.fullName },
      segment: segmentOf(record),
      hasEmail: Boolean(record.email),
      offering,
    };
  };
  const offeringIdOf = (value: string | undefined) => {
    if (!/^[0-9a-f-]{36}$/i.test(value ?? ''))
      throw new AppError(ProblemCode.NotFound, 'Offering was not found.');
    return value as string;
  };

  web.get(`${base}/voorstel`, signedIn, caseworker, async (c) => {
    const page = await proposalData(c, offeringIdOf(c.req.query('aanbod')));
    return c.html(<ProposalPage {...page} values={{}} errors={{}} />);
  });

  web.post(`${base}/voorstel`, signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const page = await proposalData(c, offeringIdOf(values.offeringId));
    const justification = values.overrideJustification?.trim();
    const input = {
      jobSeekerId: page.person.id,
      offeringId: page.offering.id,
      handoverNote: values.handoverNote ?? '',
      contactRoute: values.contactRoute,
      ...(justification ? { overrideJustification: justification } : {}),
    };
    const proposed = await submitToService(
      page.ctx,
      proposePlacementSchema,
      input,
      async (data) => {
        try {
          return await proposePlacement(page.ctx, data);
        } catch (error) {
          // Proposed before (a second click, another tab): say so on the form, not as an error page.
          if (!(error instanceof AppError && error.code === ProblemCode.Duplicate)) throw error;
          throw new AppError(ProblemCode.ValidationFailed, 'duplicate', [
            {
              path: ['_form'],
              message: 'Deze persoon is al voorgesteld voor dit aanbod. Kijk bij werk en leren hoe het gaat.',
            },
          ]);
        }
      },
      {
        // The service names the offering when its kind does not fit: the answer is the justification.
        fieldOf: (path) => (path[0] === 'offeringId' ? 'overrideJustification' : String(path[0] ?? '_form')),
        messages: {
          handoverNote: 'Schrijf een overdracht van minstens 20 tekens (hoogstens 4000).',
          overrideJustification: 'Schrijf in minstens 20 tekens waarom dit aanbod toch past.',
          contactRoute: 'Kies hoe de aanbieder contact opneemt.',
        },
        serviceMessages: {
          overrideJustification: 'Schrijf in minstens 20 tekens waarom dit aanbod toch past.',
          contactRoute: 'Er staat geen e-mailadres bij deze persoon. Kies bellen of alleen via jou.',
        },
      },
    );
    if (!proposed.ok) return c.html(<ProposalPage {...page} values={values} errors={proposed.errors} />, 422);
    return c.redirect(withNotice(workPath(page.person.id), 'voorgesteld'), 303);
  });

  web.post(`${base}/papieren`, signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const codes = Object.entries(values)
      .filter(([key, value]) => key.startsWith('papieren.') && value === 'ja')
      .map(([key]) => key.slice('papieren.'.length));
    // The boxes are the list itself: only a changed form can fail here, answered by the error page.
    const parsed = putLegalQualificationsSchema.safeParse({ codes });
    if (!parsed.success) throw new AppError(ProblemCode.ValidationFailed, 'Unknown qualification.');
    await putJobSeekerLegalQualifications(ctx, id, parsed.data.codes);
    return c.redirect(withNotice(workPath(id), 'papieren'), 303);
  });
}
