import { replacement } from '../../engine/fixes';
import { writeGoodRule } from './write-good';

const GRAMMATICAL_REPEATS = new Set(['had', 'that']);

export const lexicalIllusion = writeGoodRule({
  id: 'style/lexical-illusion',
  check: 'illusion',
  description: 'A word repeated by accident ("the the").',
  message: (span) => `"${span}": a word is repeated.`,
  // "had had" and "that that" are grammatical ("She had had enough", "said that that was wrong").
  allowed: (_context, _offset, span) => GRAMMATICAL_REPEATS.has(span.toLowerCase()),
  // write-good flags the repeat; the finding covers both words, so the fix stays inside it.
  extend: (context, offset, length) => {
    const before = /(\S+)(\s+)$/u.exec(context.doc.text.slice(Math.max(0, offset - 60), offset));
    return before ? { offset: offset - before[0].length, length: length + before[0].length } : { offset, length };
  },
  fix: (context, offset, span) => {
    const m = /^(\S+)(\s+)\S+$/u.exec(span);
    if (!m) return undefined;
    return replacement('Remove the repeated word', offset + m[1].length, span.length - m[1].length, '', true);
  },
});
