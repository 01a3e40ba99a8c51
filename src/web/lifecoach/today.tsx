import type { Hono } from 'hono';
import { Role } from '../../access/roles';
import { Heading1, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import { requireRole } from '../session/session-middleware';
import type { WebBindings } from '../web-context';
import type { PageTools } from './page-tools';
import { pageContext } from './page-tools';

/** Today: one list of what needs doing, each item linking to where it is done. */
export function todayPage(web: Hono<WebBindings>, tools: PageTools) {
  web.get('/vandaag', tools.signedIn, requireRole(Role.Lifecoach), async (c) => {
    const { me } = pageContext(c, tools.deps);
    return c.html(
      <Page title="Vandaag" signedIn={me} section="today">
        <Heading1>Vandaag</Heading1>
        <Paragraph lead>Goedemorgen, {me.user.displayName}.</Paragraph>
      </Page>,
    );
  });
}
