import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { ReferenceData } from '../../reference/reference-data';
import { employerSchema, listEmployersQuerySchema, putEmployerProfileSchema } from './employer.schemas';
import { getEmployer, listEmployers, putEmployerProfile } from './employer.service';

const tags = ['Employers'];

const list = apiRoute({
  method: 'get',
  path: '/employers',
  operationId: 'listEmployers',
  tags,
  summary: 'List employers with their profile (employer users: their own)',
  request: { query: listEmployersQuerySchema },
  responses: { 200: jsonContent(pageSchema(employerSchema), 'A page of employers') },
});

const read = apiRoute({
  method: 'get',
  path: '/employers/{id}',
  operationId: 'getEmployer',
  tags,
  summary: 'Read an employer and its profile',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(employerSchema, 'The employer') },
});

const putProfile = apiRoute({
  method: 'put',
  path: '/employers/{id}/profile',
  operationId: 'setEmployerProfile',
  tags,
  summary:
    'Set the employer profile: sector, location, cao, social return (recruiter of the employer, or programme admin)',
  request: { params: idParamSchema, body: jsonRequestBody(putEmployerProfileSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(employerSchema, 'The employer with its profile') },
});

export const employerRoutes = (router: OpenAPIHono<AppBindings>, reference: ReferenceData) =>
  router
    .openapi(list, async (c) =>
      c.json(await listEmployers(requestContext(c), c.req.valid('query'), reference), 200),
    )
    .openapi(read, async (c) =>
      c.json(await getEmployer(requestContext(c), c.req.valid('param').id, reference), 200),
    )
    .openapi(putProfile, async (c) =>
      c.json(
        await putEmployerProfile(requestContext(c), c.req.valid('param').id, c.req.valid('json'), reference),
        200,
      ),
    );
