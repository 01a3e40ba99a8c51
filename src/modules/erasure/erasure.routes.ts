import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import { erasureRequestListSchema, erasureRequestSchema } from './erasure.schemas';
import { confirmErasure, listErasureRequests, requestErasureForPerson } from './erasure.service';

const tags = ['Erasure'];

const requestRoute = apiRoute({
  method: 'post',
  path: '/job-seekers/{id}/erasure-request',
  operationId: 'requestErasure',
  tags,
  summary:
    'Ask, on the person’s behalf, that they leave the programme and their data be erased (lifecoach of the person, programme staff). One open request per person.',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 201: jsonContent(erasureRequestSchema, 'The open erasure request') },
});

const listRoute = apiRoute({
  method: 'get',
  path: '/erasure-requests',
  operationId: 'listErasureRequests',
  tags,
  summary: 'Open erasure requests (oldest first) and the last 50 done (programme staff; audited)',
  responses: { 200: jsonContent(erasureRequestListSchema, 'Erasure requests') },
});

const confirmRoute = apiRoute({
  method: 'post',
  path: '/erasure-requests/{id}/confirm',
  operationId: 'confirmErasure',
  tags,
  summary:
    'Confirm an erasure request: the person’s name, contact details, date of birth, address, free texts and evidence are overwritten in one transaction (programme staff). 409 while a placement still runs.',
  request: { params: idParamSchema },
  errors: [404, 409],
  responses: { 200: jsonContent(erasureRequestSchema, 'The request, done') },
});

export const erasureRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(requestRoute, async (c) =>
      c.json(await requestErasureForPerson(requestContext(c), c.req.valid('param').id), 201),
    )
    .openapi(listRoute, async (c) => c.json(await listErasureRequests(requestContext(c)), 200))
    .openapi(confirmRoute, async (c) =>
      c.json(await confirmErasure(requestContext(c), c.req.valid('param').id), 200),
    );
