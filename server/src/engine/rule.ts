// The rule contract: each rule module exports its metadata beside its logic.
import type { Doc } from './document';
import type { ResolvedConfig } from './config';
import type { Fix, RelatedSpan, RuleMeta, Severity } from './types';

export interface RuleFinding {
  offset: number;
  length: number;
  message: string;
  fixes?: Fix[];
  related?: RelatedSpan[];
  detail?: string;
  /**
   * The finding's own severity, for rules whose findings differ in weight (a lexicon entry's
   * severity). Used only when the configuration does not set the rule, its category or `*`.
   */
  severity?: Severity;
}

export interface RuleContext {
  readonly doc: Doc;
  readonly config: ResolvedConfig;
  report(finding: RuleFinding): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

export const DOCS_BASE = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

/** Builds a rule's metadata; the docs link is derived from the id (rule id = file name = doc page). */
export function defineRule(meta: Omit<RuleMeta, 'docs'>, check: (context: RuleContext) => void): Rule {
  return { meta: { ...meta, docs: `${DOCS_BASE}${meta.id}.md` }, check };
}
