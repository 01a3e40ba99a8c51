import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageQuerySchema, pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import {
  confirmErasureSchema,
  erasureListQuerySchema,
  erasureRequestListItemSchema,
  erasureRequestSchema,
  erasureStateSchema,
  explainNotYetSchema,
  keepTakingPartSchema,
  retentionNoticeSchema,
} from './erasure.schemas';
import {
  confirmErasure,
  explainNotYet,
  getErasureStateFor,
  getOwnErasureState,
  listErasureRequests,
  requestErasureFor,
  requestOwnErasure,
} from './erasure.service';
import { keepTakingPart, listRetentionNotices } from './retention.service';

const tags = ['Erasure'];

export const getOwnErasureRoute = apiRoute({
  method: 'get',
  path: '/me/erasure',
  operationId: 'getOwnErasure',
  tags,
  summary: 'The person’s request to stop and be erased, and what it waits for (job seeker only)',
  responses: { 200: jsonContent(erasureStateSchema, 'The erasure state') },
});

export const requestOwnErasureRoute = apiRoute({
  method: 'post',
  path: '/me/erasure',
  operationId: 'requestOwnErasure',
  tags,
  summary:
    'Ask to leave the programme and have one’s data erased; programme staff confirm (job seeker only). Asking again answers the open request.',
  responses: { 200: jsonContent(erasureStateSchema, 'The open request') },
});

export const getErasureForRoute = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/erasure',
  operationId: 'getJobSeekerErasure',
  tags,
  summary: 'A person’s erasure request and what it waits for (lifecoach: caseload; programme admin)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(erasureStateSchema, 'The erasure state') },
});

export const requestErasureForRoute = apiRoute({
  method: 'post',
  path: '/job-seekers/{id}/erasure',
  operationId: 'requestJobSeekerErasure',
  tags,
  summary:
    'File the request to stop and be erased on the person’s behalf (lifecoach: caseload; programme admin)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(erasureStateSchema, 'The open request') },
});

export const listErasureRequestsRoute = apiRoute({
  method: 'get',
  path: '/erasure-requests',
  operationId: 'listErasureRequests',
  tags,
  summary: 'Requests to stop and be erased, oldest first; open ones by default (programme admin)',
  request: { query: erasureListQuerySchema },
  responses: { 200: jsonContent(pageSchema(erasureRequestListItemSchema), 'Erasure requests') },
});

export const confirmErasureRoute = apiRoute({
  method: 'post',
  path: '/erasure-requests/{id}/confirm',
  operationId: 'confirmErasure',
  tags,
  summary:
    'Confirm: the person’s data is erased in this transaction. 409 with `meta.blockers` when something must be kept for an active contract (programme admin)',
  request: { params: idParamSchema, body: jsonRequestBody(confirmErasureSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(erasureRequestSchema, 'The request, carried out') },
});

export const explainNotYetRoute = apiRoute({
  method: 'post',
  path: '/erasure-requests/{id}/not-yet',
  operationId: 'explainErasureNotYet',
  tags,
  summary: 'Explain why the erasure cannot be done yet; the request stays open (programme admin)',
  request: { params: idParamSchema, body: jsonRequestBody(explainNotYetSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(erasureRequestSchema, 'The request with the explanation') },
});

export const listRetentionNoticesRoute = apiRoute({
  method: 'get',
  path: '/retention-notices',
  operationId: 'listRetentionNotices',
  tags,
  summary:
    'People whose data will be anonymised in 30 days for lack of activity, soonest first (lifecoach: caseload; programme admin)',
  request: { query: pageQuerySchema },
  responses: { 200: jsonContent(pageSchema(retentionNoticeSchema), 'Open notices') },
});

export const keepTakingPartRoute = apiRoute({
  method: 'post',
  path: '/retention-notices/{id}/keep',
  operationId: 'keepTakingPart',
  tags,
  summary:
    'The person still takes part: counts as activity, so the data is kept; once (lifecoach: caseload; programme admin)',
  request: { params: idParamSchema, body: jsonRequestBody(keepTakingPartSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(retentionNoticeSchema, 'The notice, dealt with') },
});

export const erasureRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(getOwnErasureRoute, async (c) => c.json(await getOwnErasureState(requestContext(c)), 200))
    .openapi(requestOwnErasureRoute, async (c) => c.json(await requestOwnErasure(requestContext(c)), 200))
    .openapi(getErasureForRoute, async (c) =>
      c.json(await getErasureStateFor(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(requestErasureForRoute, async (c) =>
      c.json(await requestErasureFor(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(listErasureRequestsRoute, async (c) =>
      c.json(await listErasureRequests(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(confirmErasureRoute, async (c) =>
      c.json(await confirmErasure(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(explainNotYetRoute, async (c) =>
      c.json(await explainNotYet(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(listRetentionNoticesRoute, async (c) =>
      c.json(await listRetentionNotices(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(keepTakingPartRoute, async (c) =>
      c.json(await keepTakingPart(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
