// Markdown to prose. micromark (through mdast-util-from-markdown) is CommonMark-compliant,
// maintained, runs in the browser, and gives exact source offsets for every node, which is what
// lets rules report ranges in the original text. Only prose survives: code, HTML, URLs, link
// destinations, images and front matter are masked with spaces so offsets never shift.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Parents, Root } from 'mdast';
import { parseFrontMatter, type FrontMatter } from './frontmatter';
import type { Block, ProseLayout } from './layout';
import { maskOutside } from './layout';

const SKIPPED_INLINE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference', 'break', 'inlineMath']);

export function layoutMarkdown(text: string): ProseLayout {
  let tree: Root;
  try {
    tree = fromMarkdown(text, {
      extensions: [frontmatter(['yaml']), gfm()],
      mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
    });
  } catch {
    // micromark does not throw on any input we know of; if it ever does, lint nothing rather than crash.
    return { prose: maskOutside(text, []), blocks: [], frontMatter: {} };
  }
  const blocks: Block[] = [];
  const kept: Array<[number, number]> = [];
  let frontMatter: FrontMatter = {};
  let sawHeadline = false;

  const inline = (node: Nodes, pieces: Array<[number, number]>) => {
    if (SKIPPED_INLINE.has(node.type)) return;
    if (node.type === 'text') {
      const p = node.position;
      if (p) pieces.push([p.start.offset!, p.end.offset!]);
      return;
    }
    if (node.type === 'link') {
      // A bare URL (GFM autolink literal or <https://...>) is not prose.
      const only = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : undefined;
      if (only !== undefined && (only === node.url || /^(https?:\/\/|www\.|mailto:)/i.test(only) || node.url === 'mailto:' + only)) return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) inline(child, pieces);
  };

  const block = (node: Nodes, kind: Block['kind'], extra: Partial<Block> = {}) => {
    const pieces: Array<[number, number]> = [];
    for (const child of (node as Parents).children as Nodes[]) inline(child, pieces);
    if (!pieces.length || !node.position) return;
    kept.push(...pieces);
    blocks.push({ kind, start: pieces[0][0], end: pieces[pieces.length - 1][1], ...extra });
  };

  const visit = (node: Nodes, container: 'root' | 'list-item' | 'blockquote') => {
    switch (node.type) {
      case 'yaml': {
        const start = node.position!.start.offset!;
        // The value starts after the opening fence line.
        const valueStart = text.indexOf('\n', start) + 1;
        frontMatter = parseFrontMatter(node.value, valueStart);
        if (frontMatter.titleRange) {
          const [s, e] = frontMatter.titleRange;
          kept.push([s, e]);
          blocks.push({ kind: 'title', start: s, end: e, headline: true });
        }
        return;
      }
      case 'heading': {
        const headline = !sawHeadline && container === 'root';
        if (headline) sawHeadline = true;
        block(node, 'heading', { level: node.depth, headline });
        return;
      }
      case 'paragraph':
        block(node, container === 'root' ? 'paragraph' : container);
        return;
      case 'tableCell':
        block(node, 'table-cell');
        return;
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
        return;
      default:
        if ('children' in node) {
          const next = node.type === 'listItem' ? 'list-item' : node.type === 'blockquote' ? 'blockquote' : container;
          for (const child of node.children as Nodes[]) visit(child, next);
        }
    }
  };
  for (const child of tree.children) visit(child, 'root');

  kept.sort((a, b) => a[0] - b[0]);
  blocks.sort((a, b) => a.start - b.start);
  return { prose: maskOutside(text, kept), blocks, frontMatter };
}
