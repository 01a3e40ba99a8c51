import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { SegmentDecision } from './segment-decision.entity';

/**
 * The person's own view on a segment decision: a short reaction or objection, written by the
 * person and kept with the decision, and the lifecoach's answer to it. The reaction is never
 * changed; the answer is given once. A reaction changes nothing by itself: the lifecoach may take
 * a new decision (with reasons) on the person's page.
 */
export const SegmentReactionSchema = defineEntity({
  name: 'SegmentReaction',
  tableName: 'segment_reaction',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    decision: () => p.manyToOne(SegmentDecision).index(),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    text: p.text(),
    writtenAt: p.datetime(),
    answer: p.text().nullable(),
    answeredByUserId: p.uuid().nullable(),
    answeredAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
});
export class SegmentReaction extends SegmentReactionSchema.class {}
SegmentReactionSchema.setClass(SegmentReaction);
