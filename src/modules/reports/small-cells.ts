// Pure module: the small-cell rule of every report. A cell that counts fewer than 5 people is shown
// as "< 5" and left out of downloads per employer, so nobody can be recognised. No database, no HTTP.

export const SMALL_CELL_LIMIT = 5;

export const SMALL_CELL_RULE_NL =
  'Telt een vak minder dan 5 mensen, dan staat er "< 5". Zo is niemand te herkennen. In downloads per werkgever laten we die vakken weg.';

/** A count as reports hand it out: the number, or null with `small` when fewer than 5 people. */
export type Cell = { count: number | null; small: boolean };

export const isSmall = (count: number): boolean => count > 0 && count < SMALL_CELL_LIMIT;

/** A count of people, with fewer than 5 (but more than none) hidden. Zero stays zero: it names nobody. */
export function cell(count: number): Cell {
  return isSmall(count) ? { count: null, small: true } : { count, small: false };
}

/**
 * A share of people, only when no count it is made of is a hidden cell: a rate beside a hidden count
 * gives that count back (2 of 20 hired: "< 5" on the page, 10 % beside it). Pass `rest` when the rest
 * of the group is a cell of its own (18 retained, "< 5" not retained, 90 % would give the 2 away).
 * Null means "too few to say".
 */
export function shownRate(part: number, whole: number, rest?: number): number | null {
  const tooFew = whole < SMALL_CELL_LIMIT || isSmall(part) || (rest !== undefined && isSmall(rest));
  return tooFew ? null : part / whole;
}

/** How a cell is written on a page or in a programme-wide download. */
export const cellText = (value: Cell): string => (value.small ? '< 5' : String(value.count ?? 0));
