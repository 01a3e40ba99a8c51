import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import {
  listTrajectoryProvidersQuerySchema,
  putTrajectoryProviderSchema,
  trajectoryProviderSchema,
} from './trajectory-provider.schemas';
import {
  getTrajectoryProvider,
  listTrajectoryProviders,
  putTrajectoryProvider,
} from './trajectory-provider.service';

const tags = ['Trajectories'];

const list = apiRoute({
  method: 'get',
  path: '/trajectory-providers',
  operationId: 'listTrajectoryProviders',
  tags,
  summary:
    'Trajectory providers (Roffabriek and its member social enterprises) with their platform (programme staff, lifecoaches: all; coordinator: own)',
  request: { query: listTrajectoryProvidersQuerySchema },
  responses: { 200: jsonContent(pageSchema(trajectoryProviderSchema), 'A page of providers, by name') },
});

const read = apiRoute({
  method: 'get',
  path: '/trajectory-providers/{id}',
  operationId: 'getTrajectoryProvider',
  tags,
  summary: 'One trajectory provider',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(trajectoryProviderSchema, 'The provider') },
});

const put = apiRoute({
  method: 'put',
  path: '/trajectory-providers/{id}',
  operationId: 'updateTrajectoryProvider',
  tags,
  summary: 'Set the platform a provider belongs to (one level deep) and its description (programme staff)',
  request: { params: idParamSchema, body: jsonRequestBody(putTrajectoryProviderSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(trajectoryProviderSchema, 'The provider') },
});

export const trajectoryProviderRoutes = (router: OpenAPIHono<AppBindings>) =>
  router
    .openapi(list, async (c) =>
      c.json(await listTrajectoryProviders(requestContext(c), c.req.valid('query')), 200),
    )
    .openapi(read, async (c) =>
      c.json(await getTrajectoryProvider(requestContext(c), c.req.valid('param').id), 200),
    )
    .openapi(put, async (c) =>
      c.json(
        await putTrajectoryProvider(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    );
