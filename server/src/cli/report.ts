// What the CLI hands to its formatters.
import type { Finding } from '../engine/types';
import type { LineIndex } from '../engine/positions';

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
