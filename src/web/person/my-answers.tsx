import type { Hono } from 'hono';
import { z } from 'zod';
import { AppError, notFound, ProblemCode } from '../../http/problem';
import { answerOwnCandidacy } from '../../modules/candidacies/own-candidacy.service';
import { ownAgendaIcs } from '../../modules/meet-and-greets/calendar/person-agenda-ics';
import { answerOwnInvitation } from '../../modules/meet-and-greets/participation.service';
import { getOwnAgenda } from '../../modules/meet-and-greets/schedule.service';
import { getOwnRecord } from '../../modules/own-record/own-record.service';
import { readForm } from '../form-input';
import { Alert, Facts, Heading1, Heading2, Paragraph } from '../layout/components';
import { PostForm, SubmitButton } from '../layout/form';
import { Page } from '../layout/page';
import type { WebBindings, WebContext } from '../web-context';
import { renderError } from '../web-errors';
import type { PersonPageTools } from './person.routes';
import { personContext } from './person-page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const uuidParam = (c: WebContext, name: string) => {
  const value = c.req.param(name) ?? '';
  if (!UUID.test(value)) throw notFound({ nl: 'Deze pagina', en: 'Page' });
  return value;
};

const eventAnswerSchema = z
  .object({ answer: z.enum(['ACCEPT', 'DECLINE']), version: z.coerce.number().int().min(1) })
  .strict();
const matchAnswerSchema = z
  .object({ answer: z.enum(['YES', 'NO']), version: z.coerce.number().int().min(1) })
  .strict();

/** A refusal that says "this changed in the meantime": shown as a notice, never a 500. */
const isStale = (error: unknown) =>
  error instanceof AppError &&
  (
    [
      ProblemCode.VersionConflict,
      ProblemCode.Conflict,
      ProblemCode.InvalidTransition,
      ProblemCode.ValidationFailed,
    ] as ProblemCode[]
  ).includes(error.code);

/**
 * "Ja of nee": the person says yes or no to a Meet & Greet invitation and to a proposed match,
 * without a reason, and takes their Meet & Greet schedule along (a page to print and a calendar
 * file). A no takes them off that one event or vacancy; nothing else changes.
 */
export function myAnswersPages(web: Hono<WebBindings>, tools: PersonPageTools) {
  web.get('/mijn-gegevens/ja-of-nee', ...tools.person, async (c) => {
    const { ctx, me, t, language } = personContext(c, tools.deps);
    const record = await getOwnRecord(ctx);
    const a = t.answers;
    const saved = c.req.query('gelukt') as keyof typeof a.saved | undefined;
    const failed = c.req.query('fout') !== undefined;
    const events = record.meetAndGreets;
    const matches = record.matches.filter((match) => match.open);
    return c.html(
      <Page title={a.title} signedIn={me} section="answers" language={language}>
        <Heading1>{a.title}</Heading1>
        {saved && a.saved[saved] ? (
          <Alert kind="ok" live>
            <Paragraph>{a.saved[saved]}</Paragraph>
          </Alert>
        ) : null}
        {failed ? (
          <Alert kind="warning" live>
            <Paragraph>{a.failed}</Paragraph>
          </Alert>
        ) : null}
        <Paragraph lead>{a.lead}</Paragraph>

        <Heading2 id="meet-and-greets-ja-nee">{a.events}</Heading2>
        {events.length ? (
          events.map((event) => (
            <section class="record-card" aria-labelledby={`event-${event.meetAndGreetId}`}>
              <h3 class="utrecht-heading-3" id={`event-${event.meetAndGreetId}`}>
                {event.title}
              </h3>
              <Facts
                items={[
                  [t.record.eventFacts.when, t.record.at(t.date(event.date), event.startTime)],
                  [t.record.eventFacts.where, event.place],
                ]}
              />
              <p class="utrecht-paragraph consent-card__answer">
                {a.eventAnswer(t.invitation[event.status] ?? event.status)}
              </p>
              {event.open ? (
                <PostForm
                  action={`/mijn-gegevens/ja-of-nee/meet-and-greets/${event.meetAndGreetId}`}
                  csrfToken={me.csrfToken}
                  class="answer-buttons"
                >
                  <input type="hidden" name="version" value={String(event.version)} />
                  {event.status !== 'ACCEPTED' ? (
                    <SubmitButton name="answer" value="ACCEPT">
                      {a.yesCome}
                    </SubmitButton>
                  ) : null}
                  {event.status !== 'DECLINED' ? (
                    <SubmitButton name="answer" value="DECLINE" variant="secondary">
                      {a.noCome}
                    </SubmitButton>
                  ) : null}
                </PostForm>
              ) : (
                <Paragraph>{a.closed}</Paragraph>
              )}
              {event.status === 'ACCEPTED' || event.scheduleFixed ? (
                <>
                  <h4 class="utrecht-heading-4">{a.schedule}</h4>
                  {event.scheduleFixed ? (
                    <ul class="utrecht-unordered-list record-list">
                      <li class="utrecht-unordered-list__item">
                        <a
                          class="utrecht-link"
                          href={`/mijn-gegevens/meet-and-greets/${event.meetAndGreetId}/schema`}
                        >
                          {a.schedulePrint}
                        </a>
                      </li>
                      <li class="utrecht-unordered-list__item">
                        <a
                          class="utrecht-link"
                          href={`/mijn-gegevens/meet-and-greets/${event.meetAndGreetId}/agenda.ics`}
                          download
                        >
                          {a.scheduleIcs}
                        </a>
                      </li>
                    </ul>
                  ) : (
                    <Paragraph>{a.scheduleNotYet}</Paragraph>
                  )}
                </>
              ) : null}
            </section>
          ))
        ) : (
          <Paragraph>{t.record.noEvents}</Paragraph>
        )}

        <Heading2 id="voorstellen-ja-nee">{a.matches}</Heading2>
        {matches.length ? (
          matches.map((match) => (
            <section class="record-card" aria-labelledby={`match-${match.id}`}>
              <h3 class="utrecht-heading-3" id={`match-${match.id}`}>
                {t.record.workTitle(match.job, match.employer)}
              </h3>
              <Paragraph>
                {t.candidacy[match.status] ?? match.status}.
                {match.youSaidYesAt ? ` ${t.record.youSaidYes(t.date(match.youSaidYesAt))}` : ''}
              </Paragraph>
              <PostForm
                action={`/mijn-gegevens/ja-of-nee/voorstellen/${match.id}`}
                csrfToken={me.csrfToken}
                class="answer-buttons"
              >
                <input type="hidden" name="version" value={String(match.version)} />
                {match.youSaidYesAt ? null : (
                  <SubmitButton name="answer" value="YES">
                    {a.yesMatch}
                  </SubmitButton>
                )}
                <SubmitButton name="answer" value="NO" variant="secondary">
                  {a.noMatch}
                </SubmitButton>
              </PostForm>
            </section>
          ))
        ) : (
          <Paragraph>{a.noneOpen}</Paragraph>
        )}
      </Page>,
    );
  });

  web.post('/mijn-gegevens/ja-of-nee/meet-and-greets/:id', ...tools.person, tools.csrf, async (c) => {
    const { ctx } = personContext(c, tools.deps);
    const id = uuidParam(c, 'id');
    const parsed = eventAnswerSchema.safeParse(await readForm(c));
    if (!parsed.success) return renderError(c, 'badRequest');
    try {
      await answerOwnInvitation(ctx, id, parsed.data);
    } catch (error) {
      if (isStale(error)) return c.redirect('/mijn-gegevens/ja-of-nee?fout', 303);
      throw error;
    }
    return c.redirect(`/mijn-gegevens/ja-of-nee?gelukt=${parsed.data.answer}`, 303);
  });

  web.post('/mijn-gegevens/ja-of-nee/voorstellen/:id', ...tools.person, tools.csrf, async (c) => {
    const { ctx } = personContext(c, tools.deps);
    const id = uuidParam(c, 'id');
    const parsed = matchAnswerSchema.safeParse(await readForm(c));
    if (!parsed.success) return renderError(c, 'badRequest');
    try {
      await answerOwnCandidacy(ctx, id, parsed.data);
    } catch (error) {
      if (isStale(error)) return c.redirect('/mijn-gegevens/ja-of-nee?fout', 303);
      throw error;
    }
    return c.redirect(`/mijn-gegevens/ja-of-nee?gelukt=${parsed.data.answer}`, 303);
  });

  // The schedule: a page to print (print stylesheet) and a calendar file. Before the schedule is
  // fixed, or for an event the person was not invited to, the page does not exist.
  web.get('/mijn-gegevens/meet-and-greets/:id/schema', ...tools.person, async (c) => {
    const { ctx, me, t, language } = personContext(c, tools.deps);
    const agenda = await ownAgendaOrNotFound(ctx, uuidParam(c, 'id'));
    const a = t.answers;
    return c.html(
      <Page title={a.scheduleTitle} signedIn={me} section="answers" language={language}>
        <Heading1>{a.scheduleTitle}</Heading1>
        <Facts
          items={[
            [t.record.eventFacts.when, t.record.at(t.date(agenda.eventDate), agenda.startTime)],
            [t.record.eventFacts.where, agenda.place],
          ]}
        />
        <h2 class="utrecht-heading-2">{agenda.title}</h2>
        {agenda.declined ? (
          <Paragraph>{a.eventAnswer(t.invitation.DECLINED ?? '')}</Paragraph>
        ) : agenda.rows.length ? (
          <ul class="utrecht-unordered-list record-list">
            {agenda.rows.map((row) => (
              <li class="utrecht-unordered-list__item">
                {t.record.conversation(row.round, row.startTime, row.endTime, row.employerName)}
                {row.vacancyTitles.length ? ` (${row.vacancyTitles.join(', ')})` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{a.scheduleNotYet}</Paragraph>
        )}
        <p class="utrecht-paragraph no-print">
          <button type="button" class="utrecht-button utrecht-button--primary-action" data-print hidden>
            {a.print}
          </button>
        </p>
        <p class="utrecht-paragraph no-print">
          <a
            class="utrecht-link"
            href={`/mijn-gegevens/meet-and-greets/${agenda.meetAndGreetId}/agenda.ics`}
            download
          >
            {a.scheduleIcs}
          </a>
        </p>
        <p class="utrecht-paragraph no-print">
          <a class="utrecht-link" href="/mijn-gegevens/ja-of-nee">
            {a.back}
          </a>
        </p>
      </Page>,
    );
  });

  web.get('/mijn-gegevens/meet-and-greets/:id/agenda.ics', ...tools.person, async (c) => {
    const { ctx } = personContext(c, tools.deps);
    const id = uuidParam(c, 'id');
    let text: string;
    try {
      text = await ownAgendaIcs(ctx, id);
    } catch (error) {
      if (error instanceof AppError && error.code === ProblemCode.Conflict)
        throw notFound({ nl: 'Deze pagina', en: 'Page' });
      throw error;
    }
    return c.body(text, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="meet-and-greet-${id}.ics"`,
    });
  });
}

/** A schedule that is not fixed yet is, for the person, a page that does not exist yet. */
async function ownAgendaOrNotFound(ctx: Parameters<typeof getOwnAgenda>[0], id: string) {
  try {
    return await getOwnAgenda(ctx, id);
  } catch (error) {
    if (error instanceof AppError && error.code === ProblemCode.Conflict)
      throw notFound({ nl: 'Deze pagina', en: 'Page' });
    throw error;
  }
}
