// figures/number-style (house style, info): AP numerals — one through nine spelled out, 10 and up
// in figures, percentages in figures, no figure at the start of a sentence — and the house form of
// "percent" when the configuration names one ("%" or the word; a draft that mixes the two under the
// default "consistent" is consistency/term-variants' finding). Only clear cases are flagged: ages,
// money, percentages, dates, times, measurements, scores and votes, identifiers ("No. 3", "Model
// 3"), "3 million", ranges and compounds ("a 2-under-par 70") keep their figures, and quotations and
// headlines are left alone.
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { Token } from '../../engine/nlp';
import { figuresModel, type FiguresModel, type Quantity } from './model';
import { figuresVocabulary, type FiguresVocabulary, cues } from './vocabulary';
import { numberInWords } from './numbers';

interface PercentUse {
  q: Quantity;
  form: 'sign' | 'word';
  /** The span holding the form: "%" or " percent" (from the end of the number). */
  start: number;
  end: number;
}

function inHeadline(doc: Doc, offset: number): boolean {
  const b = doc.blocks[doc.sentenceAt(offset)?.block ?? -1];
  return !!b && (b.headline === true || b.kind === 'heading' || b.kind === 'title');
}

function percentUses(doc: Doc, model: FiguresModel): PercentUse[] {
  const out: PercentUse[] = [];
  for (const q of model.quantities) {
    if (q.kind !== 'percent' || q.quoted) continue;
    const unit = doc.tokens[q.last];
    if (unit.text === '%') out.push({ q, form: 'sign', start: unit.start, end: unit.end });
    else out.push({ q, form: 'word', start: q.number.numEnd, end: q.end });
  }
  return out;
}

function checkPercentForm(ctx: RuleContext, model: FiguresModel, done: Set<Quantity>): void {
  const { doc, config } = ctx;
  const uses = percentUses(doc, model).filter((u) => !inHeadline(doc, u.start));
  if (!uses.length) return;
  // With "consistent" (the default), a draft that mixes the two forms is reported by
  // consistency/term-variants: one term written two ways.
  if (config.houseStyle.percent === 'consistent') return;
  const want: 'sign' | 'word' = config.houseStyle.percent === '%' ? 'sign' : 'word';
  for (const u of uses) {
    if (u.form === want) continue;
    const numberText = doc.text.slice(u.q.number.numStart, u.q.number.numEnd);
    const digits = u.q.number.words ? String(u.q.number.value) : numberText;
    const newText = want === 'sign' ? `${digits}%` : `${digits} percent`;
    done.add(u.q);
    const form = want === 'sign' ? '"%"' : '"percent"';
    const why = `house style is ${form}`;
    ctx.report({
      offset: u.q.number.numStart,
      length: u.end - u.q.number.numStart,
      message: `Write "${newText}": ${why}.`,
      fixes: [{ title: `Write "${newText}"`, edits: [{ offset: u.q.number.numStart, length: u.end - u.q.number.numStart, newText }], preferred: true }],
    });
  }
}

const LOWER_START = /^\p{Ll}/u;
const PUNCT_OPENERS = new Set(['"', '“', "'", '‘', '(', '[']);
const IRREGULAR_PLURALS = cues.irregularPlurals;
const isPlural = (t: Token) => t.lower !== t.lemma || /[^s]s$/.test(t.lower) || IRREGULAR_PLURALS.has(t.lower);

/** Words that make a figure something other than a count of things. */
function countNoun(t: Token | undefined, v: FiguresVocabulary): boolean {
  if (!t || t.pos !== 'NOUN' || !LOWER_START.test(t.text)) return false;
  return !v.measures.has(t.lower) && !v.durations.has(t.lower) && !v.figureNouns.has(t.lower) && !v.identifiers.has(t.lower)
    && !v.currencyWords.has(t.lower) && !v.scales.has(t.lower) && !v.percentWords.has(t.lower) && !v.ageUnits.has(t.lower);
}

function checkAp(ctx: RuleContext, model: FiguresModel, v: FiguresVocabulary, done: Set<Quantity>): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  for (const q of model.quantities) {
    if (q.quoted || done.has(q) || inHeadline(doc, q.start)) continue;
    const n = q.number;
    const t = tokens[n.first];
    const sentence = doc.sentences[q.sentence];
    // The figure itself opens the sentence ("12 people"), not a qualifier before it ("More than 80
    // people"); an opening quotation mark or parenthesis does not count.
    let open = sentence.firstToken;
    while (open < n.first && PUNCT_OPENERS.has(tokens[open].text)) open++;
    const initial = q.first === open && q.qualFirst === q.first;
    const qualifierFirst = q.qualFirst === sentence.firstToken && q.qualFirst !== q.first;
    const prev = tokens[q.qualFirst - 1];
    const next = tokens[q.last + 1];
    const plain = !n.scale && n.decimals === 0 && !q.high && !q.unit && !q.rate && !q.compound && !q.currency;
    // "Five percent" is fine at the start of a sentence (or after an opening qualifier: "About five
    // percent"); elsewhere AP writes percentages in figures.
    if (q.kind === 'percent' && n.words && !initial && !qualifierFirst && !n.scale) {
      const sign = tokens[q.last].text === '%';
      const newText = String(n.value);
      ctx.report({
        offset: n.numStart,
        length: n.numEnd - n.numStart,
        message: `AP style writes percentages in figures: "${newText}${sign ? '%' : ' percent'}".`,
        fixes: [{ title: `Write ${newText}`, edits: [{ offset: n.numStart, length: n.numEnd - n.numStart, newText }], preferred: true }],
      });
      continue;
    }
    if (q.kind !== 'count' || !plain || q.qualifier === 'approx') continue;
    if (prev && (prev.text === '-' || prev.text === '/' || prev.text === '#' || prev.type === 'number')) continue;
    if (next && (next.text === '-' || next.text === '/' || next.text === '.' && next.space === '' || next.lower === 'to' || next.lower === 'or' || next.lower === 'and' && tokens[q.last + 2]?.type === 'number')) continue;
    // Figures at the start of a sentence are spelled out ("Twelve people ...").
    if (initial && !n.words && n.value >= 1 && n.value < 100 && countNoun(q.head, v) && next === q.head) {
      const words = numberInWords(n.value, v);
      if (!words) continue;
      const newText = words[0].toUpperCase() + words.slice(1);
      ctx.report({
        offset: n.numStart,
        length: n.numEnd - n.numStart,
        message: `AP style spells out a number that starts a sentence: "${newText}".`,
        fixes: [{ title: `Write "${newText}"`, edits: [{ offset: n.numStart, length: n.numEnd - n.numStart, newText }], preferred: true }],
      });
      continue;
    }
    if (initial) continue;
    // "3 people" -> "three people"
    if (!n.words && n.value >= 1 && n.value <= 9 && t.text.length === 1 && next && next === q.head && countNoun(next, v) && (n.value === 1 || isPlural(next))) {
      if (prev && (v.identifiers.has(prev.lower) || prev.pos === 'PROPN' || prev.pos === 'NUM' || prev.text === '$')) continue;
      const words = numberInWords(n.value, v)!;
      ctx.report({
        offset: n.numStart,
        length: n.numEnd - n.numStart,
        message: `AP style spells out numbers under 10: "${words} ${next.text}".`,
        fixes: [{ title: `Write "${words}"`, edits: [{ offset: n.numStart, length: n.numEnd - n.numStart, newText: words }], preferred: true }],
      });
      continue;
    }
    // "twelve people" -> "12 people"
    if (n.words && n.value >= 10 && n.value <= 99 && LOWER_START.test(t.text) && next && next === q.head && countNoun(next, v) && isPlural(next)) {
      if (tokens[n.end]?.text === '-' && tokens[n.end].space === '') continue;
      ctx.report({
        offset: n.numStart,
        length: n.numEnd - n.numStart,
        message: `AP style uses figures for 10 and above: "${n.value} ${next.text}".`,
        fixes: [{ title: `Write ${n.value}`, edits: [{ offset: n.numStart, length: n.numEnd - n.numStart, newText: String(n.value) }], preferred: true }],
      });
    }
  }
}

export const numberStyle = defineRule(
  {
    id: 'figures/number-style',
    category: 'figures',
    defaultSeverity: 'info',
    description: 'Numbers written against AP style, and percentages not in the house form ("%" or "percent").',
    fixable: true,
  },
  (ctx) => {
    const model = figuresModel(ctx.doc);
    const v = figuresVocabulary();
    const done = new Set<Quantity>();
    checkPercentForm(ctx, model, done);
    if (ctx.config.houseStyle.numbers === 'ap') checkAp(ctx, model, v, done);
  },
);

