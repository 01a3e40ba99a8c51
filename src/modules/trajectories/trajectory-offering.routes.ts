import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { ReferenceData } from '../../reference/reference-data';
import {
  createTrajectoryOfferingSchema,
  listTrajectoryOfferingsQuerySchema,
  trajectoryOfferingSchema,
  updateTrajectoryOfferingSchema,
} from './trajectory-offering.schemas';
import {
  createTrajectoryOffering,
  getTrajectoryOffering,
  listTrajectoryOfferings,
  updateTrajectoryOffering,
} from './trajectory-offering.service';

const tags = ['Trajectories'];

const list = apiRoute({
  method: 'get',
  path: '/trajectory-offerings',
  operationId: 'listTrajectoryOfferings',
  tags,
  summary:
    'Learn-work trajectories, activation programmes and training modules with places per start (lifecoaches: open ones; coordinator: own; programme staff: all)',
  request: { query: listTrajectoryOfferingsQuerySchema },
  responses: { 200: jsonContent(pageSchema(trajectoryOfferingSchema), 'A page of offerings, by title') },
});

const create = apiRoute({
  method: 'post',
  path: '/trajectory-offerings',
  operationId: 'createTrajectoryOffering',
  tags,
  summary:
    'Publish an offering of your own organisation (trajectory coordinator); open for proposals at once',
  request: { body: jsonRequestBody(createTrajectoryOfferingSchema) },
  responses: { 201: jsonContent(trajectoryOfferingSchema, 'The new offering') },
});

const read = apiRoute({
  method: 'get',
  path: '/trajectory-offerings/{id}',
  operationId: 'getTrajectoryOffering',
  tags,
  summary: 'One offering with the free places per start',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(trajectoryOfferingSchema, 'The offering') },
});

const update = apiRoute({
  method: 'put',
  path: '/trajectory-offerings/{id}',
  operationId: 'updateTrajectoryOffering',
  tags,
  summary:
    'Change or close an offering (coordinator of the provider). Capacity never drops below the places taken; a start date with people placed stays.',
  request: { params: idParamSchema, body: jsonRequestBody(updateTrajectoryOfferingSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(trajectoryOfferingSchema, 'The changed offering') },
});

export const trajectoryOfferingRoutes = (router: OpenAPIHono<AppBindings>, reference: ReferenceData) =>
  router
    .openapi(list, async (c) =>
      c.json(await listTrajectoryOfferings(requestContext(c), reference, c.req.valid('query')), 200),
    )
    .openapi(create, async (c) =>
      c.json(await createTrajectoryOffering(requestContext(c), reference, c.req.valid('json')), 201),
    )
    .openapi(read, async (c) =>
      c.json(await getTrajectoryOffering(requestContext(c), reference, c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(
        await updateTrajectoryOffering(
          requestContext(c),
          reference,
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
    );
