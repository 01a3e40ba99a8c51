import type { Hono } from 'hono';
import { recordFirstContact } from '../../modules/job-seekers/first-contact.service';
import type { JobSeekerView, LifecoachAssignmentView } from '../../modules/job-seekers/job-seeker.schemas';
import { handoverSchema, recordFirstContactSchema } from '../../modules/job-seekers/job-seeker.schemas';
import {
  getJobSeeker,
  getLifecoachHistory,
  handOverJobSeeker,
  listLifecoaches,
} from '../../modules/job-seekers/job-seeker.service';
import { fieldErrorsFromService, fieldErrorsFromZod, readForm } from '../form-input';
import { formatDate, formatPhone, languageLabel, noSegmentLabel, segmentLabels } from '../labels';
import { Alert, Facts, Heading2, Paragraph } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../layout/form';
import type { SignedIn, WebBindings } from '../web-context';
import { submitToService } from './form-submit';
import { idParam, type PageTools, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';
import { StopRequestLink } from './stop-request';

const notices: Record<string, string> = {
  aangemeld: 'De aanmelding is opgeslagen. Vraag bij het eerste gesprek om toestemming (zie Toestemming).',
  'eerste-gesprek': 'Het eerste gesprek is vastgelegd.',
};

type FormState = { values: FormValues; errors: FieldErrors };

function History({ items, me }: { items: LifecoachAssignmentView[]; me: SignedIn }) {
  return (
    <ol class="utrecht-ordered-list history">
      {items.map((period, index) => (
        <li class="utrecht-ordered-list__item">
          <strong>
            {period.lifecoach.id === me.user.id
              ? `${period.lifecoach.displayName} (jij)`
              : period.lifecoach.displayName}
          </strong>
          {' · '}
          {period.endedAt
            ? `van ${formatDate(period.startedAt)} tot ${formatDate(period.endedAt)}`
            : `sinds ${formatDate(period.startedAt)}`}
          {period.handoverNote ? (
            <p class="utrecht-paragraph history__note">
              {index === 0 ? (
                <span>Bij de aanmelding: </span>
              ) : (
                <span class="visually-hidden">Overdrachtsnotitie: </span>
              )}
              {period.handoverNote}
            </p>
          ) : (
            <p class="utrecht-paragraph history__note">Eerste lifecoach, bij de aanmelding.</p>
          )}
          <p class="utrecht-paragraph history__note">
            {period.firstContactAt
              ? `Eerste gesprek: ${formatDate(period.firstContactAt)}`
              : 'Nog geen eerste gesprek vastgelegd.'}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** Asked of the responsible lifecoach until the first conversation is recorded ("warm", not cold). */
function FirstContactForm({
  me,
  person,
  form,
}: {
  me: SignedIn;
  person: JobSeekerView;
  form?: FormState | undefined;
}) {
  return (
    <section class="first-contact" aria-labelledby="eerste-gesprek">
      <Heading2 id="eerste-gesprek">Eerste gesprek</Heading2>
      <Paragraph>
        Je hebt nog geen eerste gesprek met {person.fullName} vastgelegd. Tot dat gesprek staat{' '}
        {person.fullName} na een paar werkdagen op Vandaag. Toestemming vragen of het assessment invullen telt
        ook als gesprek.
      </Paragraph>
      {form ? <ErrorSummary errors={form.errors} order={['contactedOn']} /> : null}
      <PostForm action={`${personPath(person.id)}/eerste-gesprek`} csrfToken={me.csrfToken}>
        <TextField
          name="contactedOn"
          label="Datum van het gesprek"
          type="date"
          size="date"
          description="Vandaag of een eerdere dag."
          value={form?.values.contactedOn}
          error={form?.errors.contactedOn}
          optional
        />
        <SubmitButton>Eerste gesprek vastleggen</SubmitButton>
      </PostForm>
    </section>
  );
}

function PersonOverview({
  me,
  person,
  history,
  lifecoaches,
  notice,
  handover,
  firstContact,
}: {
  me: SignedIn;
  person: JobSeekerView;
  history: LifecoachAssignmentView[];
  lifecoaches: { id: string; displayName: string }[];
  notice?: string | undefined;
  handover?: FormState | undefined;
  firstContact?: FormState | undefined;
}) {
  const segment = person.segment;
  const current = history.find((period) => period.endedAt === null);
  const awaitsMyFirstContact = current?.lifecoach.id === me.user.id && current.firstContactAt === null;
  return (
    <PersonLayout signedIn={me} person={person} current="overview">
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Heading2>Gegevens</Heading2>
      <Facts
        items={[
          ['Naam', person.fullName],
          [
            'Telefoon',
            <a class="utrecht-link utrecht-link--telephone" href={`tel:${person.phone}`}>
              {formatPhone(person.phone)}
            </a>,
          ],
          ['E-mail', person.email ?? 'Niet bekend'],
          ['Postcode', person.postcodeFull ?? person.postcode],
          ['Geboortedatum', person.dateOfBirth ? formatDate(person.dateOfBirth) : 'Niet bekend'],
          ['Taal', languageLabel(person.preferredLanguage)],
          ['Aangemeld op', formatDate(person.registeredAt)],
          ['Segment', segment.current ? segmentLabels[segment.current] : noSegmentLabel],
          [
            'Opnieuw bekijken',
            segment.reviewDate
              ? `${formatDate(segment.reviewDate)}${segment.reviewDue ? ' (nu aan de beurt)' : ''}`
              : 'Nog niet gepland',
          ],
          ['Lifecoach', person.responsibleLifecoach.displayName],
        ]}
      />
      {awaitsMyFirstContact ? <FirstContactForm me={me} person={person} form={firstContact} /> : null}
      <Paragraph>
        <StopRequestLink jobSeekerId={person.id} />
      </Paragraph>
      <Heading2>Lifecoaches tot nu toe</Heading2>
      <History items={history} me={me} />
      <details class="fold" id="overdragen" open={handover ? true : undefined}>
        <summary>Overdragen aan een andere lifecoach</summary>
        <Paragraph>
          Schrijf op wat de nieuwe lifecoach moet weten, zodat {person.fullName} het verhaal niet opnieuw
          hoeft te vertellen. Na de overdracht zie je {person.fullName} niet meer in je lijst.
        </Paragraph>
        {handover ? <ErrorSummary errors={handover.errors} order={['toLifecoachId', 'note']} /> : null}
        <PostForm action={`${personPath(person.id)}/overdragen`} csrfToken={me.csrfToken}>
          <SelectField
            name="toLifecoachId"
            label="Nieuwe lifecoach"
            value={handover?.values.toLifecoachId}
            error={handover?.errors.toLifecoachId}
            options={[
              { value: '', label: 'Kies een lifecoach' },
              ...lifecoaches
                .filter((coach) => coach.id !== person.responsibleLifecoach.id)
                .map((coach) => ({ value: coach.id, label: coach.displayName })),
            ]}
          />
          <TextAreaField
            name="note"
            label="Overdrachtsnotitie"
            description="Minstens 10 tekens. De werkzoekende kan dit lezen."
            value={handover?.values.note}
            error={handover?.errors.note}
          />
          <SubmitButton variant="secondary">Overdragen</SubmitButton>
        </PostForm>
      </details>
    </PersonLayout>
  );
}

/** The person's page: the record, the responsible lifecoach, the history with handovers. */
export function personPage(web: Hono<WebBindings>, tools: PageTools) {
  const load = async (c: Parameters<typeof pageContext>[0]) => {
    const { ctx, me } = pageContext(c, tools.deps);
    const id = idParam(c);
    const person = await getJobSeeker(ctx, id);
    // Lifecoaches and programme staff get the whole record; requireRole keeps anyone else out.
    if (person.view !== 'FULL') throw new Error('caseworker pages need the whole record');
    const history = await getLifecoachHistory(ctx, id);
    const lifecoaches = await listLifecoaches(ctx, { limit: 100 });
    return { ctx, me, person, history: history.items, lifecoaches: lifecoaches.items };
  };

  web.get('/werkzoekenden/:id', tools.signedIn, tools.caseworker, async (c) => {
    const { me, person, history, lifecoaches } = await load(c);
    return c.html(
      <PersonOverview
        me={me}
        person={person}
        history={history}
        lifecoaches={lifecoaches}
        notice={notices[c.req.query('gelukt') ?? '']}
      />,
    );
  });

  web.post('/werkzoekenden/:id/eerste-gesprek', tools.signedIn, tools.caseworker, tools.csrf, async (c) => {
    const { ctx, me, person, history, lifecoaches } = await load(c);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      recordFirstContactSchema,
      { contactedOn: values.contactedOn?.trim() || undefined },
      (input) => recordFirstContact(ctx, person.id, input),
      { messages: { contactedOn: 'Kies de dag van het gesprek, of laat het leeg voor vandaag.' } },
    );
    if (!saved.ok) {
      return c.html(
        <PersonOverview
          me={me}
          person={person}
          history={history}
          lifecoaches={lifecoaches}
          firstContact={{ values, errors: saved.errors }}
        />,
        422,
      );
    }
    return c.redirect(`${personPath(person.id)}?gelukt=eerste-gesprek`, 303);
  });

  web.post('/werkzoekenden/:id/overdragen', tools.signedIn, tools.caseworker, tools.csrf, async (c) => {
    const { ctx, me, person, history, lifecoaches } = await load(c);
    const values = await readForm(c);
    const again = (errors: FieldErrors) =>
      c.html(
        <PersonOverview
          me={me}
          person={person}
          history={history}
          lifecoaches={lifecoaches}
          handover={{ values, errors }}
        />,
        422,
      );
    const parsed = handoverSchema.safeParse({
      toLifecoachId: values.toLifecoachId || undefined,
      note: values.note ?? '',
    });
    if (!parsed.success) {
      return again(
        fieldErrorsFromZod(parsed.error, {
          toLifecoachId: 'Kies de nieuwe lifecoach.',
          note: 'Schrijf een overdrachtsnotitie van minstens 10 tekens.',
        }),
      );
    }
    try {
      await handOverJobSeeker(ctx, person.id, parsed.data);
    } catch (error) {
      return again(fieldErrorsFromService(error));
    }
    return c.redirect(
      me.user.role === 'LIFECOACH' ? '/werkzoekenden?gelukt=overgedragen' : `${personPath(person.id)}`,
      303,
    );
  });
}
