import type { Hono } from 'hono';
import { say } from '../../http/messages';
import { notFound } from '../../http/problem';
import type { EmployerWish } from '../../modules/meet-and-greets/allocation';
import { getMeetAndGreet, listMeetAndGreets } from '../../modules/meet-and-greets/event.service';
import { employerAnswerSchema } from '../../modules/meet-and-greets/meet-and-greet.schemas';
import { type WishReason, wishes, wishReasons } from '../../modules/meet-and-greets/meet-and-greet-rules';
import { answerForEmployer } from '../../modules/meet-and-greets/participation.service';
import { getEmployerAgenda } from '../../modules/meet-and-greets/schedule.service';
import { markCandidateSchema } from '../../modules/meet-and-greets/shortlist.schemas';
import { getShortlist, markCandidate } from '../../modules/meet-and-greets/shortlist.service';
import { readForm } from '../form-input';
import { formatNumber } from '../labels';
import { CheckboxGroup } from '../layout/choice-fields';
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
import { matchingOf, refusalMessage, ticked, typedNumber } from '../programme/meet-and-greet-tools';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import { Fit } from './candidates';
import {
  dayListPath,
  type EmployerTools,
  meetAndGreetPath,
  meetAndGreetsPath,
  shortlistPagePath,
} from './employer-tools';

type Event = Awaited<ReturnType<typeof getMeetAndGreet>>;
type Shortlist = Awaited<ReturnType<typeof getShortlist>>;
type ShortlistItem = Shortlist['items'][number];
type Agenda = Awaited<ReturnType<typeof getEmployerAgenda>>;

/** The employer's marks, in the words of the form. */
export const wishLabels: Record<EmployerWish, string> = {
  WANT: 'Graag spreken',
  MAYBE: 'Misschien',
  NO: 'Liever niet',
};

/** The reasons a mark can have, in the words of the form: about the work only. */
export const markReasonLabels: Record<WishReason, string> = {
  SKILLS_FIT: 'De vaardigheden passen goed bij het werk',
  INTERESTS_FIT: 'De interesse past bij het werk',
  WANT_TO_KNOW_MORE: 'Ik wil in een gesprek meer weten over wat iemand kan',
  COMPETENCE_GAP: 'Een vaardigheid die het werk vraagt, ontbreekt nog',
  HOURS_DO_NOT_FIT: 'De uren passen niet bij het werk',
  TRAVEL_DISTANCE: 'De reis naar de werkplek is te ver',
  ENOUGH_CANDIDATES: 'Ik heb al genoeg kandidaten voor een gesprek',
  OTHER: 'Een andere reden over het werk (schrijf die op)',
};

/**
 * The mark as the form sends it: the API's own input, and for "liever niet" a reason is needed —
 * a reason from the list, which is about the work and never about the person.
 */
export const markFormSchema = markCandidateSchema.superRefine((mark, context) => {
  if (mark.wish === 'NO' && !mark.reasonCode)
    context.addIssue({
      code: 'custom',
      path: ['reasonCode'],
      message: say({
        nl: 'Kies bij "liever niet" een reden over het werk.',
        en: 'A reason is required with NO.',
      }),
    });
});

const NOTICES: Record<string, string> = {
  ACCEPT: 'Uw aanmelding is opgeslagen. U komt naar de Meet & Greet.',
  DECLINE: 'Opgeslagen dat u niet komt.',
  gemarkeerd: 'Uw keuze is opgeslagen.',
};

const roundsLabel = (event: Event, rounds: number[] | null) =>
  rounds === null || rounds.length === event.rounds
    ? 'Alle rondes'
    : rounds
        .map((round) => {
          const time = event.roundTimes[round - 1];
          return time ? `ronde ${round} (${time.startTime}–${time.endTime})` : `ronde ${round}`;
        })
        .join(', ');

function EventList({ me, events }: { me: SignedIn; events: Event[] }) {
  return (
    <Page title="Meet & Greets" signedIn={me} section="meetAndGreets">
      <Heading1>Meet & Greets</Heading1>
      <Paragraph lead>
        Bij een Meet & Greet maakt u kennis met werkzoekenden. U ziet vooraf een lijst met kandidaatcodes,
        geen namen. U kiest wie u graag spreekt.
      </Paragraph>
      {events.length ? (
        <Table
          caption="Meet & Greets waarvoor u bent uitgenodigd"
          head={['Datum', 'Waar', 'Uw antwoord', 'Stand']}
        >
          {events.map((event) => (
            <Row>
              <Cell label="Datum">
                <Link href={meetAndGreetPath(event.id)}>
                  {event.title}, {event.dateLabel}
                </Link>
              </Cell>
              <Cell label="Waar">{event.place}</Cell>
              <Cell label="Uw antwoord">{event.ownInvitation?.statusLabel ?? '–'}</Cell>
              <Cell label="Stand">{event.statusLabel}</Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <Paragraph>U bent nog niet uitgenodigd voor een Meet & Greet.</Paragraph>
      )}
    </Page>
  );
}

function EventPage({
  me,
  event,
  values,
  errors = {},
  notice,
}: {
  me: SignedIn;
  event: Event;
  values?: FormValues | undefined;
  errors?: FieldErrors;
  notice?: string | undefined;
}) {
  const invitation = event.ownInvitation;
  if (!invitation) throw notFound({ nl: 'Deze pagina', en: 'Page' });
  const planned = event.status === 'PLANNED';
  const form: FormValues = values ?? {
    tables: String(invitation.tables),
    ...Object.fromEntries(
      event.roundTimes
        .filter((time) => !invitation.availableRounds || invitation.availableRounds.includes(time.round))
        .map((time) => [`rounds.${time.round}`, 'ja']),
    ),
  };
  return (
    <Page title={`Meet & Greet: ${event.title}`} signedIn={me} section="meetAndGreets">
      <Paragraph>
        <Link href={meetAndGreetsPath}>Terug naar alle Meet & Greets</Link>
      </Paragraph>
      <Heading1>{event.title}</Heading1>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Facts
        items={[
          ['Wanneer', `${event.dateLabel}, vanaf ${event.startTime}`],
          ['Waar', event.place],
          [
            'Rondes',
            `${event.rounds} rondes van ${event.roundMinutes} minuten, met ${event.breakMinutes} minuten pauze ertussen`,
          ],
          ['Stand', event.statusLabel],
          ['Uw antwoord', invitation.statusLabel],
          ...(invitation.status === 'ACCEPTED'
            ? ([
                ['Tafels', invitation.tables === 1 ? '1 tafel' : `${invitation.tables} tafels tegelijk`],
                ['Aanwezig in', roundsLabel(event, invitation.availableRounds)],
              ] as [string, string][])
            : []),
        ]}
      />

      <Heading2 id="antwoord">Uw antwoord</Heading2>
      {planned ? (
        <PostForm action={`${meetAndGreetPath(event.id)}/antwoord`} csrfToken={me.csrfToken}>
          <ErrorSummary errors={errors} order={['tables', 'availableRounds']} />
          <input type="hidden" name="version" value={String(invitation.version)} />
          <TextField
            name="tables"
            label="Aan hoeveel tafels tegelijk voert u gesprekken?"
            description="Eén tafel is één gesprek tegelijk. Met twee collega's kunt u twee tafels nemen."
            inputmode="numeric"
            value={form.tables}
            error={errors.tables}
          />
          <CheckboxGroup
            name="rounds"
            label="In welke rondes bent u er?"
            options={event.roundTimes.map((time) => ({
              value: String(time.round),
              label: `Ronde ${time.round}: ${time.startTime}–${time.endTime}`,
            }))}
            checked={new Set(ticked(form, 'rounds'))}
            error={errors.availableRounds}
          />
          <div class="button-row">
            <SubmitButton name="answer" value="ACCEPT">
              Wij komen
            </SubmitButton>
            {invitation.status !== 'DECLINED' ? (
              <SubmitButton name="answer" value="DECLINE" variant="secondary">
                Wij komen niet
              </SubmitButton>
            ) : null}
          </div>
        </PostForm>
      ) : (
        <Paragraph>
          {event.status === 'SCHEDULE_FIXED'
            ? 'Het gesprekkenschema ligt vast. Kunt u toch niet komen? Neem dan contact op met Warm Rotterdam.'
            : 'U kunt het antwoord niet meer veranderen.'}
        </Paragraph>
      )}

      <Heading2 id="shortlists">Uw vacatures en hun shortlists</Heading2>
      <Paragraph>
        Per vacature staan de kandidaten die het best passen. U kiest per kandidaat: graag spreken, misschien
        of liever niet. Dat kan tot het gesprekkenschema vastligt.
      </Paragraph>
      {invitation.vacancies.length ? (
        <ul class="utrecht-unordered-list">
          {invitation.vacancies.map((vacancy) => (
            <li>
              <Link href={shortlistPagePath(event.id, vacancy.vacancyId)}>Shortlist {vacancy.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Er staat nog geen vacature van u op deze Meet & Greet.</Paragraph>
      )}

      <Heading2 id="gesprekkenlijst">Uw gesprekken op de dag</Heading2>
      {event.scheduleState === 'FIXED' && invitation.status === 'ACCEPTED' ? (
        <ul class="utrecht-unordered-list">
          <li>
            <Link href={dayListPath(event.id)}>Gesprekkenlijst om af te drukken</Link>
          </li>
          <li>
            <Link href={`/agenda/meet-and-greets/${event.id}.ics`}>Zet de gesprekken in uw agenda</Link>
          </li>
        </ul>
      ) : (
        <Paragraph>
          De gesprekkenlijst staat hier zodra het gesprekkenschema vastligt. U krijgt dan ook een e-mail.
        </Paragraph>
      )}
    </Page>
  );
}

function CandidateMark({
  me,
  shortlist,
  item,
  values,
  errors,
}: {
  me: SignedIn;
  shortlist: Shortlist;
  item: ShortlistItem;
  values?: FormValues | undefined;
  errors?: FieldErrors | undefined;
}) {
  const code = item.candidate.candidateCode;
  const field = (name: string) => `${code}.${name}`;
  const shown = values ?? { [field('wish')]: item.wish ?? '', [field('reasonCode')]: item.wishReason ?? '' };
  const fieldErrors = Object.fromEntries(
    Object.entries(errors ?? {}).map(([name, message]) => [name === '_form' ? name : field(name), message]),
  );
  return (
    <li class="candidate-card" id={`kandidaat-${code}`}>
      <h3 class="utrecht-heading-3">
        {item.candidate.rank}. Kandidaat {code}
      </h3>
      <Paragraph>
        Past voor {Math.round(item.candidate.score * 100)}%.
        {item.candidate.distanceKm !== null
          ? ` Woont ongeveer ${formatNumber(Math.round(item.candidate.distanceKm))} km van de werkplek.`
          : ''}{' '}
        Wil {item.candidate.wantedHours.min} tot {item.candidate.wantedHours.max} uur per week werken.
      </Paragraph>
      {item.candidate.summaryForEmployers ? (
        <blockquote class="candidate-card__summary">
          <Paragraph>{item.candidate.summaryForEmployers}</Paragraph>
        </blockquote>
      ) : null}
      <Fit candidate={item.candidate} />
      <Paragraph>
        <strong>Uw keuze:</strong>{' '}
        {item.wish
          ? `${wishLabels[item.wish]}${item.wishReason ? ` (${markReasonLabels[item.wishReason].toLowerCase()})` : ''}`
          : 'nog niet gekozen'}
      </Paragraph>
      {shortlist.reviewOpen ? (
        <PostForm
          action={`${shortlistPagePath(shortlist.meetAndGreetId, shortlist.vacancyId)}/${code}`}
          csrfToken={me.csrfToken}
        >
          <ErrorSummary errors={fieldErrors} order={[field('wish'), field('reasonCode'), field('note')]} />
          <RadioGroup
            name={field('wish')}
            label={`Wilt u kandidaat ${code} spreken?`}
            value={shown[field('wish')]}
            error={fieldErrors[field('wish')]}
            options={wishes.map((wish) => ({ value: wish, label: wishLabels[wish] }))}
          />
          <SelectField
            name={field('reasonCode')}
            label="Waarom?"
            description='Bij "liever niet" is een reden nodig. Het gaat om het werk, niet om de persoon.'
            value={shown[field('reasonCode')]}
            error={fieldErrors[field('reasonCode')]}
            options={[
              { value: '', label: 'Kies een reden' },
              ...wishReasons.map((reason) => ({ value: reason, label: markReasonLabels[reason] })),
            ]}
            optional
          />
          <TextAreaField
            name={field('note')}
            label="Toelichting voor Warm Rotterdam"
            description="Alleen het programma leest dit. Schrijf over het werk, niet over de persoon."
            value={shown[field('note')]}
            error={fieldErrors[field('note')]}
            rows={2}
            optional
          />
          <SubmitButton variant="secondary">
            Sla de keuze op<span class="visually-hidden"> voor kandidaat {code}</span>
          </SubmitButton>
        </PostForm>
      ) : null}
    </li>
  );
}

function ShortlistPage({
  me,
  event,
  shortlist,
  form,
  notice,
}: {
  me: SignedIn;
  event: Event;
  shortlist: Shortlist;
  form?: { code: string; values: FormValues; errors: FieldErrors } | undefined;
  notice?: string | undefined;
}) {
  const marked = shortlist.items.filter((item) => item.wish).length;
  return (
    <Page title={`Shortlist: ${shortlist.vacancyTitle}`} signedIn={me} section="meetAndGreets">
      <Paragraph>
        <Link href={meetAndGreetPath(event.id)}>Terug naar de Meet & Greet</Link>
      </Paragraph>
      <Heading1>Shortlist {shortlist.vacancyTitle}</Heading1>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>
        {event.title}, {event.dateLabel}. U ziet geen namen: iedereen heeft een kandidaatcode. Wie iemand is,
        ziet u pas als die persoon daar zelf toestemming voor gaf.
      </Paragraph>
      <Paragraph>
        {shortlist.items.length === 1 ? '1 kandidaat' : `${shortlist.items.length} kandidaten`}, {marked}{' '}
        gekozen.{' '}
        {shortlist.reviewOpen
          ? 'Wie u niet kiest, telt als "misschien". Wie u "liever niet" geeft, spreekt u niet.'
          : 'Het gesprekkenschema ligt vast: de keuzes staan vast.'}
      </Paragraph>
      {shortlist.items.length ? (
        <ol class="candidate-list">
          {shortlist.items.map((item) => (
            <CandidateMark
              me={me}
              shortlist={shortlist}
              item={item}
              values={form?.code === item.candidate.candidateCode ? form.values : undefined}
              errors={form?.code === item.candidate.candidateCode ? form.errors : undefined}
            />
          ))}
        </ol>
      ) : (
        <Paragraph>
          De shortlist is nog leeg. Warm Rotterdam maakt die als de aanmeldingen binnen zijn.
        </Paragraph>
      )}
    </Page>
  );
}

/** Every table's conversations on a sheet of its own (print.css): round, time, candidate code, vacancy. */
function DayListPage({ me, event, agenda }: { me: SignedIn; event: Event; agenda: Agenda }) {
  const tables = [...new Set(agenda.rows.map((row) => row.table))].sort((a, b) => a - b);
  return (
    <Page title={`Gesprekkenlijst: ${event.title}`} signedIn={me} section="meetAndGreets">
      <div class="no-print">
        <Paragraph>
          <Link href={meetAndGreetPath(event.id)}>Terug naar de Meet & Greet</Link>
        </Paragraph>
        <Heading1>Gesprekkenlijst</Heading1>
        <Paragraph>
          Per tafel een eigen blad. Op de lijst staan kandidaatcodes, geen namen. Neem de lijst mee naar de
          Meet & Greet.
        </Paragraph>
        <p class="utrecht-paragraph">
          <button type="button" class="utrecht-button utrecht-button--primary-action" data-print hidden>
            Druk de lijst af
          </button>
        </p>
      </div>
      {tables.length ? (
        tables.map((table) => (
          <section class="print-sheet" aria-labelledby={`tafel-${table}`}>
            <h2 class="utrecht-heading-2" id={`tafel-${table}`}>
              {agenda.employerName}, tafel {table}
            </h2>
            <p class="utrecht-paragraph">
              {event.title}, {agenda.dateLabel}, {agenda.place}
            </p>
            <section
              class="utrecht-table-container utrecht-table-container--overflow-inline table-scroll"
              aria-label={`Gesprekken aan tafel ${table}`}
              tabindex={0}
            >
              <table class="utrecht-table utrecht-table--html-table print-list">
                <caption class="utrecht-table__caption">Gesprekken aan tafel {table}</caption>
                <thead class="utrecht-table__header">
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">
                      Ronde
                    </th>
                    <th class="utrecht-table__header-cell" scope="col">
                      Tijd
                    </th>
                    <th class="utrecht-table__header-cell" scope="col">
                      Kandidaat
                    </th>
                    <th class="utrecht-table__header-cell" scope="col">
                      Vacature
                    </th>
                  </tr>
                </thead>
                <tbody class="utrecht-table__body">
                  {agenda.rows
                    .filter((row) => row.table === table)
                    .map((row) => (
                      <tr class="utrecht-table__row">
                        <td class="utrecht-table__cell">{row.round}</td>
                        <td class="utrecht-table__cell">
                          {row.startTime}–{row.endTime}
                        </td>
                        <td class="utrecht-table__cell">{row.candidateCode ?? 'Niet meer beschikbaar'}</td>
                        <td class="utrecht-table__cell">{row.vacancyTitle ?? '–'}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </section>
          </section>
        ))
      ) : (
        <Paragraph>Er staan geen gesprekken op uw lijst.</Paragraph>
      )}
    </Page>
  );
}

/**
 * The employer's part of a Meet & Greet: the invitation and its answer, the blind shortlists with a
 * mark per candidate, and the conversation list to print. Candidate codes only, on every page.
 */
export function meetAndGreetPages(web: Hono<WebBindings>, tools: EmployerTools) {
  const { deps } = tools;
  const guards = [tools.signedIn, tools.employer] as const;
  const matching = matchingOf(deps);

  /** The event, only when this employer is invited to it; otherwise the page is not there. */
  const invitedEvent = async (c: WebContext, id: string) => {
    const { ctx } = pageContext(c, deps);
    const event = await getMeetAndGreet(ctx, id);
    if (!event.ownInvitation) throw notFound({ nl: 'Deze pagina', en: 'Page' });
    return event;
  };

  web.get(meetAndGreetsPath, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const page = await listMeetAndGreets(ctx, { limit: 50 });
    return c.html(<EventList me={me} events={page.items} />);
  });

  web.get(`${meetAndGreetsPath}/:id`, ...guards, async (c) => {
    const { me } = pageContext(c, deps);
    const event = await invitedEvent(c, idParam(c));
    return c.html(<EventPage me={me} event={event} notice={NOTICES[c.req.query('melding') ?? '']} />);
  });

  web.post(`${meetAndGreetsPath}/:id/antwoord`, ...guards, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    await invitedEvent(c, id);
    const values = await readForm(c);
    const accept = values.answer === 'ACCEPT';
    const rounds = ticked(values, 'rounds').map(Number);
    const input = {
      answer: values.answer ?? '',
      version: Number(values.version),
      ...(accept ? { tables: typedNumber(values.tables), availableRounds: rounds.length ? rounds : [] } : {}),
    };
    const saved: Submitted<unknown> = await submitToService(
      ctx,
      employerAnswerSchema,
      input,
      (data) => answerForEmployer(ctx, id, ctx.actor.organisationId, data),
      {
        fieldOf: (path) => String(path[0] ?? '_form'),
        messages: {
          tables: 'Vul een aantal tafels in van 1 tot 20.',
          availableRounds: 'Kies minstens één ronde waarin u er bent.',
          answer: 'Kies of u komt.',
        },
      },
    ).catch((error) => {
      ctx.em.clear();
      return { ok: false as const, errors: { _form: refusalMessage(error) } };
    });
    if (!saved.ok) {
      const event = await invitedEvent(c, id);
      return c.html(<EventPage me={me} event={event} values={values} errors={saved.errors} />, 422);
    }
    return c.redirect(withNotice(meetAndGreetPath(id), accept ? 'ACCEPT' : 'DECLINE'), 303);
  });

  web.get(`${meetAndGreetsPath}/:id/vacatures/:vacancyId`, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    const event = await invitedEvent(c, id);
    const shortlist = await getShortlist(ctx, id, idParam(c, 'vacancyId'), matching);
    return c.html(
      <ShortlistPage
        me={me}
        event={event}
        shortlist={shortlist}
        notice={NOTICES[c.req.query('melding') ?? '']}
      />,
    );
  });

  web.post(`${meetAndGreetsPath}/:id/vacatures/:vacancyId/:code`, ...guards, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    const vacancyId = idParam(c, 'vacancyId');
    const code = c.req.param('code');
    if (!/^K-[A-Z0-9]{6}$/.test(code)) throw notFound({ nl: 'Deze pagina', en: 'Page' });
    const event = await invitedEvent(c, id);
    const values = await readForm(c);
    const typed = (name: string) => values[`${code}.${name}`]?.trim() ?? '';
    const input = {
      wish: typed('wish'),
      reasonCode: typed('reasonCode') || null,
      note: typed('note') || null,
    };
    const saved: Submitted<unknown> = await submitToService(
      ctx,
      markFormSchema,
      input,
      (data) => markCandidate(ctx, id, vacancyId, code, data, matching),
      {
        messages: {
          wish: 'Kies graag spreken, misschien of liever niet.',
          reasonCode: 'Kies bij "liever niet" een reden over het werk.',
          note: 'Schrijf een toelichting van hoogstens 2000 tekens.',
        },
      },
    ).catch((error) => {
      ctx.em.clear();
      return { ok: false as const, errors: { _form: refusalMessage(error) } };
    });
    if (!saved.ok) {
      const shortlist = await getShortlist(ctx, id, vacancyId, matching);
      return c.html(
        <ShortlistPage
          me={me}
          event={event}
          shortlist={shortlist}
          form={{ code, values, errors: saved.errors }}
        />,
        422,
      );
    }
    return c.redirect(`${withNotice(shortlistPagePath(id, vacancyId), 'gemarkeerd')}#kandidaat-${code}`, 303);
  });

  web.get(`${meetAndGreetsPath}/:id/gesprekkenlijst`, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    const event = await invitedEvent(c, id);
    if (event.scheduleState !== 'FIXED' || event.ownInvitation?.status !== 'ACCEPTED')
      throw notFound({ nl: 'Deze pagina', en: 'Page' });
    const agenda = await getEmployerAgenda(ctx, id, ctx.actor.organisationId, matching);
    return c.html(<DayListPage me={me} event={event} agenda={agenda} />);
  });
}
