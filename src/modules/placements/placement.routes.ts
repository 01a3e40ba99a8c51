import type { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageQuerySchema, pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { ReferenceData } from '../../reference/reference-data';
import type { CadenceRules } from './cadence';
import {
  checkInListSchema,
  checkInSchema,
  listCheckInsQuerySchema,
  recordCheckInSchema,
  recordSupportNoteSchema,
  supportNoteSchema,
} from './check-in.schemas';
import { listCheckIns, listSupportNotes, recordCheckIn, recordSupportNote } from './check-in.service';
import {
  digestQuerySchema,
  digestSchema,
  followUpListSchema,
  listFollowUpQuerySchema,
  retentionQuerySchema,
  retentionReportSchema,
} from './follow-up.schemas';
import { followUpDigest, listFollowUp } from './follow-up.service';
import {
  createPlanCommentSchema,
  createPlanItemSchema,
  onboardingPlanSchema,
  planCommentSchema,
  planItemSchema,
  updatePlanItemSchema,
} from './onboarding-plan.schemas';
import { addPlanComment, addPlanItem, getOnboardingPlan, updatePlanItem } from './onboarding-plan.service';
import {
  cancelPlacementSchema,
  convertPlacementSchema,
  createPlacementSchema,
  endPlacementSchema,
  hoursBuildUpSchema,
  listPlacementsQuerySchema,
  placementSchema,
  placementSummarySchema,
  putAbsencesSchema,
  putHoursBuildUpSchema,
  startPlacementSchema,
  updatePlacementSchema,
} from './placement.schemas';
import {
  cancelPlacement,
  convertPlacement,
  createDirectPlacement,
  endPlacement,
  getHoursBuildUp,
  getPlacement,
  listPlacements,
  putAbsences,
  putHoursBuildUp,
  startPlacement,
  updatePlacement,
} from './placement.service';
import { retentionReport } from './retention.service';

const tags = ['Placements and follow-up'];

const create = apiRoute({
  method: 'post',
  path: '/placements',
  operationId: 'createPlacement',
  tags,
  summary:
    'Record a hire outside a Meet & Greet as a draft placement (employer recruiter: by candidate code of their own vacancy; lifecoach: own caseload; programme staff). Defaults come from the vacancy.',
  request: { body: jsonRequestBody(createPlacementSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(placementSchema, 'The draft placement') },
});

const list = apiRoute({
  method: 'get',
  path: '/placements',
  operationId: 'listPlacements',
  tags,
  summary:
    'Placements, newest first (recruiter: own employer; mentor/manager: where named; lifecoach: the ones they follow; programme: all). Audited per person.',
  request: { query: listPlacementsQuerySchema },
  responses: { 200: jsonContent(pageSchema(placementSummarySchema), 'A page of placements') },
});

const read = apiRoute({
  method: 'get',
  path: '/placements/{id}',
  operationId: 'getPlacement',
  tags,
  summary:
    'One placement: contract, mentor, manager, lifecoach, this week’s agreed hours, what is due, worry flags, outcome and retention (audited)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(placementSchema, 'The placement') },
});

const update = apiRoute({
  method: 'patch',
  path: '/placements/{id}',
  operationId: 'updatePlacement',
  tags,
  summary:
    'Fill in the contract and name the mentor (a MENTOR user, not the manager) and the manager (employer recruiter, programme staff). Send `version`.',
  request: { params: idParamSchema, body: jsonRequestBody(updatePlacementSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(placementSchema, 'The changed placement') },
});

const transition = <T extends z.ZodType>(operationId: string, path: string, summary: string, body: T) =>
  apiRoute({
    operationId,
    method: 'post',
    path: `/placements/{id}/${path}`,
    tags,
    summary,
    request: { params: idParamSchema, body: jsonRequestBody(body) },
    errors: [404, 409],
    responses: { 200: jsonContent(placementSchema, 'The placement in its new status') },
  });

const start = transition(
  'startPlacement',
  'start',
  'Confirm the start (employer recruiter, programme staff): needs a start date, a mentor and a manager. The person counts as placed from now on.',
  startPlacementSchema,
);
const convert = transition(
  'convertPlacement',
  'convert',
  'Record a permanent contract (employer recruiter, programme staff)',
  convertPlacementSchema,
);
const end = transition(
  'endPlacement',
  'end',
  'End a placement with a reason from the list, the causes in words, the last day of work and whether the person returns to the programme (then their segment is reviewed). Employer recruiter, lifecoach, programme staff.',
  endPlacementSchema,
);
const cancel = transition(
  'cancelPlacement',
  'cancel',
  'Cancel a draft placement that will not start, with a reason (employer recruiter, lifecoach, programme staff)',
  cancelPlacementSchema,
);

const readHours = apiRoute({
  method: 'get',
  path: '/placements/{id}/hours-build-up',
  operationId: 'getHoursBuildUp',
  tags,
  summary:
    'The agreed hours per week, this week’s hours, and every earlier agreement with its reason (audited)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(hoursBuildUpSchema, 'The hours build-up') },
});

const putHours = apiRoute({
  method: 'put',
  path: '/placements/{id}/hours-build-up',
  operationId: 'agreeHoursBuildUp',
  tags,
  summary:
    'Agree a new hours build-up with a reason (employer recruiter, the manager, the lifecoach, programme staff); never above the contract hours',
  request: { params: idParamSchema, body: jsonRequestBody(putHoursBuildUpSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(hoursBuildUpSchema, 'The new hours build-up') },
});

const absences = apiRoute({
  method: 'put',
  path: '/placements/{id}/absences',
  operationId: 'setPlacementAbsences',
  tags,
  summary:
    'Record holidays and other absences: no conversation falls due on those days (anyone who guides the placement)',
  request: { params: idParamSchema, body: jsonRequestBody(putAbsencesSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(placementSchema, 'The placement') },
});

const addCheckIn = apiRoute({
  method: 'post',
  path: '/placements/{id}/check-ins',
  operationId: 'recordCheckIn',
  tags,
  summary:
    'Record a conversation of your own kind: MANAGER_FEEDBACK (the manager), MENTOR (the mentor), LIFECOACH (the lifecoach). Not in the future.',
  request: { params: idParamSchema, body: jsonRequestBody(recordCheckInSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(checkInSchema, 'The recorded conversation') },
});

const checkIns = apiRoute({
  method: 'get',
  path: '/placements/{id}/check-ins',
  operationId: 'listCheckIns',
  tags,
  summary:
    'The conversations you may read, newest first: lifecoach and programme all; the manager the feedback; the mentor the mentor conversations. Employers never read lifecoach reports. (Audited.)',
  request: { params: idParamSchema, query: listCheckInsQuerySchema },
  errors: [404],
  responses: { 200: jsonContent(checkInListSchema, 'A page of conversations') },
});

const addSupportNote = apiRoute({
  method: 'post',
  path: '/placements/{id}/support-notes',
  operationId: 'addSupportNote',
  tags,
  summary: 'A note about the personal sphere during the placement (lifecoach); never shown to the employer',
  request: { params: idParamSchema, body: jsonRequestBody(recordSupportNoteSchema) },
  errors: [404],
  responses: { 201: jsonContent(supportNoteSchema, 'The note') },
});

const supportNotes = apiRoute({
  method: 'get',
  path: '/placements/{id}/support-notes',
  operationId: 'listSupportNotes',
  tags,
  summary: 'Personal support notes, newest first (lifecoach, programme staff; audited)',
  request: { params: idParamSchema, query: pageQuerySchema },
  errors: [404],
  responses: { 200: jsonContent(pageSchema(supportNoteSchema), 'A page of notes') },
});

const plan = apiRoute({
  method: 'get',
  path: '/placements/{id}/onboarding-plan',
  operationId: 'getOnboardingPlan',
  tags,
  summary: 'The onboarding and training plan with its comments (everyone who sees the placement; audited)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(onboardingPlanSchema, 'The plan') },
});

const addItem = apiRoute({
  method: 'post',
  path: '/placements/{id}/onboarding-plan/items',
  operationId: 'addOnboardingPlanItem',
  tags,
  summary: 'Add a goal or learning item (employer recruiter, the manager)',
  request: { params: idParamSchema, body: jsonRequestBody(createPlanItemSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(planItemSchema, 'The item') },
});

const updateItem = apiRoute({
  method: 'patch',
  path: '/onboarding-plan-items/{id}',
  operationId: 'updateOnboardingPlanItem',
  tags,
  summary: 'Change an item or its status (employer recruiter, the manager). Send `version`.',
  request: { params: idParamSchema, body: jsonRequestBody(updatePlanItemSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(planItemSchema, 'The item') },
});

const addComment = apiRoute({
  method: 'post',
  path: '/placements/{id}/onboarding-plan/comments',
  operationId: 'addOnboardingPlanComment',
  tags,
  summary:
    'Comment on the plan or one item (mentor, lifecoach, employer, programme); shared with the employer',
  request: { params: idParamSchema, body: jsonRequestBody(createPlanCommentSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(planCommentSchema, 'The comment') },
});

const followUp = apiRoute({
  method: 'get',
  path: '/follow-up-items',
  operationId: 'listFollowUpItems',
  tags,
  summary:
    'Due and overdue conversations, most overdue first (mentor/manager: own; recruiter: own employer; lifecoach: the placements they follow, every kind; programme: all). Audited per person.',
  request: { query: listFollowUpQuerySchema },
  responses: { 200: jsonContent(followUpListSchema, 'A page of follow-up items') },
});

const digest = apiRoute({
  method: 'get',
  path: '/follow-up-digest',
  operationId: 'getFollowUpDigest',
  tags,
  summary:
    'What a daily notification job would send, per recipient, in plain Dutch (programme staff; audited per person)',
  request: { query: digestQuerySchema },
  responses: { 200: jsonContent(digestSchema, 'A page of recipients') },
});

const retention = apiRoute({
  method: 'get',
  path: '/placement-retention',
  operationId: 'getPlacementRetention',
  tags,
  summary:
    'Retention at 3, 6 and 12 months, conversions and the named causes of endings over placements started in a period (programme staff; counts only)',
  request: { query: retentionQuerySchema },
  responses: { 200: jsonContent(retentionReportSchema, 'The report') },
});

export function placementRoutes(
  router: OpenAPIHono<AppBindings>,
  deps: { reference: ReferenceData; cadence: CadenceRules },
) {
  const { reference, cadence } = deps;
  return router
    .openapi(create, async (c) =>
      c.json(
        await createDirectPlacement(
          requestContext(c),
          cadence,
          reference.activeMoneyChecklist,
          c.req.valid('json'),
        ),
        201,
      ),
    )
    .openapi(list, async (c) => c.json(await listPlacements(requestContext(c), c.req.valid('query')), 200))
    .openapi(read, async (c) =>
      c.json(await getPlacement(requestContext(c), cadence, c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(
        await updatePlacement(requestContext(c), cadence, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(start, async (c) =>
      c.json(
        await startPlacement(requestContext(c), cadence, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(convert, async (c) =>
      c.json(
        await convertPlacement(requestContext(c), cadence, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(end, async (c) =>
      c.json(
        await endPlacement(requestContext(c), cadence, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(cancel, async (c) =>
      c.json(
        await cancelPlacement(requestContext(c), cadence, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(readHours, async (c) =>
      c.json(await getHoursBuildUp(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(putHours, async (c) =>
      c.json(await putHoursBuildUp(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(absences, async (c) =>
      c.json(
        await putAbsences(requestContext(c), cadence, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(addCheckIn, async (c) =>
      c.json(await recordCheckIn(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(checkIns, async (c) =>
      c.json(await listCheckIns(requestContext(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(addSupportNote, async (c) =>
      c.json(await recordSupportNote(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(supportNotes, async (c) =>
      c.json(await listSupportNotes(requestContext(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(plan, async (c) =>
      c.json(await getOnboardingPlan(requestContext(c), reference, c.req.valid('param').id), 200),
    )
    .openapi(addItem, async (c) =>
      c.json(
        await addPlanItem(requestContext(c), reference, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(updateItem, async (c) =>
      c.json(
        await updatePlanItem(requestContext(c), reference, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(addComment, async (c) =>
      c.json(await addPlanComment(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(followUp, async (c) =>
      c.json(await listFollowUp(requestContext(c), cadence, c.req.valid('query')), 200),
    )
    .openapi(digest, async (c) =>
      c.json(await followUpDigest(requestContext(c), cadence, c.req.valid('query')), 200),
    )
    .openapi(retention, async (c) =>
      c.json(await retentionReport(requestContext(c), c.req.valid('query')), 200),
    );
}
