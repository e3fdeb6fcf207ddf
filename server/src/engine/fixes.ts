// Fixes are plain text edits. These helpers build them (keeping the case of what they replace),
// apply them, and choose a set of fixes that never overlap.
import type { Finding, Fix, TextEdit } from './types';

/** Gives `replacement` the capitalisation pattern of `original` ("Slammed" -> "Criticized"). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.replace(/\p{L}/u, (c) => c.toUpperCase());
  }
  return replacement;
}

export function replacement(title: string, offset: number, length: number, newText: string, preferred = false): Fix {
  return { title, edits: [{ offset, length, newText }], ...(preferred ? { preferred: true } : {}) };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict too: their order would be arbitrary.
  if (a.offset === b.offset) return true;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/** Applies edits that do not overlap (throws if they do: callers choose non-overlapping fixes). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((x, y) => x.offset - y.offset);
  for (let i = 1; i < sorted.length; i++) {
    if (overlaps(sorted[i - 1], sorted[i])) throw new Error(`overlapping edits at ${sorted[i - 1].offset} and ${sorted[i].offset}`);
  }
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.offset < at || e.offset + e.length > text.length) throw new Error(`edit out of range at ${e.offset}`);
    out += text.slice(at, e.offset) + e.newText;
    at = e.offset + e.length;
  }
  return out + text.slice(at);
}

/**
 * From the preferred fixes of `findings`, the ones that can be applied together: in document
 * order, a fix whose edits touch an already chosen edit is left for the next pass.
 */
export function chooseFixes(findings: readonly Finding[], filter: (f: Finding) => boolean = () => true): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const candidates = findings
    .filter(filter)
    .map((f) => f.fixes.find((x) => x.preferred && !x.snippet))
    .filter((x): x is Fix => !!x)
    .sort((a, b) => a.edits[0].offset - b.edits[0].offset);
  for (const fix of candidates) {
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    // The same edit proposed by two findings is applied once.
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

/**
 * Applies preferred fixes until nothing changes (at most `passes` times), re-linting between
 * passes as fixes can uncover or resolve others.
 */
export function fixText(text: string, lint: (text: string) => Finding[], passes = 10): { text: string; applied: number; remaining: Finding[] } {
  let applied = 0;
  let findings = lint(text);
  for (let pass = 0; pass < passes; pass++) {
    const fixes = chooseFixes(findings);
    if (!fixes.length) break;
    const next = applyEdits(text, fixes.flatMap((f) => f.edits));
    if (next === text) break;
    applied += fixes.length;
    text = next;
    findings = lint(text);
  }
  return { text, applied, remaining: findings };
}
