// Pure module: working days in the Netherlands, for "within five working days" rules.

const MS_PER_DAY = 86_400_000;

const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
const fromDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Easter Sunday of a year (anonymous Gregorian algorithm), as a day number. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

const holidayCache = new Map<number, Set<number>>();

/**
 * The national holidays on which offices in the Netherlands are closed: New Year's Day, Easter
 * Monday, King's Day (the 26th when the 27th of April is a Sunday), Liberation Day in the years it
 * is a day off for everyone (every fifth year), Ascension Day, Whit Monday and both Christmas days.
 * Good Friday is not a general day off and is not counted.
 */
function holidaysOf(year: number): Set<number> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => Date.UTC(year, month - 1, day) / MS_PER_DAY;
  const kingsDay = fixed(4, 27);
  const days = [
    fixed(1, 1),
    easter + 1,
    new Date(kingsDay * MS_PER_DAY).getUTCDay() === 0 ? kingsDay - 1 : kingsDay,
    easter + 39,
    easter + 50,
    fixed(12, 25),
    fixed(12, 26),
  ];
  if (year % 5 === 0) days.push(fixed(5, 5));
  const set = new Set(days);
  holidayCache.set(year, set);
  return set;
}

const isWorkingDayNumber = (day: number): boolean => {
  const weekday = new Date(day * MS_PER_DAY).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysOf(new Date(day * MS_PER_DAY).getUTCFullYear()).has(day);
};

/** Monday to Friday, and not a national holiday. */
export const isWorkingDay = (date: string): boolean => isWorkingDayNumber(toDay(date));

/** The date `count` working days before `date` (YYYY-MM-DD); `date` itself is not counted. */
export function workingDaysBefore(date: string, count: number): string {
  let day = toDay(date);
  let left = count;
  while (left > 0) {
    day -= 1;
    if (isWorkingDayNumber(day)) left -= 1;
  }
  return fromDay(day);
}

/** How many working days lie after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = toDay(from) + 1; day <= toDay(to); day++) if (isWorkingDayNumber(day)) count++;
  return count;
}
