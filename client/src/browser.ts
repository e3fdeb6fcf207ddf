// The web extension (VS Code for the web): starts the browser language server
// (dist/server-browser.js) in a web worker, and answers its requests for .copydesk.json, which
// it cannot read itself.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { findConfigText } from './config-file';
import { activateCopydesk, type CopydeskApi } from './extension';

// The extension host's Worker (the DOM library is not part of this project's type check).
declare const Worker: new (url: string, options?: { name?: string }) => unknown;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-browser.js');
  return activateCopydesk(
    context,
    (options) => (client = new LanguageClient('copydesk', 'Copydesk', new Worker(serverMain.toString(true), { name: 'copydesk-server' }) as never, options)),
    (c) => c.onRequest('copydesk/findConfig', (params: { uri?: unknown }) => (typeof params?.uri === 'string' ? findConfigText(params.uri) : null)),
  );
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
