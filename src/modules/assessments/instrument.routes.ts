import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, jsonContent } from '../../http/openapi';
import { requestContext } from '../../http/request-context';
import type { ReferenceData } from '../../reference/reference-data';
import { instrumentFormSchema, instrumentVersionParamSchema } from './instrument.schemas';
import { describeActiveInstrument, describeInstrumentVersion } from './instrument.service';

const tags = ['Assessment instrument'];

const active = apiRoute({
  method: 'get',
  path: '/instrument',
  operationId: 'getActiveInstrument',
  tags,
  summary: 'The active instrument, to render the assessment form (lifecoach, programme admin)',
  responses: { 200: jsonContent(instrumentFormSchema, 'The active instrument version') },
});

const byVersion = apiRoute({
  method: 'get',
  path: '/instrument/versions/{version}',
  operationId: 'getInstrumentVersion',
  tags,
  summary: 'One instrument version, also an older one (lifecoach, programme admin)',
  request: { params: instrumentVersionParamSchema },
  errors: [404],
  responses: { 200: jsonContent(instrumentFormSchema, 'The instrument version') },
});

export const instrumentRoutes = (router: OpenAPIHono<AppBindings>, reference: ReferenceData) =>
  router
    .openapi(active, async (c) => c.json(describeActiveInstrument(requestContext(c), reference), 200))
    .openapi(byVersion, async (c) =>
      c.json(describeInstrumentVersion(requestContext(c), reference, c.req.valid('param').version), 200),
    );
