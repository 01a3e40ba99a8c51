import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import {
  listProfilesQuerySchema,
  profileNumberParamSchema,
  talentProfileSchema,
  talentProfileSummarySchema,
} from './talent-profile.schemas';
import { getCurrentProfile, getProfile, listProfiles } from './talent-profile.service';

const tags = ['Talent profiles'];

const current = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/profile',
  operationId: 'getCurrentTalentProfile',
  tags,
  summary: "A person's current talent profile (lifecoach: own caseload; programme admin)",
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(talentProfileSchema, 'The current profile') },
});

const history = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/profiles',
  operationId: 'listTalentProfiles',
  tags,
  summary:
    'Every talent profile version of a person, newest first (lifecoach: own caseload; programme admin)',
  request: { params: idParamSchema, query: listProfilesQuerySchema },
  errors: [404],
  responses: { 200: jsonContent(pageSchema(talentProfileSummarySchema), 'A page of profile versions') },
});

const byNumber = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/profiles/{profileNumber}',
  operationId: 'getTalentProfileVersion',
  tags,
  summary: 'One talent profile version (lifecoach: own caseload; programme admin)',
  request: { params: profileNumberParamSchema },
  errors: [404],
  responses: { 200: jsonContent(talentProfileSchema, 'The profile version') },
});

export const talentProfileRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(current, async (c) =>
      c.json(await getCurrentProfile(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(history, async (c) =>
      c.json(await listProfiles(requestContext(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(byNumber, async (c) => {
      const { id, profileNumber } = c.req.valid('param');
      return c.json(await getProfile(requestContext(c), id, profileNumber), 200);
    });
