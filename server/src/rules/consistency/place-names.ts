// consistency/place-names: outdated or non-house place names (Kiev -> Kyiv, Bombay -> Mumbai) from
// server/data/place-names.yaml, for the configured house style, with the configuration's overrides
// (`places`: an outdated form -> the preferred one, or false to accept it). Quoted words keep their
// form; fixed names and historical phrases listed as an entry's exceptions are not flagged.
import { defineRule } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { ResolvedConfig } from '../../engine/config';
import { replacement } from '../../engine/fixes';
import data from '../../../generated/place-names.json';
import { draftWords, Exceptions, FormIndex, insideException } from './words';

interface PlaceEntry {
  outdated: string;
  also: string[];
  preferred: string;
  styles: string[];
  kind: string;
  source: string;
  note: string;
  ambiguous?: string;
  exceptions: Array<{ phrase: string; re: string }>;
}

interface Compiled {
  entries: PlaceEntry[];
  byForm: Record<string, number>;
  index: FormIndex<number>;
  /** An entry's fixed names and historical phrases, read the first time the entry's form is found in a draft. */
  exceptions(i: number): Exceptions | undefined;
}

let compiled: Compiled | undefined;
function placeData(): Compiled {
  if (!compiled) {
    const entries = data.entries as PlaceEntry[];
    const exceptions: Array<Exceptions | undefined> = [];
    compiled = {
      entries,
      byForm: data.byForm as Record<string, number>,
      index: new FormIndex<number>(data.byForm as Record<string, number>),
      exceptions: (i) => {
        const e = entries[i];
        if (!e.exceptions.length) return undefined;
        return (exceptions[i] ??= new Exceptions(e.exceptions, 'giu'));
      },
    };
  }
  return compiled;
}

export interface PlaceHit {
  offset: number;
  length: number;
  text: string;
  preferred: string;
  entry?: PlaceEntry;
}

/** The outdated place names of a document, outside quotations and exceptions (shared with term-variants). */
export function placeHits(doc: Doc, config: ResolvedConfig): PlaceHit[] {
  return doc.cached(`consistency/place-hits:${config.houseStyle.style}:${JSON.stringify(config.places)}`, () => {
    const { entries, byForm, exceptions, index } = placeData();
    const out: PlaceHit[] = [];
    const style = config.houseStyle.style;
    // Forms the configuration adds ("Peking": "Beijing") that the data lacks.
    const extra = new Map(Object.entries(config.places).filter(([from, to]) => typeof to === 'string' && byForm[from] === undefined) as Array<[string, string]>);
    let forms: FormIndex<number | string> = index;
    if (extra.size) {
      const withExtra: Record<string, number | string> = { ...byForm };
      for (const form of extra.keys()) withExtra[form] = form;
      forms = new FormIndex(withExtra);
    }
    for (const hit of forms.find(draftWords(doc))) {
      const offset = hit.first.start, end = hit.last.end;
      if (hit.first.quoted) continue;
      if (typeof hit.value === 'string') {
        out.push({ offset, length: end - offset, text: hit.text, preferred: extra.get(hit.value)! });
        continue;
      }
      const index = hit.value;
      const entry = entries[index];
      const override = config.places[entry.outdated] ?? config.places[hit.text];
      if (override === false) continue;
      if (override === undefined && !entry.styles.includes(style)) continue;
      const ex = exceptions(index);
      if (ex && insideException(doc, ex, offset, end)) continue;
      if (entry.ambiguous && !placeContext(doc, offset, end)) continue;
      const preferred = typeof override === 'string' ? override : entry.preferred;
      if (namingMention(doc, offset, preferred)) continue;
      out.push({ offset, length: end - offset, text: hit.text, preferred: hit.text === hit.text.toUpperCase() && hit.text !== entry.outdated ? preferred.toUpperCase() : preferred, entry });
    }
    return out;
  });
}

const NAMING = new Set(['rename', 'renamed', 'renaming', 'renames', 'called', 'dubbed', 'named', 'known', 'formerly', 'spelled', 'spelt', 'name']);

/**
 * A sentence that talks about the name itself ("the Gulf of Mexico would be renamed the Gulf of
 * America", "Myanmar, formerly known as Burma") mentions the old form on purpose: the preferred form
 * is in the same sentence, or a naming word comes just before.
 */
function namingMention(doc: Doc, offset: number, preferred: string): boolean {
  const t = doc.tokenAt(offset);
  if (!t) return false;
  const s = doc.sentences[t.sentence];
  if (doc.prose.slice(s.start, s.end).toLowerCase().includes(preferred.toLowerCase())) return true;
  for (let i = t.index - 1; i >= Math.max(s.firstToken, t.index - 4); i--) if (NAMING.has(doc.tokens[i].lower)) return true;
  return false;
}

const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'near', 'outside', 'of', 'into', 'toward', 'towards', 'across', 'around', 'via']);
const HISTORICAL = new Set(['then', 'former', 'formerly', 'once', 'old']);

/**
 * For a form with other referents (Odessa, Texas; a surname; a historical name): the context shows
 * the present-day place — a place preposition before it, not part of a longer capitalised name, and
 * no year or "then"/"former" in the sentence (historical references keep the old name).
 */
function placeContext(doc: Doc, offset: number, end: number): boolean {
  const t = doc.tokenAt(offset);
  if (!t) return false;
  const last = doc.tokenAt(end - 1) ?? t;
  const prev = doc.tokens[t.index - 1];
  const next = doc.tokens[last.index + 1];
  if (next && /^[A-Z]/.test(next.text) && next.sentence === last.sentence && !next.space.includes('\n')) return false;
  if (!prev || prev.sentence !== t.sentence || !PLACE_PREPOSITIONS.has(prev.lower)) return false;
  const s = doc.sentences[t.sentence];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const x = doc.tokens[i];
    if (HISTORICAL.has(x.lower) || (x.type === 'number' && /^(1[5-9]|20)\d\d$/.test(x.text))) return false;
  }
  return true;
}

export const placeNames = defineRule(
  {
    id: 'consistency/place-names',
    category: 'consistency',
    defaultSeverity: 'warning',
    description: 'Outdated or non-house place names (Kiev for Kyiv, Bombay for Mumbai).',
    fixable: true,
  },
  ({ doc, config, report }) => {
    const style = config.houseStyle.style.toUpperCase();
    for (const hit of placeHits(doc, config)) {
      const e = hit.entry;
      const why = e ? (e.kind === 'renamed' ? 'the place has been renamed' : e.kind === 'transliteration' ? 'an older transliteration' : 'not the house form') : 'the newsroom prefers another form';
      report({
        offset: hit.offset,
        length: hit.length,
        message: e ? `"${hit.text}" is an outdated place name (${why}); ${style} style uses "${hit.preferred}".` : `"${hit.text}": the house style uses "${hit.preferred}".`,
        fixes: [replacement(`Replace with "${hit.preferred}"`, hit.offset, hit.length, hit.preferred, true)],
        ...(e ? { detail: `${e.note}\n\nSource: ${e.source}` } : {}),
      });
    }
  },
);
