import type { EntityManager } from '@mikro-orm/core';
import type { Instrument } from './instrument';
import { instrumentFingerprint } from './instrument-files';
import { InstrumentVersionUsage } from './instrument-usage.entity';

// Node-only (instrument-files uses node:crypto): run by the Node entry after the migrations.

export class UsedInstrumentChangedError extends Error {
  override readonly name = 'UsedInstrumentChangedError';

  constructor(readonly problems: string[]) {
    super(
      `A used assessment instrument version is immutable; the service will not start.\n${problems
        .map((problem) => `  ${problem}`)
        .join(
          '\n',
        )}\nRestore the file as it was, and put changes into a new file with a higher version (instrument.v<N>.json).`,
    );
  }
}

/**
 * Compares every instrument version that assessments have used with the loaded files. Throws
 * UsedInstrumentChangedError, naming each file and version, when a used version changed or is gone:
 * profiles and segment decisions refer to the version they were made with.
 */
export async function assertUsedInstrumentsUnchanged(
  em: EntityManager,
  instruments: readonly Instrument[],
  assessmentsDir = 'assessments',
): Promise<void> {
  const used = await em.fork().find(InstrumentVersionUsage, {}, { orderBy: { version: 'asc' } });
  const problems: string[] = [];
  for (const usage of used) {
    const file = `${assessmentsDir}/instrument.v${usage.version}.json`;
    const since = usage.firstUsedAt.toISOString();
    const instrument = instruments.find((candidate) => candidate.version === usage.version);
    if (!instrument) {
      problems.push(`${file}: version ${usage.version} is in use since ${since}, but the file is missing.`);
    } else if (instrumentFingerprint(instrument) !== usage.fingerprint) {
      problems.push(`${file}: version ${usage.version} was changed after its first use on ${since}.`);
    }
  }
  if (problems.length > 0) throw new UsedInstrumentChangedError(problems);
}
