import { z } from '@hono/zod-openapi';
import { erasureOrigins, erasureRequestStatuses } from './erasure-request.entity';

export const erasureRequestSchema = z
  .object({
    id: z.uuid(),
    jobSeekerId: z.uuid(),
    fullName: z
      .string()
      .openapi({ description: 'The name while the request is open; "Verwijderd" once done.' }),
    origin: z.enum(erasureOrigins).openapi({
      description:
        'PERSON (asked on "Stoppen"), LIFECOACH (on the person’s behalf), PROCESSING_WITHDRAWN (taking part withdrawn), RETENTION (no activity for the retention period).',
    }),
    status: z.enum(erasureRequestStatuses),
    requestedAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    waitsFor: z
      .enum(['ONGOING_PLACEMENT'])
      .nullable()
      .openapi({ description: 'Why confirming has to wait now, or null.' }),
  })
  .openapi('ErasureRequest');

export const erasureRequestListSchema = z
  .object({ items: z.array(erasureRequestSchema) })
  .openapi('ErasureRequestList');
