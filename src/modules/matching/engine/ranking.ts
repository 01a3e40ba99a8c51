import { SCORE_UNITS } from './components';

// Order of every ranking: score descending, then id ascending (code-unit order, independent of
// locale), so equal scores always come out in the same order. Pages continue after a cursor that
// names the last item shown (its score and id), so a page boundary stays put when the data
// behind it does not change.

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when (unitsA, idA) comes before (unitsB, idB) in a ranking. */
export function ranksBefore(unitsA: number, idA: string, unitsB: number, idB: string): boolean {
  return unitsA > unitsB || (unitsA === unitsB && idA < idB);
}

export interface RankCursor {
  scoreUnits: number;
  id: string;
}

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';

  constructor(readonly cursor: string) {
    super('Invalid cursor: use the nextCursor of a previous page');
  }
}

export function encodeCursor(scoreUnits: number, id: string): string {
  return `${scoreUnits}:${id}`;
}

export function decodeCursor(cursor: string): RankCursor {
  const separator = cursor.indexOf(':');
  const units = Number(cursor.slice(0, separator));
  if (separator < 1 || !Number.isInteger(units) || units < 0 || units > SCORE_UNITS) {
    throw new InvalidCursorError(cursor);
  }
  return { scoreUnits: units, id: cursor.slice(separator + 1) };
}

export function assertLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a whole number >= 1, got ${limit}`);
}

export interface Selection {
  /** Positions (0..count-1) of the selected items, in ranking order. */
  positions: number[];
  /** Items that pass and come after the cursor (all items without a cursor). */
  remaining: number;
}

export interface PageItem {
  id: string;
  score: number;
  /** Position in the whole ranking, from 1. */
  rank: number;
}

export interface Page {
  items: PageItem[];
  nextCursor: string | null;
}

/** One page of the ranking of `count` scored items: `limit` items after the cursor. */
export function rankPage(
  count: number,
  scoreUnits: ArrayLike<number>,
  idAt: (position: number) => string,
  limit: number,
  after: RankCursor | null,
): Page {
  const { positions, remaining } = selectTop(count, scoreUnits, idAt, limit, after);
  const offset = count - remaining;
  const items = positions.map((position, i) => ({
    id: idAt(position),
    score: (scoreUnits[position] as number) / SCORE_UNITS,
    rank: offset + i + 1,
  }));
  const last = positions[positions.length - 1];
  const nextCursor =
    last !== undefined && remaining > positions.length
      ? encodeCursor(scoreUnits[last] as number, idAt(last))
      : null;
  return { items, nextCursor };
}

/**
 * The first `limit` of `count` scored items after the cursor, in ranking order. A bounded heap
 * keeps the best `limit` seen so far, so picking 50 out of 50,000 costs one comparison for most
 * items; ids are only compared between equal scores.
 */
export function selectTop(
  count: number,
  scoreUnits: ArrayLike<number>,
  idAt: (position: number) => string,
  limit: number,
  after: RankCursor | null,
): Selection {
  const before = (p: number, q: number) =>
    ranksBefore(scoreUnits[p] as number, idAt(p), scoreUnits[q] as number, idAt(q));
  const heap: number[] = [];
  let remaining = 0;
  for (let p = 0; p < count; p++) {
    const units = scoreUnits[p] as number;
    if (after && !ranksBefore(after.scoreUnits, after.id, units, idAt(p))) continue;
    remaining++;
    if (heap.length < limit) {
      heap.push(p);
      siftUp(heap, heap.length - 1, before);
    } else if (before(p, heap[0] as number)) {
      heap[0] = p;
      siftDown(heap, 0, before);
    }
  }
  heap.sort((p, q) => (before(p, q) ? -1 : 1));
  return { positions: heap, remaining };
}

// The root of the heap is the item ranked last among those kept.
function siftUp(heap: number[], index: number, before: (p: number, q: number) => boolean): void {
  let child = index;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!before(heap[parent] as number, heap[child] as number)) return;
    swap(heap, parent, child);
    child = parent;
  }
}

function siftDown(heap: number[], index: number, before: (p: number, q: number) => boolean): void {
  let parent = index;
  for (;;) {
    const left = parent * 2 + 1;
    const right = left + 1;
    let worst = parent;
    if (left < heap.length && before(heap[worst] as number, heap[left] as number)) worst = left;
    if (right < heap.length && before(heap[worst] as number, heap[right] as number)) worst = right;
    if (worst === parent) return;
    swap(heap, parent, worst);
    parent = worst;
  }
}

function swap(heap: number[], a: number, b: number): void {
  const value = heap[a] as number;
  heap[a] = heap[b] as number;
  heap[b] = value;
}
