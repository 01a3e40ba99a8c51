import type { Hono } from 'hono';
import { listFollowUp } from '../../modules/placements/follow-up.service';
import { listPlacements } from '../../modules/placements/placement.service';
import { dayCount, formatDate } from '../labels';
import { Cell, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import { Page } from '../layout/page';
import { pageContext } from '../lifecoach/page-tools';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { mentorPlacementPages } from './mentor-placement';
import { mentorHomePath, mentorPlacementPath, mentorTools, personLabel } from './mentor-tools';

/**
 * The mentor's workspace under /begeleider: the placements they are named on, what is due and
 * overdue, and per placement the mentor conversation and the onboarding plan. Nothing else.
 */
export function mentorRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  const tools = mentorTools(deps);

  web.get(mentorHomePath, tools.signedIn, tools.mentor, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const placements = await listPlacements(ctx, { limit: 100 });
    const followUp = await listFollowUp(ctx, deps.placementCadence, { limit: 100, kind: 'MENTOR' });
    const overdue = followUp.items.filter((item) => item.state === 'OVERDUE');
    const due = followUp.items.filter((item) => item.state === 'DUE');
    return c.html(
      <Page title="Begeleiden" signedIn={me} section="home">
        <Heading1>Welkom, {me.user.displayName}</Heading1>
        <Paragraph lead>
          Hier ziet u de nieuwe collega's die u als mentor begeleidt. Leg elk gesprek kort vast en kijk mee
          met het inwerkplan.
        </Paragraph>

        <Heading2 id="nu-doen">Gesprekken om te voeren</Heading2>
        {overdue.length || due.length ? (
          <ul class="card-list">
            {[...overdue, ...due].map((item) => (
              <li class={`card follow-up follow-up--${item.state.toLowerCase()}`}>
                <p class="card__title">
                  <Link href={`${mentorPlacementPath(item.placementId)}#gesprek`}>
                    Mentorgesprek met {personLabel(item.person)}
                  </Link>
                </p>
                <p class="card__text">
                  {item.state === 'OVERDUE' ? (
                    <>
                      <strong>Te laat</strong>: dit had uiterlijk {formatDate(item.dueDate)} moeten zijn (
                      {dayCount(item.daysOverdue)} geleden).
                    </>
                  ) : (
                    <>
                      <strong>Binnenkort</strong>: graag uiterlijk {formatDate(item.dueDate)}.
                    </>
                  )}{' '}
                  {item.lastCheckInDate
                    ? `Laatste gesprek: ${formatDate(item.lastCheckInDate)}.`
                    : 'Nog geen gesprek vastgelegd.'}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>Er staat nu geen gesprek open. Goed zo.</Paragraph>
        )}

        <Heading2 id="plaatsingen">Uw nieuwe collega's</Heading2>
        {placements.items.length ? (
          <Table caption="Waar u mentor bent" head={['Wie', 'Werk', 'Status', 'Begonnen op']}>
            {placements.items.map((placement) => (
              <Row>
                <Cell label="Wie">
                  <Link href={mentorPlacementPath(placement.id)}>{personLabel(placement.person)}</Link>
                </Cell>
                <Cell label="Werk">
                  {placement.vacancy.title} bij {placement.employer.name}
                </Cell>
                <Cell label="Status">{placement.statusLabelNl}</Cell>
                <Cell label="Begonnen op">{placement.startDate ? formatDate(placement.startDate) : '–'}</Cell>
              </Row>
            ))}
          </Table>
        ) : (
          <Paragraph>
            U bent nog bij niemand mentor. De werkgever kiest de mentor bij een plaatsing.
          </Paragraph>
        )}
      </Page>,
    );
  });

  mentorPlacementPages(web, tools);
}
