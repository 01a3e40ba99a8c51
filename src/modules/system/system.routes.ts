import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { jsonContent } from '../../http/openapi';

export type ReadinessReport = { database: boolean; migrationsApplied: boolean };

const healthSchema = z.object({ status: z.literal('ok') }).openapi('Health');
const readySchema = z
  .object({ status: z.enum(['ready', 'not_ready']), database: z.boolean(), migrationsApplied: z.boolean() })
  .openapi('Readiness');

// No token needed: load balancers and orchestrators ask these (security: [] says so in the document).
const health = createRoute({
  method: 'get',
  path: '/health',
  security: [],
  operationId: 'getHealth',
  tags: ['System'],
  summary: 'The process is alive',
  responses: { 200: jsonContent(healthSchema, 'Alive') },
});

const ready = createRoute({
  method: 'get',
  path: '/ready',
  security: [],
  operationId: 'getReadiness',
  tags: ['System'],
  summary: 'The database is reachable and every migration is applied',
  responses: {
    200: jsonContent(readySchema, 'Ready to serve'),
    503: jsonContent(readySchema, 'Not ready (yet)'),
  },
});

export const systemRoutes = (
  router: OpenAPIHono<AppBindings>,
  checkReadiness: () => Promise<ReadinessReport>,
) =>
  router
    .openapi(health, (c) => c.json({ status: 'ok' as const }, 200))
    .openapi(ready, async (c) => {
      const report = await checkReadiness().catch(() => ({ database: false, migrationsApplied: false }));
      const isReady = report.database && report.migrationsApplied;
      return isReady
        ? c.json({ status: 'ready' as const, ...report }, 200)
        : c.json({ status: 'not_ready' as const, ...report }, 503);
    });
