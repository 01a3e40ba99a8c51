import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ChecklistSource,
  checklistsFromSources,
  InvalidMoneyChecklistError,
  type MoneyChecklist,
} from './money-checklist';

// Node-only: reads checklists/start-of-work.v<N>.json into sources for the one parser (money-checklist.ts).

const CHECKLIST_FILE = /^start-of-work\.v([1-9]\d*)\.json$/;

export function readChecklistSources(dir: string): ChecklistSource[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith('start-of-work.') && name.endsWith('.json'))
    .sort()
    .map((fileName) => {
      const sourceName = join(dir, fileName);
      const match = CHECKLIST_FILE.exec(fileName);
      if (!match) {
        throw new InvalidMoneyChecklistError(sourceName, [
          { path: [], message: 'File name must be start-of-work.v<version>.json' },
        ]);
      }
      const text = readFileSync(sourceName, 'utf8');
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new InvalidMoneyChecklistError(sourceName, [
          { path: [], message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` },
        ]);
      }
      return { sourceName, raw, versionInName: Number(match[1]) };
    });
}

/** Every checklist version in the directory, validated; throws naming the file and path on the first invalid one. */
export const loadMoneyChecklists = (dir: string): MoneyChecklist[] =>
  checklistsFromSources(readChecklistSources(dir));
