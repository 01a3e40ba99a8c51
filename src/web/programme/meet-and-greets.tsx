import type { Hono } from 'hono';
import { listJobSeekers } from '../../modules/job-seekers/job-seeker.service';
import {
  createMeetAndGreet,
  getMeetAndGreet,
  listMeetAndGreets,
} from '../../modules/meet-and-greets/event.service';
import {
  createMeetAndGreetSchema,
  employerAnswerSchema,
  inviteEmployerSchema,
  inviteJobSeekerSchema,
  jobSeekerAnswerSchema,
} from '../../modules/meet-and-greets/meet-and-greet.schemas';
import { CONTACT_ROUTE_LABELS_NL } from '../../modules/meet-and-greets/meet-and-greet-rules';
import {
  answerForEmployer,
  answerForJobSeeker,
  inviteEmployer,
  inviteJobSeeker,
  listEventEmployers,
  listParticipants,
} from '../../modules/meet-and-greets/participation.service';
import { recordHeld } from '../../modules/meet-and-greets/schedule.service';
import { buildShortlists, getShortlist } from '../../modules/meet-and-greets/shortlist.service';
import { listOrganisations } from '../../modules/organisations/organisation.service';
import { listVacancies } from '../../modules/vacancies/vacancy.service';
import { isoDate, readForm } from '../form-input';
import { formatNumber, segmentShortLabels } from '../labels';
import { CheckboxGroup } from '../layout/choice-fields';
import { Alert, Cell, Facts, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import {
  ButtonLink,
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../layout/form';
import { Page } from '../layout/page';
import { submitToService, withNotice } from '../lifecoach/form-submit';
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { WebBindings, WebContext } from '../web-context';
import {
  eventPath,
  listsPath,
  matchingOf,
  refusalMessage,
  schedulePath,
  shortlistPath,
  ticked,
  typedNumber,
} from './meet-and-greet-tools';
import type { ProgrammeTools } from './programme-tools';

const notices: Record<string, string> = {
  gepland: 'De Meet & Greet is gepland. Nodig nu werkgevers en werkzoekenden uit.',
  werkgever: 'De werkgever is uitgenodigd.',
  'werkgever-antwoord': 'Het antwoord van de werkgever is opgeslagen.',
  persoon: 'De werkzoekende is uitgenodigd. De lifecoach vraagt of de persoon komt.',
  'persoon-antwoord': 'Het antwoord is opgeslagen.',
  shortlists: 'De shortlists zijn gemaakt. Werkgevers kunnen nu aangeven wie ze willen spreken.',
  gehouden: 'Opgeslagen wie er was. De gesprekken staan nu bij de werkzoekenden.',
};

const eventFieldOrder = [
  'title',
  'date',
  'startTime',
  'place',
  'seekerCapacity',
  'rounds',
  'roundMinutes',
  'breakMinutes',
  'maxConversationsPerSeeker',
  'shortlistSize',
];

const eventMessages: Record<string, string> = {
  title: 'Geef een naam van 3 tot 200 tekens.',
  date: 'Geef een datum, zoals 12-03-2027.',
  startTime: 'Geef een tijd, zoals 13:30.',
  place: 'Schrijf op waar het is: de naam en het adres.',
  seekerCapacity: 'Geef een aantal van 1 tot 500.',
  rounds: 'Geef een aantal rondes van 1 tot 12.',
  roundMinutes: 'Geef een aantal minuten van 5 tot 120.',
  breakMinutes: 'Geef een aantal minuten van 0 tot 60.',
  maxConversationsPerSeeker: 'Geef een aantal van 1 tot 12, niet meer dan het aantal rondes.',
  shortlistSize: 'Geef een aantal van 1 tot 50.',
};

type FormState = { values: FormValues; errors: FieldErrors };

function EventForm({ csrfToken, form }: { csrfToken: string; form: FormState }) {
  const { values, errors } = form;
  const field = (
    name: string,
    label: string,
    extra: { description?: string; numeric?: boolean; optional?: boolean } = {},
  ) => (
    <TextField
      name={name}
      label={label}
      description={extra.description}
      value={values[name]}
      error={errors[name]}
      inputmode={extra.numeric ? 'numeric' : undefined}
      optional={extra.optional}
    />
  );
  return (
    <PostForm action="/beheer/meet-and-greets" csrfToken={csrfToken}>
      <ErrorSummary errors={errors} order={eventFieldOrder} />
      {field('title', 'Naam', { description: 'Bijvoorbeeld: Meet & Greet voorjaar Zuid.' })}
      {field('date', 'Datum', { description: 'Bijvoorbeeld 12-03-2027.' })}
      {field('startTime', 'Begintijd van de eerste ronde', { description: 'Bijvoorbeeld 13:30.' })}
      {field('place', 'Waar', { description: 'De naam en het adres van de plek.' })}
      {field('seekerCapacity', 'Hoeveel werkzoekenden kunnen er komen?', { numeric: true })}
      {field('rounds', 'Hoeveel gespreksrondes?', { numeric: true })}
      {field('roundMinutes', 'Minuten per ronde', { numeric: true })}
      {field('breakMinutes', 'Minuten pauze tussen de rondes', {
        numeric: true,
        optional: true,
        description: 'Leeg: 5 minuten.',
      })}
      {field('maxConversationsPerSeeker', 'Hoeveel gesprekken heeft een werkzoekende hooguit?', {
        numeric: true,
        optional: true,
        description: 'Leeg: 3, of minder als er minder rondes zijn.',
      })}
      {field('shortlistSize', 'Hoeveel kandidaten op elke shortlist?', {
        numeric: true,
        optional: true,
        description: 'Leeg: 10.',
      })}
      <SubmitButton>Meet & Greet plannen</SubmitButton>
    </PostForm>
  );
}

function newEventPage(c: WebContext, tools: ProgrammeTools, form: FormState) {
  const { me } = pageContext(c, tools.deps);
  return c.html(
    <Page title="Meet & Greet plannen" signedIn={me} section="meetAndGreets">
      <p class="utrecht-paragraph">
        <Link href="/beheer/meet-and-greets">Alle Meet & Greets</Link>
      </p>
      <Heading1>Meet & Greet plannen</Heading1>
      <Paragraph lead>
        Werkgevers en werkzoekenden maken kennis in korte gesprekken. In elke ronde zit een werkgever aan een
        tafel met één werkzoekende.
      </Paragraph>
      <EventForm csrfToken={me.csrfToken} form={form} />
    </Page>,
    Object.keys(form.errors).length ? 422 : 200,
  );
}

type DetailForms = { problem?: string; employer?: { employerId: string } & FormState; person?: FormState };

async function eventPage(c: WebContext, tools: ProgrammeTools, id: string, forms: DetailForms = {}) {
  const { ctx, me } = pageContext(c, tools.deps);
  const { deps } = tools;
  const event = await getMeetAndGreet(ctx, id);
  const employers = (await listEventEmployers(ctx, id)).items;
  const participants = (await listParticipants(ctx, id, { limit: 100 })).items;
  const planned = event.status === 'PLANNED';
  const invitedEmployerIds = new Set(employers.map((employer) => employer.employerId));
  const invitedPeople = new Set(participants.map((participant) => participant.jobSeekerId));
  const allEmployers = planned ? (await listOrganisations(ctx, { kind: 'EMPLOYER', limit: 100 })).items : [];
  const openVacancies = planned
    ? (await listVacancies(ctx, { status: 'OPEN', limit: 100 }, deps.reference)).items
    : [];
  const toInvite = allEmployers.filter((employer) => !invitedEmployerIds.has(employer.id));
  // People who may come: in segment READY (LATER when the event has learn-work places); the service checks consent.
  const candidates = planned
    ? [
        ...(await listJobSeekers(ctx, { segment: 'READY', limit: 100 })).items,
        ...(await listJobSeekers(ctx, { segment: 'LATER', limit: 100 })).items,
      ].filter((person) => !invitedPeople.has(person.id))
    : [];
  // Only the vacancies here: reading a shortlist shows (and logs) every person on it, so that waits for its own page.
  const shortlists = employers.flatMap((employer) =>
    employer.vacancies.map((vacancy) => ({ employerName: employer.employerName, vacancy })),
  );
  const notice = notices[c.req.query('melding') ?? ''];
  const counts = event.counts;
  return c.html(
    <Page title={event.title} signedIn={me} section="meetAndGreets">
      <p class="utrecht-paragraph">
        <Link href="/beheer/meet-and-greets">Alle Meet & Greets</Link>
      </p>
      <Heading1>{event.title}</Heading1>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {forms.problem ? (
        <Alert kind="warning" live>
          <Paragraph>{forms.problem}</Paragraph>
        </Alert>
      ) : null}
      <Facts
        items={[
          [
            'Wanneer',
            `${event.dateLabel}, ${event.roundTimes[0]?.startTime ?? event.startTime} tot ${event.roundTimes.at(-1)?.endTime ?? ''}`,
          ],
          ['Waar', event.place],
          [
            'Rondes',
            `${event.rounds} rondes van ${event.roundMinutes} minuten, ${event.breakMinutes} minuten pauze`,
          ],
          ['Gesprekken per werkzoekende', `hooguit ${event.maxConversationsPerSeeker}`],
          ['Stand', event.statusLabel],
          [
            'Aanmeldingen',
            counts
              ? `${counts.employersAccepted} van ${counts.employersInvited} werkgevers komen; ${counts.jobSeekersAccepted} werkzoekenden komen, ${counts.jobSeekersDeclined} niet; nog ${formatNumber(counts.placesLeft)} plaatsen vrij`
              : '—',
          ],
        ]}
      />
      <nav aria-label="Stappen van deze Meet & Greet" class="step-links">
        <ul class="step-links__list">
          <li>
            <a class="utrecht-link" href="#werkgevers">
              1. Werkgevers
            </a>
          </li>
          <li>
            <a class="utrecht-link" href="#werkzoekenden">
              2. Werkzoekenden
            </a>
          </li>
          <li>
            <a class="utrecht-link" href="#shortlists">
              3. Shortlists
            </a>
          </li>
          <li>
            <Link href={schedulePath(id)}>4. Gesprekkenschema</Link>
          </li>
          <li>
            <Link href={listsPath(id)}>5. Lijsten afdrukken</Link>
          </li>
          <li>
            <a class="utrecht-link" href="#wie-kwam">
              6. Wie er was
            </a>
          </li>
        </ul>
      </nav>

      <Heading2 id="werkgevers">1. Werkgevers</Heading2>
      {employers.length ? (
        <Table caption="Uitgenodigde werkgevers" head={['Werkgever', 'Antwoord', 'Tafels', 'Vacatures', '']}>
          {employers.map((employer) => (
            <Row>
              <Cell label="Werkgever">{employer.employerName}</Cell>
              <Cell label="Antwoord">{employer.statusLabel}</Cell>
              <Cell label="Tafels">{employer.tables}</Cell>
              <Cell label="Vacatures">{employer.vacancies.map((vacancy) => vacancy.title).join(', ')}</Cell>
              <Cell label="">
                {planned ? (
                  <PostForm
                    action={`${eventPath(id)}/werkgevers/${employer.employerId}/antwoord`}
                    csrfToken={me.csrfToken}
                    class="inline-form"
                  >
                    <input type="hidden" name="version" value={String(employer.version)} />
                    {employer.status !== 'ACCEPTED' ? (
                      <SubmitButton variant="secondary" name="answer" value="ACCEPT">
                        Komt<span class="visually-hidden"> ({employer.employerName})</span>
                      </SubmitButton>
                    ) : null}{' '}
                    {employer.status !== 'DECLINED' ? (
                      <SubmitButton variant="secondary" name="answer" value="DECLINE">
                        Komt niet<span class="visually-hidden"> ({employer.employerName})</span>
                      </SubmitButton>
                    ) : null}
                  </PostForm>
                ) : null}
              </Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <Paragraph>Er is nog geen werkgever uitgenodigd.</Paragraph>
      )}
      {planned && toInvite.length ? (
        <>
          <h3 class="utrecht-heading-3 programme-subheading">Een werkgever uitnodigen</h3>
          <Paragraph>
            Kies de open vacatures die de werkgever meeneemt. Elke vacature krijgt een shortlist.
          </Paragraph>
          {toInvite.map((employer) => {
            const vacancies = openVacancies.filter((vacancy) => vacancy.employerId === employer.id);
            const form: FormState =
              forms.employer?.employerId === employer.id
                ? forms.employer
                : { values: { tables: '1' }, errors: {} };
            const name = `vacancy-${employer.id.slice(0, 8)}`;
            return (
              <section class="invite-employer" aria-label={`${employer.name} uitnodigen`}>
                <h4 class="utrecht-heading-4 programme-subheading">{employer.name}</h4>
                {vacancies.length ? (
                  <PostForm action={`${eventPath(id)}/werkgevers`} csrfToken={me.csrfToken}>
                    <ErrorSummary errors={form.errors} />
                    <input type="hidden" name="employerId" value={employer.id} />
                    <CheckboxGroup
                      name={name}
                      label={`Vacatures van ${employer.name}`}
                      options={vacancies.map((vacancy) => ({ value: vacancy.id, label: vacancy.title }))}
                      checked={new Set(ticked(form.values, name))}
                      error={form.errors.vacancyIds}
                    />
                    <TextField
                      name={`tables-${employer.id.slice(0, 8)}`}
                      label="Aan hoeveel tafels tegelijk praat de werkgever?"
                      inputmode="numeric"
                      value={form.values.tables}
                      error={form.errors.tables}
                    />
                    <SubmitButton variant="secondary">{`${employer.name} uitnodigen`}</SubmitButton>
                  </PostForm>
                ) : (
                  <Paragraph>Deze werkgever heeft geen open vacatures.</Paragraph>
                )}
              </section>
            );
          })}
        </>
      ) : null}

      <Heading2 id="werkzoekenden">2. Werkzoekenden</Heading2>
      {participants.length ? (
        <Table caption="Uitgenodigde werkzoekenden" head={['Naam', 'Lifecoach', 'Segment', 'Antwoord', '']}>
          {participants.map((participant) => (
            <Row>
              <Cell label="Naam">{participant.fullName}</Cell>
              <Cell label="Lifecoach">{participant.lifecoach.displayName}</Cell>
              <Cell label="Segment">
                {participant.segment ? segmentShortLabels[participant.segment] : '—'}
              </Cell>
              <Cell label="Antwoord">
                {participant.statusLabel}
                {participant.status === 'ACCEPTED' ? (
                  <span class="cell-note">
                    {' '}
                    · contact: {CONTACT_ROUTE_LABELS_NL[participant.contactRoute].toLowerCase()}
                  </span>
                ) : null}
              </Cell>
              <Cell label="">
                {planned ? (
                  <PostForm
                    action={`${eventPath(id)}/werkzoekenden/${participant.jobSeekerId}/antwoord`}
                    csrfToken={me.csrfToken}
                    class="inline-form"
                  >
                    <input type="hidden" name="version" value={String(participant.version)} />
                    {participant.status !== 'ACCEPTED' ? (
                      <SubmitButton variant="secondary" name="answer" value="ACCEPT">
                        Komt<span class="visually-hidden"> ({participant.fullName})</span>
                      </SubmitButton>
                    ) : null}{' '}
                    {participant.status !== 'DECLINED' ? (
                      <SubmitButton variant="secondary" name="answer" value="DECLINE">
                        Komt niet<span class="visually-hidden"> ({participant.fullName})</span>
                      </SubmitButton>
                    ) : null}
                  </PostForm>
                ) : null}
              </Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <Paragraph>Er is nog niemand uitgenodigd.</Paragraph>
      )}
      {planned ? (
        <>
          <h3 class="utrecht-heading-3 programme-subheading">Iemand uitnodigen</h3>
          {candidates.length ? (
            <PostForm action={`${eventPath(id)}/werkzoekenden`} csrfToken={me.csrfToken}>
              <ErrorSummary errors={forms.person?.errors ?? {}} />
              <SelectField
                name="jobSeekerId"
                label="Wie nodig je uit?"
                description="Mensen die klaar zijn voor werk. Met een leer-werkplek op de Meet & Greet ook mensen met een leer-werktraject. De persoon moet toestemming hebben gegeven om naar een Meet & Greet te gaan."
                value={forms.person?.values.jobSeekerId}
                error={forms.person?.errors.jobSeekerId}
                options={[
                  { value: '', label: 'Kies iemand' },
                  ...candidates.map((person) => ({
                    value: person.id,
                    label: `${person.fullName}${person.view === 'SUMMARY' && person.segment.current ? ` (${segmentShortLabels[person.segment.current]})` : ''}`,
                  })),
                ]}
              />
              <SubmitButton variant="secondary">Uitnodigen</SubmitButton>
            </PostForm>
          ) : (
            <Paragraph>Iedereen die klaar is voor werk, is al uitgenodigd.</Paragraph>
          )}
        </>
      ) : null}

      <Heading2 id="shortlists">3. Shortlists</Heading2>
      <Paragraph>
        Per vacature zoekt de matching de best passende mensen die komen. Werkgevers zien de shortlist zonder
        namen en geven aan wie ze willen spreken.
      </Paragraph>
      {shortlists.length ? (
        <Table caption="Shortlists per vacature" head={['Werkgever', 'Vacature']}>
          {shortlists.map((item) => (
            <Row>
              <Cell label="Werkgever">{item.employerName}</Cell>
              <Cell label="Vacature">
                <Link href={shortlistPath(id, item.vacancy.vacancyId)}>{item.vacancy.title}</Link>
              </Cell>
            </Row>
          ))}
        </Table>
      ) : null}
      {planned ? (
        <PostForm action={`${eventPath(id)}/shortlists`} csrfToken={me.csrfToken}>
          <SubmitButton variant="secondary">Shortlists maken of bijwerken</SubmitButton>
        </PostForm>
      ) : null}

      <Heading2 id="schema">4. Gesprekkenschema</Heading2>
      <Paragraph>
        {event.scheduleState === 'NONE'
          ? 'Er is nog geen schema.'
          : event.scheduleState === 'PROPOSED'
            ? 'Er is een voorstel. Pas het aan en leg het vast.'
            : 'Het schema ligt vast.'}
      </Paragraph>
      <p class="utrecht-paragraph">
        <ButtonLink href={schedulePath(id)} variant="primary">
          Naar het gesprekkenschema
        </ButtonLink>
      </p>

      <Heading2 id="wie-kwam">6. Wie er was</Heading2>
      {event.status === 'SCHEDULE_FIXED' ? (
        <PostForm action={`${eventPath(id)}/gehouden`} csrfToken={me.csrfToken}>
          <input type="hidden" name="version" value={String(event.version)} />
          <CheckboxGroup
            name="absentPerson"
            label="Welke werkzoekenden kwamen niet?"
            description="Zet een vinkje bij wie er niet was. Wie geen vinkje heeft, was er."
            options={participants
              .filter((participant) => participant.status === 'ACCEPTED')
              .map((participant) => ({ value: participant.jobSeekerId, label: participant.fullName }))}
            checked={new Set()}
          />
          <CheckboxGroup
            name="absentEmployer"
            label="Welke werkgevers kwamen niet?"
            options={employers
              .filter((employer) => employer.status === 'ACCEPTED')
              .map((employer) => ({ value: employer.employerId, label: employer.employerName }))}
            checked={new Set()}
          />
          <SubmitButton>Opslaan wie er was</SubmitButton>
        </PostForm>
      ) : event.status === 'HELD' ? (
        <Table caption="Wie er was" head={['Wie', 'Was er']}>
          {[
            ...employers
              .filter((employer) => employer.status === 'ACCEPTED')
              .map((employer) => ({ name: employer.employerName, attended: employer.attended })),
            ...participants
              .filter((participant) => participant.status === 'ACCEPTED')
              .map((participant) => ({ name: participant.fullName, attended: participant.attended })),
          ].map((row) => (
            <Row>
              <Cell label="Wie">{row.name}</Cell>
              <Cell label="Was er">{row.attended === false ? 'Nee' : 'Ja'}</Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <Paragraph>Dit schrijf je op na de Meet & Greet, als het schema vastligt.</Paragraph>
      )}
    </Page>,
    forms.problem || forms.employer || forms.person ? 422 : 200,
  );
}

const refusal = refusalMessage;

/** Planning a Meet & Greet: the event, inviting employers and people, their answers, the shortlists, who came. */
export function meetAndGreetPages(web: Hono<WebBindings>, tools: ProgrammeTools) {
  const { deps } = tools;

  web.get('/beheer/meet-and-greets', tools.signedIn, tools.admin, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const cursor = c.req.query('cursor');
    const page = await listMeetAndGreets(ctx, { limit: 25, ...(cursor ? { cursor } : {}) });
    return c.html(
      <Page title="Meet & Greets" signedIn={me} section="meetAndGreets">
        <Heading1>Meet & Greets</Heading1>
        <p class="utrecht-paragraph">
          <ButtonLink href="/beheer/meet-and-greets/nieuw" variant="primary">
            Meet & Greet plannen
          </ButtonLink>
        </p>
        {page.items.length ? (
          <Table
            caption="Alle Meet & Greets, de laatste datum eerst"
            head={['Meet & Greet', 'Datum', 'Stand', 'Komen']}
          >
            {page.items.map((event) => (
              <Row>
                <Cell label="Meet & Greet">
                  <Link href={eventPath(event.id)}>{event.title}</Link>
                </Cell>
                <Cell label="Datum">{event.dateLabel}</Cell>
                <Cell label="Stand">{event.statusLabel}</Cell>
                <Cell label="Komen">
                  {event.counts
                    ? `${event.counts.employersAccepted} werkgevers, ${event.counts.jobSeekersAccepted} werkzoekenden`
                    : '—'}
                </Cell>
              </Row>
            ))}
          </Table>
        ) : (
          <Paragraph>Er is nog geen Meet & Greet gepland.</Paragraph>
        )}
        {page.nextCursor ? (
          <Paragraph>
            <Link href={`/beheer/meet-and-greets?cursor=${encodeURIComponent(page.nextCursor)}`}>
              Volgende pagina
            </Link>
          </Paragraph>
        ) : null}
      </Page>,
    );
  });

  web.get('/beheer/meet-and-greets/nieuw', tools.signedIn, tools.admin, (c) =>
    newEventPage(c, tools, { values: { breakMinutes: '5', shortlistSize: '10' }, errors: {} }),
  );

  web.post('/beheer/meet-and-greets', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const values = await readForm(c);
    const input = Object.fromEntries(
      Object.entries({
        title: values.title ?? '',
        date: isoDate(values.date ?? ''),
        startTime: values.startTime?.trim().replace('.', ':') ?? '',
        place: values.place ?? '',
        seekerCapacity: typedNumber(values.seekerCapacity),
        rounds: typedNumber(values.rounds),
        roundMinutes: typedNumber(values.roundMinutes),
        breakMinutes: typedNumber(values.breakMinutes),
        maxConversationsPerSeeker: typedNumber(values.maxConversationsPerSeeker),
        shortlistSize: typedNumber(values.shortlistSize),
      }).filter(([, value]) => value !== undefined),
    );
    const result = await submitToService(
      ctx,
      createMeetAndGreetSchema,
      input,
      (data) => createMeetAndGreet(ctx, data),
      {
        messages: eventMessages,
      },
    );
    if (!result.ok) return newEventPage(c, tools, { values, errors: result.errors });
    return c.redirect(withNotice(eventPath(result.value.id), 'gepland'), 303);
  });

  web.get('/beheer/meet-and-greets/:id', tools.signedIn, tools.admin, (c) => eventPage(c, tools, idParam(c)));

  web.post('/beheer/meet-and-greets/:id/werkgevers', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const values = await readForm(c);
    const employerId = values.employerId ?? '';
    const short = employerId.slice(0, 8);
    const vacancyIds = ticked(values, `vacancy-${short}`);
    const form = { ...values, tables: values[`tables-${short}`] ?? '' };
    const result = await submitToService(
      ctx,
      inviteEmployerSchema,
      { employerId, vacancyIds, tables: typedNumber(form.tables) },
      (input) => inviteEmployer(ctx, id, input),
      {
        fieldOf: (path) => (path[0] === 'vacancyIds' ? 'vacancyIds' : String(path[0] ?? '_form')),
        messages: {
          vacancyIds: 'Kies minstens één vacature.',
          tables: 'Geef een aantal tafels van 1 tot 20.',
        },
      },
    ).catch((error) => ({ ok: false as const, errors: { _form: refusal(error) } }));
    if (!result.ok)
      return eventPage(c, tools, id, { employer: { employerId, values: form, errors: result.errors } });
    return c.redirect(withNotice(`${eventPath(id)}#werkgevers`, 'werkgever'), 303);
  });

  web.post(
    '/beheer/meet-and-greets/:id/werkgevers/:employerId/antwoord',
    tools.signedIn,
    tools.admin,
    tools.csrf,
    async (c) => {
      const { ctx } = pageContext(c, deps);
      const id = idParam(c);
      const employerId = idParam(c, 'employerId');
      const values = await readForm(c);
      const parsed = employerAnswerSchema.safeParse({
        answer: values.answer,
        version: Number(values.version),
      });
      if (!parsed.success) return eventPage(c, tools, id, { problem: 'Kies Komt of Komt niet.' });
      try {
        await answerForEmployer(ctx, id, employerId, parsed.data);
      } catch (error) {
        ctx.em.clear();
        return eventPage(c, tools, id, { problem: refusal(error) });
      }
      return c.redirect(withNotice(eventPath(id), 'werkgever-antwoord'), 303);
    },
  );

  web.post(
    '/beheer/meet-and-greets/:id/werkzoekenden',
    tools.signedIn,
    tools.admin,
    tools.csrf,
    async (c) => {
      const { ctx } = pageContext(c, deps);
      const id = idParam(c);
      const values = await readForm(c);
      const result = await submitToService(
        ctx,
        inviteJobSeekerSchema,
        { jobSeekerId: values.jobSeekerId ?? '' },
        (input) => inviteJobSeeker(ctx, id, input.jobSeekerId),
        { messages: { jobSeekerId: 'Kies wie je uitnodigt.' }, fieldOf: () => 'jobSeekerId' },
      ).catch((error) => ({ ok: false as const, errors: { jobSeekerId: refusal(error) } }));
      if (!result.ok) return eventPage(c, tools, id, { person: { values, errors: result.errors } });
      return c.redirect(withNotice(`${eventPath(id)}#werkzoekenden`, 'persoon'), 303);
    },
  );

  web.post(
    '/beheer/meet-and-greets/:id/werkzoekenden/:jobSeekerId/antwoord',
    tools.signedIn,
    tools.admin,
    tools.csrf,
    async (c) => {
      const { ctx } = pageContext(c, deps);
      const id = idParam(c);
      const jobSeekerId = idParam(c, 'jobSeekerId');
      const values = await readForm(c);
      const parsed = jobSeekerAnswerSchema.safeParse({
        answer: values.answer,
        version: Number(values.version),
      });
      if (!parsed.success) return eventPage(c, tools, id, { problem: 'Kies Komt of Komt niet.' });
      try {
        await answerForJobSeeker(ctx, id, jobSeekerId, parsed.data);
      } catch (error) {
        ctx.em.clear();
        return eventPage(c, tools, id, { problem: refusal(error) });
      }
      return c.redirect(withNotice(eventPath(id), 'persoon-antwoord'), 303);
    },
  );

  web.post('/beheer/meet-and-greets/:id/shortlists', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    try {
      await buildShortlists(ctx, id, matchingOf(deps));
    } catch (error) {
      ctx.em.clear();
      return eventPage(c, tools, id, { problem: refusal(error) });
    }
    return c.redirect(withNotice(`${eventPath(id)}#shortlists`, 'shortlists'), 303);
  });

  web.get('/beheer/meet-and-greets/:id/shortlists/:vacancyId', tools.signedIn, tools.admin, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    const shortlist = await getShortlist(ctx, id, idParam(c, 'vacancyId'), matchingOf(deps));
    return c.html(
      <Page title={`Shortlist ${shortlist.vacancyTitle}`} signedIn={me} section="meetAndGreets">
        <p class="utrecht-paragraph">
          <Link href={`${eventPath(id)}#shortlists`}>Terug naar de Meet & Greet</Link>
        </p>
        <Heading1>Shortlist: {shortlist.vacancyTitle}</Heading1>
        <Paragraph lead>
          {shortlist.employerName}.{' '}
          {shortlist.reviewOpen
            ? 'De werkgever kan nog aangeven wie die wil spreken.'
            : 'Het schema ligt vast: de keuzes staan vast.'}
        </Paragraph>
        {shortlist.items.length ? (
          <Table
            caption="Best passend eerst"
            head={['Plek', 'Naam', 'Code voor de werkgever', 'Keuze van de werkgever', 'Reden']}
          >
            {shortlist.items.map((item) =>
              item.view === 'STAFF' ? (
                <Row>
                  <Cell label="Plek">{item.candidate.rank}</Cell>
                  <Cell label="Naam">{item.candidate.fullName}</Cell>
                  <Cell label="Code voor de werkgever">{item.candidate.candidateCode}</Cell>
                  <Cell label="Keuze van de werkgever">{item.wishLabel ?? 'Nog niet gekozen'}</Cell>
                  <Cell label="Reden">
                    {[item.wishReasonLabel, item.wishNote].filter(Boolean).join(': ') || '—'}
                  </Cell>
                </Row>
              ) : null,
            )}
          </Table>
        ) : (
          <Paragraph>Er staat nog niemand op deze shortlist.</Paragraph>
        )}
      </Page>,
    );
  });

  web.post('/beheer/meet-and-greets/:id/gehouden', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const values = await readForm(c);
    try {
      await recordHeld(
        ctx,
        id,
        {
          absentJobSeekerIds: ticked(values, 'absentPerson'),
          absentEmployerIds: ticked(values, 'absentEmployer'),
          version: Number(values.version),
        },
        matchingOf(deps),
      );
    } catch (error) {
      ctx.em.clear();
      return eventPage(c, tools, id, { problem: refusal(error) });
    }
    return c.redirect(withNotice(`${eventPath(id)}#wie-kwam`, 'gehouden'), 303);
  });
}
