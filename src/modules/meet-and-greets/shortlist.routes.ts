import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import type { MatchingDependencies } from '../matching/matching.service';
import {
  addShortlistCandidateSchema,
  employerShortlistItemSchema,
  markCandidateSchema,
  shortlistBuildSchema,
  shortlistCodeParamSchema,
  shortlistSchema,
  staffShortlistItemSchema,
  vacancyParamSchema,
} from './shortlist.schemas';
import { addShortlistCandidate, buildShortlists, getShortlist, markCandidate } from './shortlist.service';

const tags = ['Meet & Greets'];

const build = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/shortlists',
  operationId: 'buildShortlists',
  tags,
  summary:
    'Make or refresh the shortlists: per vacancy the matching engine ranks the people coming (programme staff). Marks stay.',
  request: { params: idParamSchema },
  errors: [404, 409],
  responses: { 200: jsonContent(shortlistBuildSchema, 'Entries per vacancy') },
});

const read = apiRoute({
  method: 'get',
  path: '/meet-and-greets/{id}/vacancies/{vacancyId}/shortlist',
  operationId: 'getShortlist',
  tags,
  summary:
    'A vacancy’s shortlist, best match first. Employers: own vacancies only, pseudonymous (candidate codes), own marks, no notes. Audited.',
  request: { params: vacancyParamSchema },
  errors: [404],
  responses: { 200: jsonContent(shortlistSchema, 'The shortlist') },
});

const mark = apiRoute({
  method: 'put',
  path: '/meet-and-greets/{id}/vacancies/{vacancyId}/shortlist/{code}',
  operationId: 'markShortlistCandidate',
  tags,
  summary:
    'Mark a candidate WANT / MAYBE / NO, optionally with a reason from the list and a note for the programme (recruiter; until the schedule is fixed)',
  request: { params: shortlistCodeParamSchema, body: jsonRequestBody(markCandidateSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(employerShortlistItemSchema, 'The marked candidate') },
});

const add = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/vacancies/{vacancyId}/shortlist',
  operationId: 'addShortlistCandidate',
  tags,
  summary:
    'Add someone of your caseload the engine did not rank here, with a reason (lifecoach). Consent, legal requirements and the segment still apply.',
  request: { params: vacancyParamSchema, body: jsonRequestBody(addShortlistCandidateSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(staffShortlistItemSchema, 'The added candidate') },
});

export function shortlistRoutes(router: OpenAPIHono<AppBindings>, deps: MatchingDependencies) {
  router
    .openapi(build, async (c) =>
      c.json(await buildShortlists(requestContext(c), c.req.valid('param').id, deps), 200),
    )
    .openapi(read, async (c) => {
      const { id, vacancyId } = c.req.valid('param');
      return c.json(await getShortlist(requestContext(c), id, vacancyId, deps), 200);
    })
    .openapi(mark, async (c) => {
      const { id, vacancyId, code } = c.req.valid('param');
      return c.json(
        await markCandidate(requestContext(c), id, vacancyId, code, c.req.valid('json'), deps),
        200,
      );
    })
    .openapi(add, async (c) => {
      const { id, vacancyId } = c.req.valid('param');
      return c.json(
        await addShortlistCandidate(requestContext(c), id, vacancyId, c.req.valid('json'), deps),
        201,
      );
    });
}
