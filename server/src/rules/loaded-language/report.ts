// What the six loaded-language rules share: one rule per kind of entry, each reporting the
// document's matches of its kind with the entry's severity, a message offering the neutral word,
// the entry's note and source style guide for the hover, and the alternatives as quick fixes
// (inflected to the replaced word and in its case; the first alternative is the preferred fix).
// Words with no neutral alternative get no fix: cutting them means editing outside the word (a
// space, a comma, an article), and a fix never edits outside its finding.
import { defineRule, type Rule, type RuleFinding } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { Fix, Severity } from '../../engine/types';
import { matchCase, replacement } from '../../engine/fixes';
import { analyseLoaded, type Match, type Word } from './matcher';
import type { Kind } from './lexicon';
import { inflectPhrase, pluralPhrase, verbForm } from './inflect';

const HAVE_BE = new Set(['have', 'has', 'had', 'having', "'ve", '’ve', 'be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re']);
// Alternatives that are verbs of saying: a said-synonym used for something other than speech
// ("the city boasts a harbor") takes its other alternative ("has").
const SAYING = new Set(['say', 'speak', 'talk', 'tell', 'respond', 'reply', 'announce', 'note', 'explain', 'acknowledge', 'shout', 'joke', 'repeat', 'disclose']);
// Before "about", only these fit: "gushed about his captain" -> "spoke about", not "said about".
const ABOUT = new Set(['speak', 'talk', 'complain', 'write', 'testify', 'joke', 'worry']);

interface KindText {
  /** What is wrong, after the quoted word. */
  wrong: string;
  /** The offer of neutral words: "a neutral verb such as". */
  offer: string;
  /** What to do when the entry has no alternative. */
  otherwise: string;
}

const TEXT: Record<Kind, KindText> = {
  'said-synonym': { wrong: 'takes sides', offer: 'use a neutral verb such as', otherwise: 'report what was said with a neutral verb such as "said"' },
  emotive: { wrong: 'is emotive in the reporter\'s voice', offer: 'use a neutral word such as', otherwise: 'describe what happened and let the facts carry the weight' },
  puffery: { wrong: 'is puffery', offer: 'use a plain word such as', otherwise: 'cut it, or give the fact that supports it' },
  editorializing: { wrong: 'editorializes: it tells the reader what to think', offer: 'use', otherwise: 'cut it, or attribute the judgement to a source' },
  doubt: { wrong: 'casts doubt in the reporter\'s voice', offer: 'use', otherwise: 'attribute the claim and report the evidence instead' },
  labels: { wrong: 'is a contentious label', offer: 'attribute it, or use a descriptive word such as', otherwise: 'attribute it to a source, or describe what the person or group did' },
};

const isVerbal = (m: Match, w: Word) => {
  const pos = m.entry.pos;
  if (pos && pos.includes('ADJ')) return false;
  if (pos && pos.length === 1 && pos[0] === 'VERB') return true;
  return w.pos === 'VERB' || (m.entry.kind === 'said-synonym' && w.pos !== 'NOUN' && w.pos !== 'ADJ');
};

/** The alternatives in the form of the replaced word, preferred first. */
export function alternativesFor(m: Match, words: readonly Word[]): Array<{ text: string; base: string }> {
  const { entry } = m;
  let alts = [...entry.alternatives];
  const saying = (a: string) => SAYING.has(a.split(' ')[0]);
  if (entry.kind === 'said-synonym' && alts.some(saying) && !alts.every(saying)) {
    // "Modi boasted: ..." -> "said"; "the city boasts a harbor" -> "has".
    alts = m.speech ? alts.filter(saying) : [...alts.filter((a) => !saying(a)), ...alts.filter(saying)];
  }
  const first = words[m.first];
  if (isVerbal(m, first)) {
    let k = m.first - 1;
    while (k >= 0 && words[k].sentence === first.sentence && words[k].pos === 'ADV') k--;
    const perfect = k >= 0 && words[k].sentence === first.sentence && HAVE_BE.has(words[k].lower);
    const form = verbForm(first.lower, entry.words[0], perfect);
    return alts.map((a) => ({ text: inflectPhrase(a, form), base: a.split(' ')[0] }));
  }
  // "his rant": verbs of saying do not replace a noun.
  if (entry.kind === 'said-synonym') return [];
  const last = words[m.end - 1];
  if (last.pos === 'NOUN' && last.lower !== last.lemma && /s$/.test(last.lower) && !/s$/.test(entry.words.at(-1)!)) return alts.map((a) => ({ text: pluralPhrase(a), base: a.split(' ')[0] }));
  return alts.map((a) => ({ text: a, base: a.split(' ')[0] }));
}

const ADJECTIVE_LIKE = /-|(?:ic|al|ive|ous|ful|ant|ent|ary|ed)$/;
const VOWEL_SOUND = /^(?:[aeio]|u(?!ni|s[aeiu]|ro|ti|k)|8|11|18|h(?:our|onest|onor|eir))/i;

/** Whether an alternative fits where the word stands: after "a"/"an", and as a noun or before one. */
function fits(m: Match, words: readonly Word[], alternative: string, base: string): boolean {
  const first = words[m.first];
  const prev = words[m.first - 1];
  const next = words[m.end];
  if (prev && prev.sentence === first.sentence && (prev.lower === 'a' || prev.lower === 'an')) {
    if ((prev.lower === 'an') !== VOWEL_SOUND.test(alternative)) return false;
  }
  if (next && next.sentence === first.sentence && next.lower === 'about' && m.entry.kind === 'said-synonym' && !ABOUT.has(base)) return false;
  // Not the next word's own stem: "scathing criticism" -> not "critical criticism".
  if (next && next.sentence === first.sentence && next.lower.length >= 5 && alternative.length >= 5 && next.lower.slice(0, 5) === alternative.slice(0, 5)) return false;
  // A label used as a modifier ("terrorist organization") takes an adjective ("militant"), not a
  // person ("attacker").
  if (m.entry.kind === 'labels' && next && next.sentence === first.sentence && next.pos === 'NOUN') return ADJECTIVE_LIKE.test(alternative);
  return true;
}

export function findingFor(doc: Doc, m: Match, words: readonly Word[]): RuleFinding & { severity: Severity } {
  const { entry } = m;
  const original = doc.text.slice(m.start, m.stop);
  const alts = alternativesFor(m, words).filter((a) => a.text.toLowerCase() !== original.toLowerCase() && fits(m, words, a.text, a.base)).map((a) => a.text);
  const t = TEXT[entry.kind];
  const quoted = alts.slice(0, 2).map((a) => `"${a}"`).join(' or ');
  const message = `"${original}" ${t.wrong}; ${alts.length ? `${t.offer} ${quoted}` : t.otherwise}.`;
  const fixes: Fix[] = alts.map((a, i) => {
    const text = matchCase(original, a);
    return replacement(`Replace with "${text}"`, m.start, m.stop - m.start, text, i === 0);
  });
  return {
    offset: m.start,
    length: m.stop - m.start,
    message,
    fixes,
    detail: `${entry.note}\n\nSource: ${entry.source}`,
    severity: entry.severity,
  };
}

export interface KindRuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
}

/** The rule that reports one kind of lexicon entry. */
export function kindRule(kind: Kind, meta: KindRuleMeta): Rule {
  return defineRule({ ...meta, category: 'loaded-language', fixable: true }, ({ doc, report }) => {
    const { words, matches } = analyseLoaded(doc);
    for (const m of matches) if (m.entry.kind === kind) report(findingFor(doc, m, words));
  });
}
