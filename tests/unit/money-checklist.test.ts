import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activeMoneyChecklist,
  checklistsFromSources,
  InvalidMoneyChecklistError,
  moneyChecklistFingerprint,
  parseMoneyChecklist,
} from '../../src/modules/placements/money-checklist';
import { loadMoneyChecklists } from '../../src/modules/placements/money-checklist-files';

const v1 = () => JSON.parse(readFileSync('checklists/start-of-work.v1.json', 'utf8'));

describe('the start-of-work money checklist as data', () => {
  it('loads checklists/start-of-work.v1.json with the six steps of the issue', () => {
    const [checklist] = loadMoneyChecklists('checklists');
    expect(checklist?.version).toBe(1);
    expect(checklist?.items.map((item) => item.key)).toEqual([
      'werkEnInkomen',
      'uitkeringTijdensOpbouw',
      'toeslagen',
      'schuldenEnBeslag',
      'overbrugging',
      'reiskosten',
    ]);
    expect(checklist?.items[0]?.contactLabelNl).toBe('Contactpersoon bij Werk en Inkomen');
  });

  it.each([
    [
      'an unknown key',
      (doc: Record<string, unknown>) => Object.assign(doc, { extra: 1 }),
      'extra: Unknown key',
    ],
    [
      'a key used twice',
      (doc: { items: { key: string }[] }) => {
        (doc.items[1] as { key: string }).key = 'werkEnInkomen';
        return doc;
      },
      "items.1.key: Key 'werkEnInkomen' is used twice",
    ],
    [
      'an empty title',
      (doc: { items: { titleNl: string }[] }) => {
        (doc.items[0] as { titleNl: string }).titleNl = ' ';
        return doc;
      },
      'items.0.titleNl',
    ],
    [
      'a contact label in one language only',
      (doc: { items: Record<string, unknown>[] }) => {
        delete (doc.items[0] as Record<string, unknown>).contactLabelEn;
        return doc;
      },
      'items.0.contactLabelEn',
    ],
  ])('refuses %s, naming the source and the path', (_, change, message) => {
    const doc = change(v1());
    expect(() => parseMoneyChecklist(doc, 'start-of-work.v1.json')).toThrow(InvalidMoneyChecklistError);
    expect(() => parseMoneyChecklist(doc, 'start-of-work.v1.json')).toThrow(
      `start-of-work.v1.json: ${message}`,
    );
  });

  it('takes the highest active version, and refuses a version that differs from its name or comes twice', () => {
    const v2 = { ...v1(), version: 2 };
    const retired3 = { ...v1(), version: 3, status: 'retired' };
    const all = checklistsFromSources([
      { sourceName: 'b', raw: v2, versionInName: 2 },
      { sourceName: 'a', raw: v1(), versionInName: 1 },
      { sourceName: 'c', raw: retired3 },
    ]);
    expect(all.map((checklist) => checklist.version)).toEqual([1, 2, 3]);
    expect(activeMoneyChecklist(all).version).toBe(2);
    expect(() => checklistsFromSources([{ sourceName: 'x', raw: v2, versionInName: 1 }])).toThrow(
      'The name says version 1, the document says 2',
    );
    expect(() =>
      checklistsFromSources([
        { sourceName: 'a', raw: v1() },
        { sourceName: 'b', raw: v1() },
      ]),
    ).toThrow('Version 1 is given twice');
    expect(() => checklistsFromSources([])).toThrow();
  });

  it('fingerprints the content, not its formatting', async () => {
    const checklist = parseMoneyChecklist(v1(), 'a');
    const doc = v1();
    const reversed = Object.fromEntries(Object.entries(doc).reverse());
    const reordered = parseMoneyChecklist(JSON.parse(JSON.stringify(reversed, null, 4)), 'b');
    expect(await moneyChecklistFingerprint(reordered)).toBe(await moneyChecklistFingerprint(checklist));
    const changed = parseMoneyChecklist({ ...v1(), titleNl: 'Iets anders' }, 'c');
    expect(await moneyChecklistFingerprint(changed)).not.toBe(await moneyChecklistFingerprint(checklist));
  });
});
