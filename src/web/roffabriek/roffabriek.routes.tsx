import type { Hono } from 'hono';
import { listTrajectoryOfferings } from '../../modules/trajectories/trajectory-offering.service';
import { listArrivalChecks, listPlacements } from '../../modules/trajectories/trajectory-placement.service';
import { formatDate } from '../labels';
import { Heading1, Heading2, Link, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import { pageContext } from '../lifecoach/page-tools';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { offeringPages } from './offerings';
import { participantPages } from './participants';
import {
  offeringsPath,
  participantPath,
  participantsPath,
  proposalsPath,
  roffabriekHomePath,
  roffabriekTools,
} from './roffabriek-tools';

/**
 * The trajectory coordinator's workspace under /roffabriek (Roffabriek and its social enterprises):
 * offerings with free places, the proposals inbox, and each participant's progress. Coordinators
 * see only their own organisation's offerings and people, as in the API.
 */
export function roffabriekRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  const tools = roffabriekTools(deps);

  web.get(roffabriekHomePath, tools.signedIn, tools.coordinator, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    // One after the other: each list writes its own audit entries on the request's unit of work.
    const proposals = await listPlacements(ctx, { limit: 100, status: 'PROPOSED' });
    const running = await listPlacements(ctx, { limit: 100, status: 'STARTED' });
    const checks = await listArrivalChecks(ctx, { limit: 20 });
    const offerings = await listTrajectoryOfferings(ctx, deps.reference, { limit: 100, status: 'OPEN' });
    return c.html(
      <Page title="Start" signedIn={me} section="home">
        <Heading1>Welkom, {me.user.displayName}</Heading1>
        <Heading2>Voorstellen</Heading2>
        <Paragraph>
          {proposals.items.length === 1
            ? '1 voorstel wacht op je antwoord.'
            : `${proposals.items.length} voorstellen wachten op je antwoord.`}{' '}
          <Link href={proposalsPath}>Naar de voorstellen</Link>
        </Paragraph>
        <Heading2>Is iedereen aangekomen?</Heading2>
        {checks.items.length ? (
          <ul class="card-list">
            {checks.items.map((check) => (
              <li class="card follow-up follow-up--overdue">
                <p class="card__title">
                  <Link href={participantPath(check.placementId)}>{check.fullName}</Link>
                </p>
                <p class="card__text">
                  Zou beginnen op {formatDate(check.startDate)} bij {check.offeringTitle} (
                  {check.daysSinceStart} dagen geleden). Laat weten of de deelnemer er is.
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>Iedereen met een geplande start is aangekomen, of de start komt nog.</Paragraph>
        )}
        <Heading2>Deelnemers</Heading2>
        <Paragraph>
          {running.items.length} bezig. <Link href={participantsPath}>Naar de deelnemers</Link>
        </Paragraph>
        <Heading2>Aanbod</Heading2>
        <Paragraph>
          {offerings.items.length} open. <Link href={offeringsPath}>Naar het aanbod</Link> ·{' '}
          <Link href={`${offeringsPath}/nieuw`}>Nieuw aanbod</Link>
        </Paragraph>
      </Page>,
    );
  });

  offeringPages(web, tools);
  participantPages(web, tools);
}
