import { replacement } from '../../engine/fixes';
import { writeGoodRule } from './write-good';

export const so = writeGoodRule({
  id: 'style/so',
  check: 'so',
  description: 'A sentence that opens with "So".',
  message: () => '"So" at the start of a sentence adds no meaning.',
  fix: (context, offset, span) => {
    const text = context.doc.text;
    // Remove "So" (and a following comma and space), capitalising the next word.
    const after = /^(,?\s+)(\p{L})/u.exec(text.slice(offset + span.length));
    if (!after) return undefined;
    return replacement('Remove "So"', offset, span.length + after[0].length, after[2].toUpperCase(), true);
  },
});
