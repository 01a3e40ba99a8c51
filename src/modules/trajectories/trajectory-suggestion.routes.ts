import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import type { ReferenceData } from '../../reference/reference-data';
import { createMatchContext } from '../matching/engine';
import { trajectorySuggestionsSchema } from './trajectory-suggestion.schemas';
import { suggestTrajectories } from './trajectory-suggestion.service';

const suggestions = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/trajectory-suggestions',
  operationId: 'listTrajectorySuggestions',
  tags: ['Trajectories'],
  summary:
    'For a person in READY or LATER: offerings within their hours and travel distance that best develop what stands between them and the vacancies they want (lifecoach: caseload; programme staff)',
  request: { params: idParamSchema },
  errors: [404, 409],
  responses: { 200: jsonContent(trajectorySuggestionsSchema, 'Ranked offerings with the gaps they develop') },
});

export const trajectorySuggestionRoutes = (router: OpenAPIHono<AppBindings>, reference: ReferenceData) => {
  const matchContext = createMatchContext({
    postcodes: reference.postcodes,
    competences: reference.catalogue.competences,
  });
  return router.openapi(suggestions, async (c) =>
    c.json(
      await suggestTrajectories(requestContext(c), reference, matchContext, c.req.valid('param').id),
      200,
    ),
  );
};
