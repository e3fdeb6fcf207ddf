// Direct quotations with no speaker: none in the quotation's sentence, its paragraph, the
// adjoining sentence, or (the multi-paragraph convention) the paragraph the quotation continues.
import { defineRule } from '../../engine/rule';
import type { Quotation } from '../../engine/quotations';
import type { Doc } from '../../engine/document';

// Words after which a quoted phrase is a name, a title or a term, not somebody's words.
const NAMING = new Set(['called', 'dubbed', 'titled', 'entitled', 'named', 'nicknamed', 'so-called', 'word', 'words', 'term', 'phrase', 'slogan', 'motto', 'hashtag', 'song', 'album', 'book', 'film', 'movie', 'show', 'series', 'headline', 'label', 'labeled', 'labelled', 'branded', 'known', 'as', 'voted', 'marked', 'read', 'reads', 'reading', 'sign', 'signs', 'banner', 'banners', 'caption', 'captioned', 'profile', 'hashtag']);

function isQuotedSpeech(doc: Doc, q: Quotation): boolean {
  const content = doc.text.slice(q.contentStart, q.contentEnd).trim();
  const wordCount = content.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const sentenceLike = /[.!?,…]["'”’]?$/.test(content) || /[.!?]\s/.test(content);
  // Short quoted phrases are terms, titles, scare quotes or fragments inside a reported sentence.
  if (wordCount < 4 || (!sentenceLike && wordCount < 5)) return false;
  // Titles: every word capitalised ("Born in the U.S.A.", "Mission: Impossible — Dead Reckoning").
  if (content.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|a|an|and|in|on|to|for)$/.test(w))) return false;
  // The two words before the opening mark, in its sentence.
  const mark = doc.tokenAt(q.start);
  if (!mark) return true;
  if (!doc.sentences[mark.sentence]) return true;
  for (let k = mark.index - 1; k >= Math.max(0, mark.index - 2); k--) {
    const t = doc.tokens[k];
    if (t.sentence !== mark.sentence) break;
    if (NAMING.has(t.lower)) return false;
  }
  if (isGloss(doc, mark)) return false;
  // "Her best-known line ... was "…"": the quotation is somebody's words, named by a possessive.
  if (hasPossessiveSpeechNoun(doc, mark)) return false;
  return true;
}

// A gloss or a translation, not speech: 'Powehi, meaning "embellished dark source …"', 'which
// translates as "…"', 'Hawaiian for "…"', 'slang for "…"'.
const GLOSSING = new Set(['meaning', 'means', 'meant', 'translates', 'translated', 'translating', 'translation', 'literally', 'roughly', 'loosely', 'signifies', 'signifying', 'denotes', 'denoting']);
const LANGUAGES = new Set(['hawaiian', 'latin', 'greek', 'french', 'spanish', 'german', 'arabic', 'hebrew', 'maori', 'māori', 'japanese', 'chinese', 'mandarin', 'cantonese', 'korean', 'russian', 'ukrainian', 'italian', 'portuguese', 'swahili', 'hindi', 'urdu', 'sanskrit', 'yiddish', 'irish', 'welsh', 'gaelic', 'dutch', 'swedish', 'norwegian', 'danish', 'finnish', 'polish', 'turkish', 'persian', 'farsi', 'tagalog', 'vietnamese', 'thai', 'indonesian', 'malay', 'zulu', 'xhosa', 'quechua', 'nahuatl', 'inuktitut']);
const GLOSS_FOR = new Set(['slang', 'shorthand', 'short', 'code', 'jargon', 'euphemism', 'word', 'term', 'name', 'abbreviation', 'acronym', 'stands']);

function isGloss(doc: Doc, mark: { index: number; sentence: number }): boolean {
  for (let k = mark.index - 1; k >= Math.max(0, mark.index - 3); k--) {
    const t = doc.tokens[k];
    if (t.sentence !== mark.sentence) break;
    if (GLOSSING.has(t.lower)) return true;
    // "Hawaiian for", "Latin for", "slang for", "stands for".
    if (t.lower === 'for' && k === mark.index - 1) {
      const before = doc.tokens[k - 1];
      return !!before && before.sentence === mark.sentence && (GLOSS_FOR.has(before.lower) || LANGUAGES.has(before.lower));
    }
    if (t.text !== ',' && t.pos !== 'ADV') break;
  }
  return false;
}

// Nouns for somebody's words, which with a possessive ("her line", "Obama's remark") name the speaker.
const SPEECH_NOUNS = new Set(['line', 'lines', 'words', 'remark', 'remarks', 'comment', 'comments', 'quip', 'motto', 'slogan', 'statement', 'message', 'phrase', 'saying', 'advice', 'answer', 'reply', 'response', 'question', 'promise', 'pledge', 'vow', 'warning', 'mantra', 'refrain', 'catchphrase', 'tweet', 'post', 'speech', 'letter', 'note']);
const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their', 'its', 'my', 'our']);

function hasPossessiveSpeechNoun(doc: Doc, mark: { index: number; sentence: number }): boolean {
  const s = doc.sentences[mark.sentence];
  for (let k = s.firstToken; k < mark.index; k++) {
    const t = doc.tokens[k];
    if (!SPEECH_NOUNS.has(t.lower)) continue;
    // A possessive within the four tokens before the noun: "her best-known line", "Obama's remark".
    for (let b = Math.max(s.firstToken, k - 4); b < k; b++) {
      const p = doc.tokens[b];
      if (POSSESSIVE_PRONOUNS.has(p.lower) || p.lower === "'s" || p.lower === '’s') return true;
    }
  }
  return false;
}

export const orphanQuote = defineRule(
  {
    id: 'attribution/orphan-quote',
    category: 'attribution',
    defaultSeverity: 'warning',
    description: 'A direct quotation with no speaker in its sentence, its paragraph or the adjoining sentence.',
    fixable: true,
  },
  ({ doc, report }) => {
    for (const q of doc.quotations) {
      if (q.mark !== 'double' || doc.blocks[q.block]?.headline) continue;
      if (doc.speakerOf(q)) continue;
      // Part of a multi-paragraph quotation whose other paragraphs are attributed.
      if (q.continues !== undefined && doc.speakerOf(doc.quotations[q.continues])) continue;
      if (!isQuotedSpeech(doc, q)) continue;
      const content = doc.text.slice(q.contentStart, q.contentEnd);
      const shown = content.length > 60 ? content.slice(0, 57).trimEnd() + '…' : content;
      const fixes = [];
      // "...waiting for." -> "...waiting for," ${speaker} said.
      const closing = q.open ? '' : doc.text[q.end - 1];
      const lastChar = doc.text[q.contentEnd - 1];
      if (!q.open && (lastChar === '.' || lastChar === ',')) {
        fixes.push({ title: 'Add the speaker', edits: [{ offset: q.contentEnd - 1, length: q.end - q.contentEnd + 1, newText: `,${closing} \${1:speaker} said${lastChar === '.' ? '.' : ''}` }], snippet: true });
      }
      report({ offset: q.start, length: q.end - q.start, message: `Who said "${shown}"? This quotation has no speaker; attribute it in its sentence or paragraph.`, fixes });
    }
  },
);
