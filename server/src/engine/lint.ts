// The engine's entry point: lint(text, options) -> findings.
import { defaultConfig, ruleSetting, type ResolvedConfig } from './config';
import { Controls } from './controls';
import { Doc } from './document';
import type { Rule, RuleFinding } from './rule';
import type { DocumentFormat, Finding } from './types';
import { defaultRules } from '../rules/index';

export interface LintOptions {
  format: DocumentFormat;
  config?: ResolvedConfig;
  /** The article date (YYYY-MM-DD) when the front matter has none; overrides config.date. */
  date?: string;
  /** Today's date, the last resort for the article date (defaults to the clock). */
  today?: string;
  /** The rules to run (default: every rule). */
  rules?: readonly Rule[];
}

export interface LintResult {
  findings: Finding[];
  /** Things the user should know that are not findings: a document skipped for its size, a rule that failed. */
  notices: string[];
  doc?: Doc;
}

export function lint(text: string, options: LintOptions): Finding[] {
  return analyse(text, options).findings;
}

export function analyse(text: string, options: LintOptions): LintResult {
  const config = options.config ?? defaultConfig();
  const notices: string[] = [];
  if (text.length > config.maxDocumentLength) {
    notices.push(`This document has ${text.length.toLocaleString('en-US')} characters, more than the limit of ${config.maxDocumentLength.toLocaleString('en-US')} (setting maxDocumentLength); it was not checked.`);
    return { findings: [], notices };
  }
  const doc = new Doc(text, { format: options.format, date: options.date ?? config.date, today: options.today });
  if (doc.frontMatter.problem) notices.push(doc.frontMatter.problem);
  const controls = new Controls(text, doc.lines);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? defaultRules) {
    const { id, category, defaultSeverity } = rule.meta;
    const setting = ruleSetting(config, id, category, defaultSeverity);
    if (setting === 'off') continue;
    // A finding's own severity applies unless the configuration sets this rule's.
    const configured = config.rules[id] ?? config.rules[category] ?? config.rules['*'];
    const report = (f: RuleFinding) => {
      const offset = clampOffset(text, f.offset);
      const length = clampOffset(text, offset + Math.max(0, f.length)) - offset;
      if (controls.isDisabled(id, category, offset)) return;
      findings.push({
        ruleId: id,
        category,
        severity: configured === undefined && f.severity ? f.severity : setting,
        message: f.message,
        offset,
        length,
        fixes: f.fixes ?? [],
        ...(f.related?.length ? { related: f.related } : {}),
        ...(f.detail ? { detail: f.detail } : {}),
      });
    };
    try {
      rule.check({ doc, config, report });
    } catch (error) {
      // One faulty rule must not cost the user every other finding.
      notices.push(`rule ${id} failed on this document: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  findings.sort((a, b) => a.offset - b.offset || a.length - b.length || a.ruleId.localeCompare(b.ruleId));
  return { findings: dedupe(findings), notices, doc };
}

/** Keeps offsets inside the text and off the middle of a surrogate pair. */
function clampOffset(text: string, offset: number): number {
  let o = Math.max(0, Math.min(Math.floor(offset), text.length));
  const code = text.charCodeAt(o);
  if (o > 0 && o < text.length && code >= 0xdc00 && code <= 0xdfff) {
    const prev = text.charCodeAt(o - 1);
    if (prev >= 0xd800 && prev <= 0xdbff) o -= 1;
  }
  return o;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}:${f.offset}:${f.length}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A short draft that touches every family's lazily built data: names and offices, figures and
// dates, quotations, loaded words, term variants.
const WARM_UP_DRAFT = `---
title: Warm-up
date: 2024-06-12
---
# Council approves budget

WASHINGTON — Secretary of State Antony Blinken said on Wednesday, June 12, 2024, that revenue rose 5% to $105 million from $100 million. "We will keep going," he said. Critics say the plan slammed the G-7 in Kiev.

The council voted 7-2 to approve the $48 million budget, which includes $20 million for roads, $18 million for schools and $10 million for parks. Mayor Dana Whitcombe, 52, who was born in 1971, called it a historic deal. Whitcomb admitted the G7 talks in Kyiv were chaotic, according to officials who spoke on condition of anonymity.

The storm killed 14 people on Tuesday. Prices will surely rise, some analysts believe, and the 12 victims included three children. "It was a disaster."
`;

/**
 * Builds what the rules build on first use (the NLP model, the knowledge base, the vocabularies),
 * so the first draft a user opens is checked as fast as the next.
 */
export function prepare(): void {
  analyse(WARM_UP_DRAFT, { format: 'markdown', today: '2024-06-12' });
}
