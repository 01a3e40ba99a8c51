import type { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageQuerySchema, pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { ReferenceData } from '../../reference/reference-data';
import { listReassessmentPrompts } from './reassessment-prompt.service';
import {
  acceptPlacementSchema,
  arrivalCheckSchema,
  declinePlacementSchema,
  finishPlacementSchema,
  listPlacementsQuerySchema,
  listReassessmentPromptsQuerySchema,
  placementSchema,
  placementSummarySchema,
  progressEntrySchema,
  proposePlacementSchema,
  reassessmentPromptSchema,
  recordProgressSchema,
  startPlacementSchema,
  withdrawPlacementSchema,
} from './trajectory-placement.schemas';
import {
  acceptPlacement,
  declinePlacement,
  finishPlacement,
  getPlacement,
  listArrivalChecks,
  listPlacements,
  proposePlacement,
  startPlacement,
  withdrawPlacement,
} from './trajectory-placement.service';
import { listProgress, recordProgress } from './trajectory-progress.service';

const tags = ['Trajectories'];

const propose = apiRoute({
  method: 'post',
  path: '/trajectory-placements',
  operationId: 'proposeTrajectoryPlacement',
  tags,
  summary:
    'Propose a person of your caseload for an offering, with a handover note (lifecoach). The kind must fit the segment unless you give an overrideJustification.',
  request: { body: jsonRequestBody(proposePlacementSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(placementSchema, 'The proposal') },
});

const list = apiRoute({
  method: 'get',
  path: '/trajectory-placements',
  operationId: 'listTrajectoryPlacements',
  tags,
  summary:
    'Proposals and placements, newest first (coordinator: own organisation; lifecoach: caseload; programme staff: all). Audited per person.',
  request: { query: listPlacementsQuerySchema },
  responses: { 200: jsonContent(pageSchema(placementSummarySchema), 'A page of placements') },
});

const read = apiRoute({
  method: 'get',
  path: '/trajectory-placements/{id}',
  operationId: 'getTrajectoryPlacement',
  tags,
  summary:
    'One placement: name, contact route, handover note and the shareable talent profile — never support needs (audited)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(placementSchema, 'The placement') },
});

const transition = <T extends z.ZodType>(operationId: string, path: string, summary: string, body: T) =>
  apiRoute({
    operationId,
    method: 'post',
    path: `/trajectory-placements/{id}/${path}`,
    tags,
    summary,
    request: { params: idParamSchema, body: jsonRequestBody(body) },
    errors: [404, 409],
    responses: { 200: jsonContent(placementSchema, 'The placement in its new status') },
  });

const accept = transition(
  'acceptTrajectoryPlacement',
  'accept',
  'Accept a proposal with a start date (coordinator). A full start answers 409; a start date in the past 422.',
  acceptPlacementSchema,
);
const decline = transition(
  'declineTrajectoryPlacement',
  'decline',
  'Decline a proposal with a reason (coordinator)',
  declinePlacementSchema,
);
const withdraw = transition(
  'withdrawTrajectoryPlacement',
  'withdraw',
  'Withdraw a proposal or an accepted placement (lifecoach); the person may always say no',
  withdrawPlacementSchema,
);
const start = transition(
  'startTrajectoryPlacement',
  'start',
  'Record that the person started (coordinator): answers "did they arrive?"',
  startPlacementSchema,
);
const finish = transition(
  'finishTrajectoryPlacement',
  'finish',
  'Complete, or end with a reason (coordinator). Completion prompts the lifecoach to reassess.',
  finishPlacementSchema,
);

const addProgress = apiRoute({
  method: 'post',
  path: '/trajectory-placements/{id}/progress',
  operationId: 'recordTrajectoryProgress',
  tags,
  summary:
    'Record a progress note, competence observations (level seen now, with a date) or attendance (coordinator). Another level than in the talent profile prompts the lifecoach to reassess.',
  request: { params: idParamSchema, body: jsonRequestBody(recordProgressSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(progressEntrySchema, 'The recorded entry') },
});

const progress = apiRoute({
  method: 'get',
  path: '/trajectory-placements/{id}/progress',
  operationId: 'listTrajectoryProgress',
  tags,
  summary: 'Everything the provider recorded during a placement, newest first (audited)',
  request: { params: idParamSchema, query: pageQuerySchema },
  errors: [404],
  responses: { 200: jsonContent(pageSchema(progressEntrySchema), 'A page of progress entries') },
});

const arrivalChecks = apiRoute({
  method: 'get',
  path: '/trajectory-arrival-checks',
  operationId: 'listTrajectoryArrivalChecks',
  tags,
  summary:
    '"Did they arrive?": accepted placements whose start date is more than 14 days ago without a recorded start (coordinator: own organisation; lifecoach: caseload; programme staff: all)',
  request: { query: pageQuerySchema },
  responses: {
    200: jsonContent(pageSchema(arrivalCheckSchema), 'A page of placements to check, oldest first'),
  },
});

const prompts = apiRoute({
  method: 'get',
  path: '/reassessment-prompts',
  operationId: 'listReassessmentPrompts',
  tags,
  summary:
    'Prompts to reassess someone after a completed trajectory or a changed observed level (lifecoach: caseload; programme staff: all)',
  request: { query: listReassessmentPromptsQuerySchema },
  responses: { 200: jsonContent(pageSchema(reassessmentPromptSchema), 'A page of prompts, newest first') },
});

export const trajectoryPlacementRoutes = (router: OpenAPIHono<AppBindings>, reference: ReferenceData) =>
  router
    .openapi(propose, async (c) =>
      c.json(await proposePlacement(requestContext(c), c.req.valid('json')), 201),
    )
    .openapi(list, async (c) => c.json(await listPlacements(requestContext(c), c.req.valid('query')), 200))
    .openapi(read, async (c) => c.json(await getPlacement(requestContext(c), c.req.valid('param').id), 200))
    .openapi(accept, async (c) =>
      c.json(await acceptPlacement(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(decline, async (c) =>
      c.json(await declinePlacement(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(withdraw, async (c) =>
      c.json(await withdrawPlacement(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(start, async (c) =>
      c.json(await startPlacement(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(finish, async (c) =>
      c.json(await finishPlacement(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(addProgress, async (c) =>
      c.json(
        await recordProgress(requestContext(c), reference, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(progress, async (c) =>
      c.json(
        await listProgress(requestContext(c), reference, c.req.valid('param').id, c.req.valid('query')),
        200,
      ),
    )
    .openapi(arrivalChecks, async (c) =>
      c.json(await listArrivalChecks(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(prompts, async (c) =>
      c.json(await listReassessmentPrompts(requestContext(c), reference, c.req.valid('query')), 200),
    );
