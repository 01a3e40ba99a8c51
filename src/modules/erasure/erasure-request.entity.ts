import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';

/** Who started the request: the person, their lifecoach, a withdrawal of taking part, or the retention job. */
export const erasureOrigins = ['PERSON', 'LIFECOACH', 'PROCESSING_WITHDRAWN', 'RETENTION'] as const;
export type ErasureOrigin = (typeof erasureOrigins)[number];
export const erasureRequestStatuses = ['PENDING', 'DONE'] as const;
export type ErasureRequestStatus = (typeof erasureRequestStatuses)[number];

/**
 * A request to erase a person's data. Programme staff confirm it; the erasure itself runs in one
 * transaction (erase-person.ts). At most one open request per person.
 */
export const ErasureRequestSchema = defineEntity({
  name: 'ErasureRequest',
  tableName: 'erasure_request',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    origin: p.enum(erasureOrigins),
    status: p.enum(erasureRequestStatuses).index(),
    requestedAt: p.datetime(),
    requestedByUserId: p.uuid(),
    confirmedByUserId: p.uuid().nullable(),
    completedAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
});
export class ErasureRequest extends ErasureRequestSchema.class {}
ErasureRequestSchema.setClass(ErasureRequest);
