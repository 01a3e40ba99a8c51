import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, jsonContent } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import { fairnessReport } from './fairness.service';
import { outcomesReport } from './outcomes.service';
import { predictionReport } from './prediction.service';
import {
  fairnessReportSchema,
  outcomesReportSchema,
  predictionReportSchema,
  reportPeriodQuerySchema,
  socialReturnReportSchema,
  wayToWorkQuerySchema,
  wayToWorkReportSchema,
} from './report.schemas';
import { socialReturnReport } from './social-return.service';
import { wayToWorkReport } from './way-to-work.service';

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

const wayToWork = apiRoute({
  method: 'get',
  path: '/reports/way-to-work',
  operationId: 'getWayToWorkReport',
  tags,
  summary:
    'The way to work: of the people registered in a period, how many were assessed, got a segment, a trajectory, a Meet & Greet, an interview, work, and still worked at 3, 6 and 12 months, with the median days per step (programme staff and advisory group). Counts only.',
  request: { query: wayToWorkQuerySchema },
  responses: { 200: jsonContent(wayToWorkReportSchema, 'The report') },
});

const outcomesRoute = apiRoute({
  method: 'get',
  path: '/reports/outcomes',
  operationId: 'getOutcomesReport',
  tags,
  summary:
    'Outcomes and their causes: jobs started, made permanent, retention, endings by cause (with the notes for programme staff), people back in the programme, trajectories completed and stopped. Counts only.',
  request: { query: reportPeriodQuerySchema },
  responses: { 200: jsonContent(outcomesReportSchema, 'The report') },
});

const predictionRoute = apiRoute({
  method: 'get',
  path: '/reports/prediction',
  operationId: 'getPredictionReport',
  tags,
  summary:
    'Does the assessment predict? Share hired within three months by first segment and instrument version, LATER people who moved up after a trajectory, first segment against the segment now. Counts only.',
  request: { query: reportPeriodQuerySchema },
  responses: { 200: jsonContent(predictionReportSchema, 'The report') },
});

export function reportRoutes(router: OpenAPIHono<AppBindings>) {
  router
    .openapi(fairness, async (c) =>
      c.json(await fairnessReport(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(socialReturn, async (c) =>
      c.json(await socialReturnReport(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(wayToWork, async (c) =>
      c.json(await wayToWorkReport(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(outcomesRoute, async (c) =>
      c.json(await outcomesReport(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(predictionRoute, async (c) =>
      c.json(await predictionReport(requestContext(c), c.req.valid('query')), 200),
    );
}
