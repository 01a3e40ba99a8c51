import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import {
  createOrganisationSchema,
  listOrganisationsQuerySchema,
  organisationSchema,
  updateOrganisationSchema,
} from './organisation.schemas';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './organisation.service';

const tags = ['Organisations'];

const list = apiRoute({
  method: 'get',
  path: '/organisations',
  operationId: 'listOrganisations',
  tags,
  summary: 'List organisations (programme staff: all; others: their own)',
  request: { query: listOrganisationsQuerySchema },
  responses: { 200: jsonContent(pageSchema(organisationSchema), 'A page of organisations') },
});

const create = apiRoute({
  method: 'post',
  path: '/organisations',
  operationId: 'createOrganisation',
  tags,
  summary: 'Create an organisation (programme admin)',
  request: { body: jsonRequestBody(createOrganisationSchema) },
  responses: { 201: jsonContent(organisationSchema, 'The new organisation') },
});

const read = apiRoute({
  method: 'get',
  path: '/organisations/{id}',
  operationId: 'getOrganisation',
  tags,
  summary: 'Read an organisation',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(organisationSchema, 'The organisation') },
});

const update = apiRoute({
  method: 'patch',
  path: '/organisations/{id}',
  operationId: 'updateOrganisation',
  tags,
  summary: 'Rename an organisation (programme admin)',
  request: { params: idParamSchema, body: jsonRequestBody(updateOrganisationSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(organisationSchema, 'The changed organisation') },
});

export const organisationRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(list, async (c) => c.json(await listOrganisations(requestContext(c), c.req.valid('query')), 200))
    .openapi(create, async (c) =>
      c.json(await createOrganisation(requestContext(c), c.req.valid('json')), 201),
    )
    .openapi(read, async (c) =>
      c.json(await getOrganisation(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(await updateOrganisation(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
