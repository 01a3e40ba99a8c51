import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, jsonContent } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import { fairnessReport } from './fairness.service';
import { fairnessReportSchema, reportPeriodQuerySchema, socialReturnReportSchema } from './report.schemas';
import { socialReturnReport } from './social-return.service';

const tags = ['Reports'];

const fairness = apiRoute({
  method: 'get',
  path: '/reports/fairness',
  operationId: 'getFairnessReport',
  tags,
  summary:
    'Where prejudice could return: per employer-decided step the rate per age band and the four-fifths flag, overall and per employer (programme staff and advisory group; never employers). Counts only.',
  request: { query: reportPeriodQuerySchema },
  responses: { 200: jsonContent(fairnessReportSchema, 'The report') },
});

const socialReturn = apiRoute({
  method: 'get',
  path: '/reports/social-return',
  operationId: 'getSocialReturnReport',
  tags,
  summary:
    'Social return per employer: people hired, hours worked, months employed, kinds of contract. An employer gets its own only. Counts only.',
  request: { query: reportPeriodQuerySchema },
  responses: { 200: jsonContent(socialReturnReportSchema, 'The report') },
});

export function reportRoutes(router: OpenAPIHono<AppBindings>) {
  router
    .openapi(fairness, async (c) =>
      c.json(await fairnessReport(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(socialReturn, async (c) =>
      c.json(await socialReturnReport(requestContext(c), c.req.valid('query')), 200),
    );
}
