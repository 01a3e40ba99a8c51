import type { Hono } from 'hono';
import { getMeetAndGreet } from '../../modules/meet-and-greets/event.service';
import { listEventEmployers, listParticipants } from '../../modules/meet-and-greets/participation.service';
import { getEmployerAgenda, getPersonAgenda } from '../../modules/meet-and-greets/schedule.service';
import { Alert, Heading1, Link, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { WebBindings } from '../web-context';
import { eventPath, matchingOf, schedulePath } from './meet-and-greet-tools';
import type { ProgrammeTools } from './programme-tools';

/**
 * Every list to print for the day, each on its own sheet (print.css): one per employer (candidate
 * codes only: employers never see a name on paper before the person agreed), one per person (the
 * lifecoach hands it over).
 */
export function conversationListPages(web: Hono<WebBindings>, tools: ProgrammeTools) {
  web.get('/beheer/meet-and-greets/:id/lijsten', tools.signedIn, tools.admin, async (c) => {
    const { ctx, me } = pageContext(c, tools.deps);
    const id = idParam(c);
    const matching = matchingOf(tools.deps);
    const event = await getMeetAndGreet(ctx, id);
    const employers = (await listEventEmployers(ctx, id)).items.filter(
      (employer) => employer.status === 'ACCEPTED',
    );
    const people = (await listParticipants(ctx, id, { limit: 100, status: 'ACCEPTED' })).items.sort((a, b) =>
      a.fullName.localeCompare(b.fullName, 'nl'),
    );
    // Programme staff see the lists of a proposal too (marked as such); without a schedule there are none.
    const ready = event.scheduleState !== 'NONE';
    const employerLists = [];
    const personLists = [];
    if (ready) {
      for (const employer of employers)
        employerLists.push(await getEmployerAgenda(ctx, id, employer.employerId, matching));
      for (const person of people) personLists.push(await getPersonAgenda(ctx, id, person.jobSeekerId));
    }
    return c.html(
      <Page title={`Lijsten: ${event.title}`} signedIn={me} section="meetAndGreets">
        <div class="no-print">
          <p class="utrecht-paragraph">
            <Link href={eventPath(id)}>Terug naar de Meet & Greet</Link>
          </p>
          <Heading1>Lijsten om af te drukken</Heading1>
          {event.scheduleState === 'FIXED' ? null : (
            <Alert kind="warning">
              <Paragraph>
                {ready
                  ? 'Het schema ligt nog niet vast: deze lijsten kunnen nog veranderen. Druk ze af als het schema vastligt.'
                  : 'Er is nog geen gesprekkenschema, dus nog geen lijsten.'}{' '}
                <Link href={schedulePath(id)}>Naar het schema</Link>
              </Paragraph>
            </Alert>
          )}
          <Paragraph>
            Elke lijst komt op een eigen blad. Werkgevers krijgen kandidaatcodes, geen namen. De lijst van een
            werkzoekende geeft de lifecoach aan de persoon.
          </Paragraph>
          {ready ? (
            <p class="utrecht-paragraph">
              <button type="button" class="utrecht-button utrecht-button--primary-action" data-print hidden>
                Alle lijsten afdrukken
              </button>
            </p>
          ) : null}
        </div>
        {employerLists.map((list) => (
          <section class="print-sheet" aria-labelledby={`werkgever-${list.employerId}`}>
            <h2 class="utrecht-heading-2" id={`werkgever-${list.employerId}`}>
              {list.employerName}
            </h2>
            <p class="utrecht-paragraph">
              {event.title}, {list.dateLabel}, {list.place}
            </p>
            <table class="utrecht-table utrecht-table--html-table print-list">
              <caption class="utrecht-table__caption">Gesprekken van {list.employerName}</caption>
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
                {list.rows.map((row) => (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell">{row.round}</td>
                    <td class="utrecht-table__cell">
                      {row.startTime}–{row.endTime}
                    </td>
                    <td class="utrecht-table__cell">{row.candidateCode ?? 'Pauze'}</td>
                    <td class="utrecht-table__cell">{row.vacancyTitle ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
        {personLists.map((list) => (
          <section class="print-sheet" aria-labelledby={`persoon-${list.jobSeekerId}`}>
            <h2 class="utrecht-heading-2" id={`persoon-${list.jobSeekerId}`}>
              {list.fullName}
            </h2>
            <p class="utrecht-paragraph">
              {event.title}, {list.dateLabel}, {list.place}
            </p>
            {list.rows.length ? (
              <table class="utrecht-table utrecht-table--html-table print-list">
                <caption class="utrecht-table__caption">Gesprekken van {list.fullName}</caption>
                <thead class="utrecht-table__header">
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">
                      Ronde
                    </th>
                    <th class="utrecht-table__header-cell" scope="col">
                      Tijd
                    </th>
                    <th class="utrecht-table__header-cell" scope="col">
                      Werkgever
                    </th>
                    <th class="utrecht-table__header-cell" scope="col">
                      Vacatures
                    </th>
                  </tr>
                </thead>
                <tbody class="utrecht-table__body">
                  {list.rows.map((row) => (
                    <tr class="utrecht-table__row">
                      <td class="utrecht-table__cell">{row.round}</td>
                      <td class="utrecht-table__cell">
                        {row.startTime}–{row.endTime}
                      </td>
                      <td class="utrecht-table__cell">{row.employerName}</td>
                      <td class="utrecht-table__cell">{row.vacancyTitles.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p class="utrecht-paragraph">Nog geen gesprek ingepland.</p>
            )}
          </section>
        ))}
      </Page>,
    );
  });
}
