import type { EntityManager } from '@mikro-orm/core';
import { type MoneyChecklist, moneyChecklistFingerprint } from './money-checklist';
import { MoneyChecklistVersionUsage } from './money-checklist.entity';

/**
 * Compares every checklist version that placements have used with the loaded ones. Throws, naming
 * each file and version, when a used version changed or is gone: placements keep the texts of the
 * version their checklist was made from. Run by the Node entry after the migrations.
 */
export async function assertUsedMoneyChecklistsUnchanged(
  em: EntityManager,
  checklists: readonly MoneyChecklist[],
  checklistsDir = 'checklists',
): Promise<void> {
  const used = await em.fork().find(MoneyChecklistVersionUsage, {}, { orderBy: { version: 'asc' } });
  const problems: string[] = [];
  for (const usage of used) {
    const file = `${checklistsDir}/start-of-work.v${usage.version}.json`;
    const since = usage.firstUsedAt.toISOString();
    const checklist = checklists.find((candidate) => candidate.version === usage.version);
    if (!checklist) {
      problems.push(`${file}: version ${usage.version} is in use since ${since}, but the file is missing.`);
    } else if ((await moneyChecklistFingerprint(checklist)) !== usage.fingerprint) {
      problems.push(`${file}: version ${usage.version} was changed after its first use on ${since}.`);
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `A used start-of-work checklist version is immutable; the service will not start.\n${problems
        .map((problem) => `  ${problem}`)
        .join('\n')}\nRestore the file as it was, and put changes into a new file with a higher version.`,
    );
  }
}
