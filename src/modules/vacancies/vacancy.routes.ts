import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { ReferenceData } from '../../reference/reference-data';
import {
  changeVacancyStatusSchema,
  createVacancySchema,
  listVacanciesQuerySchema,
  updateVacancySchema,
  vacancySchema,
} from './vacancy.schemas';
import {
  changeVacancyStatus,
  createVacancy,
  getVacancy,
  listVacancies,
  updateVacancy,
} from './vacancy.service';

const tags = ['Vacancies'];

const list = apiRoute({
  method: 'get',
  path: '/vacancies',
  operationId: 'listVacancies',
  tags,
  summary: 'List vacancies (employers: their own, drafts included; lifecoaches: open and filled ones)',
  request: { query: listVacanciesQuerySchema },
  responses: { 200: jsonContent(pageSchema(vacancySchema), 'A page of vacancies') },
});

const create = apiRoute({
  method: 'post',
  path: '/vacancies',
  operationId: 'createVacancy',
  tags,
  summary:
    'Post a vacancy as a draft (employer recruiter). Diploma and experience are notes only, never matched on.',
  request: { body: jsonRequestBody(createVacancySchema) },
  responses: { 201: jsonContent(vacancySchema, 'The new draft vacancy') },
});

const read = apiRoute({
  method: 'get',
  path: '/vacancies/{id}',
  operationId: 'getVacancy',
  tags,
  summary: 'Read a vacancy',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(vacancySchema, 'The vacancy') },
});

const update = apiRoute({
  method: 'put',
  path: '/vacancies/{id}',
  operationId: 'updateVacancy',
  tags,
  summary: 'Change a draft or open vacancy (recruiter of the employer)',
  request: { params: idParamSchema, body: jsonRequestBody(updateVacancySchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(vacancySchema, 'The changed vacancy') },
});

const changeStatus = apiRoute({
  method: 'post',
  path: '/vacancies/{id}/status',
  operationId: 'changeVacancyStatus',
  tags,
  summary: 'Open, fill or close a vacancy: draft → open → filled/closed (recruiter of the employer)',
  request: { params: idParamSchema, body: jsonRequestBody(changeVacancyStatusSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(vacancySchema, 'The vacancy in its new status') },
});

export const vacancyRoutes = (router: OpenAPIHono<AppBindings>, reference: ReferenceData) =>
  router
    .openapi(list, async (c) =>
      c.json(await listVacancies(requestContext(c), c.req.valid('query'), reference), 200),
    )
    .openapi(create, async (c) =>
      c.json(await createVacancy(requestContext(c), c.req.valid('json'), reference), 201),
    )
    .openapi(read, async (c) =>
      c.json(await getVacancy(requestContext(c), c.req.valid('param').id, reference), 200),
    )
    .openapi(update, async (c) =>
      c.json(
        await updateVacancy(requestContext(c), c.req.valid('param').id, c.req.valid('json'), reference),
        200,
      ),
    )
    .openapi(changeStatus, async (c) =>
      c.json(
        await changeVacancyStatus(requestContext(c), c.req.valid('param').id, c.req.valid('json'), reference),
        200,
      ),
    );
