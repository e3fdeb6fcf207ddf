// Finding and editing a workspace's .copydesk.json through vscode.workspace.fs, so it works on
// disk (desktop) and in virtual file systems (VS Code for the web).
import * as vscode from 'vscode';

export const CONFIG_FILE = '.copydesk.json';

const trimSlash = (path: string) => path.replace(/\/+$/, '');

function parentOf(uri: vscode.Uri): vscode.Uri {
  const path = trimSlash(uri.path);
  const i = path.lastIndexOf('/');
  return uri.with({ path: i > 0 ? path.slice(0, i) : '/' });
}

/** The workspace folder whose configuration applies to a document (untitled ones use the first). */
export function folderFor(documentUri: vscode.Uri): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.getWorkspaceFolder(documentUri) ?? (documentUri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

/**
 * The nearest .copydesk.json at or above the document, within its workspace folder; undefined
 * when there is none (or the document is in no workspace folder).
 */
export async function findConfigFile(documentUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = folderFor(documentUri);
  if (!folder) return undefined;
  const top = trimSlash(folder.uri.path);
  const inside = documentUri.scheme === folder.uri.scheme && documentUri.authority === folder.uri.authority && documentUri.path.startsWith(top + '/');
  let dir = inside ? parentOf(documentUri) : folder.uri;
  for (let depth = 0; depth < 64; depth++) {
    const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE);
    if (await isFile(candidate)) return candidate;
    if (trimSlash(dir.path) === top || trimSlash(dir.path) === '') return undefined;
    dir = parentOf(dir);
  }
  return undefined;
}

/** Answers the browser server's `copydesk/findConfig` request. */
export async function findConfigText(documentUri: string): Promise<{ uri: string; text: string } | null> {
  const found = await findConfigFile(vscode.Uri.parse(documentUri));
  if (!found) return null;
  try {
    const bytes = await vscode.workspace.fs.readFile(found);
    return { uri: found.toString(), text: new TextDecoder().decode(bytes) };
  } catch {
    return null;
  }
}

/** Reads a file's text: the open document's (even unsaved) if it is open, else the file's. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Replaces a file's text, through the editor when it is open (then saved), else on disk. */
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${uri.toString(true)}`);
    await open.save();
    return;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
