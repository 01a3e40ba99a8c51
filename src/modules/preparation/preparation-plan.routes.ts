import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import {
  preparationPlanAnswerSchema,
  preparationPlanSchema,
  putPreparationPlanSchema,
} from './preparation-plan.schemas';
import {
  getOwnPreparationPlan,
  getPreparationPlan,
  type PreparationDependencies,
  putPreparationPlan,
} from './preparation-plan.service';

const tags = ['Preparation'];

export const getPreparationPlanRoute = apiRoute({
  method: 'get',
  path: '/job-seekers/{id}/preparation-plan',
  operationId: 'getPreparationPlan',
  tags,
  summary:
    'The preparation plan of a person in READY or LATER, or none yet, with the weeks the segment allows (lifecoach: caseload; programme staff; audited)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(preparationPlanAnswerSchema, 'The plan, or plan null') },
});

export const putPreparationPlanRoute = apiRoute({
  method: 'put',
  path: '/job-seekers/{id}/preparation-plan',
  operationId: 'putPreparationPlan',
  tags,
  summary:
    'Save the plan agreed with the person: training modules and their progress, what to train, the weeks (capped per segment) and the moment to meet employers (lifecoach of the person)',
  request: { params: idParamSchema, body: jsonRequestBody(putPreparationPlanSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(preparationPlanSchema, 'The saved plan') },
});

export const getOwnPreparationPlanRoute = apiRoute({
  method: 'get',
  path: '/me/preparation-plan',
  operationId: 'getOwnPreparationPlan',
  tags: ['Own record'],
  summary: 'The signed-in person’s own preparation plan (job seeker only; audited)',
  responses: { 200: jsonContent(preparationPlanAnswerSchema, 'The own plan, or plan null') },
});

export const preparationPlanRoutes = (router: OpenAPIHono<AppBindings>, deps: PreparationDependencies) =>
  router
    .openapi(getPreparationPlanRoute, async (c) =>
      c.json(await getPreparationPlan(requestContext(c), deps, c.req.valid('param').id), 200),
    )
    .openapi(putPreparationPlanRoute, async (c) =>
      c.json(
        await putPreparationPlan(requestContext(c), deps, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(getOwnPreparationPlanRoute, async (c) =>
      c.json(await getOwnPreparationPlan(requestContext(c), deps), 200),
    );
