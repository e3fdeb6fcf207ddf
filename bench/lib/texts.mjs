// The benchmark's texts, built from the corpus drafts (/work/shared/corpus/dev/*.md, or
// $COPYDESK_CORPUS) and examples/*: many articles with small variations (paragraphs shuffled,
// numbers changed) so that no two are identical, and single documents of a given length.
// Everything is deterministic (a seeded generator), so two runs measure the same texts.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';

/** Words as `wc -w` counts them: runs of non-space characters (front matter and headings included). */
export function countWords(text) {
  return (text.match(/\S+/g) ?? []).length;
}

/** mulberry32: a small seeded generator, so the texts are the same on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits a draft into front matter (with its fences), headline and body paragraphs. */
function parseDraft(text, name) {
  let frontMatter = '';
  let rest = text.replace(/\r\n/g, '\n');
  const fm = /^---\n[\s\S]*?\n---\n/.exec(rest);
  if (fm) {
    frontMatter = fm[0];
    rest = rest.slice(fm[0].length);
  }
  const blocks = rest.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  let headline = '';
  if (blocks.length && /^#\s/.test(blocks[0])) headline = blocks.shift();
  const date = /^date:\s*(\S+)/m.exec(frontMatter)?.[1];
  return { name, frontMatter, headline, paragraphs: blocks, date };
}

/** The distinct corpus drafts and examples, parsed. */
export function loadSources(root) {
  const corpus = process.env.COPYDESK_CORPUS ?? '/work/shared/corpus/dev';
  const files = [];
  if (existsSync(corpus)) for (const f of readdirSync(corpus).sort()) if (f.endsWith('.md')) files.push(join(corpus, f));
  const examples = join(root, 'examples');
  if (existsSync(examples)) for (const f of readdirSync(examples).sort()) if (/\.(md|news|txt)$/.test(f)) files.push(join(examples, f));
  if (!files.length) throw new Error(`no drafts found in ${corpus} or ${examples}`);
  const seen = new Set();
  const sources = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (seen.has(text)) continue;
    seen.add(text);
    sources.push(parseDraft(text, basename(file)));
  }
  return sources;
}

const YEAR = /^(1[89]|20)\d\d$/;

/** Replaces numbers (not years) with other numbers of the same number of digits. */
function varyNumbers(paragraph, random) {
  return paragraph.replace(/\d+/g, (digits) => {
    if (YEAR.test(digits) || random() < 0.4) return digits;
    let out = '';
    for (let i = 0; i < digits.length; i++) out += String(i === 0 && digits.length > 1 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10));
    return out;
  });
}

/** Shuffles all paragraphs but the lead (the first one). */
function shuffleBody(paragraphs, random) {
  const [lead, ...rest] = paragraphs;
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return lead === undefined ? rest : [lead, ...rest];
}

function assemble({ frontMatter, headline, paragraphs }) {
  return frontMatter + (headline ? headline + '\n\n' : '') + paragraphs.join('\n\n') + '\n';
}

/** Article `i` of a collection: source i mod n, paragraphs shuffled and numbers changed. */
export function variant(sources, i) {
  const source = sources[i % sources.length];
  const random = rng(1000 + i);
  const paragraphs = shuffleBody(source.paragraphs, random).map((p) => varyNumbers(p, random));
  return assemble({ ...source, paragraphs });
}

/**
 * One draft of about `words` words: the front matter and headline of `sources[first]`, then its
 * paragraphs and those of the next drafts (varied) until the length is reached; the last
 * paragraph is cut at a sentence end so the draft lands close to the target. Longer documents get
 * a `##` section heading per draft they borrow from.
 */
export function draftOfLength(sources, words, first = 0, seed = 1) {
  const random = rng(seed);
  const head = sources[first];
  const parts = [];
  let count = countWords(head.frontMatter) + countWords(head.headline);
  const sections = words > 5000;
  for (let k = 0; count < words; k++) {
    const source = sources[(first + k) % sources.length];
    let paragraphs = k === 0 ? source.paragraphs : shuffleBody(source.paragraphs, random).map((p) => varyNumbers(p, random));
    if (sections && k > 0) {
      const title = source.headline ? source.headline.replace(/^#\s*/, '') : source.paragraphs[0].slice(0, 60);
      paragraphs = ['## ' + title, ...paragraphs];
    }
    for (const p of paragraphs) {
      const n = countWords(p);
      if (count + n <= words) {
        parts.push(p);
        count += n;
        continue;
      }
      // Cut the paragraph at the sentence end that lands closest to the target.
      const sentences = p.match(/[^.!?]+[.!?]+["”’)]*\s*|[^.!?]+$/g) ?? [p];
      let cut = '';
      let best = { text: '', gap: words - count };
      for (const s of sentences) {
        cut += s;
        const gap = Math.abs(words - count - countWords(cut));
        if (gap < best.gap) best = { text: cut.trim(), gap };
      }
      if (best.text) {
        parts.push(best.text);
        count += countWords(best.text);
      }
      count = Math.max(count, words); // stop here either way
      break;
    }
  }
  return assemble({ frontMatter: head.frontMatter, headline: head.headline, paragraphs: parts });
}

/** Writes `n` varied articles to `dir` (article-0001.md ...); returns their paths and total words. */
export function writeArticles(sources, dir, n) {
  mkdirSync(dir, { recursive: true });
  const paths = [];
  let words = 0;
  for (let i = 0; i < n; i++) {
    const text = variant(sources, i);
    const path = join(dir, `article-${String(i + 1).padStart(4, '0')}.md`);
    writeFileSync(path, text);
    paths.push(path);
    words += countWords(text);
  }
  return { paths, words };
}
