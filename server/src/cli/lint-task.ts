// Linting one draft: the part of a run that can happen in this thread or in a worker thread.
// Everything here is plain data in and out, so it crosses to a worker by structured cloning.
import { analyse } from '../engine/lint';
import { fixText } from '../engine/fixes';
import type { ResolvedConfig } from '../engine/config';
import type { DocumentFormat, Finding } from '../engine/types';

export interface LintTask {
  text: string;
  format: DocumentFormat;
  config: ResolvedConfig;
  /** --date */
  date?: string;
  /** Today's date, fixed once per run so every file (and worker) agrees. */
  today: string;
  /** Apply the preferred fixes first (--fix, --fix-dry-run). */
  fix: boolean;
}

export interface LintOutcome {
  /** The text the findings are for: the fixed text when fixing, else the text given. */
  text: string;
  findings: Finding[];
  notices: string[];
  /** Whether the article date came from the clock (such a result is only good for today). */
  datedToday: boolean;
  /** An unexpected failure of the engine on this draft. */
  error?: string;
}

export function runTask(task: LintTask): LintOutcome {
  try {
    const run = (t: string) => analyse(t, { format: task.format, config: task.config, date: task.date, today: task.today });
    let text = task.text;
    if (task.fix) text = fixText(text, (t) => run(t).findings).text;
    const result = run(text);
    return { text, findings: result.findings, notices: result.notices, datedToday: result.doc?.dateSource === 'today' };
  } catch (error) {
    return { text: task.text, findings: [], notices: [], datedToday: false, error: `internal error while checking: ${error instanceof Error ? error.message : String(error)}` };
  }
}
