import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageQuerySchema, pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { ReferenceData } from '../../reference/reference-data';
import {
  segmentDecisionSchema,
  segmentOverrideSchema,
  segmentReviewSchema,
  segmentReviewsQuerySchema,
} from './segment-decision.schemas';
import { listSegmentDecisions, listSegmentReviews, overrideSegment } from './segment-decision.service';

const tags = ['Readiness segments'];

const history = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/segment-decisions',
  operationId: 'listSegmentDecisions',
  tags,
  summary:
    "A person's segment decisions, newest first: the computed segment beside the chosen one, reasons, steps to move up, review date",
  request: { params: idParamSchema, query: pageQuerySchema },
  errors: [404],
  responses: { 200: jsonContent(pageSchema(segmentDecisionSchema), 'A page of decisions') },
});

const override = apiRoute({
  method: 'post',
  path: '/job-seekers/{id}/segment-override',
  operationId: 'overrideSegment',
  tags,
  summary: 'Deviate from the computed segment, with a written justification (lifecoach, own caseload)',
  request: { params: idParamSchema, body: jsonRequestBody(segmentOverrideSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(segmentDecisionSchema, 'The new, current decision') },
});

const reviews = apiRoute({
  method: 'get',
  path: '/segment-reviews',
  operationId: 'listDueSegmentReviews',
  tags,
  summary:
    'Current decisions whose review is due (within withinDays) or overdue, oldest first (lifecoach: own caseload; programme admin: all or one lifecoach)',
  request: { query: segmentReviewsQuerySchema },
  responses: { 200: jsonContent(pageSchema(segmentReviewSchema), 'A page of reviews to do') },
});

export const segmentDecisionRoutes = (router: OpenAPIHono<AppBindings>, reference: ReferenceData) =>
  router
    .openapi(history, async (c) =>
      c.json(
        await listSegmentDecisions(requestContext(c), c.req.valid('param').id, c.req.valid('query')),
        200,
      ),
    )
    .openapi(override, async (c) =>
      c.json(
        await overrideSegment(requestContext(c), reference, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(reviews, async (c) =>
      c.json(await listSegmentReviews(requestContext(c), c.req.valid('query')), 200),
    );
