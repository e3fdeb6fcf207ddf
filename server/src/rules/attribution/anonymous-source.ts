// Anonymous sources ("officials said", "a person familiar with the matter said") with no reason
// given for the anonymity. Wire practice (AP) allows an anonymous source only when the material is
// information, not opinion, is vital, and cannot be had on the record — and the story must say why
// the source was not named and how the source knows.
import { defineRule } from '../../engine/rule';
import { anonymity, findPhrases, reportsBySentence, vocabulary, words } from './vocabulary';

export const anonymousSource = defineRule(
  {
    id: 'attribution/anonymous-source',
    category: 'attribution',
    defaultSeverity: 'info',
    description: 'An anonymous source ("officials said", "a person familiar with the matter") with no reason given for the anonymity.',
    fixable: false,
  },
  ({ doc, report }) => {
    reportsBySentence(doc); // shared with the other attribution rules
    // A listed reason, or anonymity explained in the story's own words ("on condition of anonymity
    // because ...", "... anonymity to discuss ...").
    const explains = (sentence: number) => {
      const s = doc.sentences[sentence];
      if (!s) return false;
      const toks = words(doc, s);
      if (findPhrases(toks, vocabulary.anonymousSources.reasons).length) return true;
      const at = toks.findIndex((t) => t.lower === 'anonymity' || t.lower === 'anonymously');
      return at >= 0 && toks.slice(at + 1).some((t, k, rest) => t.lower === 'because' || t.lower === 'since' || (t.lower === 'to' && rest[k + 1]?.pos === 'VERB'));
    };
    const hasReason = (sentence: number) => {
      const s = doc.sentences[sentence];
      const next = doc.sentences[sentence + 1];
      return explains(sentence) || (!!next && next.block === s?.block && explains(sentence + 1));
    };
    for (const r of doc.reports) {
      if (!r.source || doc.isQuoted(r.verb.start)) continue;
      const a = anonymity(doc, r.source);
      if (!a || hasReason(r.sentence)) continue;
      const [start, end] = r.verb.start < r.source.start ? [r.verb.start, r.source.end] : [r.source.start, r.verbEnd];
      report({
        offset: start,
        length: end - start,
        message: `"${doc.text.slice(start, end)}": an anonymous source. Say why the source cannot be named and how they know (AP: "…, who spoke on condition of anonymity because …"), or name them.`,
      });
    }
  },
);
