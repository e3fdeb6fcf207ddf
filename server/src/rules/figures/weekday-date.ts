// figures/weekday-date: a weekday written with a date it does not fall on ("Thursday, May 12, 2021"),
// and a weekday given for "today" that is not the article date's.
import { defineRule } from '../../engine/rule';
import { matchCase } from '../../engine/fixes';
import type { Fix } from '../../engine/types';
import { figuresModel } from './model';
import { addDays, apDate, daysBetween, isValidDay, parseDay, weekdayName, weekdayOf, type Day } from './dates';
import type { Doc } from '../../engine/document';
import type { DateMention } from './model';

const TODAY = new Set(['today', 'tonight']);
const PRESENT = new Set(['are', 'am', "'re", '’re', "'m", '’m', 'have', "'ve", '’ve']);
const FUTURE_MARKERS = new Set(['to', 'will', "'ll", '’ll', 'would', 'shall', 'must', 'can', 'could', 'may', 'might', 'should']);

/**
 * The year of a date written with a weekday and no year: among the dates within a year of the
 * article date, the latest up to it when the verb before the date is in the past tense ("struck
 * the deal on Tuesday, April 25"), the first from it when the verb looks ahead ("ordered her to
 * report on Thursday, April 27", "will meet on ..."), else the nearest; an earlier date of the
 * sentence with a year gives its year instead. Undefined (no finding) when the weekday fits either
 * year, or a date within two months of the article date.
 */
function yearFor(doc: Doc, dates: DateMention[], p: number, article: Day): number | undefined {
  const t = doc.tokens;
  const d = dates[p];
  // "began on Monday, Sept. 9, 2019, and ... on Friday, Nov. 15": the year of an earlier date of the
  // sentence (not a birth date), unless the date falls on its weekday in the year read below
  let carried: number | undefined;
  for (let k = p - 1; k >= 0 && t[dates[k].first].sentence === t[d.first].sentence; k--) {
    const e = dates[k];
    if (e.year === undefined) continue;
    const before = t[e.first - 1], before2 = t[e.first - 2];
    if (before?.lower === 'born' || before2?.lower === 'born') break;
    carried = e.month <= d.month ? e.year : e.year + 1;
    break;
  }
  if (carried !== undefined) {
    const day = { year: carried, month: d.month, day: d.day! };
    if (!isValidDay(day) || weekdayOf(day) === d.weekday!.day) return undefined;
  }
  const own = ownYear(doc, d, article);
  return own === null ? undefined : carried ?? own;
}

/** The year read from the verb's tense (null: the date falls on its weekday, no finding). */
function ownYear(doc: Doc, d: DateMention, article: Day): number | null {
  const t = doc.tokens;
  let tense: 'past' | 'future' | undefined;
  for (let k = d.first - 1; k >= 0 && k > d.first - 20 && t[k].sentence === t[d.first].sentence; k--) {
    const x = t[k];
    if (x.pos !== 'VERB' && x.pos !== 'AUX') continue;
    const prev = t[k - 1];
    if (prev && FUTURE_MARKERS.has(prev.lower)) tense = 'future';
    // a participle after an auxiliary takes the auxiliary's tense ("are sworn in", "was signed")
    else if (prev && (prev.lemma === 'be' || prev.lemma === 'have') && prev.pos === 'AUX' || prev && ['be', 'been', 'being'].includes(prev.lower)) tense = ['was', 'were', 'had'].includes(prev.lower) ? 'past' : undefined;
    else if (x.lower !== x.lemma && !PRESENT.has(x.lower) && !x.lower.endsWith('s') && !x.lower.endsWith('ing')) tense = 'past';
    break;
  }
  const candidates: Array<{ year: number; gap: number; fits: boolean }> = [];
  for (const y of [article.year - 1, article.year, article.year + 1]) {
    const day = { year: y, month: d.month, day: d.day! };
    if (!isValidDay(day)) continue;
    const gap = daysBetween(article, day);
    if (Math.abs(gap) <= 366) candidates.push({ year: y, gap, fits: weekdayOf(day) === d.weekday!.day });
  }
  if (candidates.some((c) => c.fits && Math.abs(c.gap) <= 60)) return null;
  const pool = tense === 'past' ? candidates.filter((c) => c.gap <= 0) : tense === 'future' ? candidates.filter((c) => c.gap >= 0) : candidates;
  let best: (typeof candidates)[number] | undefined;
  for (const c of pool.length ? pool : candidates) if (!best || Math.abs(c.gap) < Math.abs(best.gap)) best = c;
  return best && !best.fits ? best.year : null;
}

export const weekdayDate = defineRule(
  {
    id: 'figures/weekday-date',
    category: 'figures',
    defaultSeverity: 'warning',
    description: 'A weekday that does not match the date it is given with.',
    fixable: true,
  },
  ({ doc, report }) => {
    const model = figuresModel(doc);
    const article = parseDay(doc.date);
    if (!article) return;
    for (let p = 0; p < model.dates.length; p++) {
      const d = model.dates[p];
      if (!d.weekday || d.day === undefined || !d.dayToken) continue;
      const year = d.year ?? yearFor(doc, model.dates, p, article);
      if (year === undefined) continue;
      const day: Day = { year, month: d.month, day: d.day };
      if (!isValidDay(day)) continue;
      const w = d.weekday.token;
      const start = Math.min(w.start, d.start), end = Math.max(w.end, d.end);
      if (doc.isQuoted(start, end)) continue;
      const actual = weekdayOf(day);
      if (actual === d.weekday.day) continue;
      const fixes: Fix[] = [
        { title: `Change "${w.text}" to "${weekdayName(actual)}"`, edits: [{ offset: w.start, length: w.end - w.start, newText: matchCase(w.text, weekdayName(actual)) }], preferred: true },
      ];
      // Or keep the weekday and move the date to the nearest day that is one (same month only).
      for (const delta of [-1, 1, -2, 2, -3, 3]) {
        const alt = addDays(day, delta);
        if (weekdayOf(alt) !== d.weekday.day) continue;
        if (alt.month === day.month && alt.year === day.year) {
          fixes.push({ title: `Change the date to ${apDate(alt, !!d.year)} (the nearest ${weekdayName(d.weekday.day)})`, edits: [{ offset: d.dayToken.start, length: d.dayToken.end - d.dayToken.start, newText: String(alt.day) }] });
        }
        break;
      }
      const tense = doc.date > `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` ? 'was' : 'is';
      report({
        offset: start,
        length: end - start,
        message: `${apDate(day)}, ${tense} a ${weekdayName(actual)}, not a ${weekdayName(d.weekday.day)}.`,
        fixes,
      });
    }
    // "today, Thursday" / "Thursday (today)" against the article date.
    const tokens = doc.tokens;
    const articleDay = weekdayOf(article);
    for (const w of model.weekdays) {
      const i = w.token.index;
      const near = [tokens[i - 1], tokens[i - 2], tokens[i + 1], tokens[i + 2]].filter((t) => t && t.sentence === w.token.sentence);
      const today = near.find((t) => TODAY.has(t!.lower));
      if (!today) continue;
      // Only when the two are side by side ("today, Thursday", "Thursday (today)").
      const between = today.index < i ? tokens.slice(today.index + 1, i) : tokens.slice(i + 1, today.index);
      if (!between.every((t) => [',', '(', ')'].includes(t.text))) continue;
      if (w.day === articleDay || doc.isQuoted(w.token.start, w.token.end)) continue;
      if (doc.dateSource === 'today') continue;
      report({
        offset: w.token.start,
        length: w.token.end - w.token.start,
        message: `The article is dated ${apDate(article)}, a ${weekdayName(articleDay)}; "${today.text}" is not a ${weekdayName(w.day)}.`,
        fixes: [{ title: `Change "${w.token.text}" to "${weekdayName(articleDay)}"`, edits: [{ offset: w.token.start, length: w.token.end - w.token.start, newText: matchCase(w.token.text, weekdayName(articleDay)) }], preferred: true }],
      });
    }
  },
);
