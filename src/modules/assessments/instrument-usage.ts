import type { RequestContext } from '../../http/context';
import type { Instrument } from './instrument';
import { InstrumentVersionUsage } from './instrument-usage.entity';

// Runtime-free (Web Crypto, no node: imports), so the app can record instrument use in a worker
// too. It must compute exactly what instrumentFingerprint (instrument-files.ts) computes: the
// startup check compares with that one, and a test holds the two together.

/** SHA-256 (hex) of the instrument's canonical JSON: keys sorted, undefined left out. */
export async function instrumentFingerprintOf(instrument: Instrument): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(instrument)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const fingerprints = new WeakMap<Instrument, Promise<string>>();

const cachedFingerprint = (instrument: Instrument): Promise<string> => {
  let fingerprint = fingerprints.get(instrument);
  if (!fingerprint) {
    fingerprint = instrumentFingerprintOf(instrument);
    fingerprints.set(instrument, fingerprint);
  }
  return fingerprint;
};

/**
 * Marks an instrument version as used, in the caller's unit of work, the first time an assessment
 * starts with it. From then on its file may not change (the service refuses to start).
 */
export async function recordInstrumentUse(ctx: RequestContext, instrument: Instrument): Promise<void> {
  const fingerprint = await cachedFingerprint(instrument);
  const usage = await ctx.em.findOne(InstrumentVersionUsage, { version: instrument.version });
  if (!usage) {
    ctx.em.create(InstrumentVersionUsage, {
      version: instrument.version,
      instrumentId: instrument.id,
      fingerprint,
      firstUsedAt: ctx.now,
    });
    return;
  }
  // The startup check makes this impossible in a running service; say so clearly if it happens.
  if (usage.fingerprint !== fingerprint) {
    throw new Error(
      `Instrument version ${instrument.version} differs from the one first used on ${usage.firstUsedAt.toISOString()}; restart the service to see which file changed`,
    );
  }
}
