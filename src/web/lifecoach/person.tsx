import type { Hono } from 'hono';
import type { JobSeekerView, LifecoachAssignmentView } from '../../modules/job-seekers/job-seeker.schemas';
import { handoverSchema } from '../../modules/job-seekers/job-seeker.schemas';
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
} from '../layout/form';
import type { SignedIn, WebBindings } from '../web-context';
import { idParam, type PageTools, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';
import { StopRequestLink } from './stop-request';

const notices: Record<string, string> = {
  aangemeld: 'De aanmelding is opgeslagen. Vraag bij het eerste gesprek om toestemming (zie Toestemming).',
};

function History({ items, me }: { items: LifecoachAssignmentView[]; me: SignedIn }) {
  return (
    <ol class="utrecht-ordered-list history">
      {items.map((period) => (
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
              <span class="visually-hidden">Overdrachtsnotitie: </span>
              {period.handoverNote}
            </p>
          ) : (
            <p class="utrecht-paragraph history__note">Eerste lifecoach, bij de aanmelding.</p>
          )}
        </li>
      ))}
    </ol>
  );
}

function PersonOverview({
  me,
  person,
  history,
  lifecoaches,
  notice,
  handover,
}: {
  me: SignedIn;
  person: JobSeekerView;
  history: LifecoachAssignmentView[];
  lifecoaches: { id: string; displayName: string }[];
  notice?: string | undefined;
  handover?: { values: FormValues; errors: FieldErrors } | undefined;
}) {
  const segment = person.segment;
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
