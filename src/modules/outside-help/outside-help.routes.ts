import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import {
  createOutsideHelpReferralSchema,
  outsideHelpArrivalSchema,
  outsideHelpCheckSchema,
  outsideHelpChecksQuerySchema,
  outsideHelpReferralListSchema,
  outsideHelpReferralSchema,
} from './outside-help.schemas';
import {
  createOutsideHelpReferral,
  listOutsideHelpChecks,
  listOutsideHelpReferrals,
  recordOutsideHelpArrival,
} from './outside-help.service';

const tags = ['Outside help'];

export const createOutsideHelpReferralRoute = apiRoute({
  method: 'post',
  path: '/job-seekers/{id}/outside-help-referrals',
  operationId: 'createOutsideHelpReferral',
  tags,
  summary:
    'Record a referral to outside help (debt counselling, Werk en Inkomen, care, housing) with the organisation, a contact and a date (lifecoach: caseload; audited)',
  request: { params: idParamSchema, body: jsonRequestBody(createOutsideHelpReferralSchema) },
  errors: [404],
  responses: { 201: jsonContent(outsideHelpReferralSchema, 'The referral, waiting for its arrival check') },
});

export const listOutsideHelpReferralsRoute = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/outside-help-referrals',
  operationId: 'listOutsideHelpReferrals',
  tags,
  summary:
    'A person’s referrals to outside help, newest first (lifecoach: caseload; programme staff; audited)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(outsideHelpReferralListSchema, 'The referrals') },
});

export const recordOutsideHelpArrivalRoute = apiRoute({
  method: 'post',
  path: '/outside-help-referrals/{id}/arrival-check',
  operationId: 'recordOutsideHelpArrival',
  tags,
  summary:
    '"Did they arrive?": the person arrived, check again on a later day, or the referral will not happen (lifecoach: caseload)',
  request: { params: idParamSchema, body: jsonRequestBody(outsideHelpArrivalSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(outsideHelpReferralSchema, 'The referral') },
});

export const listOutsideHelpChecksRoute = apiRoute({
  method: 'get',
  path: '/outside-help-arrival-checks',
  operationId: 'listOutsideHelpArrivalChecks',
  tags,
  summary:
    'Referrals to outside help whose check day has come without a confirmed arrival, oldest first (lifecoach: caseload; programme staff: all; audited)',
  request: { query: outsideHelpChecksQuerySchema },
  responses: { 200: jsonContent(pageSchema(outsideHelpCheckSchema), 'A page of referrals to check') },
});

export const outsideHelpRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(createOutsideHelpReferralRoute, async (c) =>
      c.json(
        await createOutsideHelpReferral(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(listOutsideHelpReferralsRoute, async (c) =>
      c.json(await listOutsideHelpReferrals(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(recordOutsideHelpArrivalRoute, async (c) =>
      c.json(
        await recordOutsideHelpArrival(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(listOutsideHelpChecksRoute, async (c) =>
      c.json(await listOutsideHelpChecks(requestContext(c), c.req.valid('query')), 200),
    );
