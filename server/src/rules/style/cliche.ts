// write-good's cliche check, on write-good's own list, matched by first word: the list's single
// 700-phrase regex was the slowest thing in the engine (see scripts/data/write-good-cliches.mjs).
import { defineRule } from '../../engine/rule';
import cliches from '../../../generated/write-good-cliches.json';

let byFirstWord: Map<string, string[]> | undefined;
function index(): Map<string, string[]> {
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const phrase of cliches.phrases) {
      const first = phrase.split(/[ ,']/)[0];
      const list = byFirstWord.get(first) ?? [];
      list.push(phrase);
      byFirstWord.set(first, list);
    }
    for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  }
  return byFirstWord;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordChar = (ch: string | undefined) => !!ch && WORD_CHAR.test(ch);

/**
 * Whether `text` at `start` reads `phrase` (lower case, straight apostrophes) in any case and with
 * curly apostrophes: character by character, without a lower-cased copy, until a character
 * outside ASCII calls for the full comparison.
 */
function phraseAt(text: string, start: number, phrase: string): boolean {
  if (start + phrase.length > text.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019) c = 39;
    else if (c > 127) return text.slice(start, start + phrase.length).toLowerCase().replace(/[’]/g, "'") === phrase;
    if (c !== phrase.charCodeAt(k)) return false;
  }
  return true;
}

export const cliche = defineRule(
  { id: 'style/cliche', category: 'style', defaultSeverity: 'hint', description: 'Cliches that stand in for specific writing.', fixable: false },
  ({ doc, report }) => {
    const phrases = index();
    let after = -1;
    for (const t of doc.tokens) {
      if (t.start < after || t.type !== 'word') continue;
      const candidates = phrases.get(t.lower);
      if (!candidates) continue;
      for (const phrase of candidates) {
        const end = t.start + phrase.length;
        if (!phraseAt(doc.prose, t.start, phrase) || isWordChar(doc.prose[end])) continue;
        if (doc.isQuoted(t.start, end)) break;
        report({ offset: t.start, length: phrase.length, message: `"${doc.text.slice(t.start, end)}" is a cliche.` });
        after = end;
        break;
      }
    }
  },
);
