// The language server under fire: random edit sequences on several documents at once, faster
// than the debounce; huge documents; closing. The final diagnostics always match a fresh lint
// of the final text, no stale version is published after the last edit, and the server lives.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DidChangeConfigurationNotification } from 'vscode-languageserver-protocol/node';
import { lint } from '../../server/src/engine/lint';
import { TestClient } from './lsp-client';

const SEED_TEXTS = [
  '# Council approves budget\n\nThe council approved the the budget on Tuesday. So the mayor said it was very good.\n',
  'Harbor bridge to close\n\n"We know the detour is a burden," Ruiz said. Critics say the plan is rushed.\n',
  '---\ntitle: Test\ndate: 2021-05-06\n---\nSome analysts believe the move is a test. It is widely expected that the Senate will acquit.\n',
];

/** LSP 3.18 allows a diagnostic message to be Markdown. */
const text = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value);

type Edit = { doc: number; at: number; remove: number; insert: string } | { doc: number; replaceAll: string };
const insertions = fc.constantFrom(' the', ' the the', '"', '“', ' said', '\n\n', 'Kiev', ' 😀', ' Critics say', '.', ' very', '\r\n', '');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ doc: fc.nat(2), at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x), remove: fc.nat(6), insert: insertions }).map((e) => e as unknown as Edit) },
  { weight: 1, arbitrary: fc.record({ doc: fc.nat(2), replaceAll: fc.constantFrom(...SEED_TEXTS, '', 'x') }) },
);

describe('language server under fire', function () {
  this.timeout(120000);
  let client: TestClient;
  beforeEach(() => { client = new TestClient(); });
  afterEach(async () => { await client.stop(); });

  it('random concurrent edits faster than the debounce end with diagnostics matching a fresh lint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-fire-'));
    await client.initialize(pathToFileURL(dir).href, { debounceMs: 30 });
    const sequences = fc.sample(fc.array(edit, { minLength: 20, maxLength: 60 }), { numRuns: 4, seed: 42 });
    let replayed = 0;
    for (const [round, edits] of sequences.entries()) {
      const docs = SEED_TEXTS.map((text, i) => TextDocument.create(pathToFileURL(join(dir, `r${round}-d${i}.md`)).href, 'markdown', 1, text));
      for (const d of docs) await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.getText() } });
      for (const e of edits) {
        const d = docs[e.doc];
        const text = d.getText();
        let change;
        if ('replaceAll' in e) change = { text: e.replaceAll };
        else {
          const at = Math.floor(e.at * text.length);
          const end = Math.min(text.length, at + e.remove);
          change = { range: { start: d.positionAt(at), end: d.positionAt(end) }, text: e.insert };
        }
        const next = 'range' in change ? TextDocument.applyEdits(d, [{ range: change.range!, newText: change.text }]) : change.text;
        docs[e.doc] = TextDocument.create(d.uri, 'markdown', d.version + 1, next);
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: d.uri, version: d.version + 1 }, contentChanges: [change] });
        replayed++;
      }
      for (const d of docs) {
        const final = await client.diagnostics(d.uri, (p) => p.version === d.version);
        const expected = lint(d.getText(), { format: 'markdown' }).map((f) => `${f.ruleId}@${f.offset}+${f.length}`);
        const got = final.diagnostics.map((x) => `${x.code}@${d.offsetAt(x.range.start)}+${d.offsetAt(x.range.end) - d.offsetAt(x.range.start)}`);
        assert.deepEqual(got, expected, `${d.uri} v${d.version}`);
      }
      // Nothing older arrives after the final version.
      await new Promise((r) => setTimeout(r, 150));
      for (const d of docs) {
        const last = [...client.published].reverse().find((p) => p.uri === d.uri)!;
        assert.equal(last.version, d.version, 'the last publication is for the final version');
      }
    }
    assert.ok(replayed >= 80);
    assert.equal(client.exited, false, 'the server is alive');
  });

  it('skips a 10 MB document with a clear message, within a bounded time, and stays responsive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-big-'));
    await client.initialize(pathToFileURL(dir).href);
    const big = 'The council approved the budget on Tuesday. '.repeat(250_000);
    const bigUri = pathToFileURL(join(dir, 'big.md')).href;
    const t0 = Date.now();
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bigUri, languageId: 'markdown', version: 1, text: big } });
    const p = await client.diagnostics(bigUri, () => true, 20000);
    assert.ok(Date.now() - t0 < 15000, 'answered within a bounded time');
    assert.equal(p.diagnostics.length, 1);
    assert.match(text(p.diagnostics[0].message), /more than the limit of 2,000,000 \(setting maxDocumentLength\); it was not checked/);
    const smallUri = pathToFileURL(join(dir, 'small.md')).href;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: smallUri, languageId: 'markdown', version: 1, text: SEED_TEXTS[0] } });
    await client.diagnostics(smallUri, (x) => x.diagnostics.length > 0, 5000);
    // Raising the limit in the settings lints it.
    client.settings = { maxDocumentLength: 20_000_000, rules: { style: 'off' } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const linted = await client.diagnostics(bigUri, (x) => !x.diagnostics.some((d) => /not checked/.test(text(d.message))), 60000);
    assert.ok(Array.isArray(linted.diagnostics));
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: bigUri } });
    await client.diagnostics(bigUri, (x) => x.diagnostics.length === 0 && x.version === undefined);
    assert.equal(client.exited, false);
  });
});
