import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, jsonContent } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import { auditEntrySchema, auditQuerySchema } from './audit.schemas';
import { queryAuditLog } from './audit-query.service';

const list = apiRoute({
  method: 'get',
  path: '/audit-entries',
  operationId: 'listAuditEntries',
  tags: ['Audit log'],
  summary: 'Query the audit log by entity, actor, action and time (programme admin), newest first',
  request: { query: auditQuerySchema },
  responses: { 200: jsonContent(pageSchema(auditEntrySchema), 'A page of audit entries') },
});

export const auditRoutes = (router: OpenAPIHono<AppBindings>) =>
  router.openapi(list, async (c) =>
    c.json(await queryAuditLog(requestContext(c), c.req.valid('query')), 200),
  );
