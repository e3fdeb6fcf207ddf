// Helpers for the suite that drives the real VS Code API. They run in desktop VS Code (node
// extension host) and in VS Code for the web (a web worker), so they use no Node modules.
import * as vscode from 'vscode';

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (v: unknown) => {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
};

interface Assert {
  ok(value: unknown, message?: string): asserts value;
  equal<T>(actual: T, expected: T, message?: string): void;
  match(actual: string, pattern: RegExp, message?: string): void;
  doesNotMatch(actual: string, pattern: RegExp, message?: string): void;
}

export const assert: Assert = {
  ok(value: unknown, message?: string): asserts value {
    if (!value) throw new AssertionError(message ?? `expected a truthy value, got ${show(value)}`);
  },
  equal<T>(actual: T, expected: T, message?: string): void {
    if (actual !== expected) throw new AssertionError(`${message ? message + ': ' : ''}expected ${show(expected)}, got ${show(actual)}`);
  },
  match(actual: string, pattern: RegExp, message?: string): void {
    if (!pattern.test(actual)) throw new AssertionError(`${message ? message + ': ' : ''}expected ${show(actual)} to match ${pattern}`);
  },
  doesNotMatch(actual: string, pattern: RegExp, message?: string): void {
    if (pattern.test(actual)) throw new AssertionError(`${message ? message + ': ' : ''}expected ${show(actual)} not to match ${pattern}`);
  },
};

export const SOURCE = 'copydesk';
export const CATEGORIES = ['names', 'loaded-language', 'attribution', 'figures', 'consistency', 'style'];

export function codeOf(d: vscode.Diagnostic): string {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  return code === undefined ? '' : String(code);
}

export function copydesk(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export const describeDiagnostics = (uri: vscode.Uri) =>
  copydesk(uri)
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`)
    .join('\n  ') || '(none)';

/**
 * Resolves with the document's Copydesk diagnostics once `predicate` holds for them, checking
 * now and on every onDidChangeDiagnostics event for the document. Rejects after `timeoutMs`
 * (a guard against a hang, not a wait) with what was published.
 */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (ds: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 30000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const now = copydesk(uri);
    if (predicate(now)) return resolve(now);
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new AssertionError(`timed out after ${timeoutMs} ms waiting for ${what} in ${uri.toString(true)}; its Copydesk diagnostics:\n  ${describeDiagnostics(uri)}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const ds = copydesk(uri);
      if (predicate(ds)) {
        clearTimeout(timer);
        listener.dispose();
        resolve(ds);
      }
    });
  });
}

/** Resolves when the document's text satisfies `predicate` (after an edit the test did not make itself). */
export function waitForText(document: vscode.TextDocument, predicate: (text: string) => boolean, what: string, timeoutMs = 30000): Promise<string> {
  return new Promise((resolve, reject) => {
    if (predicate(document.getText())) return resolve(document.getText());
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new AssertionError(`timed out waiting for ${what}; the text is:\n${document.getText()}`));
    }, timeoutMs);
    const listener = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== document || !predicate(document.getText())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(document.getText());
    });
  });
}

/** The URI of a file in the test workspace folder. */
export function file(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new AssertionError('the tests need a workspace folder (the test runner opens one)');
  return vscode.Uri.joinPath(folder.uri, ...path.split('/'));
}

export async function readFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Appends text at the end of a line and resolves when the document has it. */
export async function appendToLine(editor: vscode.TextEditor, line: number, text: string): Promise<void> {
  const end = editor.document.lineAt(line).range.end;
  assert.ok(await editor.edit((b) => b.insert(end, text)), 'the edit was applied');
}

export function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind).then((a) => a ?? []);
}

/**
 * The code actions at `range` once `predicate` holds for them. Diagnostics reach the code action
 * context through the workbench's marker service a moment after the extension host has them (no
 * event tells when), so the request is repeated every 50 ms until the actions are there or
 * `timeoutMs` has passed.
 */
export async function codeActionsUntil(uri: vscode.Uri, range: vscode.Range, predicate: (actions: vscode.CodeAction[]) => boolean, what: string, timeoutMs = 15000): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const actions = await codeActions(uri, range);
    if (predicate(actions)) return actions;
    if (Date.now() > deadline) throw new AssertionError(`timed out waiting for ${what}; the code actions: ${JSON.stringify(actions.map((a) => a.title))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
