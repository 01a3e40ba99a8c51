import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageQuerySchema, pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { PostcodeDirectory } from '../geo/postcodes';
import {
  DEFAULT_FIRST_CONTACT_WORKING_DAYS,
  listFirstContactChecks,
  recordFirstContact,
} from './first-contact.service';
import {
  firstContactCheckSchema,
  handoverSchema,
  jobSeekerListItemSchema,
  jobSeekerRecordSchema,
  lifecoachAssignmentSchema,
  lifecoachHistorySchema,
  lifecoachRefSchema,
  listJobSeekersQuerySchema,
  recordFirstContactSchema,
  registerJobSeekerSchema,
  updateJobSeekerSchema,
} from './job-seeker.schemas';
import {
  getJobSeeker,
  getLifecoachHistory,
  handOverJobSeeker,
  listJobSeekers,
  listLifecoaches,
  registerJobSeeker,
  updateJobSeeker,
} from './job-seeker.service';

const tags = ['Job seekers'];

export const registerJobSeekerRoute = apiRoute({
  method: 'post',
  path: '/job-seekers',
  operationId: 'registerJobSeeker',
  tags,
  summary:
    'Register a job seeker with their responsible lifecoach (lifecoach, partner worker, programme staff). A likely duplicate answers 409 DUPLICATE.',
  request: { body: jsonRequestBody(registerJobSeekerSchema) },
  errors: [409],
  responses: {
    201: jsonContent(jobSeekerRecordSchema, 'The new registration, in the view the caller may see'),
  },
});

export const listJobSeekersRoute = apiRoute({
  method: 'get',
  path: '/job-seekers',
  operationId: 'listJobSeekers',
  tags,
  summary:
    'Caseload list and search (lifecoach: own caseload; partner worker: their referrals, registration data only; programme staff: all)',
  request: { query: listJobSeekersQuerySchema },
  responses: { 200: jsonContent(pageSchema(jobSeekerListItemSchema), 'A page of job seekers, by name') },
});

export const getJobSeekerRoute = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}',
  operationId: 'getJobSeeker',
  tags,
  summary: 'Read a job seeker: the whole record, or the registration data for partner workers (audited)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(jobSeekerRecordSchema, 'The job seeker') },
});

export const updateJobSeekerRoute = apiRoute({
  method: 'patch',
  path: '/job-seekers/{id}',
  operationId: 'updateJobSeeker',
  tags,
  summary: 'Change contact or registration data (responsible lifecoach, programme staff)',
  request: { params: idParamSchema, body: jsonRequestBody(updateJobSeekerSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(jobSeekerRecordSchema, 'The changed job seeker') },
});

export const handOverJobSeekerRoute = apiRoute({
  method: 'post',
  path: '/job-seekers/{id}/handover',
  operationId: 'handOverJobSeeker',
  tags,
  summary:
    'Hand the person over to another lifecoach with a note (current lifecoach, programme staff). The previous lifecoach no longer sees the person.',
  request: { params: idParamSchema, body: jsonRequestBody(handoverSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(lifecoachAssignmentSchema, 'The new lifecoach period') },
});

export const lifecoachHistoryRoute = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/lifecoach-history',
  operationId: 'getLifecoachHistory',
  tags,
  summary: 'Every lifecoach the person had, with the handover notes (lifecoach, programme staff; audited)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(lifecoachHistorySchema, 'The lifecoach periods, oldest first') },
});

export const listLifecoachesRoute = apiRoute({
  method: 'get',
  path: '/lifecoaches',
  operationId: 'listLifecoaches',
  tags,
  summary: 'Active lifecoaches, to choose who guides a person (lifecoach, partner worker, programme staff)',
  request: { query: pageQuerySchema },
  responses: { 200: jsonContent(pageSchema(lifecoachRefSchema), 'A page of lifecoaches, by name') },
});

export const recordFirstContactRoute = apiRoute({
  method: 'post',
  path: '/job-seekers/{id}/first-contact',
  operationId: 'recordFirstContact',
  tags,
  summary:
    'The responsible lifecoach records the first conversation with the person (after a registration or a handover). Recording consent or assessment answers counts as one too.',
  request: { params: idParamSchema, body: jsonRequestBody(recordFirstContactSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(lifecoachAssignmentSchema, 'The current lifecoach period') },
});

export const listFirstContactChecksRoute = apiRoute({
  method: 'get',
  path: '/first-contact-checks',
  operationId: 'listFirstContactChecks',
  tags,
  summary:
    'People registered or handed over more than FIRST_CONTACT_WORKING_DAYS working days ago without a first conversation with their lifecoach (lifecoach: caseload; programme staff: all; audited)',
  request: { query: pageQuerySchema },
  responses: {
    200: jsonContent(pageSchema(firstContactCheckSchema), 'A page of people waiting, longest first'),
  },
});

export const jobSeekerRoutes = (
  router: OpenAPIHono<AppBindings>,
  postcodes: PostcodeDirectory,
  firstContactWorkingDays = DEFAULT_FIRST_CONTACT_WORKING_DAYS,
) =>
  router
    .openapi(registerJobSeekerRoute, async (c) =>
      c.json(await registerJobSeeker(requestContext(c), c.req.valid('json'), postcodes), 201),
    )
    .openapi(listJobSeekersRoute, async (c) =>
      c.json(await listJobSeekers(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(getJobSeekerRoute, async (c) =>
      c.json(await getJobSeeker(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(updateJobSeekerRoute, async (c) =>
      c.json(
        await updateJobSeeker(requestContext(c), c.req.valid('param').id, c.req.valid('json'), postcodes),
        200,
      ),
    )
    .openapi(handOverJobSeekerRoute, async (c) =>
      c.json(await handOverJobSeeker(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(lifecoachHistoryRoute, async (c) =>
      c.json(await getLifecoachHistory(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(listLifecoachesRoute, async (c) =>
      c.json(await listLifecoaches(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(recordFirstContactRoute, async (c) =>
      c.json(await recordFirstContact(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(listFirstContactChecksRoute, async (c) =>
      c.json(
        await listFirstContactChecks(requestContext(c), firstContactWorkingDays, c.req.valid('query')),
        200,
      ),
    );
