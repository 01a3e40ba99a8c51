/**
 * The one error shape of the API: RFC 9457 problem details with a stable `code`.
 * Services throw `AppError`s; the app's `onError` turns them into responses.
 */
export const ProblemCode = {
  MalformedJson: 'MALFORMED_JSON',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  ValidationFailed: 'VALIDATION_FAILED',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Duplicate: 'DUPLICATE',
  VersionConflict: 'VERSION_CONFLICT',
  InvalidTransition: 'INVALID_TRANSITION',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  Unavailable: 'UNAVAILABLE',
  Internal: 'INTERNAL',
} as const;
export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const titles: Record<ProblemCode, string> = {
  MALFORMED_JSON: 'Request body is not valid JSON',
  UNSUPPORTED_MEDIA_TYPE: 'Request body must be JSON',
  PAYLOAD_TOO_LARGE: 'Request body is too large',
  VALIDATION_FAILED: 'Input is not valid',
  UNAUTHENTICATED: 'Authentication required',
  FORBIDDEN: 'Not allowed for your role',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict with the current state',
  DUPLICATE: 'This record probably exists already',
  VERSION_CONFLICT: 'Changed by someone else in the meantime',
  INVALID_TRANSITION: 'This step is not possible from the current state',
  TOO_MANY_REQUESTS: 'Too many failed attempts',
  UNAVAILABLE: 'Not available on this deployment',
  INTERNAL: 'Internal error',
};

const statuses: Record<ProblemCode, number> = {
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  VERSION_CONFLICT: 409,
  INVALID_TRANSITION: 409,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export type FieldError = { path: (string | number)[]; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  requestId: string;
  errors?: FieldError[];
  /** Extra, non-personal facts a client can act on (for example the id of an existing record). */
  meta?: Record<string, unknown>;
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly meta?: Record<string, unknown>,
  ) {
    super(detail);
    this.name = 'AppError';
    this.status = statuses[code];
  }
}

export const validationError = (errors: FieldError[], detail = 'One or more fields are not valid.') =>
  new AppError(ProblemCode.ValidationFailed, detail, errors);

export const notFound = (what: string) => new AppError(ProblemCode.NotFound, `${what} was not found.`);

export const forbidden = (detail = 'Your role may not do this.') =>
  new AppError(ProblemCode.Forbidden, detail);

export const conflict = (detail: string, meta?: Record<string, unknown>) =>
  new AppError(ProblemCode.Conflict, detail, undefined, meta);

export function toProblem(error: AppError, requestId: string): Problem {
  return {
    type: `https://warmrotterdamwerkt.nl/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: titles[error.code],
    status: error.status,
    detail: error.detail,
    code: error.code,
    requestId,
    ...(error.errors ? { errors: error.errors } : {}),
    ...(error.meta ? { meta: error.meta } : {}),
  };
}

export function problemResponse(error: AppError, requestId: string): Response {
  return new Response(JSON.stringify(toProblem(error, requestId)), {
    status: error.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'x-request-id': requestId },
  });
}

export const internalError = () =>
  new AppError(ProblemCode.Internal, 'Something went wrong on our side. Please try again later.');
