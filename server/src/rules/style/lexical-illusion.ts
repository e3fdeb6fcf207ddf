import { replacement } from '../../engine/fixes';
import { writeGoodRule } from './write-good';

export const lexicalIllusion = writeGoodRule({
  id: 'style/lexical-illusion',
  check: 'illusion',
  description: 'A word repeated by accident ("the the").',
  message: (span) => `"${span}": the word is repeated.`,
  fix: (context, offset, span) => {
    // write-good flags the repeat; delete it with the whitespace before it.
    const before = /\s+$/u.exec(context.doc.text.slice(Math.max(0, offset - 20), offset));
    if (!before) return undefined;
    return replacement('Remove the repeated word', offset - before[0].length, before[0].length + span.length, '', true);
  },
});
