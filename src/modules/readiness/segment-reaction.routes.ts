import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageQuerySchema, pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import {
  answerSegmentReactionSchema,
  openSegmentReactionSchema,
  segmentReactionSchema,
} from '../own-record/own-record.schemas';
import { answerSegmentReaction, listOpenSegmentReactions } from './segment-reaction.service';

const tags = ['Readiness segments'];

export const listOpenSegmentReactionsRoute = apiRoute({
  method: 'get',
  path: '/segment-reactions',
  operationId: 'listOpenSegmentReactions',
  tags,
  summary:
    'Reactions of people to a segment decision that wait for an answer, oldest first (lifecoach: own caseload)',
  request: { query: pageQuerySchema },
  responses: { 200: jsonContent(pageSchema(openSegmentReactionSchema), 'Reactions without an answer') },
});

export const answerSegmentReactionRoute = apiRoute({
  method: 'post',
  path: '/segment-reactions/{id}/answer',
  operationId: 'answerSegmentReaction',
  tags,
  summary:
    'Answer a person’s reaction to a segment decision, once; the person reads it (lifecoach of the person)',
  request: { params: idParamSchema, body: jsonRequestBody(answerSegmentReactionSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(segmentReactionSchema, 'The reaction with its answer') },
});

export const segmentReactionRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(listOpenSegmentReactionsRoute, async (c) =>
      c.json(await listOpenSegmentReactions(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(answerSegmentReactionRoute, async (c) =>
      c.json(
        await answerSegmentReaction(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    );
