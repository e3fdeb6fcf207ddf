// The default format: findings grouped by file, coloured on a terminal (after ESLint's "stylish").
import { summarize, type RunReport } from '../report';

export interface StylishOptions {
  color: boolean;
  /** Show hint-level findings (write-good style suggestions) too. */
  hints: boolean;
}

const paint = (on: boolean, code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export function formatStylish(report: RunReport, options: StylishOptions): string {
  const c = options.color;
  const out: string[] = [];
  const SEVERITY_COLOR = { error: '31', warning: '33', info: '36', hint: '2' } as const;
  for (const f of report.files) {
    const shown = f.findings.filter((d) => options.hints || d.severity !== 'hint');
    if (!shown.length && !f.notices.length) continue;
    out.push(paint(c, '4', f.path));
    const rows = shown.map((d) => {
      const p = f.lines.position(d.offset);
      return [`${p.line + 1}:${p.character + 1}`, d.severity, d.message, d.ruleId] as const;
    });
    const w0 = Math.max(0, ...rows.map((r) => r[0].length));
    const w1 = Math.max(0, ...rows.map((r) => r[1].length));
    for (const [pos, sev, msg, id] of rows) {
      out.push(`  ${paint(c, '2', pos.padEnd(w0))}  ${paint(c, SEVERITY_COLOR[sev], sev.padEnd(w1))}  ${msg}  ${paint(c, '2', id)}`);
    }
    for (const n of f.notices) out.push(`  ${paint(c, '35', 'notice')}  ${n}`);
    out.push('');
  }
  for (const e of report.errors) out.push(`${paint(c, '31', 'error')}  ${e.path}: ${e.message}`);
  const s = summarize(report);
  const total = s.errors + s.warnings + s.infos + (options.hints ? s.hints : 0);
  if (total === 0 && !report.errors.length) {
    const hidden = !options.hints && s.hints ? ` (${s.hints} style hint${s.hints === 1 ? '' : 's'} hidden; --hints shows them)` : '';
    out.push(`${paint(c, '32', '✔')} ${s.files} file${s.files === 1 ? '' : 's'} checked, no problems${hidden}`);
  } else {
    const parts = [`${s.errors} error${s.errors === 1 ? '' : 's'}`, `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`, `${s.infos} info`];
    parts.push(options.hints ? `${s.hints} hint${s.hints === 1 ? '' : 's'}` : `${s.hints} hint${s.hints === 1 ? '' : 's'} hidden`);
    const mark = s.errors || report.errors.length ? paint(c, '31', '✖') : paint(c, '33', '⚠');
    out.push(`${mark} ${total} problem${total === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'} (${parts.join(', ')})`);
  }
  return out.join('\n') + '\n';
}
