// The language server under load, over stdio like an editor runs it (after test/lsp/lsp-client.ts):
// start-up, edit-to-diagnostics latency, memory after many documents, CPU when idle.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { now, stats } from './stats.mjs';
import { rng } from './texts.mjs';

export class BenchClient {
  constructor(root, serverPath, options = {}) {
    const require = createRequire(join(root, 'package.json'));
    const p = require('vscode-languageserver-protocol/node');
    this.p = p;
    this.spawnedAt = now();
    // Started as the VS Code extension starts it (client/src/node.ts), with the same flags.
    const launch = JSON.parse(readFileSync(join(root, 'server', 'src', 'server', 'node-launch.json'), 'utf8'));
    this.process = spawn(process.execPath, [...launch.execArgv, ...(options.execArgv ?? []), serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...launch.env } });
    this.stderr = '';
    this.process.stderr.on('data', (d) => { this.stderr = (this.stderr + d).slice(-4000); });
    this.exited = false;
    this.process.on('exit', () => { this.exited = true; });
    this.connection = p.createProtocolConnection(new p.StreamMessageReader(this.process.stdout), new p.StreamMessageWriter(this.process.stdin));
    /** uri -> { version, resolve } */
    this.waiting = new Map();
    this.published = 0;
    this.connection.onNotification(p.PublishDiagnosticsNotification.type, (params) => {
      const at = now();
      this.published++;
      const w = this.waiting.get(params.uri);
      if (w && params.version === w.version) {
        this.waiting.delete(params.uri);
        w.resolve({ at, diagnostics: params.diagnostics.length });
      }
    });
    this.connection.onRequest(p.ConfigurationRequest.type, (params) => params.items.map(() => ({})));
    this.connection.onRequest(p.RegistrationRequest.type, () => undefined);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onNotification(p.ShowMessageNotification.type, () => {});
    this.connection.onNotification(p.LogMessageNotification.type, () => {});
    this.connection.listen();
  }

  get pid() {
    return this.process.pid;
  }

  async initialize(rootUri, initializationOptions = { debounceMs: 0 }) {
    const result = await this.connection.sendRequest(this.p.InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
      capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions,
    });
    await this.connection.sendNotification(this.p.InitializedNotification.type, {});
    return result;
  }

  /** Resolves when diagnostics for this version of the document are published. */
  published$(uri, version, timeoutMs = 60000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(uri);
        reject(new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms${this.stderr ? `; server stderr: ${this.stderr}` : ''}`));
      }, timeoutMs);
      this.waiting.set(uri, { version, resolve: (r) => { clearTimeout(timer); resolve(r); } });
    });
  }

  open(uri, text, version = 1, languageId = 'markdown') {
    return this.connection.sendNotification(this.p.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri, version, contentChanges) {
    return this.connection.sendNotification(this.p.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  close(uri) {
    return this.connection.sendNotification(this.p.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async stop() {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // already gone
      }
      await new Promise((resolve) => {
        if (this.exited) return resolve();
        const t = setTimeout(() => { this.process.kill(); resolve(); }, 3000);
        this.process.on('exit', () => { clearTimeout(t); resolve(); });
      });
    }
    this.connection.dispose();
  }
}

/** VmRSS / VmHWM of a process, in MiB. */
export function procMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, hwmMiB: kib('VmHWM') / 1024 };
}

let clockTicks;
/** CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat. */
export function procCpuMs(pid) {
  clockTicks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicks;
}

/** Line/character (UTF-16) of an offset. */
function positionAt(text, offset) {
  let line = 0, lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * A small edit somewhere in the body, as a typist makes them: a letter typed or deleted, a word
 * inserted or removed, a number changed. Returns the new text and the LSP change.
 */
function smallEdit(text, bodyStart, random) {
  const pick = () => bodyStart + Math.floor(random() * (text.length - bodyStart - 1));
  const kind = random();
  let start, end, insert;
  if (kind < 0.35) {
    // type a letter at the end of a word
    let o = pick();
    while (o < text.length && /\w/.test(text[o])) o++;
    [start, end, insert] = [o, o, 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]];
  } else if (kind < 0.6) {
    // delete one letter
    let o = pick();
    while (o < text.length - 1 && !/[a-z]/.test(text[o])) o++;
    [start, end, insert] = [o, o + 1, ''];
  } else if (kind < 0.8) {
    // insert a word before a word
    let o = pick();
    while (o > bodyStart && text[o - 1] !== ' ') o--;
    const words = ['very ', 'new ', 'also ', 'reportedly ', 'sharply ', 'only ', 'former ', 'crushing '];
    [start, end, insert] = [o, o, words[Math.floor(random() * words.length)]];
  } else {
    // change a number (or type one when there is none nearby)
    const o = pick();
    const m = /\d+/.exec(text.slice(o, o + 400));
    if (m) [start, end, insert] = [o + m.index, o + m.index + m[0].length, String(1 + Math.floor(random() * 999))];
    else [start, end, insert] = [o, o, '7'];
  }
  const change = { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert };
  return { text: text.slice(0, start) + insert + text.slice(end), change };
}

/** Spawn to initialize answered, and to the first diagnostics of a draft that needs the names knowledge base. */
export async function startUp(root, serverPath, draftPath, workDir) {
  const client = new BenchClient(root, serverPath);
  try {
    const t0 = client.spawnedAt;
    await client.initialize(pathToFileURL(workDir).href);
    const ready = now() - t0;
    const uri = pathToFileURL(join(workDir, 'startup-names.md')).href;
    const published = client.published$(uri, 1);
    const opened = now();
    await client.open(uri, readFileSync(draftPath, 'utf8'));
    const r = await published;
    return { readyMs: ready, firstDiagnosticsMs: r.at - t0, firstLintMs: r.at - opened };
  } finally {
    await client.stop();
  }
}

/**
 * One server: a draft opened and edited `edits` times (each edit waits for its version's
 * diagnostics), CPU over `idleMs` with nothing changing, then `documents` documents opened,
 * linted and closed, and the memory after.
 */
export async function session(root, serverPath, { draftPath, workDir, edits, documentPaths, idleMs, seed = 7 }) {
  const client = new BenchClient(root, serverPath);
  try {
    await client.initialize(pathToFileURL(workDir).href);
    const memoryAtStart = procMemory(client.pid);
    // The edited draft
    let text = readFileSync(draftPath, 'utf8');
    const bodyStart = (/^---\n[\s\S]*?\n---\n/.exec(text)?.[0].length ?? 0) + 1;
    const uri = pathToFileURL(join(workDir, 'edited-draft.md')).href;
    let version = 1;
    const opened = client.published$(uri, version);
    let t = now();
    await client.open(uri, text, version);
    const firstOpen = (await opened).at - t;
    const memoryAfterFirstLint = procMemory(client.pid);
    const random = rng(seed);
    const latencies = [];
    const editCpuStart = procCpuMs(client.pid);
    for (let i = 0; i < edits; i++) {
      const edit = smallEdit(text, bodyStart, random);
      text = edit.text;
      version++;
      const published = client.published$(uri, version);
      t = now();
      await client.change(uri, version, [edit.change]);
      latencies.push((await published).at - t);
    }
    const editCpuMs = procCpuMs(client.pid) - editCpuStart;
    const memoryAfterEdits = procMemory(client.pid);
    // Idle: the draft stays open and nothing changes. The first window holds the one collection
    // the server makes 2 s after its last lint; the second is the server at rest.
    await new Promise((r) => setTimeout(r, 200));
    const cpuBefore = procCpuMs(client.pid);
    await new Promise((r) => setTimeout(r, idleMs));
    const idleCpuMs = procCpuMs(client.pid) - cpuBefore;
    const cpuAtRest = procCpuMs(client.pid);
    await new Promise((r) => setTimeout(r, idleMs));
    const restCpuMs = procCpuMs(client.pid) - cpuAtRest;
    // Many documents: open, wait for the diagnostics, close.
    const perDocument = [];
    const rssSeries = [];
    const documentsCpuStart = procCpuMs(client.pid);
    const started = now();
    for (let i = 0; i < documentPaths.length; i++) {
      const docUri = pathToFileURL(documentPaths[i]).href;
      const published = client.published$(docUri, 1);
      const t1 = now();
      await client.open(docUri, readFileSync(documentPaths[i], 'utf8'), 1);
      await published;
      perDocument.push(now() - t1);
      await client.close(docUri);
      if ((i + 1) % Math.max(1, Math.round(documentPaths.length / 10)) === 0) rssSeries.push([i + 1, procMemory(client.pid).rssMiB]);
    }
    const documentsCpuMs = procCpuMs(client.pid) - documentsCpuStart;
    const documentsMs = now() - started;
    await new Promise((r) => setTimeout(r, 500)); // let the closes settle
    const memoryAfter = procMemory(client.pid);
    // The server collects its garbage once it has been idle for 2 s; what it holds then is what
    // it costs to keep running.
    await new Promise((r) => setTimeout(r, 3000));
    const memorySettled = procMemory(client.pid);
    return {
      memoryAtStart,
      memoryAfterFirstLint,
      memoryAfterEdits,
      firstOpenMs: firstOpen,
      edits: { ...stats(latencies), cpuMsPerEdit: editCpuMs / Math.max(1, edits) },
      idle: { ms: idleMs, cpuMs: idleCpuMs, restCpuMs },
      documents: { count: documentPaths.length, totalMs: documentsMs, cpuMs: documentsCpuMs, perDocument: stats(perDocument), rssSeries },
      memoryAfter,
      memorySettled,
    };
  } finally {
    await client.stop();
  }
}


