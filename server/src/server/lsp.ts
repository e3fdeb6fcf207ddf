// The one place findings become LSP: diagnostics, code actions and hovers. Offsets are UTF-16
// code units, exactly what LSP positions count, so the mapping is a line index lookup.
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Hover,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
  type SnippetTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, TextEdit } from '../engine/types';
import { chooseFixes } from '../engine/fixes';
import { ruleById } from '../rules/index';

export const SOURCE = 'copydesk';
export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.copydesk';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

/** What a diagnostic carries back to the server in code action requests. */
export interface DiagnosticData {
  version: number;
  index: number;
}

export function toDiagnostic(document: TextDocument, finding: Finding, index: number): Diagnostic {
  const rule = ruleById(finding.ruleId);
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.offset), end: document.positionAt(finding.offset + finding.length) },
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    message: finding.message,
    data: { version: document.version, index } satisfies DiagnosticData,
  };
  if (rule) diagnostic.codeDescription = { href: rule.meta.docs };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: document.uri, range: { start: document.positionAt(r.offset), end: document.positionAt(r.offset + r.length) } },
      message: r.message,
    }));
  }
  if (finding.ruleId === 'style/lexical-illusion') diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/** A notice shown as one diagnostic at the top of the document (e.g. "too large, not checked"). */
export function noticeDiagnostic(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, message };
}

function toLspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) }, newText: e.newText }));
}

function workspaceEdit(document: TextDocument, edits: readonly TextEdit[], snippet = false): WorkspaceEdit {
  if (snippet) {
    const snippetEdits: SnippetTextEdit[] = edits.map((e) => ({
      range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) },
      snippet: { kind: 'snippet', value: e.newText },
    }));
    return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: snippetEdits }] };
  }
  return { changes: { [document.uri]: toLspEdits(document, edits) } };
}

/** Snippet placeholders as plain text for clients without snippet edits: ${1:source} -> source. */
function plainSnippet(text: string): string {
  return text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

export interface ActionOptions {
  snippetSupport: boolean;
}

function fixAction(document: TextDocument, fix: Fix, diagnostic: Diagnostic | undefined, options: ActionOptions): CodeAction {
  const snippet = !!fix.snippet && options.snippetSupport;
  const edits = fix.snippet && !snippet ? fix.edits.map((e) => ({ ...e, newText: plainSnippet(e.newText) })) : fix.edits;
  const action = CodeAction.create(fix.title, workspaceEdit(document, edits, snippet), CodeActionKind.QuickFix);
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.preferred) action.isPreferred = true;
  return action;
}

/** The line a control comment goes above: the start of the finding's line, after its indentation. */
function lineStartOffset(document: TextDocument, offset: number): { offset: number; indent: string } {
  const line = document.positionAt(offset).line;
  const start = document.offsetAt({ line, character: 0 });
  const text = document.getText();
  const indent = /^[ \t]*/.exec(text.slice(start, start + 200))![0];
  return { offset: start, indent };
}

function eol(document: TextDocument): string {
  const text = document.getText();
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Where "ignore in this document" puts its comment: the top, after any front matter. */
function documentTop(document: TextDocument): number {
  const text = document.getText();
  const fm = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return fm ? fm[0].length : text.startsWith('\uFEFF') ? 1 : 0;
}

export function codeActionsFor(
  document: TextDocument,
  findings: readonly Finding[],
  requested: ReadonlyArray<{ diagnostic: Diagnostic; finding: Finding }>,
  only: readonly string[] | undefined,
  options: ActionOptions,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  if (wants(CodeActionKind.QuickFix)) {
    const fixAllOffered = new Set<string>();
    const disableOffered = new Set<string>();
    for (const { diagnostic, finding } of requested) {
      for (const fix of finding.fixes) actions.push(fixAction(document, fix, diagnostic, options));
      const sameRule = findings.filter((f) => f.ruleId === finding.ruleId && f.fixes.some((x) => x.preferred && !x.snippet));
      if (sameRule.length > 1 && !fixAllOffered.has(finding.ruleId)) {
        fixAllOffered.add(finding.ruleId);
        const fixes = chooseFixes(sameRule);
        const action = CodeAction.create(`Fix all ${finding.ruleId} problems`, workspaceEdit(document, fixes.flatMap((x) => x.edits)), CodeActionKind.QuickFix);
        actions.push(action);
      }
      if (!disableOffered.has(finding.ruleId)) {
        disableOffered.add(finding.ruleId);
        const { offset, indent } = lineStartOffset(document, finding.offset);
        const nl = eol(document);
        actions.push(CodeAction.create(
          `Disable ${finding.ruleId} for this line`,
          workspaceEdit(document, [{ offset, length: 0, newText: `${indent}<!-- copydesk-disable-next-line ${finding.ruleId} -->${nl}` }]),
          CodeActionKind.QuickFix,
        ));
        const top = documentTop(document);
        actions.push(CodeAction.create(
          `Ignore ${finding.ruleId} in this document`,
          workspaceEdit(document, [{ offset: top, length: 0, newText: `<!-- copydesk-disable ${finding.ruleId} -->${nl}${nl}` }]),
          CodeActionKind.QuickFix,
        ));
      }
    }
  }
  if (only && wants(FIX_ALL_KIND) && only.some((o) => FIX_ALL_KIND.startsWith(o))) {
    const fixes = chooseFixes(findings);
    if (fixes.length) actions.push(CodeAction.create('Fix all Copydesk problems', workspaceEdit(document, fixes.flatMap((x) => x.edits)), FIX_ALL_KIND));
  }
  return actions;
}

export function hoverFor(document: TextDocument, findings: readonly Finding[], offset: number): Hover | null {
  const here = findings.filter((f) => f.offset <= offset && offset <= f.offset + f.length && f.severity !== 'hint');
  if (!here.length) return null;
  const parts = here.map((f) => {
    const rule = ruleById(f.ruleId);
    const lines = [`**${f.message}**`, ''];
    if (f.detail) lines.push(f.detail, '');
    const fixes = f.fixes.filter((x) => !x.snippet);
    if (fixes.length) lines.push('Fixes: ' + fixes.map((x) => `*${x.title}*`).join(' · '), '');
    lines.push(`${rule ? `[${f.ruleId}](${rule.meta.docs})` : f.ruleId}${rule ? ` — ${rule.meta.description}` : ''}`);
    return lines.join('\n');
  });
  const first = here[0];
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') },
    range: { start: document.positionAt(first.offset), end: document.positionAt(first.offset + first.length) },
  };
}
