import type { Hono } from 'hono';
import { Role } from '../../access/roles';
import { notFound } from '../../http/problem';
import { employerAgendaIcs } from '../../modules/meet-and-greets/calendar/employer-agenda-ics';
import { pageContext } from '../lifecoach/page-tools';
import { requireRole, requireSession } from '../session/session-middleware';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in employer user downloads its own organisation's agenda of a fixed Meet & Greet. */
export function agendaFileRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  web.get(
    '/agenda/meet-and-greets/:file',
    requireSession(deps, deps.clock),
    requireRole(Role.EmployerRecruiter),
    async (c) => {
      const file = c.req.param('file');
      if (!file.endsWith('.ics') || !deps.meetAndGreets) throw notFound({ nl: 'Deze pagina', en: 'Page' });
      const id = file.slice(0, -'.ics'.length);
      if (!UUID.test(id)) throw notFound({ nl: 'Deze pagina', en: 'Page' });
      const { ctx } = pageContext(c, deps);
      const text = await employerAgendaIcs(ctx, id, ctx.actor.organisationId, deps.meetAndGreets);
      return c.body(text, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="meet-and-greet-${id}.ics"`,
      });
    },
  );
}
