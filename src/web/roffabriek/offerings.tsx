import type { Hono } from 'hono';
import {
  createTrajectoryOfferingSchema,
  type TrajectoryOfferingView,
  updateTrajectoryOfferingSchema,
} from '../../modules/trajectories/trajectory-offering.schemas';
import {
  createTrajectoryOffering,
  getTrajectoryOffering,
  listTrajectoryOfferings,
  updateTrajectoryOffering,
} from '../../modules/trajectories/trajectory-offering.service';
import { OFFERING_KIND_LABELS_NL, offeringKinds } from '../../modules/trajectories/trajectory-rules';
import type { ReferenceData } from '../../reference/reference-data';
import { competenceOptions } from '../employer/vacancy-form';
import { isoDate, readForm, typedDate } from '../form-input';
import { formatDate } from '../labels';
import { Alert, Cell, Facts, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import {
  ButtonLink,
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
import type { SignedIn, WebBindings } from '../web-context';
import {
  asFieldError,
  offeringPath,
  offeringsPath,
  type RoffabriekTools,
  wholeNumber,
} from './roffabriek-tools';

/** Rows for the competences an offering develops; an empty row is left out. */
export const COMPETENCE_ROWS = 6;

const NOTICES: Record<string, string> = {
  gepubliceerd: 'Het aanbod staat open. Lifecoaches kunnen nu mensen voorstellen.',
  opgeslagen: 'De wijzigingen zijn opgeslagen.',
};

const ORDER = [
  'kind',
  'title',
  'description',
  ...Array.from({ length: COMPETENCE_ROWS }, (_, index) => `comp${index}`),
  'hoursPerWeek',
  'durationWeeks',
  'postcode',
  'intake',
  'startDates',
  'capacityPerStart',
  'status',
];

const MESSAGES: Record<string, string> = {
  kind: 'Kies wat voor aanbod het is.',
  title: 'Geef het aanbod een naam van 3 tot 200 tekens.',
  description: 'Vertel in minstens 10 tekens wat mensen doen en leren.',
  comp0: 'Kies minstens één vaardigheid die mensen hier oefenen.',
  hoursPerWeek: 'Vul het aantal uren per week in: een heel getal van 1 tot 40.',
  durationWeeks: 'Vul het aantal weken in: een heel getal van 1 tot 78.',
  postcode: 'Vul de postcode in, bijvoorbeeld 3083 of 3083 AB.',
  intake: 'Kies hoe mensen kunnen beginnen.',
  capacityPerStart: 'Vul het aantal plaatsen in: een heel getal van 1 tot 500.',
  status: 'Kies of het aanbod open staat.',
};

const DATE_FORMAT = 'Vul elke startdatum in als dag-maand-jaar, één per regel, bijvoorbeeld 14-03-2027.';

/**
 * The start dates keep the schema's own Dutch messages (at least one date, not twice, not with
 * continuous intake); a date the schema could not read gets the format to type.
 */
function withDateFormat(errors: FieldErrors): FieldErrors {
  return errors.startDates === 'Dit klopt nog niet.' ? { ...errors, startDates: DATE_FORMAT } : errors;
}

/** The form field a path of the input belongs to. */
function offeringFieldOf(path: readonly PropertyKey[]): string {
  const [first, second] = path;
  if (first === 'competenceCodes') return typeof second === 'number' ? `comp${second}` : 'comp0';
  if (first === 'continuousIntake') return 'intake';
  return String(first ?? '_form');
}

function offeringInputOf(values: FormValues, withStatus: boolean): Record<string, unknown> {
  const competenceCodes = Array.from({ length: COMPETENCE_ROWS }, (_, index) =>
    (values[`comp${index}`] ?? '').trim(),
  ).filter(Boolean);
  const startDates = (values.startDates ?? '')
    .split(/[\r\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(isoDate);
  const intake = values.intake;
  return {
    kind: values.kind,
    title: values.title ?? '',
    description: values.description ?? '',
    competenceCodes,
    hoursPerWeek: wholeNumber(values.hoursPerWeek),
    durationWeeks: wholeNumber(values.durationWeeks),
    postcode: values.postcode ?? '',
    continuousIntake: intake === 'doorlopend' ? true : intake === 'vast' ? false : undefined,
    // Continuous intake has no dates: what was typed there before the choice changed is left out.
    startDates: intake === 'doorlopend' ? [] : startDates,
    capacityPerStart: wholeNumber(values.capacityPerStart),
    ...(withStatus ? { status: values.status, version: wholeNumber(values.version) } : {}),
  };
}

/** Which field a refused change is about: the kind, the intake, a start date or the capacity. */
function conflictField(error: unknown): string {
  const detail = error instanceof Error ? error.message : '';
  if (detail.startsWith('De soort')) return 'kind';
  if (detail.startsWith('De instroom')) return 'intake';
  if (detail.includes('startdatum blijft')) return 'startDates';
  return 'capacityPerStart';
}

function valuesOfOffering(offering: TrajectoryOfferingView): FormValues {
  const values: FormValues = {
    kind: offering.kind,
    title: offering.title,
    description: offering.description,
    hoursPerWeek: String(offering.hoursPerWeek),
    durationWeeks: String(offering.durationWeeks),
    postcode: offering.postcodeFull ?? offering.postcode,
    intake: offering.continuousIntake ? 'doorlopend' : 'vast',
    startDates: offering.startDates.map((date) => typedDate(date)).join('\n'),
    capacityPerStart: String(offering.capacityPerStart),
    status: offering.status,
    version: String(offering.version),
  };
  offering.competences.forEach((competence, index) => {
    values[`comp${index}`] = competence.code;
  });
  return values;
}

/** Free places in words: per start date, or at the same time with continuous intake. */
function FreePlaces({ offering }: { offering: TrajectoryOfferingView }) {
  if (offering.continuousIntake) {
    const [pool] = offering.availability;
    return pool ? (
      <Paragraph>
        Doorlopende instroom: {pool.free} van de {pool.capacity} plaatsen vrij ({pool.taken} bezet).
      </Paragraph>
    ) : null;
  }
  return (
    <Table caption="Vrije plaatsen per start" head={['Start', 'Plaatsen', 'Bezet', 'Vrij']}>
      {offering.availability.map((slot) => (
        <Row>
          <Cell label="Start">{slot.startDate ? formatDate(slot.startDate) : 'Doorlopend'}</Cell>
          <Cell label="Plaatsen">{slot.capacity}</Cell>
          <Cell label="Bezet">{slot.taken}</Cell>
          <Cell label="Vrij">{slot.free === 0 ? 'Vol' : slot.free}</Cell>
        </Row>
      ))}
    </Table>
  );
}

const freeSummary = (offering: TrajectoryOfferingView): string => {
  if (offering.status === 'CLOSED') return 'Gesloten';
  const free = offering.availability.reduce((sum, slot) => sum + slot.free, 0);
  if (offering.continuousIntake) return `${free} vrij, doorlopend`;
  const next = offering.nextStartDate;
  return next ? `${free} vrij; volgende start ${formatDate(next)}` : 'Geen start meer gepland';
};

function OfferingForm({
  action,
  csrfToken,
  values,
  errors,
  reference,
  search,
  editing,
  submitLabel,
}: {
  action: string;
  csrfToken: string;
  values: FormValues;
  errors: FieldErrors;
  reference: ReferenceData;
  search: string;
  editing: boolean;
  submitLabel: string;
}) {
  const chosen = Array.from({ length: COMPETENCE_ROWS }, (_, index) => values[`comp${index}`] ?? '');
  const options = competenceOptions(reference, search, chosen.filter(Boolean));
  return (
    <>
      <form method="get" action={action} class="utrecht-form competence-search">
        <TextField
          name="zoek"
          type="search"
          label="Zoek een vaardigheid"
          description="Typ een deel van het woord, bijvoorbeeld ‘samen’ of ‘keuken’. De keuzelijsten hieronder tonen dan alleen wat past. Wat je al koos, blijft staan."
          value={search}
          optional
          quiet
        />
        {Object.entries(values)
          .filter(([name]) => name !== 'zoek' && name !== '_csrf')
          .map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
        <SubmitButton variant="secondary">Zoek</SubmitButton>
        {search ? (
          <Paragraph>
            {options.length - chosen.filter(Boolean).length > 0
              ? `${options.length} vaardigheden in de keuzelijsten.`
              : 'Geen vaardigheid gevonden met dat woord. Probeer een ander woord.'}
          </Paragraph>
        ) : null}
      </form>
      <PostForm action={action} csrfToken={csrfToken}>
        <ErrorSummary errors={errors} order={ORDER} />
        {editing ? <input type="hidden" name="version" value={values.version ?? ''} /> : null}
        <RadioGroup
          name="kind"
          label="Wat voor aanbod is het?"
          description="Een leer-werktraject is voor wie later kan werken, een activeringsprogramma voor wie nu eerst andere stappen zet. Een training bereidt voor op werk."
          value={values.kind}
          error={errors.kind}
          options={offeringKinds.map((kind) => ({ value: kind, label: OFFERING_KIND_LABELS_NL[kind] }))}
        />
        <TextField name="title" label="Naam van het aanbod" value={values.title} error={errors.title} />
        <TextAreaField
          name="description"
          label="Wat doen en leren mensen?"
          description="In gewone woorden. Lifecoaches en deelnemers lezen dit."
          value={values.description}
          error={errors.description}
        />
        <Heading2>Wat mensen hier oefenen</Heading2>
        <Paragraph>
          Kies de vaardigheden uit de lijst van het programma. Een lege regel telt niet mee.
        </Paragraph>
        {chosen.map((code, index) => (
          <SelectField
            name={`comp${index}`}
            label={`Vaardigheid ${index + 1}`}
            value={code}
            error={errors[`comp${index}`]}
            options={[{ value: '', label: 'Geen' }, ...options]}
            optional={index > 0}
          />
        ))}
        <Heading2>Tijd, plaats en plaatsen</Heading2>
        <TextField
          name="hoursPerWeek"
          label="Uren per week"
          inputmode="numeric"
          value={values.hoursPerWeek}
          error={errors.hoursPerWeek}
          size="postcode"
        />
        <TextField
          name="durationWeeks"
          label="Hoeveel weken duurt het?"
          inputmode="numeric"
          value={values.durationWeeks}
          error={errors.durationWeeks}
          size="postcode"
        />
        <TextField
          name="postcode"
          label="Postcode van de plek"
          description="Bijvoorbeeld 3083 of 3083 AB."
          value={values.postcode}
          error={errors.postcode}
          size="postcode"
        />
        <RadioGroup
          name="intake"
          label="Hoe kunnen mensen beginnen?"
          value={values.intake}
          error={errors.intake}
          options={[
            { value: 'vast', label: 'Op vaste startdata' },
            { value: 'doorlopend', label: 'Doorlopend: op elke dag' },
          ]}
        />
        <TextAreaField
          name="startDates"
          label="Startdata"
          description="Alleen bij vaste startdata: één datum per regel, bijvoorbeeld 14-03-2027."
          value={values.startDates}
          error={errors.startDates}
          rows={3}
          optional
        />
        <TextField
          name="capacityPerStart"
          label="Plaatsen per start"
          description="Bij doorlopende instroom: hoeveel mensen tegelijk meedoen."
          inputmode="numeric"
          value={values.capacityPerStart}
          error={errors.capacityPerStart}
          size="postcode"
        />
        {editing ? (
          <RadioGroup
            name="status"
            label="Staat het aanbod open?"
            description="Gesloten: lifecoaches kunnen niemand meer voorstellen. Wie al meedoet, gaat door."
            value={values.status}
            error={errors.status}
            options={[
              { value: 'OPEN', label: 'Open voor voorstellen' },
              { value: 'CLOSED', label: 'Gesloten' },
            ]}
          />
        ) : null}
        <SubmitButton>{submitLabel}</SubmitButton>
      </PostForm>
    </>
  );
}

function FormPage({
  me,
  title,
  offering,
  notice,
  ...form
}: Parameters<typeof OfferingForm>[0] & {
  me: SignedIn;
  title: string;
  offering?: TrajectoryOfferingView | undefined;
  notice?: string | undefined;
}) {
  return (
    <Page title={title} signedIn={me} section="offerings">
      <Paragraph>
        <Link href={offeringsPath}>Terug naar het aanbod</Link>
      </Paragraph>
      <Heading1>{title}</Heading1>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {offering ? (
        <>
          <Facts
            items={[
              ['Soort', offering.kindLabelNl],
              ['Plaats', offering.place ? `${offering.place} (${offering.postcode})` : offering.postcode],
              ['Vrij', freeSummary(offering)],
            ]}
          />
          <FreePlaces offering={offering} />
          <Heading2>Aanbod aanpassen</Heading2>
        </>
      ) : null}
      <OfferingForm {...form} />
    </Page>
  );
}

export function offeringPages(web: Hono<WebBindings>, tools: RoffabriekTools) {
  const { deps } = tools;
  const guards = [tools.signedIn, tools.coordinator] as const;
  const queryValues = (query: Record<string, string>): FormValues =>
    Object.fromEntries(Object.entries(query).filter(([name]) => name !== 'zoek' && name !== 'melding'));

  web.get(offeringsPath, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const page = await listTrajectoryOfferings(ctx, deps.reference, { limit: 100 });
    const notice = NOTICES[c.req.query('melding') ?? ''];
    return c.html(
      <Page title="Aanbod" signedIn={me} section="offerings">
        <Heading1>Ons aanbod</Heading1>
        {notice ? (
          <Alert kind="ok" live>
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
        <Paragraph>
          <ButtonLink href={`${offeringsPath}/nieuw`} variant="primary">
            Nieuw aanbod
          </ButtonLink>
        </Paragraph>
        {page.items.length ? (
          <Table
            caption="Leer-werktrajecten, activering en trainingen"
            head={['Aanbod', 'Soort', 'Uren', 'Plaatsen']}
          >
            {page.items.map((offering) => (
              <Row>
                <Cell label="Aanbod">
                  <Link href={offeringPath(offering.id)}>{offering.title}</Link>
                </Cell>
                <Cell label="Soort">{offering.kindLabelNl}</Cell>
                <Cell label="Uren">
                  {offering.hoursPerWeek} uur per week, {offering.durationWeeks} weken
                </Cell>
                <Cell label="Plaatsen">{freeSummary(offering)}</Cell>
              </Row>
            ))}
          </Table>
        ) : (
          <Paragraph>
            Je hebt nog geen aanbod. Maak er een: dan kunnen lifecoaches mensen voorstellen.
          </Paragraph>
        )}
      </Page>,
    );
  });

  const newPath = `${offeringsPath}/nieuw`;
  web.get(newPath, ...guards, (c) => {
    const { me } = pageContext(c, deps);
    const query = c.req.query();
    return c.html(
      <FormPage
        me={me}
        title="Nieuw aanbod"
        action={newPath}
        csrfToken={me.csrfToken}
        values={queryValues(query)}
        errors={{}}
        reference={deps.reference}
        search={query.zoek ?? ''}
        editing={false}
        submitLabel="Publiceer het aanbod"
      />,
    );
  });

  web.post(newPath, ...guards, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      createTrajectoryOfferingSchema,
      offeringInputOf(values, false),
      (input) => createTrajectoryOffering(ctx, deps.reference, input),
      { fieldOf: offeringFieldOf, messages: MESSAGES },
    );
    if (!saved.ok) {
      return c.html(
        <FormPage
          me={me}
          title="Nieuw aanbod"
          action={newPath}
          csrfToken={me.csrfToken}
          values={values}
          errors={withDateFormat(saved.errors)}
          reference={deps.reference}
          search={values.zoek ?? ''}
          editing={false}
          submitLabel="Publiceer het aanbod"
        />,
        422,
      );
    }
    return c.redirect(withNotice(offeringPath(saved.value.id), 'gepubliceerd'), 303);
  });

  web.get(`${offeringsPath}/:id`, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const offering = await getTrajectoryOffering(ctx, deps.reference, idParam(c));
    const query = c.req.query();
    const searching = query.zoek !== undefined;
    return c.html(
      <FormPage
        me={me}
        title={offering.title}
        offering={offering}
        notice={NOTICES[query.melding ?? '']}
        action={offeringPath(offering.id)}
        csrfToken={me.csrfToken}
        values={searching ? queryValues(query) : valuesOfOffering(offering)}
        errors={{}}
        reference={deps.reference}
        search={query.zoek ?? ''}
        editing
        submitLabel="Sla de wijzigingen op"
      />,
    );
  });

  web.post(`${offeringsPath}/:id`, ...guards, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      updateTrajectoryOfferingSchema,
      offeringInputOf(values, true),
      async (input) => {
        try {
          return await updateTrajectoryOffering(ctx, deps.reference, id, input);
        } catch (error) {
          throw asFieldError(error, conflictField(error));
        }
      },
      { fieldOf: offeringFieldOf, messages: MESSAGES },
    );
    if (!saved.ok) {
      const offering = await getTrajectoryOffering(ctx, deps.reference, id);
      return c.html(
        <FormPage
          me={me}
          title={offering.title}
          offering={offering}
          action={offeringPath(id)}
          csrfToken={me.csrfToken}
          values={values}
          errors={withDateFormat(saved.errors)}
          reference={deps.reference}
          search={values.zoek ?? ''}
          editing
          submitLabel="Sla de wijzigingen op"
        />,
        422,
      );
    }
    return c.redirect(withNotice(offeringPath(id), 'opgeslagen'), 303);
  });
}
