import type { Hono } from 'hono';
import { AppError, ProblemCode } from '../../http/problem';
import { getMeetAndGreet } from '../../modules/meet-and-greets/event.service';
import { listEventEmployers, listParticipants } from '../../modules/meet-and-greets/participation.service';
import type { ScheduleView } from '../../modules/meet-and-greets/schedule.schemas';
import {
  adjustSchedule,
  fixSchedule,
  getSchedule,
  proposeSchedule,
} from '../../modules/meet-and-greets/schedule.service';
import { getShortlist } from '../../modules/meet-and-greets/shortlist.service';
import { readForm } from '../form-input';
import { Alert, Heading1, Heading2, Link, Paragraph } from '../layout/components';
import { type FieldErrors, type FormValues, fieldId, PostForm, SubmitButton } from '../layout/form';
import { Page } from '../layout/page';
import { plainServiceMessage, withNotice } from '../lifecoach/form-submit';
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { WebBindings, WebContext } from '../web-context';
import { eventPath, listsPath, matchingOf, STALE_MESSAGE, schedulePath } from './meet-and-greet-tools';
import type { ProgrammeTools } from './programme-tools';

const notices: Record<string, string> = {
  voorgesteld: 'Er is een nieuw voorstel gemaakt. Bekijk het, pas het aan als dat nodig is, en leg het vast.',
  opgeslagen: 'Je wijzigingen zijn opgeslagen. Het schema houdt zich aan alle regels.',
  vastgelegd: 'Het schema ligt vast. Druk nu de lijsten af.',
};

/** The name of one cell of the grid: employer, table (from 1), round (from 1). */
export const cellName = (employerId: string, table: number, round: number) =>
  `gesprek.${employerId}.${table}.${round}`;

type Table = {
  employerId: string;
  employerName: string;
  table: number;
  tables: number;
  availableRounds: number[] | null;
};

/** Today's conversations laid out over the tables: in each round an employer's conversations fill its tables in order. */
export function cellsOf(schedule: Pick<ScheduleView, 'conversations'>, tables: readonly Table[]): FormValues {
  const values: FormValues = {};
  const used = new Map<string, number>();
  for (const conversation of [...schedule.conversations].sort((a, b) =>
    a.fullName.localeCompare(b.fullName, 'nl'),
  )) {
    const key = `${conversation.employerId}/${conversation.round}`;
    const table = (used.get(key) ?? 0) + 1;
    used.set(key, table);
    const max = tables.find((t) => t.employerId === conversation.employerId)?.tables ?? 1;
    // More conversations than tables can only come from an old schedule: the extra ones go on the last table's row.
    values[cellName(conversation.employerId, Math.min(table, max), conversation.round)] =
      conversation.jobSeekerId;
  }
  return values;
}

type GridState = {
  values?: FormValues;
  /** Per cell: every broken rule there, joined (shown at the cell). */
  errors: FieldErrors;
  /** Every broken rule, with the cell it belongs to (or `_form`), for the summary at the top. */
  problemsAt?: { name: string; message: string }[];
  problems: string[];
  status: 409 | 422;
};

async function gridPage(c: WebContext, tools: ProgrammeTools, id: string, state?: GridState) {
  const { ctx, me } = pageContext(c, tools.deps);
  const matching = matchingOf(tools.deps);
  const event = await getMeetAndGreet(ctx, id);
  const schedule = await getSchedule(ctx, id, matching);
  const employers = (await listEventEmployers(ctx, id)).items.filter(
    (employer) => employer.status === 'ACCEPTED',
  );
  const people = (await listParticipants(ctx, id, { limit: 100, status: 'ACCEPTED' })).items.sort((a, b) =>
    a.fullName.localeCompare(b.fullName, 'nl'),
  );
  const tables: Table[] = employers.flatMap((employer) =>
    Array.from({ length: employer.tables }, (_, index) => ({
      employerId: employer.employerId,
      employerName: employer.employerName,
      table: index + 1,
      tables: employer.tables,
      availableRounds: employer.availableRounds,
    })),
  );
  const onShortlist = new Map<string, Set<string>>();
  for (const employer of employers) {
    const ids = new Set<string>();
    for (const vacancy of employer.vacancies) {
      const list = await getShortlist(ctx, id, vacancy.vacancyId, matching);
      for (const item of list.items) if (item.view === 'STAFF') ids.add(item.candidate.jobSeekerId);
    }
    onShortlist.set(employer.employerId, ids);
  }
  const values = state?.values ?? cellsOf(schedule, tables);
  const errors = state?.errors ?? {};
  const fixed = schedule.state === 'FIXED';
  const editable = event.status === 'PLANNED';
  const nameOf = new Map(people.map((person) => [person.jobSeekerId, person.fullName]));
  const notice = notices[c.req.query('melding') ?? ''];
  const summary = schedule.summary;
  return c.html(
    <Page title={`Gesprekkenschema: ${event.title}`} signedIn={me} section="meetAndGreets">
      <p class="utrecht-paragraph no-print">
        <Link href={eventPath(id)}>Terug naar de Meet & Greet</Link>
      </p>
      <Heading1>Gesprekkenschema</Heading1>
      <Paragraph lead>
        {event.title}, {event.dateLabel}. Per ronde zit aan elke tafel één werkzoekende. Kies per vak wie daar
        zit.
      </Paragraph>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {state?.problems.length ? (
        <div
          class="utrecht-alert utrecht-alert--error error-summary"
          role="alert"
          tabindex={-1}
          aria-labelledby="fouten-titel"
          data-error-summary
        >
          <div class="utrecht-alert__content">
            <h2 class="utrecht-heading-2" id="fouten-titel">
              {state.problems.length === 1
                ? 'Dit schema breekt een regel'
                : `Dit schema breekt ${state.problems.length} regels`}
            </h2>
            <ul class="utrecht-unordered-list">
              {state.problemsAt?.length
                ? state.problemsAt.map(({ name, message }) => (
                    <li>
                      {name === '_form' ? (
                        message
                      ) : (
                        <a class="utrecht-link" href={`#${fieldId(name)}`}>
                          {message}
                        </a>
                      )}
                    </li>
                  ))
                : state.problems.map((problem) => <li>{problem}</li>)}
            </ul>
            <p class="utrecht-paragraph">
              {Object.keys(errors).length
                ? 'Er is niets opgeslagen. Wat je koos, staat hieronder nog; verander het en sla opnieuw op.'
                : 'Er is niets veranderd.'}
            </p>
          </div>
        </div>
      ) : null}
      <Paragraph>
        {schedule.state === 'NONE'
          ? 'Er is nog geen schema. Laat eerst een voorstel maken.'
          : `${summary.conversations} gesprekken. ${summary.peopleWithConversation} van de ${summary.peopleComing} werkzoekenden hebben een gesprek.`}{' '}
        {fixed ? 'Het schema ligt vast.' : ''}
      </Paragraph>
      {editable ? (
        <PostForm action={`${schedulePath(id)}/voorstel`} csrfToken={me.csrfToken} class="no-print">
          <input type="hidden" name="version" value={String(schedule.version)} />
          <Paragraph>
            Het voorstel zoekt voor zoveel mogelijk mensen een gesprek, eerst met werkgevers die hen graag
            willen spreken. Gesprekken die je met de hand hebt gezet, blijven staan.
          </Paragraph>
          <SubmitButton variant={schedule.state === 'NONE' ? 'primary' : 'secondary'}>
            {schedule.state === 'NONE' ? 'Schema voorstellen' : 'Nieuw voorstel maken'}
          </SubmitButton>
        </PostForm>
      ) : null}
      {tables.length === 0 ? (
        <Paragraph>
          Er komt nog geen werkgever. Als werkgevers “komt” hebben gezegd, verschijnen hier hun tafels.
        </Paragraph>
      ) : (
        <PostForm action={schedulePath(id)} csrfToken={me.csrfToken} class="schedule-form">
          <input type="hidden" name="version" value={String(schedule.version)} />
          <div class="utrecht-table-container utrecht-table-container--overflow-inline table-scroll schedule-grid">
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption">Rondes (kolommen) en tafels (rijen)</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    Tafel
                  </th>
                  {event.roundTimes.map((round) => (
                    <th class="utrecht-table__header-cell" scope="col">
                      Ronde {round.round}
                      <span class="schedule-grid__time">
                        {round.startTime}–{round.endTime}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {tables.map((table) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {table.employerName}
                      {table.tables > 1 ? (
                        <span class="schedule-grid__table"> tafel {table.table}</span>
                      ) : null}
                    </th>
                    {event.roundTimes.map(({ round }) => {
                      const name = cellName(table.employerId, table.table, round);
                      const chosen = values[name] ?? '';
                      const error = errors[name];
                      const absent = table.availableRounds !== null && !table.availableRounds.includes(round);
                      const shortlisted = onShortlist.get(table.employerId) ?? new Set<string>();
                      const label = `${table.employerName}${table.tables > 1 ? ` tafel ${table.table}` : ''}, ronde ${round}`;
                      return (
                        <td
                          class={`utrecht-table__cell schedule-grid__cell ${error ? 'schedule-grid__cell--invalid' : ''} ${chosen ? 'schedule-grid__cell--filled' : ''}`}
                        >
                          {editable ? (
                            <>
                              <label class="visually-hidden" for={fieldId(name)}>
                                {label}
                              </label>
                              <select
                                class={`utrecht-select utrecht-select--html-select ${error ? 'utrecht-select--invalid' : ''}`}
                                id={fieldId(name)}
                                name={name}
                                aria-invalid={error ? 'true' : undefined}
                                aria-describedby={error ? `${fieldId(name)}-fout` : undefined}
                              >
                                <option value="">{absent ? '(werkgever is er niet)' : '— leeg —'}</option>
                                <optgroup label="Op de shortlist">
                                  {people
                                    .filter((person) => shortlisted.has(person.jobSeekerId))
                                    .map((person) => (
                                      <option
                                        value={person.jobSeekerId}
                                        selected={person.jobSeekerId === chosen}
                                      >
                                        {person.fullName}
                                      </option>
                                    ))}
                                </optgroup>
                                {chosen && !nameOf.has(chosen) ? (
                                  <optgroup label="Komt niet (meer)">
                                    <option value={chosen} selected>
                                      Iemand die niet (meer) komt
                                    </option>
                                  </optgroup>
                                ) : null}
                                <optgroup label="Niet op de shortlist">
                                  {people
                                    .filter((person) => !shortlisted.has(person.jobSeekerId))
                                    .map((person) => (
                                      <option
                                        value={person.jobSeekerId}
                                        selected={person.jobSeekerId === chosen}
                                      >
                                        {person.fullName}
                                      </option>
                                    ))}
                                </optgroup>
                              </select>
                              {error ? (
                                <span
                                  class="utrecht-form-field-error-message schedule-grid__error"
                                  id={`${fieldId(name)}-fout`}
                                >
                                  {error}
                                </span>
                              ) : null}
                            </>
                          ) : (
                            <span>{chosen ? (nameOf.get(chosen) ?? '—') : '—'}</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {editable ? <SubmitButton>Wijzigingen opslaan</SubmitButton> : null}
        </PostForm>
      )}
      {schedule.withoutConversation.length ? (
        <>
          <Heading2>Nog zonder gesprek</Heading2>
          <ul class="utrecht-unordered-list">
            {schedule.withoutConversation.map((person) => (
              <li>{person.fullName}</li>
            ))}
          </ul>
        </>
      ) : null}
      {editable && schedule.state === 'PROPOSED' ? (
        <section aria-labelledby="vastleggen" class="no-print">
          <Heading2 id="vastleggen">Schema vastleggen</Heading2>
          <Paragraph>
            Als het schema vastligt, kan het niet meer veranderen. De keuzes van de werkgevers worden dan
            stappen: wie een gesprek heeft, staat op de shortlist; een “nee” wordt “niet gekozen”, met de
            reden.
          </Paragraph>
          <PostForm action={`${schedulePath(id)}/vastleggen`} csrfToken={me.csrfToken}>
            <input type="hidden" name="version" value={String(schedule.version)} />
            <SubmitButton>Schema vastleggen</SubmitButton>
          </PostForm>
        </section>
      ) : null}
      {fixed ? (
        <p class="utrecht-paragraph no-print">
          <Link href={listsPath(id)}>Lijsten afdrukken</Link>
        </p>
      ) : null}
    </Page>,
    state?.status ?? 200,
  );
}

/** Every message of a refused schedule step, in the Dutch of the service (names, rounds, rules). */
const problemsOf = (error: AppError): string[] =>
  error.code === ProblemCode.VersionConflict
    ? [STALE_MESSAGE]
    : error.errors?.length
      ? [...new Set(error.errors.map((e) => plainServiceMessage(e.message)))]
      : [error.detail];

const refused = (error: unknown): AppError => {
  if (error instanceof AppError && [409, 422].includes(error.status)) return error;
  throw error;
};

/** Propose, adjust by hand in a grid of rounds × tables, and fix the conversation schedule. */
export function scheduleGridPages(web: Hono<WebBindings>, tools: ProgrammeTools) {
  const { deps } = tools;

  web.get('/beheer/meet-and-greets/:id/schema', tools.signedIn, tools.admin, (c) =>
    gridPage(c, tools, idParam(c)),
  );

  web.post(
    '/beheer/meet-and-greets/:id/schema/voorstel',
    tools.signedIn,
    tools.admin,
    tools.csrf,
    async (c) => {
      const { ctx } = pageContext(c, deps);
      const id = idParam(c);
      const values = await readForm(c);
      try {
        await proposeSchedule(
          ctx,
          id,
          { keepHandPlaced: true, version: Number(values.version) },
          matchingOf(deps),
        );
      } catch (error) {
        const refusal = refused(error);
        ctx.em.clear();
        return gridPage(c, tools, id, {
          errors: {},
          problems: problemsOf(refusal),
          status: refusal.status === 409 ? 409 : 422,
        });
      }
      return c.redirect(withNotice(schedulePath(id), 'voorgesteld'), 303);
    },
  );

  web.post('/beheer/meet-and-greets/:id/schema', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const values = await readForm(c);
    const cells: string[] = [];
    const conversations: { jobSeekerId: string; employerId: string; round: number }[] = [];
    for (const [name, value] of Object.entries(values)) {
      const match = /^gesprek\.([0-9a-f-]{36})\.(\d{1,2})\.(\d{1,2})$/.exec(name);
      if (!match || !/^[0-9a-f-]{36}$/.test(value)) continue;
      cells.push(name);
      conversations.push({ jobSeekerId: value, employerId: match[1] ?? '', round: Number(match[3]) });
    }
    try {
      await adjustSchedule(ctx, id, { conversations, version: Number(values.version) }, matchingOf(deps));
    } catch (error) {
      const refusal = refused(error);
      ctx.em.clear();
      const errors: FieldErrors = {};
      const problemsAt: { name: string; message: string }[] = [];
      if (refusal.code === ProblemCode.ValidationFailed) {
        for (const fieldError of refusal.errors ?? []) {
          const index = fieldError.path[1];
          const cell = typeof index === 'number' ? cells[index] : undefined;
          const message = plainServiceMessage(fieldError.message);
          const key = cell ?? '_form';
          errors[key] = errors[key] ? `${errors[key]}. ${message}` : message;
          problemsAt.push({ name: key, message });
        }
      }
      const kept = Object.fromEntries(Object.entries(values).filter(([name]) => name.startsWith('gesprek.')));
      return gridPage(c, tools, id, {
        values: kept,
        errors,
        problemsAt,
        problems: problemsOf(refusal),
        status: refusal.status === 409 ? 409 : 422,
      });
    }
    return c.redirect(withNotice(schedulePath(id), 'opgeslagen'), 303);
  });

  web.post(
    '/beheer/meet-and-greets/:id/schema/vastleggen',
    tools.signedIn,
    tools.admin,
    tools.csrf,
    async (c) => {
      const { ctx } = pageContext(c, deps);
      const id = idParam(c);
      const values = await readForm(c);
      try {
        await fixSchedule(ctx, id, { version: Number(values.version) }, matchingOf(deps));
      } catch (error) {
        const refusal = refused(error);
        ctx.em.clear();
        return gridPage(c, tools, id, {
          errors: {},
          problems: problemsOf(refusal),
          status: refusal.status === 409 ? 409 : 422,
        });
      }
      return c.redirect(withNotice(schedulePath(id), 'vastgelegd'), 303);
    },
  );
}
