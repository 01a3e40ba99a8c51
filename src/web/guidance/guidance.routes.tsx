import type { Hono } from 'hono';
import { listFollowUp } from '../../modules/placements/follow-up.service';
import { listPlacements } from '../../modules/placements/placement.service';
import { dayCount, formatDate } from '../labels';
import { Cell, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import { Page } from '../layout/page';
import { pageContext } from '../lifecoach/page-tools';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { guidancePlacementPages } from './guidance-placement';
import {
  GUIDE_KIND_WORDS,
  type GuidanceWorkspace,
  guidancePlacementPath,
  guidanceTools,
  personLabel,
} from './guidance-tools';

/**
 * A guidance workspace (the mentor's, the manager's): the placements the person is named on, the
 * conversations due and overdue, and per placement their own conversation and the onboarding plan.
 * Nothing else. What they see is what the API shows them: the same service verbs, the same scope.
 */
export function guidanceWorkspaceRoutes(
  web: Hono<WebBindings>,
  deps: WebRouteDependencies,
  workspace: GuidanceWorkspace,
) {
  const tools = guidanceTools(deps, workspace);

  web.get(workspace.homePath, tools.signedIn, tools.guide, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const placements = await listPlacements(ctx, { limit: 100 });
    // Only the viewer's own kinds of conversation are followed: the mentor's, or the manager's feedback.
    const followUp = await listFollowUp(ctx, deps.placementCadence, { limit: 100 });
    const open = followUp.items.filter(
      (item) => item.kind !== 'LIFECOACH' && (item.state === 'OVERDUE' || item.state === 'DUE'),
    );
    const ordered = [
      ...open.filter((item) => item.state === 'OVERDUE'),
      ...open.filter((item) => item.state === 'DUE'),
    ];
    return c.html(
      <Page title={workspace.homeTitle} signedIn={me} section="home">
        <Heading1>Welkom, {me.user.displayName}</Heading1>
        <Paragraph lead>{workspace.homeLead}</Paragraph>

        <Heading2 id="nu-doen">Gesprekken om te voeren</Heading2>
        {ordered.length ? (
          <ul class="card-list">
            {ordered.map((item) => {
              const words = GUIDE_KIND_WORDS[item.kind as 'MENTOR' | 'MANAGER_FEEDBACK'];
              return (
                <li class={`card follow-up follow-up--${item.state.toLowerCase()}`}>
                  <p class="card__title">
                    <Link href={`${guidancePlacementPath(workspace, item.placementId)}#${words.anchor}`}>
                      {words.itemTitle} met {personLabel(item.person)}
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
              );
            })}
          </ul>
        ) : (
          <Paragraph>Er staat nu geen gesprek open. Goed zo.</Paragraph>
        )}

        <Heading2 id="plaatsingen">Uw nieuwe collega's</Heading2>
        {placements.items.length ? (
          <Table caption={workspace.tableCaption} head={['Wie', 'Werk', 'Status', 'Begonnen op']}>
            {placements.items.map((placement) => (
              <Row>
                <Cell label="Wie">
                  <Link href={guidancePlacementPath(workspace, placement.id)}>
                    {personLabel(placement.person)}
                  </Link>
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
          <Paragraph>{workspace.emptyText}</Paragraph>
        )}
      </Page>,
    );
  });

  guidancePlacementPages(web, tools);
}
