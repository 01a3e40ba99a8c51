import type { Hono } from 'hono';
import { can, Permission } from '../../access/policy';
import { AppError, ProblemCode } from '../../http/problem';
import { EVIDENCE_KINDS } from '../../modules/assessments/answers';
import {
  type AssessmentSummaryView,
  type AssessmentView,
  addEvidenceSchema,
  completeAssessmentSchema,
  saveAnswersSchema,
} from '../../modules/assessments/assessment.schemas';
import {
  addEvidence,
  completeAssessment,
  getAssessment,
  listAssessments,
  removeEvidence,
  saveAnswers,
  startAssessment,
} from '../../modules/assessments/assessment.service';
import type { SectionId } from '../../modules/assessments/instrument';
import type { InstrumentFormView } from '../../modules/assessments/instrument.schemas';
import {
  describeActiveInstrument,
  describeInstrumentVersion,
} from '../../modules/assessments/instrument.service';
import { listSectors, searchOccupations } from '../../modules/catalogue/catalogue.service';
import { getJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import { readForm } from '../form-input';
import { assessmentStatusLabels, evidenceKindLabels, formatDate, formatDateTime } from '../labels';
import { CheckboxGroup } from '../layout/choice-fields';
import { Alert, Cell, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  SelectField,
  SubmitButton,
  TextAreaField,
} from '../layout/form';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import {
  answersToValues,
  type FormCatalogue,
  fieldLabels,
  fieldOrder,
  occupationSearch,
  SectionFields,
  valuesToPatch,
} from './assessment-form';
import {
  isSectionId,
  nextSection,
  offeredSections,
  SECTION_STATE_LABELS,
  type SectionProgress,
  sectionProgress,
} from './assessment-progress';
import { submitToService, withNotice } from './form-submit';
import type { PageTools } from './page-tools';
import { idParam, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';

type Person = { id: string; fullName: string };

const assessmentPath = (personId: string, rest = '') => `${personPath(personId, 'assessment')}${rest}`;
const sectionPath = (personId: string, section: SectionId) => assessmentPath(personId, `/deel/${section}`);

const NOTICES: Record<string, string> = {
  gestart: 'Het assessment is begonnen. Je kunt het over een paar gesprekken verdelen.',
  opgeslagen: 'Opgeslagen. Je kunt later verder waar je gebleven bent.',
  'bewijs-toegevoegd': 'Het bewijs is toegevoegd.',
  'bewijs-verwijderd': 'Het bewijs is verwijderd.',
};

/** Everything the assessment pages show: the person, their assessments and the open draft, if any. */
async function loadAssessment(c: WebContext, tools: PageTools) {
  const { ctx, me } = pageContext(c, tools.deps);
  const { reference } = tools.deps;
  const person = await getJobSeeker(ctx, idParam(c));
  const history = await listAssessments(ctx, person.id, { limit: 20 });
  const open = history.items.find((assessment) => assessment.status === 'DRAFT');
  const draft = open ? await getAssessment(ctx, reference, open.id) : null;
  const instrument = draft
    ? describeInstrumentVersion(ctx, reference, draft.instrumentVersion)
    : describeActiveInstrument(ctx, reference);
  return {
    ctx,
    me,
    person: { id: person.id, fullName: person.fullName },
    history: history.items,
    draft,
    instrument,
    mayConduct: can(ctx.actor, Permission.ConductAssessments),
  };
}

function formCatalogue(c: WebContext, tools: PageTools, search?: { query: string } | null): FormCatalogue {
  const { ctx } = pageContext(c, tools.deps);
  const { catalogue } = tools.deps.reference;
  const collator = new Intl.Collator('nl');
  const query = search?.query ?? '';
  return {
    competences: catalogue.competences
      .map((competence) => ({ code: competence.code, label: competence.labelNl }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    sectors: listSectors(ctx, catalogue).items.map((sector) => ({
      code: sector.iscoCode,
      label: sector.level === 1 ? sector.labelNl : `– ${sector.labelNl}`,
    })),
    occupationLabel: (code) => catalogue.occupation(code)?.labelNl ?? 'Onbekend beroep',
    occupationResults: search
      ? {
          query,
          items:
            query.length >= 2
              ? searchOccupations(ctx, catalogue, { q: query, limit: 15 }).items.map((occupation) => ({
                  code: occupation.code,
                  label: occupation.labelNl,
                }))
              : [],
        }
      : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// The overview: start, continue, evidence, complete

function SectionList({ person, sections }: { person: Person; sections: SectionProgress[] }) {
  return (
    <ol class="section-list">
      {sections.map((section) => (
        <li class={`section-list__item section-list__item--${section.state}`}>
          {section.state === 'waits' ? (
            <span class="section-list__title">{section.title}</span>
          ) : (
            <a class="utrecht-link section-list__title" href={sectionPath(person.id, section.id)}>
              {section.title}
            </a>
          )}
          <span class="section-list__state">{SECTION_STATE_LABELS[section.state]}</span>
          {section.state === 'open' && section.missing.length ? (
            <span class="section-list__missing">
              {section.missing.length === 1
                ? 'Nog 1 vraag open:'
                : `Nog ${section.missing.length} vragen open:`}{' '}
              {section.missing.join(' ')}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function EvidencePart({
  person,
  draft,
  instrument,
  csrfToken,
  values,
  errors,
}: {
  person: Person;
  draft: AssessmentView;
  instrument: InstrumentFormView;
  csrfToken: string;
  values: FormValues;
  errors: FieldErrors;
}) {
  const labels = new Map(instrument.sections.kunnen.items.map((item) => [item.id, item.label]));
  const ticked = new Set(
    Object.entries(values)
      .filter(([key, value]) => key.startsWith('vaardigheden.') && value === 'ja')
      .map(([key]) => key.slice('vaardigheden.'.length)),
  );
  return (
    <section aria-labelledby="bewijs-titel">
      <Heading2 id="bewijs-titel">Bewijs van wat iemand kan</Heading2>
      <Paragraph>
        Vrijwilligerswerk, een certificaat, mantelzorg of een filmpje waarin iemand zich voorstelt: het telt
        allemaal mee. Het komt in het profiel.
      </Paragraph>
      {draft.evidence.length ? (
        <ul class="evidence-list">
          {draft.evidence.map((evidence) => (
            <li class="evidence">
              <p class="evidence__kind">{evidenceKindLabels[evidence.kind]}</p>
              <p class="evidence__text">{evidence.description}</p>
              {evidence.competenceCodes.length ? (
                <p class="evidence__skills">
                  Laat zien:{' '}
                  {evidence.competenceCodes
                    .map((code) => labels.get(code) ?? 'een andere vaardigheid')
                    .join(', ')}
                </p>
              ) : null}
              <PostForm
                action={assessmentPath(person.id, `/bewijs/${evidence.id}/verwijderen`)}
                csrfToken={csrfToken}
                class="inline-form"
              >
                <button
                  type="submit"
                  class="utrecht-button utrecht-button--secondary-action"
                  aria-label={`Verwijder: ${evidence.description.slice(0, 60)}`}
                >
                  Verwijder
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Er is nog geen bewijs toegevoegd.</Paragraph>
      )}
      <h3 class="utrecht-heading-3">Bewijs toevoegen</h3>
      {Object.keys(errors).length ? <ErrorSummary errors={errors} order={['kind', 'description']} /> : null}
      <PostForm action={assessmentPath(person.id, '/bewijs')} csrfToken={csrfToken}>
        <SelectField
          name="kind"
          label="Wat voor bewijs is het?"
          value={values.kind}
          error={errors.kind}
          options={[
            { value: '', label: 'Kies' },
            ...EVIDENCE_KINDS.map((kind) => ({ value: kind, label: evidenceKindLabels[kind] })),
          ]}
        />
        <TextAreaField
          name="description"
          label="Wat deed iemand, en wat laat het zien?"
          description="In gewone woorden. Je mag een link toevoegen, bijvoorbeeld naar een filmpje waarin iemand zich voorstelt. De werkzoekende kan dit lezen."
          value={values.description}
          error={errors.description}
          rows={3}
        />
        <details class="choice-details" open={ticked.size > 0}>
          <summary class="choice-details__summary">
            Welke vaardigheden laat het zien? (mag leeg blijven)
          </summary>
          <CheckboxGroup
            name="vaardigheden"
            label="Vaardigheden"
            error={errors.competenceCodes}
            options={instrument.sections.kunnen.items.map((item) => ({ value: item.id, label: item.label }))}
            checked={ticked}
            optional
          />
        </details>
        <SubmitButton variant="secondary">Voeg bewijs toe</SubmitButton>
      </PostForm>
    </section>
  );
}

function CompletePart({
  person,
  draft,
  csrfToken,
  values,
  errors,
}: {
  person: Person;
  draft: AssessmentView;
  csrfToken: string;
  values: FormValues;
  errors: FieldErrors;
}) {
  const ready = draft.missingItems.length === 0;
  return (
    <section aria-labelledby="afronden-titel">
      <Heading2 id="afronden-titel">Afronden</Heading2>
      {draft.redPhase ? (
        <Paragraph>
          In fase rood maken we nog geen talentenprofiel. Na het afronden is het segment "Nu eerst andere
          stappen", en binnen vier weken kijken jullie samen opnieuw.
        </Paragraph>
      ) : (
        <Paragraph>
          Na het afronden komt er een talentenprofiel en een voorstel voor het segment, met de redenen. Je
          kunt daarna nog afwijken, met uitleg.
        </Paragraph>
      )}
      {!ready && !Object.keys(errors).length ? (
        <Alert kind="info">
          <Paragraph>
            Nog niet alles is ingevuld om af te ronden. Bij de delen hierboven zie je wat nog nodig is.
          </Paragraph>
        </Alert>
      ) : null}
      {Object.keys(errors).length ? <ErrorSummary errors={errors} order={['strengthsSummary']} /> : null}
      <PostForm action={assessmentPath(person.id, '/afronden')} csrfToken={csrfToken}>
        <input type="hidden" name="_versie" value={String(draft.version)} />
        {draft.redPhase ? null : (
          <TextAreaField
            name="strengthsSummary"
            label="Waar is deze persoon sterk in?"
            description="In gewone woorden: dit is de basis van het gesprek met een werkgever. De werkzoekende kan dit lezen."
            value={values.strengthsSummary}
            error={errors.strengthsSummary}
            rows={4}
          />
        )}
        <SubmitButton>Rond het assessment af</SubmitButton>
      </PostForm>
    </section>
  );
}

function HistoryTable({ history }: { history: AssessmentSummaryView[] }) {
  const done = history.filter((assessment) => assessment.status === 'COMPLETED');
  if (!done.length) return null;
  return (
    <Table caption="Eerdere assessments" head={['Begonnen', 'Afgerond', 'Status']}>
      {done.map((assessment) => (
        <Row>
          <Cell>{formatDate(assessment.startedAt)}</Cell>
          <Cell>{assessment.completedAt ? formatDate(assessment.completedAt) : '–'}</Cell>
          <Cell>{assessmentStatusLabels[assessment.status]}</Cell>
        </Row>
      ))}
    </Table>
  );
}

function AssessmentOverview(props: {
  me: SignedIn;
  mayConduct: boolean;
  person: Person;
  draft: AssessmentView | null;
  history: AssessmentSummaryView[];
  instrument: InstrumentFormView;
  notice?: string | undefined;
  evidence?: { values: FormValues; errors: FieldErrors };
  completion?: { values: FormValues; errors: FieldErrors };
}) {
  const { me, person, draft, history, instrument, notice } = props;
  const csrfToken = me.csrfToken;
  return (
    <PersonLayout signedIn={me} person={person} current="assessment">
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {draft ? (
        <>
          <Paragraph lead>Het assessment is bezig sinds {formatDate(draft.startedAt)}.</Paragraph>
          <Paragraph>
            Laatst opgeslagen: {formatDateTime(draft.updatedAt)}. Je mag het over een paar gesprekken
            verdelen. Wat je opslaat, blijft bewaard. Kies hieronder waar je verder wilt.
          </Paragraph>
          {draft.redPhase ? (
            <Alert kind="warning">
              <Paragraph>
                <strong>Fase rood: er is nu een crisis.</strong> Vul alleen de fase en een korte notitie in.
                De rest van het assessment wacht tot het weer beter gaat.
              </Paragraph>
            </Alert>
          ) : null}
          <Heading2>De delen van het assessment</Heading2>
          <SectionList person={person} sections={sectionProgress(instrument, draft)} />
          {draft.redPhase || !props.mayConduct ? null : (
            <EvidencePart
              person={person}
              draft={draft}
              instrument={instrument}
              csrfToken={csrfToken}
              values={props.evidence?.values ?? {}}
              errors={props.evidence?.errors ?? {}}
            />
          )}
          {props.mayConduct ? (
            <CompletePart
              person={person}
              draft={draft}
              csrfToken={csrfToken}
              values={props.completion?.values ?? {}}
              errors={props.completion?.errors ?? {}}
            />
          ) : null}
        </>
      ) : (
        <>
          <Paragraph lead>
            Er loopt nu geen assessment.{' '}
            {history.some((assessment) => assessment.status === 'COMPLETED')
              ? 'Begin een nieuw assessment als er iets veranderd is, bijvoorbeeld na een traject.'
              : 'Met een assessment maak je samen een talentenprofiel: wat iemand kan, wil en nodig heeft.'}
          </Paragraph>
          {instrument.intro ? (
            <div class="read-aloud">
              <p class="utrecht-paragraph read-aloud__label">Zo kun je het uitleggen:</p>
              <Paragraph>{instrument.intro}</Paragraph>
            </div>
          ) : null}
          {props.mayConduct ? (
            <PostForm action={assessmentPath(person.id, '/starten')} csrfToken={csrfToken}>
              <SubmitButton>Begin een assessment</SubmitButton>
            </PostForm>
          ) : null}
        </>
      )}
      <HistoryTable history={history} />
    </PersonLayout>
  );
}

// ---------------------------------------------------------------------------------------------
// One section as a form

function SectionPage(props: {
  me: SignedIn;
  person: Person;
  draft: AssessmentView;
  instrument: InstrumentFormView;
  section: SectionId;
  values: FormValues;
  errors: FieldErrors;
  catalogue: FormCatalogue;
  notice?: string | undefined;
}) {
  const { me, person, draft, instrument, section, values, errors, catalogue, notice } = props;
  const form = instrument.sections[section];
  const next = nextSection(draft, section);
  const offered = offeredSections(draft);
  return (
    <PersonLayout
      signedIn={me}
      person={person}
      current="assessment"
      title={`${person.fullName}: ${form.title}`}
    >
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <nav class="breadcrumb" aria-label="Terug">
        <Link href={assessmentPath(person.id)}>Terug naar het overzicht van het assessment</Link>
      </nav>
      <p class="step-count">
        Deel {offered.indexOf(section) + 1} van {offered.length}
      </p>
      <Heading2>{form.title}</Heading2>
      {form.intro ? <Paragraph>{form.intro}</Paragraph> : null}
      {Object.keys(errors).length ? (
        <ErrorSummary errors={errors} order={fieldOrder(form)} labels={fieldLabels(form)} />
      ) : null}
      <PostForm action={sectionPath(person.id, section)} csrfToken={me.csrfToken} class="assessment-form">
        {/* The first submit button answers the Enter key: saving, not the occupation search. */}
        <button type="submit" name="_na" value="hier" class="visually-hidden" tabindex={-1}>
          Opslaan
        </button>
        <input type="hidden" name="_versie" value={String(draft.version)} />
        <SectionFields
          section={form}
          values={values}
          errors={errors}
          catalogue={catalogue}
          redPhase={draft.redPhase}
        />
        <div class="button-row">
          {next ? (
            <SubmitButton name="_na" value="volgende">
              Opslaan en naar {instrument.sections[next].title}
            </SubmitButton>
          ) : (
            <SubmitButton name="_na" value="overzicht">
              Opslaan en naar het overzicht
            </SubmitButton>
          )}
          {next ? (
            <SubmitButton variant="secondary" name="_na" value="overzicht">
              Opslaan en terug naar het overzicht
            </SubmitButton>
          ) : null}
        </div>
      </PostForm>
    </PersonLayout>
  );
}

/** A post that names no open draft (completed in another tab, for instance) is answered as a conflict. */
function requireDraft(draft: AssessmentView | null): AssessmentView {
  if (!draft) {
    throw new AppError(ProblemCode.InvalidTransition, 'There is no open assessment for this person.');
  }
  return draft;
}

const versionOf = (values: FormValues): number => Number.parseInt(values._versie ?? '', 10) || 0;

// ---------------------------------------------------------------------------------------------
// Routes

export function assessmentPages(web: Hono<WebBindings>, tools: PageTools) {
  const { signedIn, caseworker, csrf, deps } = tools;
  const base = '/werkzoekenden/:id/assessment';

  web.get(base, signedIn, caseworker, async (c) => {
    const page = await loadAssessment(c, tools);
    return c.html(<AssessmentOverview {...page} notice={NOTICES[c.req.query('melding') ?? '']} />);
  });

  web.post(`${base}/starten`, signedIn, caseworker, csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    try {
      await startAssessment(ctx, deps.reference, id);
    } catch (error) {
      // Started already (a second click, another tab): continue with the open draft.
      if (!(error instanceof AppError && error.code === ProblemCode.Conflict)) throw error;
      return c.redirect(assessmentPath(id), 303);
    }
    return c.redirect(withNotice(assessmentPath(id), 'gestart'), 303);
  });

  web.get(`${base}/deel/:section`, signedIn, caseworker, async (c) => {
    const section = c.req.param('section');
    const page = await loadAssessment(c, tools);
    if (!isSectionId(section)) return c.notFound();
    if (!page.draft || !page.mayConduct || !offeredSections(page.draft).includes(section)) {
      return c.redirect(assessmentPath(page.person.id), 303);
    }
    const form = page.instrument.sections[section];
    return c.html(
      <SectionPage
        {...page}
        draft={page.draft}
        section={section}
        values={answersToValues(form, page.draft.answers[section])}
        errors={{}}
        catalogue={formCatalogue(c, tools)}
        notice={NOTICES[c.req.query('melding') ?? '']}
      />,
    );
  });

  web.post(`${base}/deel/:section`, signedIn, caseworker, csrf, async (c) => {
    const section = c.req.param('section');
    const values = await readForm(c);
    const page = await loadAssessment(c, tools);
    if (!isSectionId(section)) return c.notFound();
    const draft = requireDraft(page.draft);
    if (!offeredSections(draft).includes(section)) return c.redirect(assessmentPath(page.person.id), 303);
    const form = page.instrument.sections[section];
    const show = (errors: FieldErrors, status: 200 | 422, search: { query: string } | null = null) =>
      c.html(
        <SectionPage
          {...page}
          draft={draft}
          section={section}
          values={values}
          errors={errors}
          catalogue={formCatalogue(c, tools, search)}
        />,
        status,
      );

    const search = occupationSearch(form, values);
    if (search) return show({}, 200, search);

    const patch = valuesToPatch(form, values);
    const saved = await submitToService(
      page.ctx,
      saveAnswersSchema,
      { answers: { [section]: patch.answers }, version: versionOf(values) },
      (input) => saveAnswers(page.ctx, deps.reference, draft.id, input),
      {
        fieldOf: (path) =>
          path[0] === 'answers' && path[1] === section ? patch.fieldOf(path.slice(2)) : '_form',
      },
    );
    if (!saved.ok) return show(saved.errors, 422);
    const next = values._na === 'volgende' ? nextSection(saved.value, section) : null;
    const target =
      values._na === 'hier'
        ? sectionPath(page.person.id, section)
        : next
          ? sectionPath(page.person.id, next)
          : assessmentPath(page.person.id);
    return c.redirect(withNotice(target, 'opgeslagen'), 303);
  });

  web.post(`${base}/bewijs`, signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const page = await loadAssessment(c, tools);
    const draft = requireDraft(page.draft);
    const competenceCodes = Object.entries(values)
      .filter(([key, value]) => key.startsWith('vaardigheden.') && value === 'ja')
      .map(([key]) => key.slice('vaardigheden.'.length));
    const added = await submitToService(
      page.ctx,
      addEvidenceSchema,
      { kind: values.kind, description: values.description ?? '', competenceCodes },
      (input) => addEvidence(page.ctx, deps.reference, draft.id, input),
      {
        messages: {
          kind: 'Kies wat voor bewijs het is.',
          description: 'Schrijf op wat iemand deed en wat het laat zien (hoogstens 1000 tekens).',
        },
      },
    );
    if (!added.ok) {
      return c.html(<AssessmentOverview {...page} evidence={{ values, errors: added.errors }} />, 422);
    }
    return c.redirect(withNotice(assessmentPath(page.person.id), 'bewijs-toegevoegd'), 303);
  });

  web.post(`${base}/bewijs/:evidenceId/verwijderen`, signedIn, caseworker, csrf, async (c) => {
    const page = await loadAssessment(c, tools);
    const draft = requireDraft(page.draft);
    await removeEvidence(page.ctx, deps.reference, draft.id, idParam(c, 'evidenceId'));
    return c.redirect(withNotice(assessmentPath(page.person.id), 'bewijs-verwijderd'), 303);
  });

  web.post(`${base}/afronden`, signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const page = await loadAssessment(c, tools);
    const draft = requireDraft(page.draft);
    const strengthsSummary = values.strengthsSummary?.trim();
    const completed = await submitToService(
      page.ctx,
      completeAssessmentSchema,
      { ...(strengthsSummary ? { strengthsSummary } : {}), version: versionOf(values) },
      (input) => completeAssessment(page.ctx, deps.reference, draft.id, input),
      {
        fieldOf: (path) => (path[0] === 'strengthsSummary' ? 'strengthsSummary' : '_form'),
        messages: { strengthsSummary: 'Schrijf hoogstens 2000 tekens over waar deze persoon sterk in is.' },
        serviceMessages: {
          strengthsSummary: 'Schrijf in gewone woorden op waar deze persoon sterk in is.',
          _form:
            'Nog niet alles is ingevuld om af te ronden. Bij de delen hierboven zie je wat nog nodig is.',
        },
      },
    );
    if (!completed.ok) {
      return c.html(<AssessmentOverview {...page} completion={{ values, errors: completed.errors }} />, 422);
    }
    return c.redirect(withNotice(personPath(page.person.id, 'profile'), 'afgerond'), 303);
  });
}
