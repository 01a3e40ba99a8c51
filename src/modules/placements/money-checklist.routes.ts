import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, idParamSchema, jsonContent, jsonRequestBody } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { ReferenceData } from '../../reference/reference-data';
import {
  moneyChecklistSchema,
  moneyItemKeyParamSchema,
  moneyItemSchema,
  openMoneyItemsSchema,
  ownMoneyChecklistsSchema,
  updateMoneyItemSchema,
} from './money-checklist.schemas';
import {
  getMoneyChecklist,
  getOwnMoneyChecklists,
  listOpenMoneyItems,
  updateMoneyItem,
} from './money-checklist.service';

const tags = ['Placements and follow-up'];

const checklist = apiRoute({
  method: 'get',
  path: '/placements/{id}/money-checklist',
  operationId: 'getMoneyChecklist',
  tags,
  summary:
    'The start-of-work money checklist of a placement (its lifecoach, programme staff; never the employer; audited)',
  request: { params: idParamSchema },
  errors: [404],
  responses: { 200: jsonContent(moneyChecklistSchema, 'The checklist') },
});

const updateItem = apiRoute({
  method: 'patch',
  path: '/placements/{id}/money-checklist/items/{itemKey}',
  operationId: 'updateMoneyChecklistItem',
  tags,
  summary:
    'Where one item stands: status, date, who takes the step, the named contact (its lifecoach, programme staff). Send `version`.',
  request: { params: moneyItemKeyParamSchema, body: jsonRequestBody(updateMoneyItemSchema) },
  errors: [404, 409],
  responses: { 200: jsonContent(moneyItemSchema, 'The item') },
});

const openItems = apiRoute({
  method: 'get',
  path: '/money-checklist-items',
  operationId: 'listOpenMoneyChecklistItems',
  tags,
  summary:
    'Open and "help needed" checklist items of the placements you follow, while a draft and in the first three months (lifecoach, programme staff; audited)',
  request: { query: pageQuerySchema },
  responses: { 200: jsonContent(openMoneyItemsSchema, 'A page of open items') },
});

const own = apiRoute({
  method: 'get',
  path: '/me/money-checklists',
  operationId: 'getOwnMoneyChecklists',
  tags: ['Own record'],
  summary: 'The signed-in person’s own money checklists, one per placement (job seeker only; audited)',
  responses: { 200: jsonContent(ownMoneyChecklistsSchema, 'The checklists') },
});

export function moneyChecklistRoutes(app: OpenAPIHono<AppBindings>, reference: ReferenceData) {
  app
    .openapi(checklist, async (c) =>
      c.json(await getMoneyChecklist(requestContext(c), reference, c.req.valid('param').id), 200),
    )
    .openapi(updateItem, async (c) => {
      const { id, itemKey } = c.req.valid('param');
      return c.json(
        await updateMoneyItem(requestContext(c), reference, id, itemKey, c.req.valid('json')),
        200,
      );
    })
    .openapi(openItems, async (c) =>
      c.json(await listOpenMoneyItems(requestContext(c), reference, c.req.valid('query')), 200),
    )
    .openapi(own, async (c) => c.json(await getOwnMoneyChecklists(requestContext(c), reference), 200));
}
