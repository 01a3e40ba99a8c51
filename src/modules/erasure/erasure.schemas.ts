import { z } from '@hono/zod-openapi';
import { say } from '../../http/messages';
import { basedOnVersion, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { erasureOrigins, erasureStatuses } from './erasure.entity';

const moment = z.string().openapi({ description: 'A moment (ISO 8601).' });

export const erasureBlockerSchema = z
  .object({
    code: z.enum(['ONGOING_PLACEMENT']),
    placementId: z.uuid(),
    messageNl: z.string().openapi({ description: 'What the erasure waits for, in plain Dutch.' }),
  })
  .openapi('ErasureBlocker');

export const erasureRequestSchema = z
  .object({
    id: z.uuid(),
    jobSeekerId: z.uuid(),
    origin: z.enum(erasureOrigins).openapi({
      description:
        'PERSON (asked on Mijn gegevens), LIFECOACH (filed on the person’s behalf), CONSENT_WITHDRAWN (taking part withdrawn), RETENTION (no activity for the retention period).',
    }),
    status: z.enum(erasureStatuses).openapi({
      description:
        'REQUESTED (waits for programme staff), NOT_YET (staff explained why not yet; still open), ERASED, WITHDRAWN (taking part given again).',
    }),
    requestedAt: moment,
    notYetReason: z.string().nullable(),
    decidedAt: moment.nullable(),
    erasedAt: moment.nullable(),
    version: versionOf('Send it back when confirming or explaining.'),
  })
  .openapi('ErasureRequest');

export const erasureStateSchema = z
  .object({
    jobSeekerId: z.uuid(),
    request: z.union([erasureRequestSchema, z.null()]),
    blockers: z.array(erasureBlockerSchema),
  })
  .openapi('ErasureState');

export const erasureRequestListItemSchema = erasureRequestSchema
  .extend({
    fullName: z.string().openapi({ description: 'The person’s name while the request is open.' }),
    blockers: z.array(erasureBlockerSchema),
  })
  .openapi('ErasureRequestListItem');

export const erasureListQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(['OPEN', ...erasureStatuses])
    .optional()
    .openapi({ description: 'OPEN (default: REQUESTED and NOT_YET) or one status.' }),
});

export const retentionNoticeSchema = z
  .object({
    id: z.uuid(),
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    lastActivityOn: z.string().openapi({ description: 'The day of the last activity (YYYY-MM-DD).' }),
    anonymiseOn: z.string().openapi({ description: 'The day the data is anonymised if nothing happens.' }),
    notifiedAt: moment,
    mailed: z.boolean().openapi({ description: 'Whether the person was told by e-mail too.' }),
    version: versionOf('Send it back when saying the person still takes part.'),
  })
  .openapi('RetentionNotice');

export const keepTakingPartSchema = z
  .object({ version: basedOnVersion('The notice’s `version`.') })
  .strict()
  .openapi('KeepTakingPart');

export const confirmErasureSchema = z
  .object({ version: basedOnVersion('The request’s `version`.') })
  .strict()
  .openapi('ConfirmErasure');

export const explainNotYetSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(
        10,
        say({ nl: 'Schrijf in minstens 10 tekens waarom het nog niet kan', en: 'At least 10 characters' }),
      )
      .max(1000, say({ nl: 'Hooguit 1000 tekens', en: 'At most 1000 characters' }))
      .openapi({ description: 'Why it cannot be done yet, in words the person can read (10–1000).' }),
    version: basedOnVersion('The request’s `version`.'),
  })
  .strict()
  .openapi('ExplainErasureNotYet');
