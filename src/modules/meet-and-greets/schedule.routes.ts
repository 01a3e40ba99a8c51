import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import type { MatchingDependencies } from '../matching/matching.service';
import { employerParamSchema, jobSeekerParamSchema } from './meet-and-greet.schemas';
import {
  employerAgendaSchema,
  fixScheduleSchema,
  personAgendaSchema,
  proposeScheduleSchema,
  putScheduleSchema,
  recordHeldSchema,
  scheduleProposalSchema,
  scheduleSchema,
} from './schedule.schemas';
import {
  adjustSchedule,
  fixSchedule,
  getEmployerAgenda,
  getPersonAgenda,
  getSchedule,
  proposeSchedule,
  recordHeld,
} from './schedule.service';

const tags = ['Meet & Greets'];

const read = apiRoute({
  method: 'get',
  path: '/meet-and-greets/{id}/schedule',
  operationId: 'getSchedule',
  tags,
  summary: 'The conversation schedule with names, and who has no conversation (programme staff)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(scheduleSchema, 'The schedule') },
});

const propose = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/schedule/proposal',
  operationId: 'proposeSchedule',
  tags,
  summary:
    'Propose the schedule from the marks and match scores: an assignment problem solved with network flows (programme staff)',
  request: { params: idParamSchema, body: jsonRequestBody(proposeScheduleSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(scheduleProposalSchema, 'The proposed schedule, with the solver’s result') },
});

const adjust = apiRoute({
  method: 'put',
  path: '/meet-and-greets/{id}/schedule',
  operationId: 'setSchedule',
  tags,
  summary:
    'Set the schedule by hand (programme staff). Every rule is checked; all violations come back in one 422.',
  request: { params: idParamSchema, body: jsonRequestBody(putScheduleSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(scheduleSchema, 'The adjusted schedule') },
});

const fix = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/schedule/fix',
  operationId: 'fixSchedule',
  tags,
  summary:
    'Fix the schedule (programme staff): marks become pipeline steps (WANT/MAYBE → shortlisted, NO → not selected)',
  request: { params: idParamSchema, body: jsonRequestBody(fixScheduleSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(scheduleSchema, 'The fixed schedule') },
});

const held = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/held',
  operationId: 'recordMeetAndGreetHeld',
  tags,
  summary: 'Record the event as held, with who did not come; the others have met (programme staff)',
  request: { params: idParamSchema, body: jsonRequestBody(recordHeldSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(scheduleSchema, 'The schedule as held') },
});

const employerList = apiRoute({
  method: 'get',
  path: '/meet-and-greets/{id}/schedule/employers/{employerId}',
  operationId: 'getEmployerConversationList',
  tags,
  summary:
    'Printable conversation list of one employer, candidate codes only (the employer’s recruiters, programme staff)',
  request: { params: employerParamSchema },
  errors: [404, 409],
  responses: { 200: jsonContent(employerAgendaSchema, 'The list, with Dutch lines to print') },
});

const personList = apiRoute({
  method: 'get',
  path: '/meet-and-greets/{id}/schedule/job-seekers/{jobSeekerId}',
  operationId: 'getJobSeekerConversationList',
  tags,
  summary: 'Printable conversation list of one person (their lifecoach, programme staff)',
  request: { params: jobSeekerParamSchema },
  errors: [404, 409],
  responses: { 200: jsonContent(personAgendaSchema, 'The list, with Dutch lines to print') },
});

export function scheduleRoutes(router: OpenAPIHono<AppBindings>, deps: MatchingDependencies) {
  router
    .openapi(read, async (c) =>
      c.json(await getSchedule(requestContext(c), c.req.valid('param').id, deps), 200),
    )
    .openapi(propose, async (c) =>
      c.json(
        await proposeSchedule(requestContext(c), c.req.valid('param').id, c.req.valid('json'), deps),
        200,
      ),
    )
    .openapi(adjust, async (c) =>
      c.json(
        await adjustSchedule(requestContext(c), c.req.valid('param').id, c.req.valid('json'), deps),
        200,
      ),
    )
    .openapi(fix, async (c) =>
      c.json(await fixSchedule(requestContext(c), c.req.valid('param').id, c.req.valid('json'), deps), 200),
    )
    .openapi(held, async (c) =>
      c.json(await recordHeld(requestContext(c), c.req.valid('param').id, c.req.valid('json'), deps), 200),
    )
    .openapi(employerList, async (c) => {
      const { id, employerId } = c.req.valid('param');
      return c.json(await getEmployerAgenda(requestContext(c), id, employerId, deps), 200);
    })
    .openapi(personList, async (c) => {
      const { id, jobSeekerId } = c.req.valid('param');
      return c.json(await getPersonAgenda(requestContext(c), id, jobSeekerId), 200);
    });
}
