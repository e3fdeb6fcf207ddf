// Weasel attributions, found from sentence structure: a vague quantifier or group as the subject
// of a verb of saying or believing ("some analysts believe", "critics say", "many are calling
// it"), an agentless passive of such a verb ("it is widely expected", "is believed to"), and
// hearsay adverbs and phrases ("reportedly", "by some accounts").
import { defineRule } from '../../engine/rule';
import { isDictionaryWord, type Token } from '../../engine/nlp';
import type { Report } from '../../engine/speech';
import type { Doc } from '../../engine/document';
import { anonymity, findPhrases, groupNoun, hasIdentifiedSource, reportsBySentence, SOURCE_SNIPPET, vagueness, vocabulary, words } from './vocabulary';

const PAST_IRREGULAR = new Set(['said', 'told', 'thought', 'felt', 'wrote', 'found', 'knew', 'saw', 'put', 'forecast', 'understood', 'spoke', 'made', 'held']);
const isPast = (t: Token) => /ed$/.test(t.lower) || PAST_IRREGULAR.has(t.lower);
// Forecasts ("analysts expect earnings of $1.20 a share") report a published consensus.
const FORECASTS = new Set(['expect', 'anticipate', 'estimate', 'forecast', 'predict', 'project']);
// Words that may stand before a personified collective at the head of its clause: "Global investors
// cheered", "and Wall Street welcomed", "as the markets celebrated".
const CLAUSE_OPENERS = new Set(['and', 'but', 'as', 'while', 'when', 'after', 'so', 'yet', 'though', 'although', 'because', 'since']);

/** Every form of the reaction verbs ("cheered", "welcomes"), built once. */
let reactionForms: ReadonlySet<string> | undefined;
function reactions(): ReadonlySet<string> {
  if (!reactionForms) {
    const forms = new Set<string>();
    for (const [lemma, e] of Object.entries(vocabulary.vagueSources.reactions)) for (const f of [lemma, ...e.forms]) forms.add(f);
    reactionForms = forms;
  }
  return reactionForms;
}

/** Index of the reaction verb after a collective ending at `end` ("Wall Street [broadly] cheered"), or -1. */
function reactionAfter(toks: readonly Token[], end: number, reactions: ReadonlySet<string>): number {
  let v = end;
  while (v < toks.length && v < end + 2 && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX') && !reactions.has(toks[v].lower)) v++;
  const t = toks[v];
  if (!t || t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return -1;
  // "cheers" as a noun ("to cheers from the crowd") has a determiner or preposition before it, never
  // the collective itself; the verb may be mis-tagged as a noun after a proper name.
  return reactions.has(t.lower) || reactions.has(t.lemma) ? v : -1;
}

// Adverbs that turn a weak agentless passive into a claim about a consensus: "widely expected".
const CONSENSUS = new Set(['widely', 'generally', 'commonly', 'broadly', 'universally', 'long']);

/** The sentence names a year at least `years` before the article's date. */
function sentenceDatedBefore(doc: Doc, sentence: number, years: number): boolean {
  const s = doc.sentences[sentence];
  if (!s || !doc.date) return false;
  const limit = Number(doc.date.slice(0, 4)) - years;
  for (const m of doc.prose.slice(s.start, s.end).matchAll(YEAR)) if (Number(m[0]) <= limit) return true;
  return false;
}
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/g;

// The hearsay adverbs and phrases this rule flags, made once (findPhrases indexes a list the first
// time it sees it). "arguably" and "ostensibly" are the writer's own hedges, left to the
// loaded-language rules.
let hearsayLists: { strongAdverbs: ReadonlySet<string>; strongPhrases: typeof vocabulary.vagueSources.phrases } | undefined;
function hearsay() {
  hearsayLists ??= {
    strongAdverbs: new Set(Object.entries(vocabulary.vagueSources.adverbs).filter(([w, a]) => a.strength === 'strong' && w !== 'arguably' && w !== 'ostensibly').map(([w]) => w)),
    strongPhrases: vocabulary.vagueSources.phrases.filter((p) => p.strength === 'strong'),
  };
  return hearsayLists;
}

export const vagueSource = defineRule(
  {
    id: 'attribution/vague-source',
    category: 'attribution',
    defaultSeverity: 'warning',
    description: 'A vague source: "some analysts believe", "critics say", "it is widely believed", "reportedly".',
    fixable: true,
  },
  ({ doc, report }) => {
    const bySentence = reportsBySentence(doc);
    const flaggedSentences = new Set<number>();
    const insideReportedSpeech = (r: Report) =>
      (bySentence.get(r.sentence) ?? []).some((o) => o !== r && o.source && o.content.kind !== 'object' && o.content.start <= r.verb.start && r.verb.end <= o.content.end && hasIdentifiedSource(doc, o));
    const identified = (s: number, except?: Report) => (bySentence.get(s) ?? []).some((r) => r !== except && !doc.isQuoted(r.verb.start) && hasIdentifiedSource(doc, r));

    for (const r of doc.reports) {
      if (doc.isQuoted(r.verb.start)) continue;
      // A verb inside what an identified source is reported to have said is the source's account:
      // "many tenants do not complain because …, the commissioner told the council".
      if (insideReportedSpeech(r)) continue;
      if (r.source && !r.passive) {
        // "Officials say", "a person familiar with the matter": anonymous-source's to report.
        if (anonymity(doc, r.source)) continue;
        const v = vagueness(doc, r.source);
        if (!v) continue;
        let vague: boolean;
        // A quantified plural that is no vague-source group ("some farmers", "many Britons") is a
        // vague source for a view ("many Britons feel"), not for what they saw or did ("some
        // farmers reported weeds").
        if (v.quantifier && v.group && !groupNoun(doc.tokens[r.source.endToken - 1]) && r.kind !== 'cognition') continue;
        // "scientists hope to find evidence": what a group means to do, not a view it holds.
        if (r.lemma === 'hope' && doc.tokens[r.verb.index + 1]?.lower === 'to' && doc.tokens[r.verb.index + 2]?.pos === 'VERB') continue;
        if (v.quantifier) vague = v.quantifier.strength === 'strong' || !v.group || v.group.strength === 'strong';
        else if (v.group?.strength === 'strong') vague = true;
        // A bare weak group ("analysts", "investors") is a generalisation in the present tense
        // ("analysts say", "investors fear"); "analysts said" and "fewer than analysts had
        // expected" report what the reporter gathered or a published consensus.
        // "according to Ukrainian officials" credits an institution's people, like "officials said".
        // A consensus adverb makes even a forecast a generalisation: "Economists widely expect".
        else vague = r.lemma !== 'according to' && !isPast(r.verb) && r.kind !== 'estimate'
          && (!FORECASTS.has(r.lemma) || doc.tokens.slice(r.source.endToken, r.verb.index).some((t) => CONSENSUS.has(t.lower)))
          && !doc.tokens.slice(r.source.endToken, r.verb.index).some((t) => t.lemma === 'have' || t.lower === 'had');
        if (!vague) continue;
        flaggedSentences.add(r.sentence);
        const start = Math.min(r.source.start, r.verb.start), end = Math.max(r.source.end, r.verbEnd);
        const text = doc.text.slice(start, end);
        report({
          offset: start,
          length: end - start,
          message: `"${text}": a vague source. Who? Name them, or say who they are and how many.`,
          fixes: [{ title: 'Name the source', edits: [{ offset: r.source.start, length: r.source.end - r.source.start, newText: SOURCE_SNIPPET }], snippet: true }],
        });
      } else if (r.passive && !r.source) {
        const entry = vocabulary.agentlessPassive.verbs[r.lemma];
        if (!entry || identified(r.sentence, r)) continue;
        // With no subject read (a coordinated verb), it is unknown whose view it is: leave it.
        if (!r.subject) continue;
        const expletive = /^it$/i.test(r.subject.text);
        const strength = expletive ? entry.itThat : entry.personal;
        if (strength === 'none') continue;
        // A reaction dated years back ("After the death of Diana in 1997, she was criticised for
        // ...") is history the record holds, as in an obituary, not a view the writer slips in.
        if (!expletive && sentenceDatedBefore(doc, r.sentence, 5)) continue;
        // The auxiliary and adverbs between the subject and the participle.
        let first = r.verb.index;
        while (first - 1 >= 0 && doc.tokens[first - 1].sentence === r.sentence && (doc.tokens[first - 1].pos === 'ADV' || doc.tokens[first - 1].pos === 'AUX' || doc.tokens[first - 1].pos === 'PART')) first--;
        const between = doc.tokens.slice(first, r.verb.index);
        // "is seen (in Brussels) as a steadying presence": a verb of regarding with its "as"
        // judgement is a view with no holder, however routine the verb.
        if (strength === 'weak' && !between.some((t) => CONSENSUS.has(t.lower))) continue;
        // "is expected to report results" schedules an event; only "it is expected that" and
        // consensus adverbs make "expected" a claim.
        if (!expletive && r.lemma === 'expect' && !between.some((t) => CONSENSUS.has(t.lower))) continue;
        const start = expletive && r.subject ? r.subject.start : doc.tokens[first].start;
        flaggedSentences.add(r.sentence);
        report({
          offset: start,
          length: r.verbEnd - start,
          message: `"${doc.text.slice(start, r.verbEnd)}": ${r.verb.text} by whom? A passive with no source hides who holds this view; name the source.`,
        });
      }
    }

    // A personified collective given a feeling or verdict with no source: "Wall Street cheered the
    // results". Any report or attribution phrase in the sentence leaves it to that source.
    for (const s of doc.sentences) {
      if (flaggedSentences.has(s.index) || doc.blocks[s.block]?.headline) continue;
      const toks = words(doc, s);
      if (findPhrases(toks, vocabulary.attributionPhrases).length) continue;
      for (const m of findPhrases(toks, vocabulary.vagueSources.collectives)) {
        const first = toks[m.start], before = toks[m.start - 1];
        // At the head of its clause: "Wall Street bank" or "the investors' lawyers" is not the subject.
        const head = !before || /^[,;:—–(]$/.test(before.text) || CLAUSE_OPENERS.has(before.lower) || before.pos === 'ADJ' || (before.pos === 'DET' && m.phrase.words[0] !== 'the')
          // The tagger takes a capitalised adjective opening the sentence for a name ("Global investors").
          || (m.start === 1 && before.pos === 'PROPN' && isDictionaryWord(before.lower));
        if (!head) continue;
        // A street standing for a market is a name: "Wall Street", not "a wall, street vendors".
        if (m.phrase.words.at(-1) === 'street' && !toks.slice(m.start, m.end).every((t) => /^[A-Z]/.test(t.text))) continue;
        const v = reactionAfter(toks, m.end, reactions());
        if (v < 0 || doc.isQuoted(first.start) || doc.isQuoted(toks[v].start)) continue;
        // Another report in the sentence ("…, analysts said") is the source; "welcome" is itself
        // a verb of saying, so its own report does not count.
        if ((bySentence.get(s.index) ?? []).some((r) => r.verb.start !== toks[v].start && !doc.isQuoted(r.verb.start))) break;
        flaggedSentences.add(s.index);
        const start = first.start, end = toks[v].end;
        report({
          offset: start,
          length: end - start,
          message: `"${doc.text.slice(start, end)}": a vague source. Who reacted, and who says so? Quote or name an analyst, trader or investor, or give the market figures.`,
        });
        break;
      }
    }

    // Hearsay adverbs and phrases in sentences that name no source.
    const { strongAdverbs, strongPhrases } = hearsay();
    for (const s of doc.sentences) {
      if (flaggedSentences.has(s.index) || identified(s.index)) continue;
      const toks = words(doc, s);
      for (const t of toks) {
        if (!strongAdverbs.has(t.lower) || t.pos !== 'ADV' || doc.isQuoted(t.start)) continue;
        report({ offset: t.start, length: t.end - t.start, message: `"${t.text}": according to whom? Name the source of the report.` });
      }
      for (const m of findPhrases(toks, strongPhrases)) {
        const start = toks[m.start].start, end = toks[m.end - 1].end;
        if (doc.isQuoted(start)) continue;
        // Subject-verb phrases ("critics say") are already read from the sentence's structure.
        if ((bySentence.get(s.index) ?? []).some((r) => r.source && r.source.start <= start && r.verbEnd >= end)) continue;
        report({ offset: start, length: end - start, message: `"${doc.text.slice(start, end)}": a vague source. Who, exactly? Name the source.` });
      }
    }
  },
);
