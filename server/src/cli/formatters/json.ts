// The json format: a stable contract for other tools (keys may be added, never removed or renamed).
import { summarize, type RunReport } from '../report';

export function formatJson(report: RunReport): string {
  return JSON.stringify({
    version: 1,
    files: report.files.map((f) => ({
      path: f.path,
      diagnostics: f.findings.map((d) => ({
        ruleId: d.ruleId,
        category: d.category,
        severity: d.severity,
        message: d.message,
        offset: d.offset,
        length: d.length,
        range: { start: f.lines.position(d.offset), end: f.lines.position(d.offset + d.length) },
        fixes: d.fixes.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ offset: e.offset, length: e.length, newText: e.newText })), ...(x.preferred ? { preferred: true } : {}), ...(x.snippet ? { snippet: true } : {}) })),
        ...(d.related ? { related: d.related.map((r) => ({ ...r, range: { start: f.lines.position(r.offset), end: f.lines.position(r.offset + r.length) } })) } : {}),
      })),
      ...(f.notices.length ? { notices: f.notices } : {}),
    })),
    ...(report.errors.length ? { errors: report.errors } : {}),
    summary: summarize(report),
  }, null, 2) + '\n';
}
