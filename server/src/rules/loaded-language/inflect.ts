// Inflects a lexicon alternative (written in base form) to the form of the word it replaces:
// "slammed" -> "criticized", "boasts" -> "says", "fuming" -> "saying", "had tanked" -> "had fallen",
// "tirades" -> "criticisms".

export type VerbForm = 'base' | 's' | 'past' | 'participle' | 'ing';

// Irregular verbs among the alternatives and their likely kin: [past, participle].
const IRREGULAR: Record<string, [string, string]> = {
  say: ['said', 'said'], have: ['had', 'had'], lose: ['lost', 'lost'], fall: ['fell', 'fallen'],
  spread: ['spread', 'spread'], mislead: ['misled', 'misled'], tell: ['told', 'told'], take: ['took', 'taken'],
  make: ['made', 'made'], give: ['gave', 'given'], hold: ['held', 'held'], put: ['put', 'put'], set: ['set', 'set'],
  cut: ['cut', 'cut'], hit: ['hit', 'hit'], let: ['let', 'let'], think: ['thought', 'thought'], bring: ['brought', 'brought'],
  write: ['wrote', 'written'], speak: ['spoke', 'spoken'], break: ['broke', 'broken'], choose: ['chose', 'chosen'],
  leave: ['left', 'left'], find: ['found', 'found'], keep: ['kept', 'kept'], lead: ['led', 'led'], sell: ['sold', 'sold'],
  seek: ['sought', 'sought'], feel: ['felt', 'felt'], go: ['went', 'gone'], come: ['came', 'come'], get: ['got', 'gotten'],
  win: ['won', 'won'], run: ['ran', 'run'], rise: ['rose', 'risen'], be: ['was', 'been'], do: ['did', 'done'],
  understand: ['understood', 'understood'], withdraw: ['withdrew', 'withdrawn'], undergo: ['underwent', 'undergone'],
  overthrow: ['overthrew', 'overthrown'], beat: ['beat', 'beaten'], shoot: ['shot', 'shot'], fight: ['fought', 'fought'],
};
// Verbs of two or more syllables that double their final consonant (stress on the last syllable).
const DOUBLES = new Set(['rebut', 'refer', 'prefer', 'commit', 'admit', 'regret', 'control', 'compel', 'propel', 'occur', 'omit', 'permit', 'submit', 'transfer', 'defer', 'deter', 'acquit', 'equip', 'expel', 'repel', 'patrol']);

function doubled(verb: string): boolean {
  if (DOUBLES.has(verb)) return true;
  // One syllable ending consonant-vowel-consonant: "stop", "slam", "plan" (not w, x, y).
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb);
}

export function inflectVerb(verb: string, form: VerbForm): string {
  if (form === 'base') return verb;
  const irregular = IRREGULAR[verb];
  if (form === 'past' && irregular) return irregular[0];
  if (form === 'participle' && irregular) return irregular[1];
  if (form === 's') {
    if (verb === 'have') return 'has';
    if (verb === 'be') return 'is';
    if (verb === 'do' || verb === 'go') return verb + 'es';
    if (/(s|x|z|ch|sh)$/.test(verb)) return verb + 'es';
    if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ies';
    return verb + 's';
  }
  if (form === 'ing') {
    if (verb === 'be') return 'being';
    if (/ie$/.test(verb)) return verb.slice(0, -2) + 'ying';
    if (/[^aeiouy]e$/.test(verb) || /[^e]ue$/.test(verb)) return verb.slice(0, -1) + 'ing';
    if (doubled(verb)) return verb + verb.at(-1) + 'ing';
    return verb + 'ing';
  }
  // Regular past and participle.
  if (verb.endsWith('e')) return verb + 'd';
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ied';
  if (doubled(verb)) return verb + verb.at(-1) + 'ed';
  if (verb.endsWith('c')) return verb + 'ked';
  return verb + 'ed';
}

export function pluralNoun(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  return noun + 's';
}

/**
 * The form of a verb token from its text and lemma. `perfect` says a form of have or be comes
 * before it, which makes an -ed form a participle ("had tanked") rather than a past ("tanked").
 */
export function verbForm(lower: string, lemma: string, perfect: boolean): VerbForm {
  if (lower === lemma) return 'base';
  if (/ing$/.test(lower) && !/ing$/.test(lemma)) return 'ing';
  if (/s$/.test(lower) && !/(ed|en)$/.test(lower) && !/s$/.test(lemma)) return 's';
  if (/(s|ss)$/.test(lemma) && /es$/.test(lower) && lower !== lemma) return 's';
  return perfect ? 'participle' : 'past';
}

/** Replaces the first word of a phrase ("yield to" -> "yielded to"). */
export function inflectPhrase(phrase: string, form: VerbForm): string {
  const [first, ...rest] = phrase.split(' ');
  return [inflectVerb(first, form), ...rest].join(' ');
}

/** Pluralises the last word of a phrase ("suicide attack" -> "suicide attacks"). */
export function pluralPhrase(phrase: string): string {
  const words = phrase.split(' ');
  words[words.length - 1] = pluralNoun(words[words.length - 1]);
  return words.join(' ');
}
