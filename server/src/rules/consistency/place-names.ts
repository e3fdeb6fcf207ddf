// consistency/place-names: outdated or non-house place names (Kiev -> Kyiv, Bombay -> Mumbai) from
// server/data/place-names.yaml, for the configured house style, with the configuration's overrides
// (`places`: an outdated form -> the preferred one, or false to accept it). Quoted words keep their
// form; fixed names and historical phrases listed as an entry's exceptions are not flagged.
import { defineRule } from '../../engine/rule';
import type { Doc } from '../../engine/document';
import type { ResolvedConfig } from '../../engine/config';
import { replacement } from '../../engine/fixes';
import data from '../../../generated/place-names.json';
import { draftWords, Exceptions, FormIndex, insideException, type Word } from './words';

interface PlaceEntry {
  outdated: string;
  also: string[];
  preferred: string;
  styles: string[];
  kind: string;
  source: string;
  note: string;
  ambiguous?: string;
  context?: string[];
  otherContext?: string[];
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
  /** The house style does not list the entry; the draft itself writes the preferred form elsewhere. */
  inconsistent?: boolean;
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
    const words = draftWords(doc);
    /** Does the draft write this name in the writer's own words (outside quotations and headlines)? */
    const written = new Map<string, boolean>();
    const writes = (name: string) => {
      let found = written.get(name);
      if (found === undefined) {
        const parts = name.split(' ');
        found = false;
        for (let i = 0; i + parts.length <= words.length && !found; i++) {
          if (words[i].text !== parts[0] || words[i].quoted || words[i].headline) continue;
          let k = 1;
          while (k < parts.length && words[i + k].text === parts[k] && words[i + k].spaced) k++;
          found = k === parts.length;
        }
        written.set(name, found);
      }
      return found;
    };
    const named = new Map<readonly string[], boolean>();
    /** Does the draft name one of these places anywhere (remembered per list)? */
    const elsewhere = (names: readonly string[] | undefined) => {
      if (!names) return false;
      let found = named.get(names);
      if (found === undefined) named.set(names, (found = inRegion(doc, words, -1, names)));
      return found;
    };
    for (const hit of forms.find(words)) {
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
      // A style that does not list the entry keeps both names, but not in one draft: "Bangalore"
      // where the draft also writes "Bengaluru".
      let inconsistent = false;
      if (override === undefined && !entry.styles.includes(style)) {
        if (!writes(entry.preferred)) continue;
        inconsistent = true;
      }
      const ex = exceptions(index);
      if (ex && insideException(doc, ex, offset, end)) continue;
      // An ambiguous form is the place when the context says so: a place preposition before it, or
      // the draft writing the preferred form elsewhere, or a name of the region in the paragraph.
      // (never when the draft also names the other referent's region: "Odessa" in a story about Texas)
      if (entry.ambiguous && (elsewhere(entry.otherContext) || !placeContext(doc, offset, end, writes(entry.preferred) || inRegion(doc, words, offset, entry.context)))) continue;
      const preferred = typeof override === 'string' ? override : entry.preferred;
      if (namingMention(doc, offset, preferred)) continue;
      out.push({ offset, length: end - offset, text: hit.text, preferred: hit.text === hit.text.toUpperCase() && hit.text !== entry.outdated ? preferred.toUpperCase() : preferred, entry, ...(inconsistent ? { inconsistent } : {}) });
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
function placeContext(doc: Doc, offset: number, end: number, shown = false): boolean {
  const t = doc.tokenAt(offset);
  if (!t) return false;
  const last = doc.tokenAt(end - 1) ?? t;
  const prev = doc.tokens[t.index - 1];
  const next = doc.tokens[last.index + 1];
  if (next && /^[A-Z]/.test(next.text) && next.sentence === last.sentence && !next.space.includes('\n')) return false;
  if (!shown && (!prev || prev.sentence !== t.sentence || !PLACE_PREPOSITIONS.has(prev.lower))) return false;
  const s = doc.sentences[t.sentence];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const x = doc.tokens[i];
    if (HISTORICAL.has(x.lower) || (x.type === 'number' && /^(1[5-9]|20)\d\d$/.test(x.text))) return false;
  }
  return true;
}

/** Is one of the names in the paragraph of `offset` (anywhere in the draft for -1), outside quotations? */
function inRegion(doc: Doc, words: readonly Word[], offset: number, names: readonly string[] | undefined): boolean {
  if (!names?.length) return false;
  const block = offset < 0 ? -1 : doc.sentenceAt(offset)?.block;
  if (block === undefined) return false;
  const firsts = new Map<string, string[][]>();
  for (const n of names) {
    const parts = n.split(' ');
    const list = firsts.get(parts[0]) ?? [];
    list.push(parts);
    firsts.set(parts[0], list);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const candidates = firsts.get(w.text);
    if (!candidates || w.quoted || (block >= 0 && doc.sentences[w.sentence].block !== block)) continue;
    for (const parts of candidates) {
      let k = 1;
      while (k < parts.length && words[i + k]?.text === parts[k] && words[i + k].spaced) k++;
      if (k === parts.length) return true;
    }
  }
  return false;
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
        message: hit.inconsistent ? `"${hit.text}" is written "${hit.preferred}" elsewhere in the draft; keep one form ("${hit.preferred}": ${why}).`
          : e ? `"${hit.text}" is an outdated place name (${why}); ${style} style uses "${hit.preferred}".` : `"${hit.text}": the house style uses "${hit.preferred}".`,
        fixes: [replacement(`Replace with "${hit.preferred}"`, hit.offset, hit.length, hit.preferred, true)],
        ...(e ? { detail: `${e.note}\n\nSource: ${e.source}` } : {}),
      });
    }
  },
);
