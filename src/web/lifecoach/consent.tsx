import type { Hono } from 'hono';
import { type ConsentPurpose, consentPurposes } from '../../modules/consents/consent.entity';
import type { ConsentStateView } from '../../modules/consents/consent.schemas';
import { recordConsentSchema } from '../../modules/consents/consent.schemas';
import { getConsentOverview, recordConsent } from '../../modules/consents/consent.service';
import { consentTexts, findConsentText } from '../../modules/consents/consent-texts';
import { listEmployers } from '../../modules/employers/employer.service';
import { getJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import { fieldErrorsFromService, fieldErrorsFromZod, readForm } from '../form-input';
import { consentPurposeLabels, formatDate } from '../labels';
import { Alert, Heading2, Paragraph } from '../layout/components';
import { ErrorSummary, type FieldErrors, PostForm, SelectField, SubmitButton } from '../layout/form';
import type { SignedIn, WebBindings } from '../web-context';
import { idParam, type PageTools, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';

type Employer = { id: string; name: string };

function stateText(state: ConsentStateView | undefined): string {
  if (!state) return 'Nog niet gevraagd. Zonder toestemming doen we dit niet.';
  const when = formatDate(state.recordedAt);
  const older = state.textVersionIsCurrent
    ? ''
    : ' Dat was met een oudere tekst: lees de tekst hierboven voor en vraag het opnieuw.';
  return state.given ? `Ja, gegeven op ${when}.${older}` : `Nee, geweigerd of ingetrokken op ${when}.`;
}

/**
 * The answers that change something: asking for the first time (yes or no), giving it after a no,
 * withdrawing a yes — and asking again when the yes was given against an older text.
 */
function AnswerButtons({ state }: { state: ConsentStateView | undefined }) {
  const yes = (
    <SubmitButton name="given" value="yes">
      Ja, toestemming gegeven
    </SubmitButton>
  );
  const no = (label: string) => (
    <SubmitButton name="given" value="no" variant="secondary">
      {label}
    </SubmitButton>
  );
  if (!state)
    return (
      <>
        {yes}
        {no('Nee, geen toestemming')}
      </>
    );
  if (!state.given) return yes;
  return (
    <>
      {state.textVersionIsCurrent ? null : yes}
      {no('Toestemming intrekken')}
    </>
  );
}

/** One purpose: the text to read aloud, what the person said last, and the two answers to record. */
function ConsentBlock({
  me,
  personId,
  purpose,
  states,
  employers,
  error,
}: {
  me: SignedIn;
  personId: string;
  purpose: ConsentPurpose;
  states: ConsentStateView[];
  employers: Employer[];
  error?: FieldErrors | undefined;
}) {
  const text = findConsentText(purpose, consentTexts[purpose].current);
  if (!text) return null;
  const perEmployer = purpose === 'PROFILE_SHARING';
  const employerName = (id: string | null) =>
    employers.find((employer) => employer.id === id)?.name ?? 'een werkgever';
  const headingId = `toestemming-${purpose.toLowerCase()}`;
  return (
    <section class="consent" aria-labelledby={headingId}>
      <h2 class="utrecht-heading-2 consent__title" id={headingId}>
        {text.title}
      </h2>
      <p class="utrecht-paragraph consent__label">
        <span class="visually-hidden">Doel: </span>
        Lees deze tekst voor, of laat hem lezen:
      </p>
      <blockquote class="consent__text">
        <p class="utrecht-paragraph">{text.text}</p>
      </blockquote>
      {perEmployer ? (
        states.length ? (
          <ul class="utrecht-unordered-list">
            {states.map((state) => (
              <li>
                <strong>{employerName(state.employerOrganisationId)}:</strong> {stateText(state)}
              </li>
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph consent__state">Met geen enkele werkgever gedeeld.</p>
        )
      ) : (
        <p class="utrecht-paragraph consent__state">{stateText(states[0])}</p>
      )}
      <PostForm action={`${personPath(personId, 'consent')}`} csrfToken={me.csrfToken} class="consent__form">
        <input type="hidden" name="purpose" value={purpose} />
        <input type="hidden" name="textVersion" value={text.version} />
        {error ? <ErrorSummary errors={error} /> : null}
        {perEmployer ? (
          <SelectField
            name="employerOrganisationId"
            label="Met welke werkgever?"
            error={error?.employerOrganisationId}
            options={[
              { value: '', label: 'Kies een werkgever' },
              ...employers.map((employer) => ({ value: employer.id, label: employer.name })),
            ]}
          />
        ) : null}
        <div class="button-row">
          {perEmployer ? (
            <>
              <SubmitButton name="given" value="yes">
                Ja, mag gedeeld worden
              </SubmitButton>
              <SubmitButton name="given" value="no" variant="secondary">
                Nee, niet (meer) delen
              </SubmitButton>
            </>
          ) : (
            <AnswerButtons state={states[0]} />
          )}
        </div>
      </PostForm>
    </section>
  );
}

const recorded = 'De toestemming is vastgelegd.';

/**
 * Consent per purpose, as the text to read aloud (printable), and recording the person's answer.
 * Each answer is a new record; the latest per purpose counts.
 */
export function consentPage(web: Hono<WebBindings>, tools: PageTools) {
  const render = async (
    c: Parameters<typeof pageContext>[0],
    options: { purposeWithError?: ConsentPurpose; errors?: FieldErrors; status?: 422 } = {},
  ) => {
    const { ctx, me } = pageContext(c, tools.deps);
    const id = idParam(c);
    const person = await getJobSeeker(ctx, id);
    const overview = await getConsentOverview(ctx, id);
    const employers = await listEmployers(ctx, { limit: 100 }, tools.deps.reference);
    const statesOf = (purpose: ConsentPurpose) =>
      overview.current.filter((state) => state.purpose === purpose);
    return c.html(
      <PersonLayout signedIn={me} person={person} current="consent" title={`${person.fullName}: toestemming`}>
        {c.req.query('gelukt') === 'toestemming' ? (
          <Alert kind="ok" live>
            <Paragraph>{recorded}</Paragraph>
          </Alert>
        ) : null}
        <Paragraph lead>
          We vragen toestemming per doel. {person.fullName} mag altijd nee zeggen, en een ja altijd weer
          intrekken. Dat heeft geen gevolgen.
        </Paragraph>
        <p class="print-only utrecht-paragraph">
          Toestemming van {person.fullName}, afgedrukt op {formatDate(tools.deps.clock())}.
        </p>
        <div class="button-row no-print">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" data-print hidden>
            Teksten afdrukken
          </button>
        </div>
        {consentPurposes.map((purpose) => (
          <ConsentBlock
            me={me}
            personId={person.id}
            purpose={purpose}
            states={statesOf(purpose)}
            employers={employers.items}
            error={options.purposeWithError === purpose ? options.errors : undefined}
          />
        ))}
        <Heading2>Eerder vastgelegd</Heading2>
        {overview.history.length ? (
          <ul class="utrecht-unordered-list">
            {overview.history.map((record) => (
              <li>
                {formatDate(record.recordedAt)}: {consentPurposeLabels[record.purpose]}
                {record.employerOrganisationId
                  ? ` (${employers.items.find((employer) => employer.id === record.employerOrganisationId)?.name ?? 'een werkgever'})`
                  : ''}
                {' — '}
                {record.given ? 'ja' : 'nee'}
                {record.recordedByUserId === me.user.id ? ', door jou' : ''}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>Nog niets vastgelegd.</Paragraph>
        )}
      </PersonLayout>,
      options.status ?? 200,
    );
  };

  web.get('/werkzoekenden/:id/toestemming', tools.signedIn, tools.caseworker, (c) => render(c));

  web.post('/werkzoekenden/:id/toestemming', tools.signedIn, tools.caseworker, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, tools.deps);
    const id = idParam(c);
    const values = await readForm(c);
    const purpose = (consentPurposes as readonly string[]).includes(values.purpose ?? '')
      ? (values.purpose as ConsentPurpose)
      : undefined;
    const parsed = recordConsentSchema.safeParse({
      purpose,
      given: values.given === 'yes' ? true : values.given === 'no' ? false : undefined,
      textVersion: values.textVersion,
      ...(values.employerOrganisationId ? { employerOrganisationId: values.employerOrganisationId } : {}),
    });
    if (!parsed.success || !purpose) {
      const errors = parsed.success
        ? { _form: 'Kies ja of nee.' }
        : fieldErrorsFromZod(parsed.error, {
            employerOrganisationId: 'Kies de werkgever.',
            given: 'Kies ja of nee.',
            textVersion: 'Open de pagina opnieuw: de tekst is veranderd.',
          });
      if (!purpose) return c.redirect(personPath(id, 'consent'), 303);
      return render(c, { purposeWithError: purpose, errors, status: 422 });
    }
    try {
      await recordConsent(ctx, id, parsed.data);
    } catch (error) {
      return render(c, { purposeWithError: purpose, errors: fieldErrorsFromService(error), status: 422 });
    }
    return c.redirect(
      `${personPath(id, 'consent')}?gelukt=toestemming#toestemming-${purpose.toLowerCase()}`,
      303,
    );
  });
}
