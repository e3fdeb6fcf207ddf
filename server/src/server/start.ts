// The language server, shared by the node entry (stdio / IPC) and the browser entry (a web
// worker): both create a connection and a host, and call startServer.
import {
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  CodeActionKind,
  MessageType,
  RequestType,
  ShowMessageNotification,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, prepare } from '../engine/lint';
import { defaultConfig, type ConfigProblem, type ResolvedConfig } from '../engine/config';
import type { Finding } from '../engine/types';
import { VERSION } from '../version';
import { codeActionsFor, hoverFor, noticeDiagnostic, toDiagnostic, FIX_ALL_KIND, SOURCE, type DiagnosticData } from './lsp';
import { applyEditorSettings, type EditorSettings } from './settings';

/** How long after `initialized` the server warms up if no draft has been opened to check by then. */
const WARM_UP_DELAY_MS = 100;

/**
 * Lints a file the editor has not opened (the client's "Lint workspace" command) with the
 * configuration that applies to its URI; returns its diagnostics.
 */
export const LintFileRequest = new RequestType<{ uri: string; languageId: string; text: string }, Diagnostic[], void>('copydesk/lintFile');

/** What differs between the node and the browser server: how workspace configuration is found. */
export interface ServerHost {
  /** The workspace configuration (.copydesk.json) that applies to a document, if any. */
  workspaceConfig(documentUri: string, workspaceFolders: readonly string[]): Promise<{ config: ResolvedConfig; problems: ConfigProblem[]; source?: string }>;
  /** Forget cached configuration files (one changed). */
  configChanged(): void;
}

export interface ServerOptions {
  /** Milliseconds to wait after a change before linting (default 150). */
  debounceMs?: number;
  /** Called once the server has been idle for `idleMs` after linting (the node server collects garbage there). */
  onIdle?: () => void;
  idleMs?: number;
}

interface LintState {
  version: number;
  findings: Finding[];
}

const LANGUAGES = new Set(['markdown', 'plaintext', 'news']);

export function startServer(connection: Connection, host: ServerHost, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const results = new Map<string, LintState>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Whether a draft has been checked (which loads everything the warm-up would). */
  let warmedUp = false;
  const settingsCache = new Map<string, Promise<EditorSettings | undefined>>();
  const reportedProblems = new Set<string>();
  let debounceMs = options.debounceMs ?? 150;
  let workspaceFolders: string[] = [];
  let configurationSupport = false;
  let snippetSupport = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    configurationSupport = !!caps.workspace?.configuration;
    snippetSupport = !!caps.workspace?.workspaceEdit?.snippetEditSupport;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
    const init = params.initializationOptions as { debounceMs?: unknown } | undefined;
    if (typeof init?.debounceMs === 'number' && init.debounceMs >= 0 && init.debounceMs <= 5000) debounceMs = init.debounceMs;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'copydesk', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // Load the model, the knowledge base and the vocabularies now, while the editor is still
    // opening, rather than on the first keystroke. A draft the editor opens straight away does
    // that itself when it is checked, sooner than a warm-up followed by its check.
    setTimeout(() => {
      if (warmedUp) return;
      try {
        prepare();
      } catch (error) {
        connection.console.error(`warming up failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }, WARM_UP_DELAY_MS);
    if (configurationSupport) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    connection.workspace.onDidChangeWorkspaceFolders?.((e) => {
      workspaceFolders = workspaceFolders.filter((f) => !e.removed.some((r) => r.uri === f)).concat(e.added.map((a) => a.uri));
      relintAll();
    });
  });

  const editorSettings = (uri: string): Promise<EditorSettings | undefined> => {
    if (!configurationSupport) return Promise.resolve(undefined);
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' }).then(
        (s) => (s && typeof s === 'object' ? (s as EditorSettings) : undefined),
        () => undefined,
      );
      settingsCache.set(uri, cached);
    }
    return cached;
  };

  const reportProblems = (problems: readonly ConfigProblem[]) => {
    for (const p of problems) {
      const key = `${p.file}\0${p.key}\0${p.message}`;
      if (reportedProblems.has(key)) continue;
      reportedProblems.add(key);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Copydesk configuration: ${p.file}${p.key ? ` (${p.key})` : ''}: ${p.message}` });
      connection.console.warn(`configuration problem: ${p.file}${p.key ? `: ${p.key}` : ''}: ${p.message}`);
    }
  };

  const configFor = async (uri: string): Promise<{ config: ResolvedConfig; enabled: boolean }> => {
    const [workspace, settings] = await Promise.all([
      host.workspaceConfig(uri, workspaceFolders).catch(() => ({ config: defaultConfig(), problems: [] as ConfigProblem[] })),
      editorSettings(uri),
    ]);
    reportProblems(workspace.problems);
    const applied = applyEditorSettings(settings, workspace.config);
    reportProblems(applied.problems);
    return { config: applied.config, enabled: settings?.enable !== false };
  };

  const formatOf = (document: TextDocument) => (document.languageId === 'markdown' || /\.(md|markdown|mdown)$/i.test(document.uri) ? 'markdown' : 'plaintext');

  // After a burst of linting, once nothing has happened for a while, let the host tidy up.
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const armIdle = () => {
    if (!options.onIdle) return;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      if (timers.size === 0) options.onIdle!();
    }, options.idleMs ?? 2000);
  };

  const lintNow = async (uri: string) => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const { config, enabled } = await configFor(uri);
    // The document may have changed or closed while configuration was read: never publish stale results.
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    if (!enabled || !LANGUAGES.has(current.languageId)) {
      results.set(uri, { version, findings: [] });
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    let findings: Finding[] = [];
    let diagnostics: Diagnostic[];
    try {
      warmedUp = true;
      const result = analyse(current.getText(), { format: formatOf(current), config });
      findings = result.findings;
      diagnostics = findings.map((f, i) => toDiagnostic(current, f, i));
      for (const notice of result.notices) diagnostics.unshift(noticeDiagnostic(notice));
    } catch (error) {
      connection.console.error(`linting ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      diagnostics = [noticeDiagnostic('Copydesk could not check this document (an internal error; see the Copydesk output).')];
    }
    results.set(uri, { version, findings });
    void connection.sendDiagnostics({ uri, version, diagnostics });
    armIdle();
  };

  const schedule = (uri: string, delay = debounceMs) => {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void lintNow(uri);
    }, delay));
  };

  const relintAll = () => {
    for (const d of documents.all()) schedule(d.uri, 0);
  };

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => {
    results.delete(e.document.uri);
    schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const pending = timers.get(e.document.uri);
    if (pending) clearTimeout(pending);
    timers.delete(e.document.uri);
    results.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    reportedProblems.clear();
    host.configChanged();
    relintAll();
  });
  connection.onDidChangeWatchedFiles(() => {
    reportedProblems.clear();
    host.configChanged();
    relintAll();
  });

  /** The findings for the document's current version, linting now if they are stale. */
  const currentFindings = async (document: TextDocument): Promise<Finding[]> => {
    const state = results.get(document.uri);
    if (state && state.version === document.version) return state.findings;
    const { config } = await configFor(document.uri);
    const findings = analyse(document.getText(), { format: formatOf(document), config }).findings;
    results.set(document.uri, { version: document.version, findings });
    return findings;
  };

  connection.onRequest(LintFileRequest, async ({ uri, languageId, text }) => {
    if (typeof uri !== 'string' || typeof text !== 'string' || !LANGUAGES.has(languageId)) return [];
    const { config, enabled } = await configFor(uri);
    settingsCache.delete(uri);
    if (!enabled) return [];
    const document = TextDocument.create(uri, languageId, 0, text);
    const result = analyse(text, { format: formatOf(document), config });
    return [...result.notices.map(noticeDiagnostic), ...result.findings.map((f, i) => toDiagnostic(document, f, i))];
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const findings = await currentFindings(document);
    const requested = [];
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const data = diagnostic.data as DiagnosticData | undefined;
      let finding = data && data.version === document.version ? findings[data.index] : undefined;
      if (!finding || finding.ruleId !== diagnostic.code) {
        const start = document.offsetAt(diagnostic.range.start);
        finding = findings.find((f) => f.ruleId === diagnostic.code && f.offset === start);
      }
      if (finding) requested.push({ diagnostic, finding });
    }
    return codeActionsFor(document, findings, requested, params.context.only, { snippetSupport });
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const findings = await currentFindings(document);
    return hoverFor(document, findings, document.offsetAt(params.position));
  });

  documents.listen(connection);
  connection.listen();
}
