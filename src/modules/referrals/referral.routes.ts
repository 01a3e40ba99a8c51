import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import { listReferralsQuerySchema, referralSchema } from './referral.schemas';
import { getReferral, listReferrals } from './referral.service';

const tags = ['Referrals'];

export const listReferralsRoute = apiRoute({
  method: 'get',
  path: '/referrals',
  operationId: 'listReferrals',
  tags,
  summary:
    'The people the partner worker’s own organisation referred, newest first, with the status in plain words (ontvangen, eerste gesprek gehad, mee bezig, aan het werk, gestopt). No segment, profile or notes (partner worker; audited).',
  request: { query: listReferralsQuerySchema },
  responses: { 200: jsonContent(pageSchema(referralSchema), 'A page of referrals') },
});

export const getReferralRoute = apiRoute({
  method: 'get',
  path: '/referrals/{id}',
  operationId: 'getReferral',
  tags,
  summary: 'One referral of the partner worker’s own organisation (audited); any other person answers 404',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(referralSchema, 'The referral') },
});

export const referralRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(listReferralsRoute, async (c) =>
      c.json(await listReferrals(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(getReferralRoute, async (c) =>
      c.json(await getReferral(requestContext(c), c.req.valid('param').id), 200),
    );
