import { createRoute, z } from '@hono/zod-openapi';
import { PROBLEM_CONTENT_TYPE, ProblemCode } from './problem';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(Object.values(ProblemCode) as [ProblemCode, ...ProblemCode[]]),
    requestId: z.string(),
    errors: z
      .array(
        z.object({
          path: z.array(z.union([z.string(), z.number()])),
          message: z.string(),
          location: z.enum(['body', 'query', 'path', 'header']).optional(),
        }),
      )
      .optional(),
    meta: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('Problem');

const errorDescriptions = {
  400: 'Malformed JSON',
  401: 'Missing, invalid, expired or revoked token',
  403: 'Your role may not do this',
  404: 'Not found, or outside what you may see',
  409: 'Conflict with the current state (duplicate, changed by someone else, impossible step)',
  413: 'Request body too large',
  415: 'Request body is not JSON',
  422: 'Input is not valid; `errors` lists the field paths',
  429: 'Too many failed authentication attempts from this address; see Retry-After',
  500: 'Unexpected error',
} as const;
export type ErrorStatus = keyof typeof errorDescriptions;

const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
});

export function errorResponses(statuses: readonly ErrorStatus[]) {
  return Object.fromEntries(statuses.map((status) => [status, problemResponse(errorDescriptions[status])]));
}

/**
 * A named schema (one with `.openapi('Name')`) or null. `.nullable()` on a named schema copies its
 * name, so the document then declares the component itself as nullable (or drops the null), and
 * every other use of it reads as "may be null". A union keeps the component as it is.
 */
export const nullableRef = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonRequestBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** Errors every authenticated API route can answer with. */
const alwaysPossible: ErrorStatus[] = [400, 401, 403, 413, 415, 422, 429, 500];

type RouteConfig = Parameters<typeof createRoute>[0];

/**
 * Declares an authenticated API route: adds the bearer security requirement and the problem
 * responses, so the OpenAPI document lists every error a client can meet. The `operationId` is
 * required: generated clients name their functions after it, so it stays stable once published.
 */
export function apiRoute<const R extends RouteConfig>(
  config: R & { operationId: string; errors?: ErrorStatus[] },
) {
  const { errors = [], ...route } = config;
  return createRoute({
    ...route,
    security: [{ bearerAuth: [] }],
    responses: { ...errorResponses([...alwaysPossible, ...errors]), ...route.responses },
  } as unknown as R);
}

/**
 * A record's `version` in a response. The description says whose version it is and which
 * requests take it back as `version` (optimistic locking: it goes up with every change).
 */
export const versionOf = (description: string) => z.number().int().openapi({ description });

/** The `version` a change is based on: whose version to send, and where a client finds it. */
export const basedOnVersion = (description: string) =>
  z
    .number()
    .int()
    .min(1)
    .openapi({ description: `${description} A stale version answers 409 VERSION_CONFLICT.` });

export const idParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'Record id (UUID).' }),
});
