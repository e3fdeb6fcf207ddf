// The desktop extension: starts the node language server (dist/server-node.js) over node IPC.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateCopydesk, type CopydeskApi } from './extension';
import launch from '../../server/src/server/node-launch.json';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-node.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: launch.execArgv, env: { ...process.env, ...launch.env } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...launch.execArgv, '--nolazy', '--inspect=6019'], env: { ...process.env, ...launch.env } } },
  };
  return activateCopydesk(context, (options) => (client = new LanguageClient('copydesk', 'Copydesk', serverOptions, options)));
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
