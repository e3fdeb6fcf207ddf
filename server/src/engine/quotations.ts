// Direct quotations: straight and curly double quotes, single quotes in headlines (headline
// style) and inside double quotes, and the multi-paragraph convention (a paragraph that opens a
// quotation without closing it, continued by the next paragraph opening with a quote mark).
import type { Block } from './layout';

export interface Quotation {
  /** Index in Doc.quotations. */
  index: number;
  /** The span including the quote marks (an unclosed quote runs to the end of its block). */
  start: number;
  end: number;
  /** The quoted words, without the marks. */
  contentStart: number;
  contentEnd: number;
  block: number;
  mark: 'double' | 'single';
  /** The quote is not closed in its paragraph (multi-paragraph convention). */
  open: boolean;
  /** The quotation this one continues (the previous paragraph's unclosed quote). */
  continues?: number;
}

const OPENERS = new Set(['“', '"', '«', '„']);
const CLOSERS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };
const isLetter = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

/** Finds the quotations of every block of `prose`. */
export function findQuotations(prose: string, blocks: readonly Block[]): Quotation[] {
  const out: Quotation[] = [];
  let pendingOpen: Quotation | undefined; // the previous block's unclosed quotation
  blocks.forEach((block, b) => {
    const { start, end } = block;
    let i = start;
    while (i < end && /\s/.test(prose[i])) i++;
    // A paragraph continuing an unclosed quotation opens with a quote mark.
    const continuing = pendingOpen && OPENERS.has(prose[i]) ? pendingOpen.index : undefined;
    pendingOpen = undefined;
    let open: { at: number; closer: string; mark: 'double' | 'single' } | undefined;
    const singles = block.headline;
    for (let k = start; k < end; k++) {
      const ch = prose[k];
      if (open) {
        if (ch === open.closer || (open.closer === '"' && ch === '”') || (open.closer === '”' && ch === '"' && !isLetter(prose[k + 1]))) {
          push(open.at, k + 1, open.mark, false);
          open = undefined;
        }
        continue;
      }
      if (OPENERS.has(ch)) {
        open = { at: k, closer: CLOSERS[ch], mark: 'double' };
      } else if (singles && (ch === '‘' || (ch === "'" && !isLetter(prose[k - 1]) && isLetter(prose[k + 1])))) {
        const closer = ch === '‘' ? '’' : "'";
        // A single-quoted headline quote closes at a mark not followed by a letter.
        let close = -1;
        for (let j = k + 1; j < end; j++) if (prose[j] === closer && !isLetter(prose[j + 1])) { close = j; break; }
        if (close > k + 1) { push(k, close + 1, 'single', false); k = close; }
      }
    }
    if (open) {
      const q = push(open.at, end, open.mark, true);
      pendingOpen = q;
    }
    function push(s: number, e: number, mark: 'double' | 'single', isOpen: boolean): Quotation {
      const q: Quotation = {
        index: out.length,
        start: s,
        end: e,
        contentStart: s + 1,
        contentEnd: isOpen ? e : e - 1,
        block: b,
        mark,
        open: isOpen,
      };
      if (continuing !== undefined && s === i) q.continues = continuing;
      out.push(q);
      return q;
    }
  });
  return out;
}
