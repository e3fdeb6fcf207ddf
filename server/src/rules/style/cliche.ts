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

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}_]/u.test(ch);

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
        if (isWordChar(doc.prose[end]) || doc.prose.slice(t.start, end).toLowerCase().replace(/[’]/g, "'") !== phrase) continue;
        if (doc.isQuoted(t.start, end)) break;
        report({ offset: t.start, length: phrase.length, message: `"${doc.text.slice(t.start, end)}" is a cliche.` });
        after = end;
        break;
      }
    }
  },
);
