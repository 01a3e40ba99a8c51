import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { MatchingDependencies } from '../matching/matching.service';
import {
  cancelMeetAndGreet,
  createMeetAndGreet,
  getMeetAndGreet,
  listMeetAndGreets,
  updateMeetAndGreet,
} from './event.service';
import {
  addEventVacancySchema,
  cancelMeetAndGreetSchema,
  createMeetAndGreetSchema,
  employerAnswerSchema,
  employerParamSchema,
  eventEmployerListSchema,
  eventEmployerSchema,
  inviteEmployerSchema,
  inviteJobSeekerSchema,
  jobSeekerAnswerSchema,
  jobSeekerParamSchema,
  listMeetAndGreetsQuerySchema,
  listParticipantsQuerySchema,
  meetAndGreetSchema,
  participantSchema,
  updateMeetAndGreetSchema,
} from './meet-and-greet.schemas';
import {
  addEventVacancy,
  answerForEmployer,
  answerForJobSeeker,
  inviteEmployer,
  inviteJobSeeker,
  listEventEmployers,
  listParticipants,
} from './participation.service';
import { scheduleRoutes } from './schedule.routes';
import { shortlistRoutes } from './shortlist.routes';

const tags = ['Meet & Greets'];

const create = apiRoute({
  method: 'post',
  path: '/meet-and-greets',
  operationId: 'createMeetAndGreet',
  tags,
  summary:
    'Plan a Meet & Greet: date, place, places for job seekers, rounds and their length (programme staff)',
  request: { body: jsonRequestBody(createMeetAndGreetSchema) },
  responses: { 201: jsonContent(meetAndGreetSchema, 'The planned event') },
});

const list = apiRoute({
  method: 'get',
  path: '/meet-and-greets',
  operationId: 'listMeetAndGreets',
  tags,
  summary: 'Meet & Greets, latest date first (employers: the ones they are invited to)',
  request: { query: listMeetAndGreetsQuerySchema },
  responses: { 200: jsonContent(pageSchema(meetAndGreetSchema), 'A page of events') },
});

const read = apiRoute({
  method: 'get',
  path: '/meet-and-greets/{id}',
  operationId: 'getMeetAndGreet',
  tags,
  summary: 'One Meet & Greet with its round times (employers: with their own invitation)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(meetAndGreetSchema, 'The event') },
});

const update = apiRoute({
  method: 'put',
  path: '/meet-and-greets/{id}',
  operationId: 'updateMeetAndGreet',
  tags,
  summary: 'Change a planned Meet & Greet (programme staff); other rounds drop a proposed schedule',
  request: { params: idParamSchema, body: jsonRequestBody(updateMeetAndGreetSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(meetAndGreetSchema, 'The changed event') },
});

const inviteEmployerRoute = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/employers',
  operationId: 'inviteEmployer',
  tags,
  summary: 'Invite an employer with its open vacancies (programme staff)',
  request: { params: idParamSchema, body: jsonRequestBody(inviteEmployerSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(eventEmployerSchema, 'The invitation') },
});

const listEmployers = apiRoute({
  method: 'get',
  path: '/meet-and-greets/{id}/employers',
  operationId: 'listEventEmployers',
  tags,
  summary: 'Invited employers and their vacancies (an employer: only itself)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(eventEmployerListSchema, 'The employers') },
});

const addVacancy = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/vacancies',
  operationId: 'addEventVacancy',
  tags,
  summary: 'Add another open vacancy of an invited employer (programme staff)',
  request: { params: idParamSchema, body: jsonRequestBody(addEventVacancySchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(eventEmployerSchema, 'The employer’s invitation with its vacancies') },
});

const employerAnswer = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/employers/{employerId}/answer',
  operationId: 'answerEmployerInvitation',
  tags,
  summary:
    'The employer accepts (with tables and rounds) or declines (recruiter of the employer, or programme staff)',
  request: { params: employerParamSchema, body: jsonRequestBody(employerAnswerSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(eventEmployerSchema, 'The answered invitation') },
});

const inviteJobSeekerRoute = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/job-seekers',
  operationId: 'inviteJobSeeker',
  tags,
  summary:
    'Invite a job seeker: READY (LATER only with learn-work places at the event) and with consent to attend. Someone who declined is not asked again (409).',
  request: { params: idParamSchema, body: jsonRequestBody(inviteJobSeekerSchema) },
  errors: [404, 409],
  responses: { 201: jsonContent(participantSchema, 'The invitation') },
});

const listJobSeekers = apiRoute({
  method: 'get',
  path: '/meet-and-greets/{id}/job-seekers',
  operationId: 'listEventJobSeekers',
  tags,
  summary: 'Invited job seekers and their answers (lifecoach: own caseload; programme staff: all). Audited.',
  request: { params: idParamSchema, query: listParticipantsQuerySchema },
  errors: [404],
  responses: { 200: jsonContent(pageSchema(participantSchema), 'A page of invited people') },
});

const jobSeekerAnswer = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/job-seekers/{jobSeekerId}/answer',
  operationId: 'answerJobSeekerInvitation',
  tags,
  summary:
    'The person’s answer, through their lifecoach: accept (with contact route, rounds) or decline — declining has no effect on their record or matches',
  request: { params: jobSeekerParamSchema, body: jsonRequestBody(jobSeekerAnswerSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(participantSchema, 'The answered invitation') },
});

const cancel = apiRoute({
  method: 'post',
  path: '/meet-and-greets/{id}/cancel',
  operationId: 'cancelMeetAndGreet',
  tags,
  summary:
    'Cancel a planned Meet & Greet or one with a fixed schedule (programme staff); whoever got an agenda by mail gets its cancellation',
  request: { params: idParamSchema, body: jsonRequestBody(cancelMeetAndGreetSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(meetAndGreetSchema, 'The cancelled event') },
});

/** Every route of the Meet & Greets module: events, who comes, shortlists and the schedule. */
export function meetAndGreetRoutes(router: OpenAPIHono<AppBindings>, deps: MatchingDependencies) {
  router
    .openapi(create, async (c) =>
      c.json(await createMeetAndGreet(requestContext(c), c.req.valid('json')), 201),
    )
    .openapi(list, async (c) => c.json(await listMeetAndGreets(requestContext(c), c.req.valid('query')), 200))
    .openapi(read, async (c) =>
      c.json(await getMeetAndGreet(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(await updateMeetAndGreet(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(cancel, async (c) =>
      c.json(await cancelMeetAndGreet(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(inviteEmployerRoute, async (c) =>
      c.json(await inviteEmployer(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(listEmployers, async (c) =>
      c.json(await listEventEmployers(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(addVacancy, async (c) =>
      c.json(
        await addEventVacancy(requestContext(c), c.req.valid('param').id, c.req.valid('json').vacancyId),
        201,
      ),
    )
    .openapi(employerAnswer, async (c) => {
      const { id, employerId } = c.req.valid('param');
      return c.json(await answerForEmployer(requestContext(c), id, employerId, c.req.valid('json')), 200);
    })
    .openapi(inviteJobSeekerRoute, async (c) =>
      c.json(
        await inviteJobSeeker(requestContext(c), c.req.valid('param').id, c.req.valid('json').jobSeekerId),
        201,
      ),
    )
    .openapi(listJobSeekers, async (c) =>
      c.json(await listParticipants(requestContext(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(jobSeekerAnswer, async (c) => {
      const { id, jobSeekerId } = c.req.valid('param');
      return c.json(await answerForJobSeeker(requestContext(c), id, jobSeekerId, c.req.valid('json')), 200);
    });
  shortlistRoutes(router, deps);
  scheduleRoutes(router, deps);
}
