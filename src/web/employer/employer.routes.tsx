import type { Hono } from 'hono';
import { Role } from '../../access/roles';
import { listCandidacies } from '../../modules/candidacies/candidacy.service';
import { listMeetAndGreets } from '../../modules/meet-and-greets/event.service';
import { listPlacements } from '../../modules/placements/placement.service';
import { listVacancies } from '../../modules/vacancies/vacancy.service';
import { Heading1, Heading2, Link, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import { pageContext } from '../lifecoach/page-tools';
import { requireCsrf } from '../session/csrf';
import { requireRole, requireSession } from '../session/session-middleware';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { candidatePages } from './candidates';
import {
  type EmployerTools,
  meetAndGreetsPath,
  pipelinePath,
  placementsPath,
  vacanciesPath,
} from './employer-tools';
import { meetAndGreetPages } from './meet-and-greets';
import { pipelinePages } from './pipeline';
import { placementPages } from './placements';
import { vacancyPages } from './vacancies';

export const employerHomePath = '/werkgever';

/**
 * The employer's workspace (recruiters and managers): vacancies, their blind candidates, the
 * pipeline and the placements, on the same service verbs as the API.
 */
export function employerRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  const tools: EmployerTools = {
    signedIn: requireSession(deps, deps.clock),
    employer: requireRole(Role.EmployerRecruiter),
    csrf: requireCsrf(deps),
    deps,
  };
  web.get(employerHomePath, tools.signedIn, tools.employer, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const [vacancies, candidacies, placements, events] = await Promise.all([
      listVacancies(ctx, { limit: 100 }, deps.reference),
      listCandidacies(ctx, { limit: 100, open: 'true' }),
      listPlacements(ctx, { limit: 100, status: 'ACTIVE' }),
      listMeetAndGreets(ctx, { limit: 20, status: 'PLANNED' }),
    ]);
    const toAnswer = events.items.filter((event) => event.ownInvitation?.status === 'INVITED').length;
    const open = vacancies.items.filter((vacancy) => vacancy.status === 'OPEN').length;
    const drafts = vacancies.items.filter((vacancy) => vacancy.status === 'DRAFT').length;
    return c.html(
      <Page title="Start" signedIn={me} section="home">
        <Heading1>Welkom, {me.user.displayName}</Heading1>
        <Heading2>Vacatures</Heading2>
        <Paragraph>
          {open} open, {drafts} concept. <Link href={vacanciesPath}>Naar de vacatures</Link> ·{' '}
          <Link href={`${vacanciesPath}/nieuw`}>Nieuwe vacature</Link>
        </Paragraph>
        <Heading2>Meet & Greets</Heading2>
        <Paragraph>
          {events.items.length} gepland
          {toAnswer
            ? `, ${toAnswer === 1 ? '1 uitnodiging' : `${toAnswer} uitnodigingen`} nog te beantwoorden`
            : ''}
          . <Link href={meetAndGreetsPath}>Naar de Meet & Greets</Link>
        </Paragraph>
        <Heading2>Sollicitaties</Heading2>
        <Paragraph>
          {candidacies.items.length} kandidaten onderweg.{' '}
          <Link href={pipelinePath}>Naar de sollicitaties</Link>
        </Paragraph>
        <Heading2>Plaatsingen</Heading2>
        <Paragraph>
          {placements.items.length} aan het werk. <Link href={placementsPath}>Naar de plaatsingen</Link>
        </Paragraph>
      </Page>,
    );
  });
  vacancyPages(web, tools);
  candidatePages(web, tools);
  meetAndGreetPages(web, tools);
  pipelinePages(web, tools);
  placementPages(web, tools);
}
