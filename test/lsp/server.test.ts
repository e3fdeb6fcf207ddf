import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { lint } from '../../server/src/engine/lint';
import { TestClient } from './lsp-client';

const TEXT = '# Council approves budget\n\nThe council approved the the budget on Tuesday.\n';

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: TestClient;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-lsp-'));
    client = new TestClient();
  });
  afterEach(async () => {
    await client.stop();
  });

  const open = async (name: string, text: string, languageId = 'markdown') => {
    const uri = pathToFileURL(join(dir, name)).href;
    writeFileSync(join(dir, name), text);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  };

  it('initializes with its capabilities', async () => {
    const result = await client.initialize(pathToFileURL(dir).href);
    assert.equal(result.serverInfo?.name, 'copydesk');
    assert.ok(result.capabilities.codeActionProvider);
    assert.ok(result.capabilities.hoverProvider);
  });

  it('publishes diagnostics on open with rule codes, doc links and the document version', async () => {
    await client.initialize(pathToFileURL(dir).href);
    const uri = await open('a.md', TEXT);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    assert.equal(p.version, 1);
    const d = p.diagnostics.find((x) => x.code === 'style/lexical-illusion')!;
    assert.equal(d.source, 'copydesk');
    assert.match(d.codeDescription!.href, /docs\/rules\/style\/lexical-illusion\.md$/);
    assert.deepEqual(d.range, { start: { line: 2, character: 21 }, end: { line: 2, character: 28 } });
  });

  it('returns quick fixes whose edits fix the text, plus disable and ignore actions', async () => {
    await client.initialize(pathToFileURL(dir).href);
    const uri = await open('a.md', TEXT);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const d = p.diagnostics.find((x) => x.code === 'style/lexical-illusion')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.kind, 'quickfix');
    const edits = fix.edit!.changes![uri] as TextEdit[];
    const doc = TextDocument.create(uri, 'markdown', 1, TEXT);
    assert.equal(TextDocument.applyEdits(doc, edits), TEXT.replace('the the', 'the'));
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable style/lexical-illusion for this line'));
    assert.ok(titles.includes('Ignore style/lexical-illusion in this document'));
    const disable = actions.find((a) => a.title.startsWith('Disable'))!;
    const disabled = TextDocument.applyEdits(doc, disable.edit!.changes![uri] as TextEdit[]);
    assert.match(disabled, /<!-- copydesk-disable-next-line style\/lexical-illusion -->\nThe council approved the the budget/);
    assert.equal(lint(disabled, { format: 'markdown' }).filter((f) => f.ruleId === 'style/lexical-illusion').length, 0, 'the inserted comment silences the rule');
  });

  it('offers source.fixAll.copydesk', async () => {
    await client.initialize(pathToFileURL(dir).href);
    const uri = await open('a.md', TEXT);
    await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.copydesk');
  });

  it('after a burst of edits, publishes diagnostics for the final version only, matching a fresh lint', async () => {
    await client.initialize(pathToFileURL(dir).href);
    const uri = await open('a.md', TEXT);
    await client.diagnostics(uri, (x) => x.version === 1);
    let doc = TextDocument.create(uri, 'markdown', 1, TEXT);
    const inserts = [' the', ' the', ' very', ' quickly', ' the'];
    for (let v = 2; v <= 41; v++) {
      const at = doc.getText().length - 1;
      const change = { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: inserts[v % inserts.length] };
      doc = TextDocument.create(uri, 'markdown', v, TextDocument.applyEdits(doc, [{ range: change.range, newText: change.text }]));
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [change] });
    }
    const final = await client.diagnostics(uri, (x) => x.version === 41);
    const stale = client.published.filter((p) => p.uri === uri && p.version !== undefined && p.version > 1 && p.version < 41);
    assert.ok(stale.length < 40, 'edits faster than the debounce are not each linted');
    const expected = lint(doc.getText(), { format: 'markdown' });
    const key = (x: { code?: unknown; range?: unknown; ruleId?: string; offset?: number; length?: number }) => JSON.stringify(x);
    assert.deepEqual(
      final.diagnostics.map((d: Diagnostic) => key({ code: d.code, range: d.range })),
      expected.map((f) => key({ code: f.ruleId, range: { start: doc.positionAt(f.offset), end: doc.positionAt(f.offset + f.length) } })),
    );
  });

  it('re-lints when the configuration changes and when a document closes clears it', async () => {
    await client.initialize(pathToFileURL(dir).href);
    const uri = await open('a.md', TEXT);
    await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'style/lexical-illusion'));
    client.settings = { rules: { style: 'off' } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await client.diagnostics(uri, (x) => x.diagnostics.length === 0);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    const closed = await client.diagnostics(uri, (x) => x.diagnostics.length === 0 && x.version === undefined);
    assert.deepEqual(closed.diagnostics, []);
  });

  it('reads .copydesk.json from the workspace and reports its problems', async () => {
    writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'style/lexical-illusion': 'error', 'style/unknown': 'off' } }));
    await client.initialize(pathToFileURL(dir).href);
    const uri = await open('a.md', TEXT);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    assert.equal(p.diagnostics.find((d) => d.code === 'style/lexical-illusion')!.severity, 1);
    assert.ok(client.messages.some((m) => /\.copydesk\.json \(rules\.style\/unknown\): unknown rule id/.test(m.message)));
  });

  it('answers hovers on flagged spans', async () => {
    await client.initialize(pathToFileURL(dir).href);
    const uri = await open('a.md', TEXT);
    client.settings = { rules: { 'style/lexical-illusion': 'warning' } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.severity === 2));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 26 } });
    assert.match(JSON.stringify(hover?.contents), /a word is repeated/);
  });
});
