// Puffery: promotional praise in the reporter's voice ("game-changing", "blowout quarter",
// "the undisputed king of", "legendary", "miraculous", "triumphant"), and superlative judgements
// of history ("the greatest final ever played", "the best season of all time", "the most important
// election in history").
import { defineRule } from '../../engine/rule';
import type { Token } from '../../engine/nlp';
import { analyseLoaded } from './matcher';
import { findingFor } from './report';
import { findPhrases, hasIdentifiedSource, reportsBySentence, vocabulary, words } from '../attribution/vocabulary';

// "Worst" is left out: "the worst defeat in their history" is usually a record, not a judgement.
const JUDGING_SUPERLATIVES = new Set(['greatest', 'best', 'finest']);
const JUDGING_MOST = new Set(['important', 'significant', 'consequential', 'influential', 'memorable', 'dramatic', 'remarkable']);
// "The best result ever recorded": a record in the figures, which can be checked, not a judgement.
const RECORD_VERBS = new Set(['recorded', 'measured', 'registered', 'logged', 'posted', 'polled']);

/** "in (modern|U.S.|sports) history", "ever" (and its participle: "ever played"), "of all time" within the sentence after `from`. */
function historyScope(toks: readonly Token[], from: number): number {
  for (let k = from; k < toks.length && k < from + 12; k++) {
    if (toks[k].lower === 'ever' && RECORD_VERBS.has(toks[k + 1]?.lower ?? '')) return -1;
    if (toks[k].lower === 'ever') return toks[k + 1]?.pos === 'VERB' && /(?:ed|en|de|un|wn)$/.test(toks[k + 1].lower) ? k + 2 : k + 1;
    if (toks[k].lower === 'of' && toks[k + 1]?.lower === 'all' && toks[k + 2]?.lower === 'time') return k + 3;
    if (toks[k].lower === 'history' && toks.slice(Math.max(from, k - 4), k).some((t) => t.lower === 'in')) return k + 1;
  }
  return -1;
}

export const puffery = defineRule(
  {
    id: 'loaded-language/puffery',
    category: 'loaded-language',
    defaultSeverity: 'info',
    description: 'Puffery in the reporter\'s voice: "game-changing", "blowout", "legendary", "the greatest final ever played".',
    fixable: true,
  },
  ({ doc, report }) => {
    const { words: loadedWords, matches } = analyseLoaded(doc);
    for (const m of matches) if (m.entry.kind === 'puffery') report(findingFor(doc, m, loadedWords));
    // Superlative judgements of history, in sentences that name no source.
    if (!/\b(?:greatest|best|finest|most)\b/i.test(doc.prose)) return;
    const bySentence = reportsBySentence(doc);
    for (const s of doc.sentences) {
      if (doc.blocks[s.block]?.headline) continue;
      // (An agentless passive, "it is thought that …", is vague-source's to report.)
      if ((bySentence.get(s.index) ?? []).some((r) => !doc.isQuoted(r.verb.start) && (hasIdentifiedSource(doc, r) || r.source || (r.passive && vocabulary.agentlessPassive.verbs[r.lemma])))) continue;
      const prev = doc.sentences[s.index - 1];
      if (prev && prev.block === s.block && doc.tokens[prev.endToken - 1]?.text === ':') continue;
      const toks = words(doc, s);
      if (findPhrases(toks, vocabulary.attributionPhrases).length) continue;
      for (let i = 1; i < toks.length; i++) {
        const t = toks[i];
        const judging = JUDGING_SUPERLATIVES.has(t.lower) || (t.lower === 'most' && JUDGING_MOST.has(toks[i + 1]?.lower ?? ''));
        if (!judging || toks[i - 1].lower !== 'the') continue;
        const end = historyScope(toks, i + 1);
        if (end < 0) continue;
        const start = toks[i - 1].start, stop = toks[end - 1].end;
        if (doc.isQuoted(start) || doc.isQuoted(stop - 1)) continue;
        report({
          offset: start,
          length: stop - start,
          message: `"${doc.text.slice(start, stop)}" is puffery: a superlative judgement of history in the writer's voice. Give the record or the facts that support it, or attribute the judgement.`,
          fixes: [],
          severity: 'info',
        });
      }
    }
  },
);
