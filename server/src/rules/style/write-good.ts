// write-good's checks as Copydesk rules: one rule per check, each run on the prose of every block
// with only its own check switched on, never inside direct quotations (a speaker's words are not
// the writer's style).
import writeGood from 'write-good';
import { defineRule, type Rule, type RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { BoundedCache } from '../../engine/bounded-cache';

export type WriteGoodCheck = 'passive' | 'weasel' | 'adverb' | 'illusion' | 'so' | 'thereIs' | 'tooWordy' | 'cliches';
const ALL_CHECKS: readonly WriteGoodCheck[] = ['passive', 'weasel', 'adverb', 'illusion', 'so', 'thereIs', 'tooWordy', 'cliches'];

export interface WriteGoodRuleOptions {
  id: string;
  check: WriteGoodCheck;
  description: string;
  /** The message for a flagged span. */
  message: (span: string) => string;
  /** Widens write-good's span to what the fix edits (a fix never edits outside its finding). */
  extend?: (context: RuleContext, offset: number, length: number) => { offset: number; length: number };
  /** A fix for a flagged span, when one is safe. */
  fix?: (context: RuleContext, offset: number, span: string) => Fix | undefined;
}

export function writeGoodRule(options: WriteGoodRuleOptions): Rule {
  const only = Object.fromEntries(ALL_CHECKS.map((c) => [c, c === options.check]));
  // write-good's result depends on the paragraph's text alone: paragraphs an edit did not touch
  // are not checked again.
  const results = new BoundedCache<ReturnType<typeof writeGood>>(200_000, (text) => text.length);
  const check = (text: string) => {
    let found = results.get(text);
    if (!found) {
      found = writeGood(text, only);
      results.set(text, found);
    }
    return found;
  };
  return defineRule(
    { id: options.id, category: 'style', defaultSeverity: 'hint', description: options.description, fixable: !!options.fix },
    (context) => {
      const { doc } = context;
      for (const block of doc.blocks) {
        const text = doc.prose.slice(block.start, block.end);
        for (const s of check(text)) {
          if (s.offset <= 0 || doc.isQuoted(block.start + s.index, block.start + s.index + s.offset)) continue;
          const { offset, length } = options.extend?.(context, block.start + s.index, s.offset) ?? { offset: block.start + s.index, length: s.offset };
          const span = doc.text.slice(offset, offset + length);
          const fix = options.fix?.(context, offset, span);
          context.report({ offset, length, message: options.message(span), fixes: fix ? [fix] : [] });
        }
      }
    },
  );
}
