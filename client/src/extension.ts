// What the desktop (node.ts) and web (browser.ts) extensions share: the language client's
// options, the commands, the names quick fix and the status bar. Each entry only says how the
// language server is started.
import * as vscode from 'vscode';
import type { BaseLanguageClient, Diagnostic as LspDiagnostic, LanguageClientOptions } from 'vscode-languageclient';
import { CONFIG_FILE } from './config-file';
import { FindingsStatus, copydeskDiagnostics, SOURCE } from './diagnostics';
import { ADD_NAME_COMMAND, NamesCodeActionProvider, addName } from './names';

export const LANGUAGES = ['markdown', 'plaintext', 'news'] as const;
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');
/** The files "Lint workspace" checks (the command line's extensions). */
const WORKSPACE_GLOB = '**/*.{md,markdown,mdown,txt,news,article}';
const WORKSPACE_EXCLUDE = '{**/node_modules/**,**/.git/**,**/.vscode-test/**,**/.vscode-test-web/**}';

export interface LintWorkspaceResult {
  files: number;
  findings: number;
  cancelled: boolean;
}

/** What activate() returns; the extension's tests read it. */
export interface CopydeskApi {
  readonly client: BaseLanguageClient;
  /** The status bar item's text and tooltip. */
  status(): { text: string; tooltip: string; visible: boolean };
}

/** Schemes of the documents the server checks: files, untitled drafts and the workspace's own (virtual) file systems. */
function schemes(): string[] {
  const set = new Set(['file', 'untitled']);
  for (const folder of vscode.workspace.workspaceFolders ?? []) set.add(folder.uri.scheme);
  return [...set];
}

export function applies(document: vscode.TextDocument): boolean {
  return (LANGUAGES as readonly string[]).includes(document.languageId) && schemes().includes(document.uri.scheme);
}

export function clientOptions(outputChannel: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: schemes().flatMap((scheme) => LANGUAGES.map((language) => ({ scheme, language }))),
    diagnosticCollectionName: SOURCE,
    outputChannel,
    traceOutputChannel: outputChannel,
    // The server re-reads .copydesk.json when one changes. (Settings changes reach it through
    // the workspace/didChangeConfiguration registration it makes itself.)
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`) },
  };
}

function languageOf(uri: vscode.Uri): string {
  const path = uri.path.toLowerCase();
  if (/\.(md|markdown|mdown)$/.test(path)) return 'markdown';
  if (/\.(news|article)$/.test(path)) return 'news';
  return 'plaintext';
}

/** "Copydesk: Lint workspace": every draft in the workspace into the Problems panel. */
async function lintWorkspace(client: BaseLanguageClient, collection: vscode.DiagnosticCollection, output: vscode.LogOutputChannel): Promise<LintWorkspaceResult> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Copydesk: open a folder to lint its drafts.');
    return { files: 0, findings: 0, cancelled: false };
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: linting the workspace', cancellable: true },
    async (progress, token) => {
      collection.clear();
      const files = (await vscode.workspace.findFiles(WORKSPACE_GLOB, WORKSPACE_EXCLUDE, undefined, token)).sort((a, b) => a.toString().localeCompare(b.toString()));
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      let findings = 0;
      let checked = 0;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${checked + 1} of ${files.length}: ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        checked++;
        if (open.has(uri.toString())) {
          // An open draft is checked as it is typed: its diagnostics are already in Problems.
          findings += copydeskDiagnostics(uri).length;
          continue;
        }
        let text: string;
        try {
          text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        } catch (error) {
          output.appendLine(`Lint workspace: could not read ${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
        try {
          const uriString = client.code2ProtocolConverter.asUri(uri);
          const result = await client.sendRequest<LspDiagnostic[]>('copydesk/lintFile', { uri: uriString, languageId: languageOf(uri), text }, token);
          if (token.isCancellationRequested) break;
          const diagnostics = await client.protocol2CodeConverter.asDiagnostics(result ?? []);
          // A draft opened meanwhile has live diagnostics of its own.
          if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) collection.set(uri, diagnostics);
          findings += diagnostics.filter((d) => d.code !== undefined).length;
        } catch (error) {
          if (token.isCancellationRequested) break;
          output.appendLine(`Lint workspace: ${uri.toString(true)} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      const cancelled = token.isCancellationRequested;
      output.appendLine(`Lint workspace: ${cancelled ? 'cancelled after' : 'checked'} ${checked} of ${files.length} files, ${findings} findings.`);
      if (!cancelled) {
        void vscode.commands.executeCommand('workbench.actions.view.problems');
        void vscode.window.showInformationMessage(`Copydesk checked ${files.length} file${files.length === 1 ? '' : 's'}: ${findings} finding${findings === 1 ? '' : 's'}.`);
      }
      return { files: checked, findings, cancelled };
    },
  );
}

/** "Copydesk: Fix all in document": applies every preferred fix, re-checking between passes. */
/**
 * The fix-all code actions for the whole document. The request is cancelled when the document changes while it
 * runs (the server re-checks it after each applied edit), so a cancelled request is asked again.
 */
async function fixAllActions(document: vscode.TextDocument): Promise<(vscode.CodeAction | vscode.Command)[]> {
  for (let attempt = 0; ; attempt++) {
    const range = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    try {
      return (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, range, FIX_ALL_KIND.value)) ?? [];
    } catch (error) {
      const cancelled = error instanceof vscode.CancellationError || (error instanceof Error && error.name === 'Canceled');
      if (!cancelled || attempt >= 3) throw error;
    }
  }
}

async function fixAll(): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !applies(editor.document)) {
    void vscode.window.showInformationMessage('Copydesk: open a draft (Markdown, plain text or a news draft) to fix it.');
    return 0;
  }
  const document = editor.document;
  let passes = 0;
  // Fixes can make room for new findings; stop when nothing is left or after a few passes.
  for (; passes < 5; passes++) {
    const actions = await fixAllActions(document);
    const action = actions.find((a): a is vscode.CodeAction => 'kind' in a && !!a.kind && FIX_ALL_KIND.contains(a.kind) && !!a.edit);
    if (!action?.edit) break;
    const before = document.version;
    if (!(await vscode.workspace.applyEdit(action.edit)) || document.version === before) break;
  }
  if (passes === 0) void vscode.window.setStatusBarMessage('Copydesk: nothing to fix in this document', 3000);
  return passes;
}

export async function activateCopydesk(
  context: vscode.ExtensionContext,
  createClient: (options: LanguageClientOptions) => BaseLanguageClient,
  setUp?: (client: BaseLanguageClient) => void,
): Promise<CopydeskApi> {
  const output = vscode.window.createOutputChannel('Copydesk', { log: true });
  const client = createClient(clientOptions(output));
  setUp?.(client);
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('copydesk-workspace');
  const status = new FindingsStatus(applies);
  const selector = LANGUAGES.map((language) => ({ language }));

  context.subscriptions.push(
    output,
    workspaceDiagnostics,
    status,
    vscode.commands.registerCommand('copydesk.lintWorkspace', () => lintWorkspace(client, workspaceDiagnostics, output)),
    vscode.commands.registerCommand('copydesk.fixAll', () => fixAll()),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show(true)),
    vscode.commands.registerCommand(ADD_NAME_COMMAND, (name?: unknown, uri?: unknown) => addName(typeof name === 'string' ? name : undefined, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.languages.registerCodeActionsProvider(selector, new NamesCodeActionProvider(), NamesCodeActionProvider.metadata),
    // A draft that is opened is checked live; drop its "Lint workspace" results.
    vscode.workspace.onDidOpenTextDocument((d) => workspaceDiagnostics.delete(d.uri)),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((f) => workspaceDiagnostics.delete(f))),
    { dispose: () => void client.stop() },
  );

  try {
    await client.start();
  } catch (error) {
    output.appendLine(`The Copydesk language server did not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    void vscode.window.showErrorMessage('Copydesk: the checker did not start. See "Copydesk: Show output".');
  }

  return {
    client,
    status: () => ({ text: status.item.text, tooltip: typeof status.item.tooltip === 'string' ? status.item.tooltip : '', visible: !!vscode.window.activeTextEditor && applies(vscode.window.activeTextEditor.document) }),
  };
}
