// The Copydesk extension in real VS Code: desktop (test-electron) and web (test-web) run this
// same suite against the test workspace that test/vscode/workspace.mjs lays out. The rule
// families are still growing, so assertions name rules that exist (style/*) and accept more
// findings appearing.
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../client/src/extension';
import { assert, CATEGORIES, codeActions, codeActionsUntil, codeOf, copydesk, file, readFile, waitForDiagnostics, writeFile, appendToLine, waitForText } from './helpers';

const EXTENSION_ID = 'copydesk.copydesk';
const illusion = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'style/lexical-illusion');

suite('Copydesk in VS Code', function () {
  this.timeout(30000);
  let api: CopydeskApi;
  let draft: vscode.TextDocument;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension<CopydeskApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('copydesk').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('copydesk').update('enable', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('checks a news draft when it is opened', async () => {
    draft = await vscode.workspace.openTextDocument(file('drafts/blinken-kyiv-visit.md'));
    editor = await vscode.window.showTextDocument(draft);
    assert.equal(draft.languageId, 'markdown');
    const ds = await waitForDiagnostics(draft.uri, (x) => x.some((d) => codeOf(d).startsWith('style/')), 'style findings');
    for (const d of ds) {
      if (!codeOf(d)) continue; // a notice (e.g. a configuration problem) has no rule id
      assert.match(codeOf(d), /^[a-z-]+\/[a-z0-9-]+$/, 'a rule id');
      assert.ok(CATEGORIES.includes(codeOf(d).split('/')[0]), `${codeOf(d)} is in a known category`);
      assert.ok(d.range.end.line < draft.lineCount, 'the range is in the document');
      assert.ok(d.message.length > 0, 'a message');
      const target = typeof d.code === 'object' ? d.code.target : undefined;
      assert.ok(target && target.toString().includes(`docs/rules/${codeOf(d)}.md`), `${codeOf(d)} links to its documentation`);
    }
  });

  test('the status bar counts the findings by category', async () => {
    await waitForDiagnostics(draft.uri, (x) => x.length > 0, 'findings');
    const status = api.status();
    assert.ok(status.visible, 'the item is shown for a draft');
    const categories = new Set(copydesk(draft.uri).map((d) => codeOf(d).split('/')[0]).filter(Boolean));
    for (const category of categories) assert.match(status.text, new RegExp(`${category} \\d+`), 'the status bar text');
    const styleCount = copydesk(draft.uri).filter((d) => codeOf(d).startsWith('style/')).length;
    assert.match(status.text, new RegExp(`style ${styleCount}\\b`), 'the style count');
    assert.match(status.tooltip, /Problems/);
  });

  test('flags a repeated word, and its quick fix removes it', async () => {
    const line = draft.getText().split('\n').findIndex((l) => l.startsWith('Ukraine is a focal point'));
    assert.ok(line > 0, 'the example has the paragraph');
    await appendToLine(editor, line, ' It was the the first visit.');
    const [d] = illusion(await waitForDiagnostics(draft.uri, (x) => illusion(x).some((y) => y.range.start.line === line), 'style/lexical-illusion on the edited line'));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Hint);
    assert.ok(d.tags?.includes(vscode.DiagnosticTag.Unnecessary), 'the repeat is shown as unnecessary');
    assert.match(draft.getText(d.range).toLowerCase(), /^the(\s+the)?$/, 'the flagged text');

    const preferred = (a: vscode.CodeAction) => !!a.isPreferred && a.kind?.value === vscode.CodeActionKind.QuickFix.value;
    const actions = await codeActionsUntil(draft.uri, d.range, (a) => a.some(preferred), 'the preferred quick fix');
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /^Disable style\/lexical-illusion\b/.test(t)), `a disable action among ${JSON.stringify(titles)}`);
    const fix = actions.find(preferred);
    assert.ok(fix?.edit, 'the quick fix has an edit');
    assert.match(fix.title, /repeat/i, 'the fix says what it does');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix applies');
    assert.match(draft.lineAt(line).text, /Russia\. It was the first visit\.$/);
    await waitForDiagnostics(draft.uri, (x) => illusion(x).length === 0, 'the finding to go');
  });

  test('"Fix all in document" applies every preferred fix', async () => {
    const line = draft.getText().split('\n').findIndex((l) => l.startsWith('Ukraine is a focal point'));
    await appendToLine(editor, line, ' They met in in Kyiv and signed a a statement.');
    await waitForDiagnostics(draft.uri, (x) => illusion(x).filter((d) => d.range.start.line === line).length >= 2, 'two repeated words');
    const passes = await vscode.commands.executeCommand<number>('copydesk.fixAll');
    assert.ok(typeof passes === 'number' && passes >= 1, `fixes were applied (${passes} passes)`);
    assert.match(draft.lineAt(line).text, /They met in Kyiv and signed a statement\.$/);
    await waitForDiagnostics(draft.uri, (x) => illusion(x).length === 0, 'the findings to go');
    // What is left has no preferred fix that "Fix all" would apply.
    const whole = new vscode.Range(0, 0, draft.lineCount, 0);
    const left = await codeActions(draft.uri, whole, 'source.fixAll.copydesk');
    assert.equal(left.length, 0, `no fix-all action is left (${left.map((a) => a.title).join(', ')})`);
  });

  test('settings change severities and turn rules off', async () => {
    const line = draft.getText().split('\n').findIndex((l) => l.startsWith('Ukraine is a focal point'));
    await appendToLine(editor, line, ' It was the the second visit.');
    await waitForDiagnostics(draft.uri, (x) => illusion(x).some((d) => d.severity === vscode.DiagnosticSeverity.Hint), 'a hint');
    const config = () => vscode.workspace.getConfiguration('copydesk');

    await config().update('rules', { 'style/lexical-illusion': 'error' }, vscode.ConfigurationTarget.Workspace);
    const [raised] = illusion(await waitForDiagnostics(draft.uri, (x) => illusion(x).some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the rule raised to error'));
    // The hover explains findings above hint level.
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft.uri, raised.range.start)) ?? [];
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /style\/lexical-illusion/, 'the hover names the rule');

    await config().update('rules', { style: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(draft.uri, (x) => !x.some((d) => codeOf(d).startsWith('style/')), 'no style findings');

    await config().update('enable', false, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(draft.uri, (x) => x.length === 0, 'no findings with copydesk.enable off');
    await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);

    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(draft.uri, (x) => illusion(x).some((d) => d.severity === vscode.DiagnosticSeverity.Hint), 'the default severity back');
  });

  test('the nearest .copydesk.json applies, and editing it re-checks open drafts', async () => {
    const story = await vscode.workspace.openTextDocument(file('strict/story.md'));
    await vscode.window.showTextDocument(story);
    // strict/.copydesk.json raises the rule to error (in the web, through copydesk/findConfig).
    await waitForDiagnostics(story.uri, (x) => illusion(x).some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the rule at error from strict/.copydesk.json');
    await writeFile(file('strict/.copydesk.json'), JSON.stringify({ rules: { 'style/lexical-illusion': 'warning' } }, null, 2) + '\n');
    await waitForDiagnostics(story.uri, (x) => illusion(x).some((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'the rule at warning after the file changed');
    // The draft outside strict/ keeps the default.
    assert.ok(illusion(copydesk(draft.uri)).every((d) => d.severity === vscode.DiagnosticSeverity.Hint), 'drafts/ is not affected');
  });

  test('names findings offer "Add name to workspace list", which writes .copydesk.json', async () => {
    editor = await vscode.window.showTextDocument(draft);
    // Every real names finding offers the action (the names rules are being written) ...
    for (const d of copydesk(draft.uri).filter((x) => codeOf(x).startsWith('names/'))) {
      await codeActionsUntil(draft.uri, d.range, (a) => a.some((x) => x.command?.command === 'copydesk.addName'), `${codeOf(d)} at line ${d.range.start.line + 1} to offer the action`);
    }
    // ... and so does a names diagnostic made here, independent of what the rules flag today.
    const name = ['Dzerensky', 'Blinken'].find((n) => draft.getText().includes(n));
    assert.ok(name, 'the example names a person');
    const offset = draft.getText().indexOf(name);
    const range = new vscode.Range(draft.positionAt(offset), draft.positionAt(offset + name.length));
    const fake = vscode.languages.createDiagnosticCollection('copydesk-test');
    try {
      const diagnostic = new vscode.Diagnostic(range, `"${name}" is not a name Copydesk knows.`, vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'copydesk';
      diagnostic.code = 'names/misspelled';
      fake.set(draft.uri, [diagnostic]);
      const title = `Add "${name}" to the workspace names list`;
      const actions = await codeActionsUntil(draft.uri, range, (a) => a.some((x) => x.title === title), 'the names action');
      const add = actions.find((a) => a.title === title);
      assert.ok(add?.command, 'the action runs a command');
      assert.equal(add.kind?.value, 'quickfix');
      const written = await vscode.commands.executeCommand<vscode.Uri>(add.command.command, ...(add.command.arguments ?? []));
      assert.equal(written?.toString(), file('.copydesk.json').toString(), 'a new .copydesk.json at the workspace root');
      const config = JSON.parse((await readFile(file('.copydesk.json'))) ?? 'null');
      assert.equal(JSON.stringify(config.names.accept), JSON.stringify([name]));
      // Adding it again does not duplicate it.
      await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
      assert.equal(JSON.stringify(JSON.parse((await readFile(file('.copydesk.json')))!).names.accept), JSON.stringify([name]));
    } finally {
      fake.dispose();
    }
    // A draft under strict/ adds to strict/.copydesk.json and keeps its other settings.
    const written = await vscode.commands.executeCommand<vscode.Uri>('copydesk.addName', 'Renata Okafor', file('strict/story.md'));
    assert.equal(written?.toString(), file('strict/.copydesk.json').toString());
    const strict = JSON.parse((await readFile(file('strict/.copydesk.json')))!);
    assert.equal(JSON.stringify(strict), JSON.stringify({ rules: { 'style/lexical-illusion': 'warning' }, names: { accept: ['Renata Okafor'] } }));
  });

  test('"Lint workspace" puts drafts that are not open into Problems', async () => {
    const news = file('archive/council.news');
    const text = file('archive/notes.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === news.toString()), 'the .news draft is not open');
    assert.equal(copydesk(news).length, 0);
    const result = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('copydesk.lintWorkspace');
    assert.ok(result && !result.cancelled, 'the run finished');
    assert.ok(result.files >= 4, `every draft was checked (${result.files})`);
    assert.ok(result.findings >= 3, `findings were counted (${result.findings})`);
    assert.equal(illusion(copydesk(news)).length, 1, 'the .news draft has its finding');
    assert.equal(illusion(copydesk(text)).length, 1, 'the .txt draft has its finding');
    // Opening the draft hands it to the live checker, without duplicates.
    const opened = await vscode.workspace.openTextDocument(news);
    assert.equal(opened.languageId, 'news');
    await waitForDiagnostics(news, (x) => illusion(x).length === 1 && illusion(x)[0].range.start.line === 2, 'the live finding');
    assert.equal(illusion(copydesk(news)).length, 1);
  });

  test('"Fix all" is reachable from a news draft, and "Show output" runs', async () => {
    const news = await vscode.workspace.openTextDocument(file('archive/council.news'));
    await vscode.window.showTextDocument(news);
    await waitForDiagnostics(news.uri, (x) => illusion(x).length === 1, 'the finding');
    await vscode.commands.executeCommand('copydesk.fixAll');
    await waitForText(news, (t) => !/the the/i.test(t), 'the repeat removed');
    await vscode.commands.executeCommand('copydesk.showOutput');
  });
});
