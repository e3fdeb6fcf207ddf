// GitHub Actions workflow commands: annotations on the pull request's lines. Paths are given
// relative to the repository's root (GitHub resolves them from there), wherever copydesk ran.
import type { RunReport } from '../report';
import { rootRelative } from '../repo';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export interface GithubOptions {
  cwd?: string;
  /** The repository's root, when copydesk runs inside one. */
  root?: string;
}

export function formatGithub(report: RunReport, options: GithubOptions = {}): string {
  const out: string[] = [];
  const name = (path: string) => (options.root && options.cwd && path !== '<stdin>' ? rootRelative(path, options.cwd, options.root) ?? path : path);
  for (const f of report.files) {
    const file = escapeProperty(name(f.path));
    for (const d of f.findings) {
      const start = f.lines.position(d.offset), end = f.lines.position(d.offset + d.length);
      const props = [
        `file=${file}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(d.ruleId)}`,
      ];
      out.push(`::${LEVEL[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
    for (const n of f.notices) out.push(`::warning file=${file},title=copydesk::${escapeData(n)}`);
  }
  for (const e of report.errors) out.push(`::error file=${escapeProperty(name(e.path))},title=copydesk::${escapeData(e.message)}`);
  return out.length ? out.join('\n') + '\n' : '';
}
