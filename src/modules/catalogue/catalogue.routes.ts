import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings } from '../../http/context';
import { apiRoute, jsonContent } from '../../http/openapi';
import { pageSchema } from '../../http/pagination';
import { requestContext } from '../../http/request-context';
import type { Catalogue } from './catalogue';
import {
  competenceCatalogueSchema,
  occupationSchema,
  searchOccupationsQuerySchema,
  sectorListSchema,
} from './catalogue.schemas';
import { describeCompetences, listSectors, searchOccupations } from './catalogue.service';

const tags = ['Catalogue'];

const competences = apiRoute({
  method: 'get',
  path: '/catalogue/competences',
  operationId: 'listCompetences',
  tags,
  summary: 'Competence groups and competences, with Dutch labels and what each level 0–4 means',
  responses: { 200: jsonContent(competenceCatalogueSchema, 'The competence catalogue') },
});

const occupations = apiRoute({
  method: 'get',
  path: '/catalogue/occupations',
  operationId: 'searchOccupations',
  tags,
  summary: 'Search ESCO occupations by Dutch name, best matches first',
  request: { query: searchOccupationsQuerySchema },
  responses: { 200: jsonContent(pageSchema(occupationSchema), 'A page of occupations') },
});

const sectors = apiRoute({
  method: 'get',
  path: '/catalogue/sectors',
  operationId: 'listSectors',
  tags,
  summary: 'Sectors (ISCO major and sub-major groups) with Dutch labels',
  responses: { 200: jsonContent(sectorListSchema, 'The sectors') },
});

export const catalogueRoutes = (router: OpenAPIHono<AppBindings>, catalogue: Catalogue) =>
  router
    .openapi(competences, async (c) => c.json(describeCompetences(requestContext(c), catalogue), 200))
    .openapi(occupations, async (c) =>
      c.json(searchOccupations(requestContext(c), catalogue, c.req.valid('query')), 200),
    )
    .openapi(sectors, async (c) => c.json(listSectors(requestContext(c), catalogue), 200));
