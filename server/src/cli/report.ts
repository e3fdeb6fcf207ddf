// What the CLI hands to its formatters.
import type { Finding, Severity } from '../engine/types';
import type { LineIndex } from '../engine/positions';
import type { FailLevel } from './args';

export interface FileReport {
  /** As given on the command line (or discovered under a directory), or "<stdin>". */
  path: string;
  text: string;
  lines: LineIndex;
  findings: Finding[];
  /** Problems that are not findings: the file was too large, a rule failed, the front matter was unreadable. */
  notices: string[];
}

export interface RunReport {
  files: FileReport[];
  /** Paths that could not be read, with the reason. */
  errors: Array<{ path: string; message: string }>;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function summarize(report: RunReport): Summary {
  const s: Summary = { files: report.files.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of report.files) {
    for (const d of f.findings) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else if (d.severity === 'info') s.infos++;
      else s.hints++;
    }
  }
  return s;
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** Whether a finding of this severity fails the run at this --fail-level. */
export function fails(severity: Severity, level: FailLevel): boolean {
  return level !== 'none' && RANK[severity] >= RANK[level];
}

/** The number of findings that fail the run at this --fail-level. */
export function countFailing(report: RunReport, level: FailLevel): number {
  let n = 0;
  for (const f of report.files) for (const d of f.findings) if (fails(d.severity, level)) n++;
  return n;
}
