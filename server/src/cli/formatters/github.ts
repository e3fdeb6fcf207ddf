// GitHub Actions workflow commands: annotations on the pull request's lines.
import type { RunReport } from '../report';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: RunReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    for (const d of f.findings) {
      const start = f.lines.position(d.offset), end = f.lines.position(d.offset + d.length);
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(d.ruleId)}`,
      ];
      out.push(`::${LEVEL[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
    for (const n of f.notices) out.push(`::warning file=${escapeProperty(f.path)},title=copydesk::${escapeData(n)}`);
  }
  for (const e of report.errors) out.push(`::error file=${escapeProperty(e.path)},title=copydesk::${escapeData(e.message)}`);
  return out.length ? out.join('\n') + '\n' : '';
}
