// The node language server: `copydesk-ls --stdio` (any LSP editor) or node IPC (VS Code desktop).
// The bundle only defines; dist/server-node.js (written by scripts/build.mjs) loads it and calls start().
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { URI } from 'vscode-uri';
import { defaultConfig } from '../engine/config';
import { findConfigFile, readConfigFile, type LoadedConfig } from '../node/config-files';
import { VERSION } from '../version';
import { startServer, type ServerHost } from './start';


function nodeHost(): ServerHost {
  const cache = new Map<string, LoadedConfig>();
  return {
    async workspaceConfig(documentUri, workspaceFolders) {
      const uri = URI.parse(documentUri);
      let dir: string | undefined;
      let stopAt: string | undefined;
      const folder = workspaceFolders.map((f) => URI.parse(f)).find((f) => f.scheme === 'file' && uri.scheme === 'file' && uri.fsPath.startsWith(f.fsPath));
      if (uri.scheme === 'file') dir = dirname(uri.fsPath);
      else {
        // Untitled documents use the first workspace folder's configuration.
        const first = workspaceFolders.map((f) => URI.parse(f)).find((f) => f.scheme === 'file');
        dir = first?.fsPath;
      }
      if (folder) stopAt = folder.fsPath;
      if (!dir) return { config: defaultConfig(), problems: [] };
      const file = findConfigFile(dir, stopAt);
      if (!file) return { config: defaultConfig(), problems: [] };
      let loaded = cache.get(file);
      if (!loaded) {
        loaded = readConfigFile(file);
        cache.set(file, loaded);
      }
      return { config: loaded.config, problems: loaded.problems, source: file };
    },
    configChanged() {
      cache.clear();
    },
  };
}

/**
 * A full garbage collection when the server goes idle after linting. V8 keeps the heap it grew
 * while linting a burst of documents (measured: 270 MB committed for 90 MB in use after 1,000
 * drafts); collecting once idle returns most of it to the system.
 */
function idleCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    return () => {
      // Compacting moves the survivors together so that the emptied pages go back to the system;
      // V8's own heuristics compact only badly fragmented pages.
      setFlagsFromString('--compact-on-every-full-gc');
      try {
        gc();
      } finally {
        setFlagsFromString('--no-compact-on-every-full-gc');
      }
    };
  } catch {
    return undefined;
  }
}

export function start(): void {
  if (process.argv.includes('--version') || process.argv.includes('-v')) {
    process.stdout.write(VERSION + '\n');
    process.exit(0);
  }
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write('Usage: copydesk-ls --stdio | --node-ipc | --socket=<port>\nThe Copydesk language server: diagnostics, quick fixes and hovers for news drafts.\n');
    process.exit(0);
  }
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection, nodeHost(), { onIdle: idleCollector() });
}

/** Builds what the rules build on first use; the build runs it before saving V8's code cache. */
export { prepare } from '../engine/lint';
