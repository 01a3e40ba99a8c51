import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { ReferenceData } from '../../reference/reference-data';
import {
  addEvidenceSchema,
  assessmentCompletionSchema,
  assessmentSchema,
  assessmentSummarySchema,
  completeAssessmentSchema,
  evidenceParamSchema,
  listAssessmentsQuerySchema,
  saveAnswersSchema,
} from './assessment.schemas';
import {
  addEvidence,
  completeAssessment,
  getAssessment,
  listAssessments,
  removeEvidence,
  saveAnswers,
  startAssessment,
} from './assessment.service';

const tags = ['Assessments'];

const start = apiRoute({
  method: 'post',
  path: '/job-seekers/{id}/assessments',
  operationId: 'startAssessment',
  tags,
  summary:
    'Start an assessment (draft) with the active instrument, for a person in your caseload (lifecoach)',
  request: { params: idParamSchema },
  errors: [404, 409],
  responses: { 201: jsonContent(assessmentSchema, 'The new draft') },
});

const list = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/assessments',
  operationId: 'listAssessments',
  tags,
  summary: "A person's assessments, newest first (lifecoach: own caseload; programme admin)",
  request: { params: idParamSchema, query: listAssessmentsQuerySchema },
  errors: [404],
  responses: { 200: jsonContent(pageSchema(assessmentSummarySchema), 'A page of assessments') },
});

const read = apiRoute({
  method: 'get',
  path: '/assessments/{id}',
  operationId: 'getAssessment',
  tags,
  summary: 'Read an assessment with its answers, evidence and what is still missing',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(assessmentSchema, 'The assessment') },
});

const save = apiRoute({
  method: 'patch',
  path: '/assessments/{id}/answers',
  operationId: 'saveAssessmentAnswers',
  tags,
  summary:
    'Save part of the answers; each save is checked against the instrument, all or nothing (lifecoach)',
  request: { params: idParamSchema, body: jsonRequestBody(saveAnswersSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(assessmentSchema, 'The assessment with the saved answers') },
});

const attach = apiRoute({
  method: 'post',
  path: '/assessments/{id}/evidence',
  operationId: 'addAssessmentEvidence',
  tags,
  summary:
    'Attach evidence, such as volunteering at a social enterprise or a certificate (lifecoach, draft only)',
  request: { params: idParamSchema, body: jsonRequestBody(addEvidenceSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(assessmentSchema, 'The assessment with the new evidence') },
});

const detach = apiRoute({
  method: 'delete',
  path: '/assessments/{id}/evidence/{evidenceId}',
  operationId: 'removeAssessmentEvidence',
  tags,
  summary: 'Remove evidence (lifecoach, draft only)',
  request: { params: evidenceParamSchema },
  errors: [404, 409],
  responses: { 200: jsonContent(assessmentSchema, 'The assessment without that evidence') },
});

const complete = apiRoute({
  method: 'post',
  path: '/assessments/{id}/complete',
  operationId: 'completeAssessment',
  tags,
  summary:
    'Complete the assessment: a new talent profile version and a segment decision with reasons; in phase rood no profile and NOT_NOW with a review within four weeks (lifecoach)',
  request: { params: idParamSchema, body: jsonRequestBody(completeAssessmentSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(assessmentCompletionSchema, 'The profile summary and the segment decision') },
});

export const assessmentRoutes = (router: OpenAPIHono<AppBindings>, reference: ReferenceData) =>
  router
    .openapi(start, async (c) =>
      c.json(await startAssessment(requestContext(c), reference, c.req.valid('param').id), 201),
    )
    .openapi(list, async (c) =>
      c.json(await listAssessments(requestContext(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(read, async (c) =>
      c.json(await getAssessment(requestContext(c), reference, c.req.valid('param').id), 200),
    )
    .openapi(save, async (c) =>
      c.json(
        await saveAnswers(requestContext(c), reference, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(attach, async (c) =>
      c.json(
        await addEvidence(requestContext(c), reference, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(detach, async (c) => {
      const { id, evidenceId } = c.req.valid('param');
      return c.json(await removeEvidence(requestContext(c), reference, id, evidenceId), 200);
    })
    .openapi(complete, async (c) =>
      c.json(
        await completeAssessment(requestContext(c), reference, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    );
