// JUnit XML for CI systems that read test reports (GitLab, Jenkins, Azure Pipelines, CircleCI).
// One <testsuite> per draft, one <testcase> per finding (named "<rule id> at <line>:<column>",
// its classname the draft's path). Findings at or above --fail-level are <failure>s; the others
// pass, with their message in <system-out>. A draft with no findings has one passing testcase,
// so every draft shows up. Hint-level findings are listed only with --hints (or --fail-level hint).
// A draft that could not be read is a testcase with an <error>; one that was not checked (too
// large) is a <skipped> testcase.
import type { FailLevel } from '../args';
import { fails, type RunReport } from '../report';
import { escapeXml } from './xml';

export interface JunitOptions {
  failLevel: FailLevel;
  hints: boolean;
}

interface Case {
  name: string;
  body: string;
  failure: boolean;
  error: boolean;
  skipped: boolean;
}

export function formatJunit(report: RunReport, options: JunitOptions): string {
  const suites: Array<{ name: string; cases: Case[] }> = [];
  const a = (s: string) => escapeXml(s, true);
  for (const f of report.files) {
    const cases: Case[] = [];
    const shown = f.findings.filter((d) => d.severity !== 'hint' || options.hints || options.failLevel === 'hint');
    for (const d of shown) {
      const p = f.lines.position(d.offset);
      const where = `${f.path}:${p.line + 1}:${p.character + 1}`;
      const flagged = f.text.slice(d.offset, d.offset + d.length);
      const fixes = d.fixes.filter((x) => !x.snippet).map((x) => `\nFix${x.preferred ? ' (preferred)' : ''}: ${x.title}`).join('');
      const detail = `${d.severity}: ${d.message}\nat ${where}${flagged ? `: "${flagged}"` : ''}\nrule ${d.ruleId} (${d.category})${fixes}`;
      const failure = fails(d.severity, options.failLevel);
      cases.push({
        name: `${d.ruleId} at ${p.line + 1}:${p.character + 1}`,
        body: failure
          ? `<failure type="${a(d.severity)}" message="${a(d.message)}">${escapeXml(detail)}</failure>`
          : `<system-out>${escapeXml(detail)}</system-out>`,
        failure, error: false, skipped: false,
      });
    }
    for (const n of f.notices) cases.push({ name: 'notice', body: `<skipped message="${a(n)}"/>`, failure: false, error: false, skipped: true });
    if (!cases.length) cases.push({ name: 'no problems', body: '', failure: false, error: false, skipped: false });
    suites.push({ name: f.path, cases });
  }
  for (const e of report.errors) {
    suites.push({ name: e.path, cases: [{ name: 'read', body: `<error type="copydesk" message="${a(e.message)}">${escapeXml(`${e.path}: ${e.message}`)}</error>`, failure: false, error: true, skipped: false }] });
  }
  const count = (cases: Case[], k: 'failure' | 'error' | 'skipped') => cases.filter((c) => c[k]).length;
  const all = suites.flatMap((s) => s.cases);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="copydesk" tests="${all.length}" failures="${count(all, 'failure')}" errors="${count(all, 'error')}" skipped="${count(all, 'skipped')}" time="0">`,
  ];
  suites.forEach((s, i) => {
    out.push(`  <testsuite name="${a(s.name)}" id="${i}" tests="${s.cases.length}" failures="${count(s.cases, 'failure')}" errors="${count(s.cases, 'error')}" skipped="${count(s.cases, 'skipped')}" time="0">`);
    for (const c of s.cases) {
      const open = `    <testcase classname="${a(s.name)}" name="${a(c.name)}" time="0"`;
      out.push(c.body ? `${open}>\n      ${c.body}\n    </testcase>` : `${open}/>`);
    }
    out.push('  </testsuite>');
  });
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
