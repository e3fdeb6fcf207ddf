// Calendar arithmetic for the figures rules: weekdays, the year a date without one refers to,
// elapsed years, ages, and dates written in AP style.
import { figuresVocabulary } from './vocabulary';

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : undefined;
}

const utc = (d: Day) => Date.UTC(d.year, d.month - 1, d.day);

export function isValidDay(d: Day): boolean {
  const x = new Date(utc(d));
  return x.getUTCFullYear() === d.year && x.getUTCMonth() === d.month - 1 && x.getUTCDate() === d.day;
}

/** 0 = Sunday. */
export function weekdayOf(d: Day): number {
  return new Date(utc(d)).getUTCDay();
}

export function addDays(d: Day, n: number): Day {
  const x = new Date(utc(d) + n * 86400000);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

export function daysBetween(a: Day, b: Day): number {
  return Math.round((utc(b) - utc(a)) / 86400000);
}

/** The year a month and day without a year refer to: the one closest to the article date. */
export function inferYear(month: number, day: number, article: Day): number | undefined {
  let best: number | undefined, bestGap = Infinity;
  for (const y of [article.year - 1, article.year, article.year + 1]) {
    const d = { year: y, month, day };
    if (!isValidDay(d)) continue;
    const gap = Math.abs(daysBetween(article, d));
    if (gap < bestGap) { best = y; bestGap = gap; }
  }
  return best;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole years from `birth` to `on`. */
export function ageOn(birth: Day, on: Day): number {
  let age = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) age--;
  return age;
}

const YEAR_DAYS = 365.2425;

/** The years elapsed from an event known to a year, a month or a day, to `on`: [least, most]. */
export function elapsedYears(event: { year: number; month?: number; day?: number }, on: Day): [number, number] {
  const first: Day = { year: event.year, month: event.month ?? 1, day: event.day ?? 1 };
  const last: Day = event.day ? first : event.month ? { year: event.year, month: event.month, day: lastDayOfMonth(event.year, event.month) } : { year: event.year, month: 12, day: 31 };
  return [daysBetween(last, on) / YEAR_DAYS, daysBetween(first, on) / YEAR_DAYS];
}

/** "Aug. 13, 2022" (AP style). */
export function apDate(d: Day, withYear = true): string {
  const v = figuresVocabulary();
  return `${v.monthAp[d.month - 1]} ${d.day}${withYear ? `, ${d.year}` : ''}`;
}

export function weekdayName(day: number): string {
  const name = figuresVocabulary().weekdayNames[day];
  return name[0].toUpperCase() + name.slice(1);
}
