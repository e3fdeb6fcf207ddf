// One self-contained HTML page for editors who review CI results outside an editor: no scripts,
// no external assets (a Content-Security-Policy forbids them), inline CSS. Each draft with
// findings is shown in full with every flagged span marked (the message on hover, a numbered
// note after it), followed by its notes with the suggested fixes; a list by category comes
// first. Overlapping findings are split into segments, each <mark> naming the findings that
// cover it in data-findings. Hints are included with --hints (or --fail-level hint).
import type { Rule } from '../../engine/rule';
import { CATEGORIES, type Finding, type Severity } from '../../engine/types';
import type { FailLevel } from '../args';
import { fails, type FileReport, type RunReport } from '../report';
import { escapeHtml as h } from './xml';

export interface HtmlOptions {
  version: string;
  rules: readonly Rule[];
  hints: boolean;
  failLevel: FailLevel;
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

const CSS = `
:root { color-scheme: light; --error: #c62828; --warning: #b26a00; --info: #1565c0; --hint: #6b6b6b; }
* { box-sizing: border-box; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #1d1d1d; background: #fff; }
h1, h2, h3, nav, .summary, .findings, .by-category, table, .notice, .clean, footer { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2.5rem 0 .5rem; border-bottom: 1px solid #ddd; padding-bottom: .25rem; word-break: break-all; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
a { color: #0b57d0; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
th, td { text-align: left; padding: .2rem .75rem .2rem 0; border-bottom: 1px solid #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.sev { font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: 0 .35rem; border-radius: 3px; color: #fff; }
.sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); } .sev.hint { background: var(--hint); }
.fail { font-weight: 600; }
pre.draft { white-space: pre-wrap; overflow-wrap: anywhere; font: 1rem/1.65 Georgia, "Times New Roman", serif; background: #fafafa; border: 1px solid #e5e5e5; border-radius: 4px; padding: 1rem 1.25rem; }
mark { background: none; color: inherit; border-radius: 2px; cursor: help; }
mark.error { background: #fde2e2; border-bottom: 2px solid var(--error); }
mark.warning { background: #fff1cc; border-bottom: 2px solid var(--warning); }
mark.info { background: #e3eefc; border-bottom: 2px solid var(--info); }
mark.hint { border-bottom: 2px dotted var(--hint); }
mark.overlap { outline: 1px dashed #888; }
mark.point::before { content: "\\2038"; color: var(--error); font-weight: bold; }
sup.ref { font: 600 .65rem system-ui, sans-serif; margin-left: 1px; }
sup.ref a { text-decoration: none; }
sup.ref + sup.ref::before { content: ","; }
ol.findings { padding-left: 2rem; }
ol.findings li { margin: .4rem 0; }
li:target { background: #fff7d6; }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; color: #555; }
q.flagged { font-style: italic; }
ul.fixes { margin: .2rem 0 0; padding-left: 1.2rem; font-size: .95rem; }
del { background: #fde2e2; text-decoration: line-through; }
ins { background: #dff5e1; text-decoration: none; }
.notice { color: #7a4b00; }
.muted { color: #666; }
footer { margin-top: 3rem; font-size: .8rem; color: #666; }
@media print { mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

interface Shown {
  id: string;
  n: number;
  d: Finding;
  line: number;
  column: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The draft's text with marks around the flagged spans and a numbered reference after each. */
function markUp(f: FileReport, shown: Shown[]): string {
  const text = f.text;
  const bounds = new Set<number>([0, text.length]);
  for (const s of shown) {
    bounds.add(s.d.offset);
    bounds.add(s.d.offset + s.d.length);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const starting = new Map<number, Shown[]>(), ending = new Map<number, Shown[]>(), empty = new Map<number, Shown[]>();
  const push = (m: Map<number, Shown[]>, k: number, s: Shown) => (m.get(k) ?? m.set(k, []).get(k)!).push(s);
  for (const s of shown) {
    if (s.d.length === 0) push(empty, s.d.offset, s);
    else {
      push(starting, s.d.offset, s);
      push(ending, s.d.offset + s.d.length, s);
    }
  }
  const ref = (s: Shown) => `<sup class="ref" id="${s.id}-ref"><a href="#${s.id}">${s.n}</a></sup>`;
  const title = (list: Shown[]) => list.map((s) => `${s.d.severity}: ${s.d.message} (${s.d.ruleId})`).join('\n');
  const out: string[] = [];
  const active = new Set<Shown>();
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    for (const s of ending.get(at) ?? []) {
      active.delete(s);
      out.push(ref(s));
    }
    for (const s of empty.get(at) ?? []) out.push(`<mark class="point ${s.d.severity}" data-findings="${s.id}" title="${h(title([s]))}"></mark>${ref(s)}`);
    for (const s of starting.get(at) ?? []) active.add(s);
    if (i + 1 >= points.length) break;
    const segment = h(text.slice(at, points[i + 1]));
    if (!active.size) {
      out.push(segment);
      continue;
    }
    const list = [...active].sort((a, b) => a.n - b.n);
    const top = list.reduce((m, s) => (RANK[s.d.severity] > RANK[m] ? s.d.severity : m), 'hint' as Severity);
    out.push(`<mark class="${top}${list.length > 1 ? ' overlap' : ''}" data-findings="${list.map((s) => s.id).join(' ')}" title="${h(title(list))}">${segment}</mark>`);
  }
  return out.join('');
}

function fixes(f: FileReport, d: Finding): string {
  if (!d.fixes.length) return '';
  const items = d.fixes.map((x) => {
    const edits = x.snippet ? '' : ': ' + x.edits.map((e) => {
      const before = f.text.slice(e.offset, e.offset + e.length);
      return [before ? `<del>${h(before)}</del>` : '', e.newText ? `<ins>${h(e.newText)}</ins>` : ''].filter(Boolean).join(' → ');
    }).join(' … ');
    return `<li>${h(x.title)}${x.preferred ? ' <span class="muted">(preferred)</span>' : ''}${edits}</li>`;
  });
  return `<ul class="fixes" aria-label="Suggested fixes">${items.join('')}</ul>`;
}

export function formatHtml(report: RunReport, options: HtmlOptions): string {
  const docs = new Map(options.rules.map((r) => [r.meta.id, r.meta.docs]));
  const keep = (d: Finding) => d.severity !== 'hint' || options.hints || options.failLevel === 'hint';
  const drafts = report.files.map((f, i) => {
    const shown: Shown[] = f.findings.filter(keep).map((d, j) => {
      const p = f.lines.position(d.offset);
      return { id: `d${i + 1}-f${j + 1}`, n: j + 1, d, line: p.line + 1, column: p.character + 1 };
    });
    return { f, shown, id: `d${i + 1}` };
  });
  const all = drafts.flatMap((x) => x.shown.map((s) => ({ ...s, path: x.f.path })));
  const count = (sev: Severity) => all.filter((s) => s.d.severity === sev).length;
  const withFindings = drafts.filter((x) => x.shown.length || x.f.notices.length);
  const clean = drafts.filter((x) => !x.shown.length && !x.f.notices.length);
  const failing = all.filter((s) => fails(s.d.severity, options.failLevel)).length;

  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Copydesk ${h(options.version)}">`,
    `<title>Copydesk report: ${plural(all.length, 'problem')} in ${plural(report.files.length, 'draft')}</title>`,
    `<style>${CSS}</style>`, '</head>', '<body>', '<header>', '<h1>Copydesk report</h1>');
  const levels = (['error', 'warning', 'info', 'hint'] as Severity[]).filter((s) => s !== 'hint' || options.hints || options.failLevel === 'hint');
  out.push(`<p class="summary">${plural(all.length, 'problem')} in ${withFindings.length} of ${plural(report.files.length, 'draft')} (${levels.map((s) => `${count(s)} ${s}${s === 'info' || count(s) === 1 ? '' : 's'}`).join(', ')})${report.errors.length ? `; ${plural(report.errors.length, 'file')} could not be checked` : ''}.`
    + (options.failLevel !== 'none' ? ` <span class="${failing ? 'fail' : ''}">${failing ? `${failing} at or above the fail level (${options.failLevel}).` : `Nothing at or above the fail level (${options.failLevel}).`}</span>` : '') + '</p>');
  out.push('</header>');

  if (withFindings.length) {
    out.push('<nav aria-label="Drafts"><h2>Drafts</h2><table><thead><tr><th>Draft</th><th>Errors</th><th>Warnings</th><th>Info</th>' + (levels.includes('hint') ? '<th>Hints</th>' : '') + '</tr></thead><tbody>');
    for (const x of withFindings) {
      const n = (sev: Severity) => x.shown.filter((s) => s.d.severity === sev).length;
      out.push(`<tr><td><a href="#${x.id}">${h(x.f.path)}</a></td><td class="n">${n('error')}</td><td class="n">${n('warning')}</td><td class="n">${n('info')}</td>${levels.includes('hint') ? `<td class="n">${n('hint')}</td>` : ''}</tr>`);
    }
    out.push('</tbody></table></nav>');
  }

  if (all.length) {
    out.push('<section class="by-category" id="by-category"><h2>By category</h2>');
    for (const category of CATEGORIES) {
      const list = all.filter((s) => s.d.category === category);
      if (!list.length) continue;
      out.push(`<h3 id="category-${category}">${h(category)} <span class="muted">(${list.length})</span></h3><ul data-category="${category}">`);
      for (const s of list) out.push(`<li><span class="sev ${s.d.severity}">${s.d.severity}</span> <a href="#${s.id}">${h(s.path)}:${s.line}:${s.column}</a> ${h(s.d.message)}</li>`);
      out.push('</ul>');
    }
    out.push('</section>');
  }

  for (const x of withFindings) {
    out.push(`<section class="draft" id="${x.id}" data-path="${h(x.f.path)}">`, `<h2>${h(x.f.path)}</h2>`);
    for (const n of x.f.notices) out.push(`<p class="notice">Notice: ${h(n)}</p>`);
    if (x.shown.length) {
      out.push(`<pre class="draft">${markUp(x.f, x.shown)}</pre>`);
      out.push(`<ol class="findings">`);
      for (const s of x.shown) {
        const flagged = x.f.text.slice(s.d.offset, s.d.offset + s.d.length);
        const doc = docs.get(s.d.ruleId);
        out.push(`<li class="finding" id="${s.id}" value="${s.n}" data-rule="${h(s.d.ruleId)}" data-severity="${s.d.severity}">`
          + `<span class="sev ${s.d.severity}">${s.d.severity}</span> <a href="#${s.id}-ref">line ${s.line}, column ${s.column}</a>: `
          + `${flagged ? `<q class="flagged">${h(flagged)}</q> — ` : ''}${h(s.d.message)} `
          + (doc ? `<a class="rule" href="${h(doc)}">${h(s.d.ruleId)}</a>` : `<span class="rule">${h(s.d.ruleId)}</span>`)
          + fixes(x.f, s.d) + '</li>');
      }
      out.push('</ol>');
    }
    out.push('</section>');
  }

  if (clean.length) {
    out.push(`<section class="clean"><h2>No problems</h2><ul>${clean.map((x) => `<li>${h(x.f.path)}</li>`).join('')}</ul></section>`);
  }
  if (report.errors.length) {
    out.push(`<section class="errors"><h2>Not checked</h2><ul>${report.errors.map((e) => `<li class="error-item">${h(e.path)}: ${h(e.message)}</li>`).join('')}</ul></section>`);
  }
  out.push(`<footer>Copydesk ${h(options.version)}. Hover over a marked passage for its message; the numbers lead to the notes below each draft.</footer>`, '</body>', '</html>');
  return out.join('\n') + '\n';
}
