import { z } from 'zod';

// Pure module (no fs): the start-of-work money checklist as data (checklists/start-of-work.v<N>.json).
// Items and their plain-Dutch texts change without code changes; a version that placements use is
// immutable (a change is a new file with a higher version). One format and one parser, whatever the
// source: the Node entry reads the files, a worker bundles them, and a later database copy would be
// parsed the same way (checklistsFromSources).

export const moneyChecklistStatuses = ['active', 'retired'] as const;

const textNl = z.string().trim().min(1).max(200);
const longTextNl = z.string().trim().min(1).max(1000);

const itemSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]{1,59}$/, 'Item keys are camelCase letters and digits'),
    titleNl: textNl,
    /** What the lifecoach does or asks, in plain Dutch. */
    forLifecoachNl: longTextNl,
    /** What the person reads in their own space ("je"). */
    forPersonNl: longTextNl,
    titleEn: textNl,
    forPersonEn: longTextNl,
    /** When set, the item asks for a named contact person (for example at Work and Income). */
    contactLabelNl: textNl.optional(),
    contactLabelEn: textNl.optional(),
  })
  .strict()
  .refine((item) => (item.contactLabelNl === undefined) === (item.contactLabelEn === undefined), {
    message: 'Give contactLabelNl and contactLabelEn together',
    path: ['contactLabelEn'],
  });

export const moneyChecklistSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,59}$/),
    version: z.number().int().min(1),
    status: z.enum(moneyChecklistStatuses),
    titleNl: textNl,
    introNl: longTextNl,
    titleEn: textNl,
    introEn: longTextNl,
    items: z.array(itemSchema).min(1).max(30),
  })
  .strict()
  .superRefine((checklist, ctx) => {
    const seen = new Set<string>();
    checklist.items.forEach((item, index) => {
      if (seen.has(item.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'key'],
          message: `Key '${item.key}' is used twice`,
        });
      }
      seen.add(item.key);
    });
  });

export type MoneyChecklist = z.infer<typeof moneyChecklistSchema>;
export type MoneyChecklistItemDefinition = MoneyChecklist['items'][number];

export type ChecklistIssue = { path: (string | number)[]; message: string };

export class InvalidMoneyChecklistError extends Error {
  override readonly name = 'InvalidMoneyChecklistError';

  constructor(
    readonly sourceName: string,
    readonly issues: ChecklistIssue[],
  ) {
    super(
      issues
        .map(
          (issue) =>
            `${sourceName}: ${issue.path.length ? issue.path.join('.') : '(document)'}: ${issue.message}`,
        )
        .join('\n'),
    );
  }
}

/** Validates one checklist document. Throws InvalidMoneyChecklistError naming the source and each failing path. */
export function parseMoneyChecklist(raw: unknown, sourceName: string): MoneyChecklist {
  const result = moneyChecklistSchema.safeParse(raw);
  if (!result.success) {
    throw new InvalidMoneyChecklistError(
      sourceName,
      result.error.issues.flatMap((issue): ChecklistIssue[] => {
        const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({ path: [...path, key], message: 'Unknown key' }));
        }
        return [{ path, message: issue.message }];
      }),
    );
  }
  return result.data;
}

/** One stored checklist document: a file, a bundled module or (later) a database row. */
export type ChecklistSource = {
  sourceName: string;
  raw: unknown;
  /** The version the source's name says (start-of-work.v2.json says 2), when its name carries one. */
  versionInName?: number | undefined;
};

/**
 * Every version of the checklist, oldest first, from its sources: each validated, one id for all,
 * each version once, and the version a name carries matching the document.
 */
export function checklistsFromSources(sources: readonly ChecklistSource[]): MoneyChecklist[] {
  if (sources.length === 0)
    throw new Error('No start-of-work checklist (checklists/start-of-work.v<N>.json)');
  const parsed = sources.map((source) => {
    const checklist = parseMoneyChecklist(source.raw, source.sourceName);
    if (source.versionInName !== undefined && source.versionInName !== checklist.version) {
      throw new InvalidMoneyChecklistError(source.sourceName, [
        {
          path: ['version'],
          message: `The name says version ${source.versionInName}, the document says ${checklist.version}`,
        },
      ]);
    }
    return { checklist, sourceName: source.sourceName };
  });
  const [first] = parsed;
  const versions = new Set<number>();
  for (const { checklist, sourceName } of parsed) {
    if (first && checklist.id !== first.checklist.id) {
      throw new InvalidMoneyChecklistError(sourceName, [
        { path: ['id'], message: `Expected '${first.checklist.id}' like ${first.sourceName}` },
      ]);
    }
    if (versions.has(checklist.version)) {
      throw new InvalidMoneyChecklistError(sourceName, [
        { path: ['version'], message: `Version ${checklist.version} is given twice` },
      ]);
    }
    versions.add(checklist.version);
  }
  return parsed.map(({ checklist }) => checklist).sort((a, b) => a.version - b.version);
}

/** The checklist new placements get: the highest version with status 'active'. */
export function activeMoneyChecklist(checklists: readonly MoneyChecklist[]): MoneyChecklist {
  const active = checklists.filter((checklist) => checklist.status === 'active');
  const newest = active.at(-1);
  if (!newest) throw new Error('No start-of-work checklist has status "active"');
  return newest;
}

export function moneyChecklistVersion(
  checklists: readonly MoneyChecklist[],
  version: number,
): MoneyChecklist | undefined {
  return checklists.find((checklist) => checklist.version === version);
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

/**
 * SHA-256 (hex) of the checklist's canonical JSON (keys sorted): formatting changes keep it, content
 * changes do not. Web Crypto only, so it runs in a worker as well as on Node.
 */
export async function moneyChecklistFingerprint(checklist: MoneyChecklist): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(checklist)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
