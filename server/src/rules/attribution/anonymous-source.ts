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
    const explained = new Map<number, boolean>();
    const explains = (sentence: number) => {
      const known = explained.get(sentence);
      if (known !== undefined) return known;
      const result = explainsAnonymity(sentence);
      explained.set(sentence, result);
      return result;
    };
    const explainsAnonymity = (sentence: number) => {
      const s = doc.sentences[sentence];
      if (!s) return false;
      const toks = words(doc, s);
      if (findPhrases(toks, vocabulary.anonymousSources.reasons).length) return true;
      const at = toks.findIndex((t) => t.lower === 'anonymity' || t.lower === 'anonymously');
      return at >= 0 && toks.slice(at + 1).some((t, k, rest) => t.lower === 'because' || t.lower === 'since' || (t.lower === 'to' && rest[k + 1]?.pos === 'VERB'));
    };
    // The reason may follow a little later, once the sources have been described: "…, the
    // people said. They spoke on condition of anonymity because the talks are private."
    const hasReason = (sentence: number) => {
      for (let k = sentence; k < Math.min(doc.sentences.length, sentence + 5); k++) if (explains(k)) return true;
      return false;
    };
    for (const r of doc.reports) {
      if (!r.source || doc.isQuoted(r.verb.start)) continue;
      if (hasReason(r.sentence)) continue;
      // "Democrats privately worry": a group speaking privately is an unnamed source, unless a
      // person is named ("Smith privately told").
      const privately = doc.tokens.slice(r.source.endToken, r.verb.index).some((t) => t.lower === 'privately');
      const namesSomeone = doc.tokens.slice(r.source.firstToken, r.source.endToken).some((t, k, all) => t.pos === 'PROPN' && all[k + 1]?.pos === 'PROPN') || (r.source.kind === 'name' && !/s$/.test(r.source.text));
      if (!anonymity(doc, r.source) && !(privately && !namesSomeone)) continue;
      const [start, end] = r.verb.start < r.source.start ? [r.verb.start, r.source.end] : [r.source.start, r.verbEnd];
      report({
        offset: start,
        length: end - start,
        message: `"${doc.text.slice(start, end)}": an anonymous source. Say why the source cannot be named and how they know (AP: "…, who spoke on condition of anonymity because …"), or name them.`,
      });
    }
  },
);
