import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import { createUserSchema, listUsersQuerySchema, updateUserSchema, userSchema } from './user.schemas';
import { createUser, getUser, listUsers, updateUser } from './user.service';

const tags = ['Users'];

const list = apiRoute({
  method: 'get',
  path: '/users',
  operationId: 'listUsers',
  tags,
  summary: 'List users (programme staff: all; others: their own organisation)',
  request: { query: listUsersQuerySchema },
  responses: { 200: jsonContent(pageSchema(userSchema), 'A page of users') },
});

const create = apiRoute({
  method: 'post',
  path: '/users',
  operationId: 'createUser',
  tags,
  summary: 'Create a user in an organisation (programme admin)',
  request: { body: jsonRequestBody(createUserSchema) },
  errors: [409],
  responses: { 201: jsonContent(userSchema, 'The new user') },
});

const read = apiRoute({
  method: 'get',
  path: '/users/{id}',
  operationId: 'getUser',
  tags,
  summary: 'Read a user',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(userSchema, 'The user') },
});

const update = apiRoute({
  method: 'patch',
  path: '/users/{id}',
  operationId: 'updateUser',
  tags,
  summary: 'Rename, change the role of, or (de)activate a user (programme admin)',
  request: { params: idParamSchema, body: jsonRequestBody(updateUserSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(userSchema, 'The changed user') },
});

export const userRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(list, async (c) => c.json(await listUsers(requestContext(c), c.req.valid('query')), 200))
    .openapi(create, async (c) => c.json(await createUser(requestContext(c), c.req.valid('json')), 201))
    .openapi(read, async (c) => c.json(await getUser(requestContext(c), c.req.valid('param').id), 200))
    .openapi(update, async (c) =>
      c.json(await updateUser(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
