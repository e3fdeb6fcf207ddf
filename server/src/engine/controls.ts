// Inline control comments, in Markdown and plain text alike:
//   <!-- copydesk-disable [RULE, ...] -->  ...  <!-- copydesk-enable [RULE, ...] -->
//   <!-- copydesk-disable-next-line [RULE, ...] -->
//   <!-- copydesk-disable-line [RULE, ...] -->
// RULE is a rule id ("names/misspelled"), a category ("loaded-language") or nothing (every rule).
import { LineIndex } from './positions';

interface DisabledRange {
  start: number;
  end: number;
  /** Rule ids or categories; empty = every rule. */
  selectors: string[];
}

const COMMENT = /<!--\s*copydesk-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export class Controls {
  private readonly ranges: DisabledRange[] = [];

  constructor(text: string, lines: LineIndex) {
    const open: Array<{ start: number; selectors: string[] }> = [];
    for (const m of text.matchAll(COMMENT)) {
      const selectors = m[2].split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
      const at = m.index!;
      const line = lines.lineOf(at);
      switch (m[1]) {
        case 'disable':
          open.push({ start: at, selectors });
          break;
        case 'enable': {
          // `enable` ends every open disable; `enable RULE` ends the disables that named RULE.
          const still: typeof open = [];
          for (const o of open) {
            const named = o.selectors.filter((s) => selectors.includes(s));
            if (selectors.length === 0 || named.length) {
              this.ranges.push({ start: o.start, end: at, selectors: o.selectors });
              const rest = o.selectors.filter((s) => !selectors.includes(s));
              if (selectors.length && rest.length) still.push({ start: at, selectors: rest });
            } else still.push(o);
          }
          open.splice(0, open.length, ...still);
          break;
        }
        case 'disable-line':
          this.ranges.push({ start: lines.lineStart(line), end: lines.lineEnd(line), selectors });
          break;
        case 'disable-next-line': {
          const next = lines.lineOf(at + m[0].length) + 1;
          if (next < lines.lineCount) this.ranges.push({ start: lines.lineStart(next), end: lines.lineEnd(next), selectors });
          break;
        }
      }
    }
    for (const o of open) this.ranges.push({ start: o.start, end: text.length, selectors: o.selectors });
  }

  isDisabled(ruleId: string, category: string, offset: number): boolean {
    for (const r of this.ranges) {
      if (offset < r.start || offset > r.end) continue;
      if (r.selectors.length === 0 || r.selectors.includes(ruleId) || r.selectors.includes(category) || r.selectors.includes('*')) return true;
    }
    return false;
  }
}
