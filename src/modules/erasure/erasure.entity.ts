import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';

/** Where a request to stop and be erased came from. */
export const erasureOrigins = [
  /** The person asked on "Mijn gegevens" (or through the API with their own account). */
  'PERSON',
  /** The lifecoach (or programme staff) filed it on the person's behalf. */
  'LIFECOACH',
  /** Taking part (PROGRAMME_PROCESSING) was withdrawn: that opens the request by itself. */
  'CONSENT_WITHDRAWN',
  /** No activity for the retention period: the daily job anonymised the person. */
  'RETENTION',
] as const;
export type ErasureOrigin = (typeof erasureOrigins)[number];

/**
 * REQUESTED: waits for programme staff. NOT_YET: staff explained why it cannot be done yet (an
 * ongoing placement); it stays open and can be confirmed later. ERASED: carried out. WITHDRAWN: the
 * person gave taking part again before it was carried out.
 */
export const erasureStatuses = ['REQUESTED', 'NOT_YET', 'ERASED', 'WITHDRAWN'] as const;
export type ErasureStatus = (typeof erasureStatuses)[number];
export const openErasureStatuses: readonly ErasureStatus[] = ['REQUESTED', 'NOT_YET'];

/**
 * A person's request to leave the programme and have their data erased. At most one is open per
 * person; programme staff confirm it (the erasure runs in the same transaction) or say why not yet.
 * The row stays after the erasure: it holds no personal data, only ids, dates and the outcome.
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
    status: p.enum(erasureStatuses).index(),
    requestedAt: p.datetime(),
    requestedByUserId: p.uuid(),
    /** Programme staff's explanation why it cannot be done yet; removed with the erasure. */
    notYetReason: p.text().nullable(),
    decidedAt: p.datetime().nullable(),
    decidedByUserId: p.uuid().nullable(),
    erasedAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
  // One open request per person, even when two arrive at once.
  uniques: [
    {
      name: 'erasure_request_one_open_per_job_seeker',
      properties: ['jobSeeker'],
      where: { status: { $in: ['REQUESTED', 'NOT_YET'] } },
    },
  ],
});
export class ErasureRequest extends ErasureRequestSchema.class {}
ErasureRequestSchema.setClass(ErasureRequest);

/**
 * The notice that a person's data will be anonymised for lack of activity: one per person and
 * last-activity day, so a notice is given once, and a new one only after new activity.
 */
export const RetentionNoticeSchema = defineEntity({
  name: 'RetentionNotice',
  tableName: 'retention_notice',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    /** The day of the last activity the notice counts from (YYYY-MM-DD, Dutch calendar). */
    lastActivityOn: p.string().length(10),
    /** The day the data will be anonymised if nothing happens (YYYY-MM-DD). */
    anonymiseOn: p.string().length(10),
    notifiedAt: p.datetime(),
    /** Whether an e-mail went into the outbox (only when the person has an address). */
    mailed: p.boolean(),
    /** The lifecoach said the person still takes part: that counts as activity, the notice is done. */
    keptAt: p.datetime().nullable(),
    keptByUserId: p.uuid().nullable(),
    /** Something happened after the notice (new activity): the notice no longer counts. */
    cancelledAt: p.datetime().nullable(),
    anonymisedAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['jobSeeker', 'lastActivityOn'] }],
});
export class RetentionNotice extends RetentionNoticeSchema.class {}
RetentionNoticeSchema.setClass(RetentionNotice);
