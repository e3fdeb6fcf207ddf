// The browser language server, run in a web worker by the web extension (vscode.dev, github.dev).
// It cannot read files, so it asks the client for the workspace's .copydesk.json.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, RequestType } from 'vscode-languageserver/browser';
import { defaultConfig, parseConfigJson, type ConfigProblem, type ResolvedConfig } from '../engine/config';
import { defaultRules } from '../rules/index';
import { startServer, type ServerHost } from './start';

/** Asks the client for the configuration file that applies to a document. */
export const FindConfigRequest = new RequestType<{ uri: string }, { uri: string; text: string } | null, void>('copydesk/findConfig');

// The worker's global scope (typed by what the message reader needs).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const reader = new BrowserMessageReader(self);
const writer = new BrowserMessageWriter(self);
const connection = createConnection(reader, writer);

function parse(text: string, file: string): { config: ResolvedConfig; problems: ConfigProblem[] } {
  return parseConfigJson(text, file, defaultRules.map((r) => r.meta.id));
}

const cache = new Map<string, Promise<{ config: ResolvedConfig; problems: ConfigProblem[]; source?: string }>>();
const host: ServerHost = {
  workspaceConfig(documentUri) {
    let found = cache.get(documentUri);
    if (!found) {
      found = connection.sendRequest(FindConfigRequest, { uri: documentUri }).then(
        (r) => (r ? { ...parse(r.text, r.uri), source: r.uri } : { config: defaultConfig(), problems: [] }),
        () => ({ config: defaultConfig(), problems: [] }),
      );
      cache.set(documentUri, found);
    }
    return found;
  },
  configChanged() {
    cache.clear();
  },
};

startServer(connection, host);
