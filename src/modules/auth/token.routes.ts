import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import { apiTokenSchema, issuedApiTokenSchema, issueTokenSchema, meSchema } from './token.schemas';
import { describeMe, issueToken, listTokens, revokeToken } from './token.service';

const tags = ['Tokens'];

const me = apiRoute({
  method: 'get',
  path: '/me',
  operationId: 'getMe',
  tags,
  summary: 'Who am I: the user, role and organisation behind this token',
  responses: { 200: jsonContent(meSchema, 'The caller') },
});

const issue = apiRoute({
  method: 'post',
  path: '/users/{id}/tokens',
  operationId: 'issueToken',
  tags,
  summary: 'Issue an API token for a user (programme admin). The secret is shown once.',
  request: { params: idParamSchema, body: jsonRequestBody(issueTokenSchema) },
  errors: [404],
  responses: { 201: jsonContent(issuedApiTokenSchema, 'The token, with its secret') },
});

const list = apiRoute({
  method: 'get',
  path: '/users/{id}/tokens',
  operationId: 'listUserTokens',
  tags,
  summary: "List a user's tokens, without secrets (programme admin)",
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(z.object({ items: z.array(apiTokenSchema) }), 'The tokens') },
});

const revoke = apiRoute({
  method: 'post',
  path: '/tokens/{id}/revoke',
  operationId: 'revokeToken',
  tags,
  summary: 'Revoke a token (programme admin, or the owner of the token); refused from the next request on',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(apiTokenSchema, 'The revoked token') },
});

export const tokenRoutes = (router: OpenAPIHono<AppBindings>, defaultTtlDays: number) =>
  router
    .openapi(me, async (c) => c.json(await describeMe(requestContext(c)), 200))
    .openapi(issue, async (c) =>
      c.json(
        await issueToken(requestContext(c), c.req.valid('param').id, c.req.valid('json'), defaultTtlDays),
        201,
      ),
    )
    .openapi(list, async (c) =>
      c.json({ items: await listTokens(requestContext(c), c.req.valid('param').id) }, 200),
    )
    .openapi(revoke, async (c) => c.json(await revokeToken(requestContext(c), c.req.valid('param').id), 200));
