// "Add name to workspace list": writes a person's name to names.accept in the workspace's
// .copydesk.json, from the command palette or as a quick fix on a names finding.
import * as vscode from 'vscode';
import { CONFIG_FILE, findConfigFile, folderFor, readText, writeText } from './config-file';
import { SOURCE, codeOf } from './diagnostics';

export const ADD_NAME_COMMAND = 'copydesk.addName';

/** The name in a flagged span: whitespace collapsed, a possessive or trailing punctuation dropped. */
export function nameFromText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/['’]s$/u, '')
    .replace(/^[“"‘'(]+|[”"’'),.;:!?]+$/gu, '')
    .trim();
}

function isNamesDiagnostic(d: vscode.Diagnostic): boolean {
  return d.source === SOURCE && (codeOf(d)?.startsWith('names/') ?? false);
}

export class NamesCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const offered = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (!isNamesDiagnostic(diagnostic)) continue;
      const name = nameFromText(document.getText(diagnostic.range));
      if (!name || name.length > 200 || offered.has(name)) continue;
      offered.add(name);
      const title = `Add "${name}" to the workspace names list`;
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.command = { command: ADD_NAME_COMMAND, title, arguments: [name, document.uri] };
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    return actions;
  }
}

/** The name to add when the command runs from the palette: the selection, a names finding under the cursor, or what the editor types. */
async function askForName(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  let suggestion = '';
  if (editor) {
    const selected = nameFromText(editor.document.getText(editor.selection));
    if (selected) suggestion = selected;
    else {
      const at = vscode.languages.getDiagnostics(editor.document.uri).find((d) => isNamesDiagnostic(d) && d.range.contains(editor.selection.active));
      if (at) suggestion = nameFromText(editor.document.getText(at.range));
    }
  }
  const name = await vscode.window.showInputBox({
    title: 'Copydesk: Add name to workspace list',
    prompt: 'A full name, spelled as your newsroom accepts it. It is added to names.accept in the workspace .copydesk.json.',
    value: suggestion,
    validateInput: (v) => (v.trim().length === 0 ? 'Type a name' : v.trim().length > 200 ? 'At most 200 characters' : undefined),
  });
  return name?.trim() || undefined;
}

/**
 * Adds `name` to names.accept in the .copydesk.json that applies to `documentUri` (the nearest
 * one, else a new one at the root of its workspace folder). Returns the file written.
 */
export async function addName(name?: string, documentUri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  name = typeof name === 'string' ? nameFromText(name) : await askForName();
  if (!name) return undefined;
  const uri = documentUri ?? vscode.window.activeTextEditor?.document.uri;
  const folder = uri ? folderFor(uri) : vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showErrorMessage('Copydesk: open a folder first. The names list is kept in the folder\'s .copydesk.json.');
    return undefined;
  }
  const target = (uri && (await findConfigFile(uri))) ?? vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
  const existing = await readText(target);
  let config: Record<string, unknown> = {};
  if (existing !== undefined && existing.trim()) {
    try {
      const parsed: unknown = JSON.parse(existing.replace(/^\uFEFF/, ''));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      config = parsed as Record<string, unknown>;
    } catch {
      const open = 'Open it';
      if ((await vscode.window.showErrorMessage(`Copydesk: ${vscode.workspace.asRelativePath(target)} is not a valid JSON object; fix it, then add the name again.`, open)) === open) {
        await vscode.window.showTextDocument(target);
      }
      return undefined;
    }
  }
  // names may be a list (the accept list) or an object with accept and prefer.
  let list: unknown[];
  if (Array.isArray(config.names)) list = config.names;
  else {
    if (config.names === undefined || config.names === null) config.names = {};
    const names = config.names as Record<string, unknown>;
    if (typeof names !== 'object' || Array.isArray(names)) {
      void vscode.window.showErrorMessage(`Copydesk: "names" in ${vscode.workspace.asRelativePath(target)} is not an object; fix it, then add the name again.`);
      return undefined;
    }
    if (names.accept === undefined) names.accept = [];
    if (!Array.isArray(names.accept)) {
      void vscode.window.showErrorMessage(`Copydesk: "names.accept" in ${vscode.workspace.asRelativePath(target)} is not a list; fix it, then add the name again.`);
      return undefined;
    }
    list = names.accept;
  }
  if (list.includes(name)) {
    void vscode.window.showInformationMessage(`Copydesk: "${name}" is already in ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  }
  list.push(name);
  const indent = existing ? (/^([ \t]+)"/m.exec(existing)?.[1] ?? 2) : 2;
  await writeText(target, JSON.stringify(config, null, indent) + '\n');
  void vscode.window.showInformationMessage(`Copydesk: added "${name}" to names.accept in ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}
