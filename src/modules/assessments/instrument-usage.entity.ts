import { defineEntity, p } from '@mikro-orm/core';

/**
 * An instrument version that assessments have used, with the fingerprint of its content at first
 * use. A used version is immutable (profiles keep the version they were made with): the service
 * refuses to start when a used version's file no longer matches (assertUsedInstrumentsUnchanged).
 */
export const InstrumentVersionUsageSchema = defineEntity({
  name: 'InstrumentVersionUsage',
  tableName: 'instrument_version_usage',
  properties: {
    version: p.integer().primary().autoincrement(false),
    instrumentId: p.string().length(100),
    /** SHA-256 (hex) of the canonical JSON of the instrument, as instrumentFingerprint computes it. */
    fingerprint: p.string().length(64),
    firstUsedAt: p.datetime(),
  },
});
export class InstrumentVersionUsage extends InstrumentVersionUsageSchema.class {}
InstrumentVersionUsageSchema.setClass(InstrumentVersionUsage);
