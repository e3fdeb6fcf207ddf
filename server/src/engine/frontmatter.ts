// YAML front matter: `date` (the article date every fact is judged against), `title` (linted as
// the headline) and `dateline`.
import { parseDocument, isScalar, isMap } from 'yaml';

export interface FrontMatter {
  date?: string;
  title?: string;
  dateline?: string;
  /** The title's value in the original text, without quotes. */
  titleRange?: [number, number];
  /** A problem reading the front matter, for the user. */
  problem?: string;
}

/** `value` is the YAML between the fences; `valueStart` its offset in the document. */
export function parseFrontMatter(value: string, valueStart: number): FrontMatter {
  const out: FrontMatter = {};
  let doc;
  try {
    doc = parseDocument(value, { prettyErrors: false, uniqueKeys: false });
  } catch {
    return { problem: 'the front matter could not be read as YAML' };
  }
  if (doc.errors.length) out.problem = `the front matter is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`;
  if (!isMap(doc.contents)) return out;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const node = pair.value;
    if (!key || !isScalar(node)) continue;
    const v = node.value;
    if (key === 'date') {
      const s = v instanceof Date ? v.toISOString() : String(v ?? '');
      const m = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
      if (m) out.date = m[1];
    } else if (key === 'title' && typeof v === 'string' && node.range) {
      out.title = v;
      let [s, e] = [node.range[0], node.range[1]];
      const raw = value.slice(s, e);
      if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') { s += 1; e -= 1; }
      else if (node.type === 'PLAIN') e = s + raw.trimEnd().length;
      // Block scalars (| or >) span lines whose offsets do not map one to one; lint them only if plain.
      if (node.type !== 'BLOCK_FOLDED' && node.type !== 'BLOCK_LITERAL' && e > s) out.titleRange = [valueStart + s, valueStart + e];
    } else if (key === 'dateline' && typeof v === 'string') {
      out.dateline = v;
    }
  }
  return out;
}
