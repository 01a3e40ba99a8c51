import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import {
  consentOverviewSchema,
  consentRecordSchema,
  consentTextListSchema,
  recordConsentSchema,
} from './consent.schemas';
import { getConsentOverview, listConsentTexts, recordConsent } from './consent.service';

const tags = ['Consents'];

export const listConsentTextsRoute = apiRoute({
  method: 'get',
  path: '/consent-texts',
  operationId: 'listConsentTexts',
  tags,
  summary:
    'The consent texts per purpose, every version, in plain Dutch and English (lifecoach, programme staff)',
  responses: { 200: jsonContent(consentTextListSchema, 'The consent texts') },
});

export const recordConsentRoute = apiRoute({
  method: 'post',
  path: '/job-seekers/{id}/consents',
  operationId: 'recordConsent',
  tags,
  summary:
    'Record that the person gave or withdrew consent for a purpose, against a version of the text (lifecoach of the person, programme staff)',
  request: { params: idParamSchema, body: jsonRequestBody(recordConsentSchema) },
  errors: [404],
  responses: { 201: jsonContent(consentRecordSchema, 'The consent record') },
});

export const consentOverviewRoute = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/consents',
  operationId: 'listConsents',
  tags,
  summary: 'Current consents and their full history (lifecoach of the person, programme staff; audited)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(consentOverviewSchema, 'Current state and history') },
});

export const consentRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(listConsentTextsRoute, (c) => c.json(listConsentTexts(requestContext(c)), 200))
    .openapi(recordConsentRoute, async (c) =>
      c.json(await recordConsent(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(consentOverviewRoute, async (c) =>
      c.json(await getConsentOverview(requestContext(c), c.req.valid('param').id), 200),
    );
