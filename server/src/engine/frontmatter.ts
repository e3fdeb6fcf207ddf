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
  return simpleFrontMatter(value, valueStart) ?? parseFrontMatterYaml(value, valueStart);
}

// Front matter is nearly always a few `key: value` lines. Those are read here directly: a YAML
// parser costs more than the rest of the document's layout. Anything else goes to the parser.
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*): +(\S.*)$/;
const DOUBLE_QUOTED = /^"([^"\\]*)" *$/;
const SINGLE_QUOTED = /^'([^']*)' *$/;
// A plain scalar YAML would read as something other than a string, or could read differently.
const NOT_PLAIN_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const PLAIN_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
// Characters a plain line may hold: printable, no tabs or control characters, no surrogates.
const UNUSUAL_CHARACTER = /[^\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufeff\uff00-\ufffd]|\ufeff/;

/**
 * The front matter read without a YAML parser, when every line is `key: value` with a quoted or
 * plain string value (or blank): the same result as the parser's. Undefined for anything else.
 */
export function simpleFrontMatter(value: string, valueStart: number): FrontMatter | undefined {
  if (UNUSUAL_CHARACTER.test(value)) return undefined;
  const out: FrontMatter = {};
  let lineStart = 0;
  while (lineStart <= value.length) {
    let lineEnd = value.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = value.length;
    const line = value.slice(lineStart, lineEnd);
    if (line.trim()) {
      const m = SIMPLE_LINE.exec(line);
      if (!m) return undefined;
      const [, key, rest] = m;
      const restStart = lineStart + line.length - rest.length;
      let v: string, s: number, e: number;
      const quoted = rest[0] === '"' ? DOUBLE_QUOTED.exec(rest) : rest[0] === "'" ? SINGLE_QUOTED.exec(rest) : undefined;
      if (quoted) {
        v = quoted[1];
        s = restStart + 1;
        e = s + v.length;
      } else {
        if (rest[0] === '"' || rest[0] === "'" || PLAIN_INDICATOR.test(rest) || rest.includes(': ') || rest.includes(' #') || rest.trimEnd().endsWith(':')) return undefined;
        v = rest.trimEnd();
        if (NOT_PLAIN_STRING.test(v)) return undefined;
        s = restStart;
        e = s + v.length;
      }
      setField(out, key, v, e > s ? [valueStart + s, valueStart + e] : undefined);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The front matter as the YAML parser reads it. */
export function parseFrontMatterYaml(value: string, valueStart: number): FrontMatter {
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
    if (key === 'title' && typeof v === 'string' && node.range) {
      let [s, e] = [node.range[0], node.range[1]];
      const raw = value.slice(s, e);
      if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') { s += 1; e -= 1; }
      else if (node.type === 'PLAIN') e = s + raw.trimEnd().length;
      // Block scalars (| or >) span lines whose offsets do not map one to one; lint them only if plain.
      setField(out, key, v, node.type !== 'BLOCK_FOLDED' && node.type !== 'BLOCK_LITERAL' && e > s ? [valueStart + s, valueStart + e] : undefined);
    } else if (key !== 'title') setField(out, key, v);
  }
  return out;
}

/** Records a front-matter field the engine reads (a later key of the same name wins, as in YAML). */
function setField(out: FrontMatter, key: string, v: unknown, titleRange?: [number, number]): void {
  if (key === 'date') {
    const m = DATE.exec((v instanceof Date ? v.toISOString() : String(v ?? '')).trim());
    if (m) out.date = m[1];
  } else if (key === 'title' && typeof v === 'string') {
    out.title = v;
    if (titleRange) out.titleRange = titleRange;
  } else if (key === 'dateline' && typeof v === 'string') {
    out.dateline = v;
  }
}
const DATE = /^(\d{4}-\d{2}-\d{2})/;
