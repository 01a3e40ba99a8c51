import { inLanguage, type Language, type Message, say } from './messages';

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

const titles: Record<ProblemCode, Message> = {
  MALFORMED_JSON: { nl: 'De inhoud is geen geldige JSON', en: 'Request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { nl: 'Stuur de inhoud als JSON', en: 'Request body must be JSON' },
  PAYLOAD_TOO_LARGE: { nl: 'De inhoud is te groot', en: 'Request body is too large' },
  VALIDATION_FAILED: { nl: 'Niet alles is goed ingevuld', en: 'Input is not valid' },
  UNAUTHENTICATED: { nl: 'Eerst inloggen', en: 'Authentication required' },
  FORBIDDEN: { nl: 'Niet toegestaan voor deze rol', en: 'Not allowed for your role' },
  NOT_FOUND: { nl: 'Niet gevonden', en: 'Not found' },
  CONFLICT: { nl: 'Dit past niet bij hoe het nu staat', en: 'Conflict with the current state' },
  DUPLICATE: { nl: 'Dit bestaat waarschijnlijk al', en: 'This record probably exists already' },
  VERSION_CONFLICT: {
    nl: 'Iemand anders heeft dit intussen veranderd',
    en: 'Changed by someone else in the meantime',
  },
  INVALID_TRANSITION: {
    nl: 'Deze stap kan niet vanuit hoe het nu staat',
    en: 'This step is not possible from the current state',
  },
  TOO_MANY_REQUESTS: { nl: 'Te veel mislukte pogingen', en: 'Too many failed attempts' },
  UNAVAILABLE: {
    nl: 'Niet beschikbaar op deze omgeving',
    en: 'Not available on this deployment',
  },
  INTERNAL: { nl: 'Er ging iets mis', en: 'Internal error' },
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

export const validationError = (
  errors: FieldError[],
  detail = say({ nl: 'Een of meer velden kloppen nog niet.', en: 'One or more fields are not valid.' }),
) => new AppError(ProblemCode.ValidationFailed, detail, errors);

/** `what` names the record ({ nl: 'Deze vacature', en: 'Vacancy' }); `{name}` in it takes `values`. */
export const notFound = (what: Message, values: Record<string, string | number> = {}) =>
  new AppError(
    ProblemCode.NotFound,
    say({ nl: `${what.nl} is niet gevonden.`, en: `${what.en} was not found.` }, values),
  );

export const forbidden = (
  detail = say({ nl: 'Dit mag niet met deze rol.', en: 'Your role may not do this.' }),
) => new AppError(ProblemCode.Forbidden, detail);

export const conflict = (detail: string, meta?: Record<string, unknown>) =>
  new AppError(ProblemCode.Conflict, detail, undefined, meta);

/** The problem document, in the language the client asked for (Dutch unless it asked for English). */
export function toProblem(error: AppError, requestId: string, language: Language = 'nl'): Problem {
  return {
    type: `https://warmrotterdamwerkt.nl/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: titles[error.code][language],
    status: error.status,
    detail: inLanguage(error.detail, language),
    code: error.code,
    requestId,
    ...(error.errors
      ? { errors: error.errors.map((e) => ({ ...e, message: inLanguage(e.message, language) })) }
      : {}),
    ...(error.meta ? { meta: error.meta } : {}),
  };
}

export function problemResponse(error: AppError, requestId: string, language: Language = 'nl'): Response {
  return new Response(JSON.stringify(toProblem(error, requestId, language)), {
    status: error.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'x-request-id': requestId },
  });
}

export const internalError = () =>
  new AppError(
    ProblemCode.Internal,
    say({
      nl: 'Er ging bij ons iets mis. Probeer het later nog eens.',
      en: 'Something went wrong on our side. Please try again later.',
    }),
  );
