import { replacement } from '../../engine/fixes';
import { writeGoodRule } from './write-good';

export const so = writeGoodRule({
  id: 'style/so',
  check: 'so',
  description: 'A sentence that opens with "So".',
  message: () => '"So" at the start of a sentence adds no meaning.',
  // The finding covers "So" and the next word, which the fix capitalises.
  extend: (context, offset, length) => {
    const after = /^,?\s+\p{L}+/u.exec(context.doc.text.slice(offset + length, offset + length + 80));
    return { offset, length: length + (after ? after[0].length : 0) };
  },
  fix: (context, offset, span) => {
    const m = /^So(,?\s+)(\p{L})/u.exec(span);
    if (!m) return undefined;
    return replacement('Remove "So"', offset, 2 + m[1].length + 1, m[2].toUpperCase(), true);
  },
});
