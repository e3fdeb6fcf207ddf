// The prose layout of a document: the text with everything that is not prose masked by spaces
// (so every offset in it is an offset in the original), and the blocks of prose in order.
import { parseFrontMatter, type FrontMatter } from './frontmatter';

export interface Block {
  kind: 'title' | 'heading' | 'paragraph' | 'list-item' | 'blockquote' | 'table-cell';
  start: number;
  end: number;
  /** The article's headline: the front-matter title, the first top-level heading, or a plain-text first line. */
  headline?: boolean;
  level?: number;
}

export interface ProseLayout {
  prose: string;
  blocks: Block[];
  frontMatter: FrontMatter;
}

/** Replaces everything outside `kept` (sorted, non-overlapping ranges) with spaces, keeping line breaks. */
export function maskOutside(text: string, kept: ReadonlyArray<readonly [number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of kept) {
    if (s < at) continue;
    if (s > at) parts.push(blank(text.slice(at, s)));
    parts.push(text.slice(s, e));
    at = e;
  }
  if (at < text.length) parts.push(blank(text.slice(at)));
  return parts.join('');
}

export function blank(s: string): string {
  return s.replace(/[^\n\r]/g, ' ');
}

const CONTROL_COMMENT = /<!--[\s\S]*?-->/g;
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Plain text (and the `news` language): paragraphs are separated by blank lines; a first
 * paragraph that is one short line without closing punctuation is the headline. HTML comments
 * (the inline control comments) are masked; YAML front matter is honoured as in Markdown.
 */
export function layoutPlaintext(text: string): ProseLayout {
  let frontMatter: FrontMatter = {};
  const masked: Array<[number, number]> = [];
  const fm = FRONT_MATTER.exec(text);
  let bodyStart = 0;
  if (fm) {
    const valueStart = text.indexOf('\n') + 1;
    frontMatter = parseFrontMatter(fm[1], valueStart);
    bodyStart = fm[0].length;
    masked.push([0, bodyStart]);
  }
  for (const m of text.matchAll(CONTROL_COMMENT)) if (m.index! >= bodyStart) masked.push([m.index!, m.index! + m[0].length]);
  // Kept = the complement of masked.
  const kept: Array<[number, number]> = [];
  if (frontMatter.titleRange) kept.push(frontMatter.titleRange);
  let at = 0;
  for (const [s, e] of masked) {
    if (s > at) kept.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < text.length) kept.push([at, text.length]);
  kept.sort((a, b) => a[0] - b[0]);
  const prose = maskOutside(text, kept);

  const blocks: Block[] = [];
  if (frontMatter.titleRange) blocks.push({ kind: 'title', start: frontMatter.titleRange[0], end: frontMatter.titleRange[1], headline: true });
  const paragraph = /[^\s](?:[\s\S]*?[^\s])?(?=[ \t]*(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)|\s*$)/g;
  paragraph.lastIndex = bodyStart;
  let first = true;
  for (let m = paragraph.exec(prose); m; m = paragraph.exec(prose)) {
    const start = m.index, end = m.index + m[0].length;
    const oneLine = !/[\r\n]/.test(m[0]);
    if (first && oneLine && m[0].length <= 200 && !/[.!?:;]["”’']?$/.test(m[0])) blocks.push({ kind: 'heading', start, end, headline: true });
    else blocks.push({ kind: 'paragraph', start, end });
    first = false;
  }
  return { prose, blocks, frontMatter };
}
