// Markdown to prose. markdown-it is CommonMark-compliant, maintained, runs in the browser, parses
// tables, and is linear and fast (about 0.4 ms per 1,000 words here, against 2-7 ms for
// micromark/mdast, whose cost also grew faster than linearly on long documents). It gives block
// line ranges rather than offsets, so text tokens are located in their block's source in order.
// Only prose survives: code, HTML, URLs, link destinations, images and front matter are masked
// with spaces so offsets never shift.
import MarkdownIt from 'markdown-it';
import { parseFrontMatter, type FrontMatter } from './frontmatter';
import type { Block, ProseLayout } from './layout';
import { blank, maskOutside } from './layout';

function createParser() {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // Keep escapes and entities as their own tokens (text_join would merge "&amp;" into text as "&",
  // which then cannot be found in the source).
  md.core.ruler.disable('text_join');
  return md;
}
let parser: ReturnType<typeof createParser> | undefined;
const markdown = () => (parser ??= createParser());
type Token = ReturnType<ReturnType<typeof createParser>['parse']>[number];

// Bare URLs and e-mail addresses in text (what GFM would autolink) are not prose.
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function keepWithoutUrls(text: string, start: number, end: number, kept: Array<[number, number]>) {
  const slice = text.slice(start, end);
  let at = 0;
  for (const m of slice.matchAll(BARE_URL)) {
    if (m.index! > at) kept.push([start + at, start + m.index!]);
    at = m.index! + m[0].length;
  }
  if (at < slice.length) kept.push([start + at, end]);
}

/** Skips a balanced run that opens at `at` ("(...)" or "[...]"); returns the offset after it. */
function skipBalanced(src: string, at: number, limit: number): number {
  const open = src[at], close = open === '(' ? ')' : ']';
  let depth = 0;
  for (let i = at; i < limit; i++) {
    if (src[i] === '\\') { i++; continue; }
    if (src[i] === open) depth++;
    else if (src[i] === close && --depth === 0) return i + 1;
  }
  return at;
}

export function layoutMarkdown(text: string): ProseLayout {
  // markdown-it turns \r\n into \n; a space for each \r keeps every offset where it was.
  let src = text.replace(/\r/g, ' ').replace(/\0/g, '\uFFFD');
  let frontMatter: FrontMatter = {};
  const kept: Array<[number, number]> = [];
  const blocks: Block[] = [];
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const valueStart = text.indexOf('\n') + 1;
    const valueEnd = fm[0].replace(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n)?$/, '').length;
    frontMatter = parseFrontMatter(text.slice(valueStart, valueEnd), valueStart);
    if (frontMatter.titleRange) {
      kept.push(frontMatter.titleRange);
      blocks.push({ kind: 'title', start: frontMatter.titleRange[0], end: frontMatter.titleRange[1], headline: true });
    }
    src = blank(src.slice(0, fm[0].length)) + src.slice(fm[0].length);
  }

  let tokens: Token[];
  try {
    tokens = markdown().parse(src, {});
  } catch {
    // markdown-it does not throw on any input we know of; if it ever does, lint nothing rather than crash.
    return { prose: maskOutside(text, kept), blocks, frontMatter };
  }
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineStart = (line: number) => (line < lineStarts.length ? lineStarts[line] : src.length);

  const containers: string[] = [];
  let sawHeadline = false;
  let pending: { kind: Block['kind']; level?: number; headline?: boolean } | undefined;
  let rowMap: [number, number] | undefined;

  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'list_item_open':
        containers.push('list-item');
        continue;
      case 'blockquote_open':
        containers.push('blockquote');
        continue;
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
        containers.pop();
        continue;
      case 'heading_open': {
        const headline = !sawHeadline && containers.length === 0;
        if (headline) sawHeadline = true;
        pending = { kind: 'heading', level: Number(token.tag.slice(1)), headline };
        continue;
      }
      case 'paragraph_open':
        pending = { kind: containers.length ? (containers[containers.length - 1] as Block['kind']) : 'paragraph' };
        continue;
      case 'tr_open':
        rowMap = token.map ?? undefined;
        continue;
      case 'th_open':
      case 'td_open':
        pending = { kind: 'table-cell' };
        continue;
      case 'inline': {
        const map = token.map ?? rowMap;
        if (!pending || !map) continue;
        const pieces: Array<[number, number]> = [];
        locateInline(src, token.children ?? [], lineStart(map[0]), lineStart(map[1]), pieces, text);
        if (pieces.length) {
          kept.push(...pieces);
          let start = pieces[0][0], end = pieces[pieces.length - 1][1];
          while (start < end && /\s/.test(text[start])) start++;
          while (end > start && /\s/.test(text[end - 1])) end--;
          if (end > start) blocks.push({ kind: pending.kind, start, end, ...(pending.level ? { level: pending.level } : {}), ...(pending.headline ? { headline: true } : {}) });
        }
        if (pending.kind !== 'table-cell') pending = undefined;
        continue;
      }
      default:
        continue;
    }
  }
  kept.sort((a, b) => a[0] - b[0]);
  blocks.sort((a, b) => a.start - b.start);
  return { prose: maskOutside(text, kept), blocks, frontMatter };
}

/** Finds each text token of an inline run in the source, in order, and keeps its range. */
function locateInline(src: string, children: readonly Token[], from: number, limit: number, pieces: Array<[number, number]>, text: string) {
  let cursor = from;
  let autolink = 0;
  for (const child of children) {
    switch (child.type) {
      case 'text': {
        if (!child.content) break;
        const at = src.indexOf(child.content, cursor);
        if (at < 0 || at + child.content.length > limit) break;
        if (!autolink) keepWithoutUrls(text, at, at + child.content.length, pieces);
        cursor = at + child.content.length;
        break;
      }
      case 'text_special':
      case 'html_inline': {
        const raw = child.type === 'html_inline' ? child.content : child.markup;
        const at = raw ? src.indexOf(raw, cursor) : -1;
        if (at >= 0 && at < limit) cursor = at + raw.length;
        break;
      }
      case 'code_inline': {
        const open = src.indexOf(child.markup, cursor);
        if (open < 0 || open >= limit) break;
        const close = src.indexOf(child.markup, open + child.markup.length + Math.max(0, child.content.length - 2));
        if (close >= 0 && close < limit) cursor = close + child.markup.length;
        break;
      }
      case 'image': {
        const at = src.indexOf('![', cursor);
        if (at < 0 || at >= limit) break;
        const labelEnd = skipBalanced(src, at + 1, limit);
        cursor = src[labelEnd] === '(' || src[labelEnd] === '[' ? skipBalanced(src, labelEnd, limit) : labelEnd;
        break;
      }
      case 'link_open':
        if (child.markup === 'autolink' || child.markup === 'linkify') autolink++;
        break;
      case 'link_close':
        if (autolink) {
          autolink--;
          const end = src.indexOf('>', cursor);
          if (end >= 0 && end < limit) cursor = end + 1;
        } else if (src[cursor] === ']') {
          // Step over the destination: "](url)" or "][ref]".
          const next = cursor + 1;
          cursor = src[next] === '(' || src[next] === '[' ? skipBalanced(src, next, limit) : next;
        }
        break;
      default:
        break;
    }
  }
}
