// Claims in the writer's own voice with no source: predictions stated as certain ("will almost
// certainly"), consequences predicted as fact ("will lead to") and verdicts ("the deal is
// historic"). Superlative judgements of history ("the greatest comeback in history") are puffery,
// reported by loaded-language/puffery. Plain verifiable facts
// and scheduled events ("the bridge will close Monday") are not claims.
import { defineRule } from '../../engine/rule';
import type { Sentence, Token } from '../../engine/nlp';
import type { Doc } from '../../engine/document';
import { findPhrases, hasIdentifiedSource, matchAt, reportsBySentence, SOURCE_SNIPPET, vocabulary, words } from './vocabulary';
import type { Fix } from '../../engine/types';

// Verdict words that, predicated of a subject in the writer's voice, make a judgement.
const VERDICTS = new Set(['historic', 'unprecedented', 'landmark', 'watershed', 'momentous', 'seismic', 'epoch-making']);

function attributeFix(doc: Doc, s: Sentence): Fix | undefined {
  const last = doc.tokens[s.endToken - 1];
  if (!last || !/^[.!?]$/.test(last.text)) return undefined;
  return { title: 'Attribute this claim', edits: [{ offset: last.start, length: 0, newText: `, according to ${SOURCE_SNIPPET}` }], snippet: true };
}

let groupFormIndex: Map<string, string> | undefined;
/** Every form of the vague-source group nouns, to its lemma ("residents" -> "resident"). */
function groupForms(): Map<string, string> {
  if (!groupFormIndex) {
    groupFormIndex = new Map();
    for (const [lemma, g] of Object.entries(vocabulary.vagueSources.groups)) for (const f of g.forms) groupFormIndex.set(f, lemma);
  }
  return groupFormIndex;
}

const PLACE_PREPOSITIONS = new Set(['in', 'of', 'across', 'around', 'near', 'from', 'throughout']);
const GROUP_MODIFIERS = new Set(['local', 'many', 'most', 'area', 'city', 'town', 'county', 'state', 'rural', 'urban', 'young', 'older', 'ordinary', 'average']);

/**
 * "Residents overwhelmingly oppose …", "Most voters strongly support …": at the start of the
 * sentence, a group noun (plural, with no determiner that points at particular people), a degree
 * adverb and an opinion verb in the present tense. Returns the token range of the three.
 */
function opinionAt(toks: readonly Token[]): { start: number; end: number } | undefined {
  const { adverbs, verbs } = vocabulary.claimMarkers.opinion;
  let k = 0;
  while (k < toks.length && k < 3 && GROUP_MODIFIERS.has(toks[k].lower)) k++;
  const group = toks[k];
  // A plural group noun (the tagger may read one that opens the sentence as a name).
  const lemma = group ? groupForms().get(group.lower) : undefined;
  if (!group || !lemma || (group.pos !== 'NOUN' && group.pos !== 'PROPN') || group.lower === lemma) return undefined;
  // Where they are: "Residents in the county overwhelmingly oppose …".
  let m = k + 1;
  if (PLACE_PREPOSITIONS.has(toks[m]?.lower ?? '')) {
    let n = m + 1;
    while (n < toks.length && n <= m + 4 && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(toks[n].pos) && !adverbs.includes(toks[n].lower)) n++;
    if (n > m + 1) m = n;
  }
  const adverb = toks[m], verb = toks[m + 1];
  if (!adverb || !verb || !adverbs.includes(adverb.lower) || !verbs[verb.lemma]) return undefined;
  // The present tense: "oppose", not "opposed" (a vote or an event reported).
  if (verb.lower !== verb.lemma) return undefined;
  return { start: 0, end: m + 2 };
}

// The vocabulary's lists as this rule reads them, made once: findPhrases indexes a list the first
// time it sees it, so a list made afresh on every lint would be indexed afresh too.
let lists: { strongPredictions: typeof vocabulary.claimMarkers.predictions; causalVerbs: typeof vocabulary.claimMarkers.causal } | undefined;
function claimLists() {
  lists ??= {
    strongPredictions: vocabulary.claimMarkers.predictions.filter((p) => p.strength === 'strong'),
    causalVerbs: vocabulary.claimMarkers.causal.filter((p) => !['because', 'due', 'owing', 'as', 'in', 'on', 'thanks', 'driven', 'be'].includes(p.words[0])),
  };
  return lists;
}

export const unattributedClaim = defineRule(
  {
    id: 'attribution/unattributed-claim',
    category: 'attribution',
    defaultSeverity: 'warning',
    description: 'A prediction, consequence or judgement stated in the writer\'s own voice with no source.',
    fixable: true,
  },
  ({ doc, report }) => {
    const bySentence = reportsBySentence(doc);
    const { strongPredictions, causalVerbs } = claimLists();
    for (const s of doc.sentences) {
      // Attributed sentences, and the ones a colon-ended sentence introduces, are somebody's claims.
      // An agentless passive ("it is thought that") makes the sentence vague-source's to report.
      if ((bySentence.get(s.index) ?? []).some((r) => !doc.isQuoted(r.verb.start) && (hasIdentifiedSource(doc, r) || r.source || (r.passive && vocabulary.agentlessPassive.verbs[r.lemma])))) continue;
      const prev = doc.sentences[s.index - 1];
      if (prev && prev.block === s.block && doc.tokens[prev.endToken - 1]?.text === ':') continue;
      if (doc.blocks[s.block]?.headline) continue;
      const toks = words(doc, s);
      if (findPhrases(toks, vocabulary.attributionPhrases).length) continue;
      const claims: Array<{ start: number; end: number; message: string }> = [];
      const add = (a: number, b: number, message: string) => {
        const start = toks[a].start, end = toks[Math.max(a, b - 1)].end;
        if (!doc.isQuoted(start) && !doc.isQuoted(end - 1)) claims.push({ start, end, message });
      };
      // Predictions stated as certain.
      for (const m of findPhrases(toks, strongPredictions)) {
        let end = m.end;
        while (end < toks.length && end < m.end + 2 && toks[end].pos !== 'VERB') end++;
        add(m.start, Math.min(end + 1, toks.length), `"${doc.text.slice(toks[m.start].start, toks[Math.min(end, toks.length - 1)].end)}": a prediction in the writer's voice. Who predicts it? Attribute it or cut it.`);
      }
      // Consequences predicted as fact: "will lead to", "will spark".
      for (let i = 0; i < toks.length; i++) {
        if (toks[i].lower !== 'will' && toks[i].lower !== "'ll") continue;
        let v = i + 1;
        while (v < toks.length && toks[v].pos === 'ADV' && v < i + 3) v++;
        for (const c of causalVerbs) {
          const end = matchAt(toks, v, c.words);
          if (end > v) {
            add(i, end, `"${doc.text.slice(toks[i].start, toks[end - 1].end)}": a predicted consequence stated as fact. Who says so? Attribute it.`);
            break;
          }
        }
      }
      // A group's opinion stated as fact: "Residents overwhelmingly oppose the tax increase."
      const op = opinionAt(toks);
      if (op) add(op.start, op.end, `"${doc.text.slice(toks[op.start].start, toks[op.end - 1].end)}": a claim about what a group thinks, in the writer's voice. Who measured it (a poll, a survey, a count)? Attribute it.`);
      // (Superlative judgements of history, "the greatest final ever played", are puffery:
      // loaded-language/puffery reports them, so one phrase is not flagged twice.)
      // Verdicts predicated of a subject: "the agreement is historic", "was a watershed".
      for (let i = 1; i < toks.length; i++) {
        if (!(toks[i].lemma === 'be' || /^(is|are|was|were)$/.test(toks[i].lower))) continue;
        let k = i + 1;
        if (toks[k] && /^(a|an|truly|really|simply)$/.test(toks[k].lower)) k++;
        const word = toks[k];
        if (word && VERDICTS.has(word.lower) && word.pos !== 'NOUN') add(i, k + 1, `"${doc.text.slice(toks[i].start, word.end)}": a verdict in the writer's voice. Whose verdict? Attribute it, or show why.`);
      }
      const seen = new Set<number>();
      for (const c of claims) {
        if (seen.has(c.start)) continue;
        seen.add(c.start);
        // The finding runs from the claim to the end of its sentence, where the fix adds the source.
        const last = doc.tokens[s.endToken - 1];
        const end = last && /^[.!?]$/.test(last.text) ? Math.max(c.end, last.start) : c.end;
        const fix = attributeFix(doc, s);
        report({ offset: c.start, length: end - c.start, message: c.message, fixes: fix && fix.edits[0].offset === end ? [fix] : [] });
      }
    }
  },
);
