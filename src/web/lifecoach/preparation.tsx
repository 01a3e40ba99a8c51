import type { Hono } from 'hono';
import { AppError, ProblemCode } from '../../http/problem';
import { getJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import { listTrainingSuggestions } from '../../modules/matching/matching.service';
import {
  type PreparationPlanAnswer,
  putPreparationPlanSchema,
} from '../../modules/preparation/preparation-plan.schemas';
import { getPreparationPlan, putPreparationPlan } from '../../modules/preparation/preparation-plan.service';
import { MODULE_STATUS_LABELS_NL, moduleStatuses } from '../../modules/preparation/preparation-rules';
import type { TrajectoryOfferingView } from '../../modules/trajectories/trajectory-offering.schemas';
import { listTrajectoryOfferings } from '../../modules/trajectories/trajectory-offering.service';
import { isoDate, readForm, typedDate } from '../form-input';
import { formatDate, segmentLabels } from '../labels';
import { CheckboxGroup, FieldGroup } from '../layout/choice-fields';
import { Alert, Facts, Heading2, Paragraph } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../layout/form';
import type { WebBindings, WebContext } from '../web-context';
import { submitToService, withNotice } from './form-submit';
import { idParam, type PageTools, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';

// The person's preparation plan (READY and LATER), kept by the lifecoach with the person: the
// training modules chosen together and how far each is, what to train from matching, the weeks
// the preparation may take in this segment, and the moment to meet employers.

type Person = { id: string; fullName: string };
type Training = Awaited<ReturnType<typeof listTrainingSuggestions>>;

const NOT_IN_PLAN = '';

const NOTICES: Record<string, string> = {
  opgeslagen: 'Het voorbereidingsplan is opgeslagen. De persoon ziet het in de eigen omgeving.',
};

/** A module's state, or "not in the plan". */
const statusOptions = [
  { value: NOT_IN_PLAN, label: 'Niet in het plan' },
  ...moduleStatuses.map((status) => ({ value: status, label: MODULE_STATUS_LABELS_NL[status] })),
];

async function withProfile<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.code === ProblemCode.Conflict) return null;
    throw error;
  }
}

async function loadPage(c: WebContext, tools: PageTools) {
  const { ctx, me } = pageContext(c, tools.deps);
  const record = await getJobSeeker(ctx, idParam(c));
  const answer = await getPreparationPlan(ctx, tools.deps.preparation, record.id);
  const training =
    answer.maxWeeks !== null
      ? await withProfile(() =>
          listTrainingSuggestions(ctx, record.id, {
            keeper: tools.deps.matching,
            reference: tools.deps.reference,
          }),
        )
      : null;
  const open = (
    await listTrajectoryOfferings(ctx, tools.deps.reference, {
      limit: 100,
      status: 'OPEN',
      kind: 'TRAINING_MODULE',
    })
  ).items;
  // A module already in the plan stays on the form even when its offering closed since.
  const inPlan = new Set(answer.plan?.modules.map((module) => module.offeringId) ?? []);
  const modules = [
    ...(answer.plan?.modules ?? []).map((module) => ({
      id: module.offeringId,
      title: module.title,
      providerName: module.providerName,
      hoursPerWeek: module.hoursPerWeek,
      durationWeeks: module.durationWeeks,
      competences: module.competences.map((competence) => competence.label),
    })),
    ...open
      .filter((offering) => !inPlan.has(offering.id))
      .map((offering: TrajectoryOfferingView) => ({
        id: offering.id,
        title: offering.title,
        providerName: offering.provider?.name ?? '',
        hoursPerWeek: offering.hoursPerWeek,
        durationWeeks: offering.durationWeeks,
        competences: offering.competences.map((competence) => competence.label),
      })),
  ];
  return {
    ctx,
    me,
    person: { id: record.id, fullName: record.fullName } as Person,
    answer,
    training,
    modules,
  };
}

type PageData = Awaited<ReturnType<typeof loadPage>>;

/** The form's values from a saved plan (or a first plan starting today). */
function valuesOf(answer: PreparationPlanAnswer, today: string): FormValues {
  const plan = answer.plan;
  const values: FormValues = {
    startDate: typedDate(plan?.startDate ?? today),
    plannedWeeks: String(plan?.plannedWeeks ?? answer.maxWeeks ?? ''),
    readyToMeetDate: plan?.readyToMeetDate ? typedDate(plan.readyToMeetDate) : '',
  };
  if (plan) values.version = String(plan.version);
  for (const module of plan?.modules ?? []) values[`module.${module.offeringId}`] = module.status;
  for (const focus of plan?.focusCompetences ?? []) values[`focus.${focus.code}`] = 'ja';
  return values;
}

function PlanSummary({ answer }: { answer: PreparationPlanAnswer }) {
  const plan = answer.plan;
  if (!plan) {
    return <Paragraph>Er is nog geen voorbereidingsplan. Maak het hieronder samen met de persoon.</Paragraph>;
  }
  return (
    <>
      <Facts
        items={[
          ['Begin', formatDate(plan.startDate)],
          ['Geplande duur', `${plan.plannedWeeks} weken, tot ${formatDate(plan.plannedEndDate)}`],
          [
            'Voortgang',
            `${plan.progress.modulesDone} van de ${plan.progress.modulesCounted} trainingen afgerond (${plan.progress.percentDone}%), week ${plan.progress.weeksUnderway} van ${plan.plannedWeeks}`,
          ],
          [
            'Klaar om werkgevers te ontmoeten',
            plan.readyToMeetDate ? formatDate(plan.readyToMeetDate) : 'nog niet samen gekozen',
          ],
        ]}
      />
      {plan.modules.length ? (
        <ul class="utrecht-unordered-list">
          {plan.modules.map((module) => (
            <li>
              {module.title} ({module.providerName}): {module.statusLabelNl.toLowerCase()}
            </li>
          ))}
        </ul>
      ) : null}
      {plan.focusCompetences.length ? (
        <Paragraph>
          Oefenen uit de matching: {plan.focusCompetences.map((competence) => competence.label).join(', ')}.
        </Paragraph>
      ) : null}
    </>
  );
}

function PreparationPage(
  props: PageData & { values: FormValues; errors: FieldErrors; notice?: string | undefined },
) {
  const { me, person, answer, training, modules, values, errors, notice } = props;
  const segment = answer.segment;
  if (answer.maxWeeks === null) {
    return (
      <PersonLayout signedIn={me} person={person} current="preparation">
        <Paragraph lead>
          Een voorbereidingsplan is voor mensen die klaar zijn voor werk of eerst een leer-werktraject doen.{' '}
          {segment
            ? `Deze persoon zit nu in ‘${segmentLabels[segment]}’.`
            : 'Deze persoon heeft nog geen segment.'}
        </Paragraph>
        <PlanSummary answer={answer} />
      </PersonLayout>
    );
  }
  const focusOptions = new Map<string, string>();
  for (const item of training?.items ?? []) focusOptions.set(item.competenceCode, item.competenceLabel);
  for (const focus of answer.plan?.focusCompetences ?? []) focusOptions.set(focus.code, focus.label);
  const focusChecked = new Set(
    Object.entries(values)
      .filter(([key, value]) => key.startsWith('focus.') && value === 'ja')
      .map(([key]) => key.slice('focus.'.length)),
  );
  return (
    <PersonLayout signedIn={me} person={person} current="preparation">
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>
        Segment: {segment ? segmentLabels[segment] : ''}. In dit segment duurt de voorbereiding hoogstens{' '}
        {answer.maxWeeks} weken.
      </Paragraph>
      <Heading2>Het plan</Heading2>
      <PlanSummary answer={answer} />
      <Heading2>{answer.plan ? 'Plan aanpassen' : 'Plan maken'}</Heading2>
      <Paragraph>Kies samen met de persoon. De persoon ziet het plan in de eigen omgeving.</Paragraph>
      {Object.keys(errors).length ? (
        <ErrorSummary
          errors={errors}
          order={['modules', 'startDate', 'plannedWeeks', 'readyToMeetDate', 'focus']}
        />
      ) : null}
      <PostForm action={personPath(person.id, 'preparation')} csrfToken={me.csrfToken}>
        {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
        <FieldGroup
          name="modules"
          label="Trainingen"
          description="Per training: staat hij in het plan, en hoe ver is de persoon?"
          error={errors.modules}
        >
          {modules.length ? (
            modules.map((module) => (
              <SelectField
                name={`module.${module.id}`}
                label={module.title}
                description={`${module.providerName}. ${module.hoursPerWeek} uur per week, ${module.durationWeeks} weken. Oefent: ${module.competences.join(', ')}.`}
                value={values[`module.${module.id}`] ?? NOT_IN_PLAN}
                error={errors[`module.${module.id}`]}
                options={statusOptions}
              />
            ))
          ) : (
            <Paragraph>Er zijn nu geen trainingen ter voorbereiding op werk.</Paragraph>
          )}
        </FieldGroup>
        {focusOptions.size ? (
          <CheckboxGroup
            name="focus"
            label="Wat oefenen uit de matching"
            description="Met deze vaardigheden gaan vacatures open die de persoon wil."
            error={errors.focus}
            optional
            options={[...focusOptions].map(([value, label]) => ({ value, label }))}
            checked={focusChecked}
          />
        ) : null}
        <TextField
          name="startDate"
          label="Begin van de voorbereiding"
          description="Bijvoorbeeld 12-01-2027."
          size="date"
          value={values.startDate}
          error={errors.startDate}
        />
        <TextField
          name="plannedWeeks"
          label="Hoeveel weken"
          description={`Hoogstens ${answer.maxWeeks} weken in dit segment.`}
          inputmode="numeric"
          size="postcode"
          value={values.plannedWeeks}
          error={errors.plannedWeeks}
        />
        <TextField
          name="readyToMeetDate"
          label="Klaar om werkgevers te ontmoeten"
          description="Het moment dat jullie samen kiezen. Bijvoorbeeld 15-03-2027."
          size="date"
          optional
          value={values.readyToMeetDate}
          error={errors.readyToMeetDate}
        />
        <SubmitButton>Sla het plan op</SubmitButton>
      </PostForm>
    </PersonLayout>
  );
}

/** The form as the API's input: modules in the form's order, so an error by index finds its field. */
function inputOf(values: FormValues, moduleIds: readonly string[]) {
  const modules = moduleIds
    .filter((id) => (values[`module.${id}`] ?? NOT_IN_PLAN) !== NOT_IN_PLAN)
    .map((id) => ({ offeringId: id, status: values[`module.${id}`] }));
  const weeks = values.plannedWeeks?.trim() ?? '';
  const readyToMeet = values.readyToMeetDate?.trim() ?? '';
  return {
    modules,
    focusCompetenceCodes: Object.entries(values)
      .filter(([key, value]) => key.startsWith('focus.') && value === 'ja')
      .map(([key]) => key.slice('focus.'.length)),
    startDate: isoDate(values.startDate ?? ''),
    plannedWeeks: /^\d{1,3}$/.test(weeks) ? Number(weeks) : weeks,
    readyToMeetDate: readyToMeet ? isoDate(readyToMeet) : null,
    ...(values.version ? { version: Number(values.version) } : {}),
  };
}

export function preparationPages(web: Hono<WebBindings>, tools: PageTools) {
  const { signedIn, caseworker, csrf, deps } = tools;
  const path = '/werkzoekenden/:id/voorbereiding';

  web.get(path, signedIn, caseworker, async (c) => {
    const page = await loadPage(c, tools);
    const today = page.ctx.now.toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
    return c.html(
      <PreparationPage
        {...page}
        values={valuesOf(page.answer, today)}
        errors={{}}
        notice={NOTICES[c.req.query('melding') ?? '']}
      />,
    );
  });

  web.post(path, signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const page = await loadPage(c, tools);
    const input = inputOf(
      values,
      page.modules.map((module) => module.id),
    );
    const saved = await submitToService(
      page.ctx,
      putPreparationPlanSchema,
      input,
      (data) => putPreparationPlan(page.ctx, deps.preparation, page.person.id, data),
      {
        fieldOf: (path) => {
          const [first, index] = path;
          if (first === 'modules' && typeof index === 'number') {
            const module = input.modules[index];
            return module ? `module.${module.offeringId}` : 'modules';
          }
          if (first === 'focusCompetenceCodes') return 'focus';
          return String(first ?? '_form');
        },
        messages: {
          startDate: 'Vul de begindatum in, bijvoorbeeld 12-01-2027.',
          plannedWeeks: `Vul het aantal weken in, hoogstens ${page.answer.maxWeeks ?? ''}.`,
          readyToMeetDate: 'Vul een datum in, bijvoorbeeld 15-03-2027, of laat het leeg.',
          modules: 'Kies elke training maar één keer.',
        },
        serviceMessages: {
          version: 'Iemand anders heeft het plan net aangepast. Laad de pagina opnieuw.',
        },
      },
    );
    if (!saved.ok) return c.html(<PreparationPage {...page} values={values} errors={saved.errors} />, 422);
    return c.redirect(withNotice(personPath(page.person.id, 'preparation'), 'opgeslagen'), 303);
  });
}
