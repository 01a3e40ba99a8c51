import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import {
  getJobSeekerLegalQualifications,
  listLegalQualifications,
  putJobSeekerLegalQualifications,
} from './legal-qualifications.service';
import {
  candidateCodeParamSchema,
  candidateDetailSchema,
  candidateListSchema,
  legalQualificationListSchema,
  putLegalQualificationsSchema,
  rankQuerySchema,
  trainingSuggestionListSchema,
  vacancyMatchListSchema,
} from './matching.schemas';
import {
  explainCandidate,
  listCandidates,
  listTrainingSuggestions,
  listVacancyMatches,
  type MatchingDependencies,
} from './matching.service';

const tags = ['Matching'];

const candidates = apiRoute({
  method: 'get',
  path: '/vacancies/{id}/candidates',
  operationId: 'listCandidates',
  tags,
  summary:
    'Ranked candidates for a vacancy, skills first. Employers: pseudonymous, own vacancies only. Lifecoaches: their caseload.',
  request: { params: idParamSchema, query: rankQuerySchema },
  errors: [404],
  responses: { 200: jsonContent(candidateListSchema, 'Candidates with every score component and gap') },
});

const candidate = apiRoute({
  method: 'get',
  path: '/vacancies/{id}/candidates/{code}',
  operationId: 'getCandidate',
  tags,
  summary: 'One candidate in full, by candidate code',
  request: { params: candidateCodeParamSchema },
  errors: [404],
  responses: {
    200: jsonContent(candidateDetailSchema, 'The candidate with gates, components and requirements'),
  },
});

const matches = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/matches',
  operationId: 'listVacancyMatches',
  tags,
  summary: 'Open vacancies that fit a job seeker, best first (lifecoach of the person, programme staff)',
  request: { params: idParamSchema, query: rankQuerySchema },
  errors: [404, 409],
  responses: { 200: jsonContent(vacancyMatchListSchema, 'Ranked vacancies with explanations') },
});

const training = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/what-to-train',
  operationId: 'listTrainingSuggestions',
  tags,
  summary: 'Competences whose improvement would open the most open vacancies, with those vacancies',
  request: { params: idParamSchema },
  errors: [404, 409],
  responses: { 200: jsonContent(trainingSuggestionListSchema, 'Training suggestions') },
});

const qualificationCatalogue = apiRoute({
  method: 'get',
  path: '/legal-qualifications',
  operationId: 'listLegalQualifications',
  tags,
  summary: 'Certificates and licences that a job may legally require (the only hard requirements)',
  responses: { 200: jsonContent(legalQualificationListSchema, 'The list') },
});

const jobSeekerQualificationsSchema = z
  .object({ jobSeekerId: z.uuid(), items: z.array(z.object({ code: z.string(), label: z.string() })) })
  .openapi('JobSeekerLegalQualifications');

const readQualifications = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/legal-qualifications',
  operationId: 'getJobSeekerLegalQualifications',
  tags,
  summary: "A job seeker's legal qualifications",
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(jobSeekerQualificationsSchema, 'The qualifications') },
});

const putQualifications = apiRoute({
  method: 'put',
  path: '/job-seekers/{id}/legal-qualifications',
  operationId: 'setJobSeekerLegalQualifications',
  tags,
  summary: "Set a job seeker's legal qualifications (lifecoach, programme staff)",
  request: { params: idParamSchema, body: jsonRequestBody(putLegalQualificationsSchema) },
  errors: [404],
  responses: { 200: jsonContent(jobSeekerQualificationsSchema, 'The qualifications') },
});

export const matchingRoutes = (router: OpenAPIHono<AppBindings>, deps: MatchingDependencies) =>
  router
    .openapi(candidates, async (c) =>
      c.json(
        await listCandidates(requestContext(c), c.req.valid('param').id, c.req.valid('query'), deps),
        200,
      ),
    )
    .openapi(candidate, async (c) => {
      const { id, code } = c.req.valid('param');
      return c.json(await explainCandidate(requestContext(c), id, code, deps), 200);
    })
    .openapi(matches, async (c) =>
      c.json(
        await listVacancyMatches(requestContext(c), c.req.valid('param').id, c.req.valid('query'), deps),
        200,
      ),
    )
    .openapi(training, async (c) =>
      c.json(await listTrainingSuggestions(requestContext(c), c.req.valid('param').id, deps), 200),
    )
    .openapi(qualificationCatalogue, (c) => c.json(listLegalQualifications(), 200))
    .openapi(readQualifications, async (c) =>
      c.json(await getJobSeekerLegalQualifications(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(putQualifications, async (c) =>
      c.json(
        await putJobSeekerLegalQualifications(
          requestContext(c),
          c.req.valid('param').id,
          c.req.valid('json').codes,
        ),
        200,
      ),
    );
