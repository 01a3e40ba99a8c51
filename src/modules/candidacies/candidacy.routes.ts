import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageQuerySchema, pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import {
  candidacyDetailSchema,
  candidacyItemSchema,
  interviewInvitationSchema,
  listCandidaciesQuerySchema,
  listInterviewInvitationsQuerySchema,
  moveCandidacySchema,
  notSelectedReportQuerySchema,
  notSelectedReportSchema,
  shareIdentitySchema,
  vacancyPipelineSchema,
} from './candidacy.schemas';
import {
  getCandidacy,
  getVacancyPipeline,
  listCandidacies,
  listStaleCandidacies,
  moveCandidacy,
} from './candidacy.service';
import type { CandidacyDependencies } from './hire-hook';
import { listInterviewInvitations, shareIdentity } from './interview-invitation.service';
import { notSelectedReport } from './not-selected-report.service';

const tags = ['Hiring pipeline'];

const list = apiRoute({
  method: 'get',
  path: '/candidacies',
  operationId: 'listCandidacies',
  tags,
  summary:
    'Candidacies (person × vacancy), last moved first. Employers: own vacancies, by candidate code; the name only after the person agreed. Audited.',
  request: { query: listCandidaciesQuerySchema },
  responses: { 200: jsonContent(pageSchema(candidacyItemSchema), 'A page of candidacies') },
});

const read = apiRoute({
  method: 'get',
  path: '/candidacies/{id}',
  operationId: 'getCandidacy',
  tags,
  summary: 'One candidacy with every step: who, when, why (notes: programme staff only). Audited.',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(candidacyDetailSchema, 'The candidacy') },
});

const move = apiRoute({
  method: 'post',
  path: '/candidacies/{id}/transitions',
  operationId: 'moveCandidacy',
  tags,
  summary:
    'Take a step: invite to an interview, interviewed, offer, hire, not selected (employer); declined by the person, withdrawn (lifecoach, programme staff). 409 for a step that does not exist from here.',
  request: { params: idParamSchema, body: jsonRequestBody(moveCandidacySchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(candidacyDetailSchema, 'The candidacy after the step') },
});

const pipeline = apiRoute({
  method: 'get',
  path: '/vacancies/{id}/pipeline',
  operationId: 'getVacancyPipeline',
  tags,
  summary:
    'A vacancy’s pipeline in numbers: candidacies per step, positions filled by hires and still open (employer: own vacancies)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(vacancyPipelineSchema, 'Counts, no names') },
});

const stale = apiRoute({
  method: 'get',
  path: '/stale-candidacies',
  operationId: 'listStaleCandidacies',
  tags,
  summary:
    'Open candidacies without a step for 30 days, longest first (lifecoach: caseload; programme staff: all)',
  request: { query: pageQuerySchema },
  responses: { 200: jsonContent(pageSchema(candidacyItemSchema), 'A page of candidacies') },
});

const invitations = apiRoute({
  method: 'get',
  path: '/interview-invitations',
  operationId: 'listInterviewInvitations',
  tags,
  summary:
    'Interview invitations of your caseload, by default those waiting for the person’s consent (lifecoach; programme staff: all)',
  request: { query: listInterviewInvitationsQuerySchema },
  responses: { 200: jsonContent(pageSchema(interviewInvitationSchema), 'A page of invitations') },
});

const share = apiRoute({
  method: 'post',
  path: '/interview-invitations/{id}/share',
  operationId: 'shareCandidateIdentity',
  tags,
  summary:
    'Share the person’s name and chosen contact route with the employer, after recording their consent to share their profile with it (lifecoach). Audited.',
  request: { params: idParamSchema, body: jsonRequestBody(shareIdentitySchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(interviewInvitationSchema, 'The shared invitation') },
});

const report = apiRoute({
  method: 'get',
  path: '/reports/not-selected-reasons',
  operationId: 'getNotSelectedReasonsReport',
  tags,
  summary:
    'Why employers did not go on with candidates, per employer, with the free-text notes (programme staff only)',
  request: { query: notSelectedReportQuerySchema },
  responses: { 200: jsonContent(notSelectedReportSchema, 'Reasons per employer') },
});

export function candidacyRoutes(router: OpenAPIHono<AppBindings>, deps: CandidacyDependencies) {
  router
    .openapi(list, async (c) => c.json(await listCandidacies(requestContext(c), c.req.valid('query')), 200))
    .openapi(read, async (c) => c.json(await getCandidacy(requestContext(c), c.req.valid('param').id), 200))
    .openapi(move, async (c) =>
      c.json(await moveCandidacy(requestContext(c), c.req.valid('param').id, c.req.valid('json'), deps), 200),
    )
    .openapi(pipeline, async (c) =>
      c.json(await getVacancyPipeline(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(stale, async (c) =>
      c.json(await listStaleCandidacies(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(invitations, async (c) =>
      c.json(await listInterviewInvitations(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(share, async (c) =>
      c.json(await shareIdentity(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(report, async (c) =>
      c.json(await notSelectedReport(requestContext(c), c.req.valid('query')), 200),
    );
}
