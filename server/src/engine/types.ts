// The engine's public types. The engine runs unchanged in the node language server, the
// web-worker language server and the CLI, so nothing here may depend on Node, the browser or LSP.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type Category = 'names' | 'loaded-language' | 'attribution' | 'figures' | 'consistency' | 'style';
export const CATEGORIES: readonly Category[] = ['names', 'loaded-language', 'attribution', 'figures', 'consistency', 'style'];

/** A plain text edit; offsets and lengths are UTF-16 code units into the linted text. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix `--fix` and "Fix all" apply; at most one per finding. */
  preferred?: boolean;
  /** When set, newText of the edits is an LSP snippet (`${1:source}`); such fixes are never applied automatically. */
  snippet?: boolean;
}

export interface RelatedSpan {
  offset: number;
  length: number;
  message: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
  fixes: Fix[];
  related?: RelatedSpan[];
  /** Extra detail for the hover (a knowledge-base card, an explanation); Markdown. */
  detail?: string;
}

export type DocumentFormat = 'markdown' | 'plaintext';

export interface RuleMeta {
  /** `<category>/<name>`; also the module's path under server/src/rules/ and its page under docs/rules/. */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line, shown in rule lists and SARIF. */
  description: string;
  /** The rule's documentation page. */
  docs: string;
  fixable: boolean;
}
