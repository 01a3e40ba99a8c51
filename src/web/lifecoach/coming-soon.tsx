import type { Hono } from 'hono';
import { getJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import { Link, Paragraph } from '../layout/components';
import type { WebBindings } from '../web-context';
import type { PageTools } from './page-tools';
import { idParam, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath, personSections } from './person-sections';

/** The parts of a person's page that are not built yet: a clear place, inside the person's layout. */
export function comingSoonPages(web: Hono<WebBindings>, tools: PageTools) {
  for (const section of personSections.filter((candidate) => !candidate.ready)) {
    web.get(`/werkzoekenden/:id${section.path}`, tools.signedIn, tools.caseworker, async (c) => {
      const { ctx, me } = pageContext(c, tools.deps);
      const person = await getJobSeeker(ctx, idParam(c));
      return c.html(
        <PersonLayout signedIn={me} person={person} current={section.key}>
          <Paragraph lead>Dit deel van de werkruimte is nog niet klaar.</Paragraph>
          <Paragraph>
            <Link href={personPath(person.id)}>Terug naar de gegevens van {person.fullName}</Link>
          </Paragraph>
        </PersonLayout>,
      );
    });
  }
}
