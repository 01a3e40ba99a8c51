import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import { answerOwnCandidacy } from '../candidacies/own-candidacy.service';
import { answerOwnInvitation } from '../meet-and-greets/participation.service';
import { reactToOwnSegmentDecision } from '../readiness/segment-reaction.service';
import { decideOwnConsent, getOwnConsents } from './own-consent.service';
import {
  ownConsentDecisionSchema,
  ownConsentsSchema,
  ownInvitationAnswerSchema,
  ownInvitationSchema,
  ownMatchAnswerSchema,
  ownMatchSchema,
  ownRecordSchema,
  ownSegmentReactionSchema,
  segmentReactionSchema,
} from './own-record.schemas';
import { getOwnRecord } from './own-record.service';

const tags = ['Own record'];

export const getOwnRecordRoute = apiRoute({
  method: 'get',
  path: '/me/record',
  operationId: 'getOwnRecord',
  tags,
  summary: 'Everything recorded about the signed-in person (job seeker only; audited as own_record.viewed)',
  responses: { 200: jsonContent(ownRecordSchema, 'The own record') },
});

export const getOwnConsentsRoute = apiRoute({
  method: 'get',
  path: '/me/consents',
  operationId: 'getOwnConsents',
  tags,
  summary:
    'The person’s consents per purpose (per employer for profile sharing), with the texts (job seeker only)',
  responses: { 200: jsonContent(ownConsentsSchema, 'The consents') },
});

export const decideOwnConsentRoute = apiRoute({
  method: 'post',
  path: '/me/consents',
  operationId: 'decideOwnConsent',
  tags,
  summary: 'Give or withdraw a consent; it counts from the next request everywhere (job seeker only)',
  request: { body: jsonRequestBody(ownConsentDecisionSchema) },
  responses: { 200: jsonContent(ownConsentsSchema, 'The consents after the decision') },
});

export const answerOwnInvitationRoute = apiRoute({
  method: 'post',
  path: '/me/meet-and-greets/{id}/answer',
  operationId: 'answerOwnInvitation',
  tags,
  summary:
    'Say yes or no to an invitation to a Meet & Greet, without a reason; a no takes the person off this event only (job seeker only)',
  request: { params: idParamSchema, body: jsonRequestBody(ownInvitationAnswerSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(ownInvitationSchema, 'The invitation after the answer') },
});

export const answerOwnMatchRoute = apiRoute({
  method: 'post',
  path: '/me/candidacies/{id}/answer',
  operationId: 'answerOwnMatch',
  tags,
  summary:
    'Say yes or no to a proposed match (an open candidacy), without a reason; a no ends this candidacy only (job seeker only)',
  request: { params: idParamSchema, body: jsonRequestBody(ownMatchAnswerSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(ownMatchSchema, 'The candidacy after the answer') },
});

export const reactToOwnSegmentRoute = apiRoute({
  method: 'post',
  path: '/me/segment-decisions/{id}/reactions',
  operationId: 'reactToOwnSegmentDecision',
  tags,
  summary:
    'A short reaction or objection to one of the person’s segment decisions, kept with it; the lifecoach answers (job seeker only)',
  request: { params: idParamSchema, body: jsonRequestBody(ownSegmentReactionSchema) },
  errors: [404],
  responses: { 201: jsonContent(segmentReactionSchema, 'The reaction') },
});

export const ownRecordRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(getOwnRecordRoute, async (c) => c.json(await getOwnRecord(requestContext(c)), 200))
    .openapi(getOwnConsentsRoute, async (c) => c.json(await getOwnConsents(requestContext(c)), 200))
    .openapi(decideOwnConsentRoute, async (c) => {
      const ctx = requestContext(c);
      await decideOwnConsent(ctx, c.req.valid('json'));
      return c.json(await getOwnConsents(ctx), 200);
    })
    .openapi(answerOwnInvitationRoute, async (c) => {
      const view = await answerOwnInvitation(requestContext(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json({ meetAndGreetId: view.meetAndGreetId, status: view.status, version: view.version }, 200);
    })
    .openapi(answerOwnMatchRoute, async (c) =>
      c.json(await answerOwnCandidacy(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(reactToOwnSegmentRoute, async (c) =>
      c.json(
        await reactToOwnSegmentDecision(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    );
