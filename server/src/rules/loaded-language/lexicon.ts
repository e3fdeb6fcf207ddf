// The loaded-language lexicon (server/data/loaded-language.yaml, compiled by
// scripts/data/loaded-language.mjs into server/generated/loaded-language.json), loaded once.
import data from '../../../generated/loaded-language.json';
import type { Severity } from '../../engine/types';

export type Kind = 'said-synonym' | 'emotive' | 'puffery' | 'editorializing' | 'doubt' | 'labels';
export type Context = 'any' | 'speech' | 'sentence-adverb' | 'label' | 'attributive';

export interface Exception {
  phrase: string;
  words: string[];
  /** Where the term's words start in `words`. */
  at: number;
}

export interface Entry {
  /** Position in the compiled list. */
  id: number;
  term: string;
  words: string[];
  forms: ReadonlySet<string>;
  kind: Kind;
  pos: readonly string[] | null;
  context: Context;
  severity: Severity;
  alternatives: readonly string[];
  note: string;
  source: string;
  exceptions: readonly Exception[];
  /** Said-synonyms: nouns that, in the verb's subject, make it a statement of fact ("an audit revealed"). */
  factualSubjects?: readonly string[];
}

interface Compiled {
  entries: Array<Omit<Entry, 'id' | 'forms'> & { forms: string[] }>;
  index: Record<string, number[]>;
}

let loaded: { entries: Entry[]; index: Map<string, readonly Entry[]> } | undefined;

/** The entries and the index by first word (a lemma or any listed form of it). */
export function lexicon(): { entries: readonly Entry[]; index: ReadonlyMap<string, readonly Entry[]> } {
  if (!loaded) {
    const compiled = data as unknown as Compiled;
    const entries = compiled.entries.map((e, id) => ({ ...e, id, forms: new Set(e.forms) }) as Entry);
    const index = new Map<string, readonly Entry[]>();
    for (const [key, ids] of Object.entries(compiled.index)) index.set(key, ids.map((i) => entries[i]));
    loaded = { entries, index };
  }
  return loaded;
}
