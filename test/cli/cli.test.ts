import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { copydesk, scratch } from './cli-helpers';

const ERROR_RULE = ['--rule', 'style/lexical-illusion:error'];

describe('copydesk CLI', function () {
  this.timeout(60000);

  it('prints help and version', () => {
    const help = copydesk(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: copydesk check/);
    assert.match(copydesk(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });

  it('lists the rules', () => {
    const r = copydesk(['rules', '--format', 'json']);
    const rules = JSON.parse(r.stdout);
    assert.ok(rules.some((x: { id: string }) => x.id === 'style/passive'));
  });

  it('stylish: groups by file, exits 0 without errors and 1 with them', () => {
    const dir = scratch();
    const clean = copydesk(['check', 'clean.txt'], { cwd: dir });
    assert.equal(clean.status, 0, clean.stderr);
    assert.match(clean.stdout, /no problems/);
    const r = copydesk(['check', 'repeated.md', ...ERROR_RULE, '--hints'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /repeated\.md\n\s+7:22\s+error\s+"the the": a word is repeated\.\s+style\/lexical-illusion/);
  });

  it('json: the documented contract', () => {
    const dir = scratch();
    const r = copydesk(['check', '--format', 'json', 'repeated.md', 'clean.txt'], { cwd: dir });
    assert.equal(r.status, 0);
    const report = JSON.parse(r.stdout);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['repeated.md', 'clean.txt']);
    const d = report.files[0].diagnostics.find((x: { ruleId: string }) => x.ruleId === 'style/lexical-illusion');
    assert.deepEqual(Object.keys(d).slice(0, 8), ['ruleId', 'category', 'severity', 'message', 'offset', 'length', 'range', 'fixes']);
    const text = readFileSync(join(dir, 'repeated.md'), 'utf8');
    assert.equal(text.slice(d.offset, d.offset + d.length), 'the the');
    assert.deepEqual(d.range, { start: { line: 6, character: 21 }, end: { line: 6, character: 28 } });
    assert.equal(d.fixes[0].edits[0].newText, '');
    assert.deepEqual(Object.keys(report.summary), ['files', 'errors', 'warnings', 'infos', 'hints']);
    assert.equal(report.summary.files, 2);
  });

  it('sarif: 2.1.0 with rules, regions and fixes', () => {
    const dir = scratch();
    const r = copydesk(['check', '--format', 'sarif', 'repeated.md'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.ok(run.tool.driver.rules.some((x: { id: string; helpUri: string }) => x.id === 'style/passive' && x.helpUri.endsWith('docs/rules/style/passive.md')));
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'style/lexical-illusion');
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'repeated.md', uriBaseId: '%SRCROOT%' });
    assert.equal(result.locations[0].physicalLocation.region.startLine, 7);
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '');
    assert.match(result.partialFingerprints['copydeskFinding/v2'], /^[0-9a-f]{32}$/);
  });

  it('github: workflow commands with escaped properties', () => {
    const dir = scratch();
    const r = copydesk(['check', '--format', 'github', 'repeated.md', ...ERROR_RULE], { cwd: dir });
    assert.match(r.stdout, /^::error file=repeated\.md,line=7,col=22,endLine=7,endColumn=29,title=style\/lexical-illusion::"the the": a word is repeated\.$/m);
  });

  it('--fix applies the fixes atomically, leaves other files alone and converges', () => {
    const dir = scratch();
    chmodSync(join(dir, 'repeated.md'), 0o640);
    const cleanBefore = statSync(join(dir, 'clean.txt')).mtimeMs;
    const r = copydesk(['check', '--fix', '.'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(join(dir, 'repeated.md'), 'utf8'), /approved the budget on Tuesday/);
    assert.equal(statSync(join(dir, 'repeated.md')).mode & 0o777, 0o640);
    assert.equal(statSync(join(dir, 'clean.txt')).mtimeMs, cleanBefore);
    const after = readFileSync(join(dir, 'repeated.md'), 'utf8');
    copydesk(['check', '--fix', '.'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'repeated.md'), 'utf8'), after);
  });

  it('--fix keeps CRLF line endings', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'crlf.md'), 'Head line\r\n\r\nThey approved the the plan.\r\nSecond line.\r\n');
    copydesk(['check', '--fix', 'crlf.md'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'crlf.md'), 'utf8'), 'Head line\r\n\r\nThey approved the plan.\r\nSecond line.\r\n');
  });

  it('--fix-dry-run prints a unified diff and changes nothing', () => {
    const dir = scratch();
    const before = readFileSync(join(dir, 'repeated.md'), 'utf8');
    const r = copydesk(['check', '--fix-dry-run', 'repeated.md'], { cwd: dir });
    assert.match(r.stdout, /^--- repeated\.md/m);
    assert.match(r.stdout, /^-The council approved the the budget on Tuesday\.$/m);
    assert.match(r.stdout, /^\+The council approved the budget on Tuesday\.$/m);
    assert.equal(readFileSync(join(dir, 'repeated.md'), 'utf8'), before);
  });

  it('reads standard input', () => {
    const r = copydesk(['check', '--format', 'json', '-', ...ERROR_RULE], { input: 'They approved the the plan.' });
    assert.equal(r.status, 1);
    assert.equal(JSON.parse(r.stdout).files[0].path, '<stdin>');
  });

  it('--fail-level: the lowest severity that fails the run', () => {
    const dir = scratch();
    const run = (...extra: string[]) => copydesk(['check', 'repeated.md', '--rule', 'style:warning', ...extra], { cwd: dir }).status;
    assert.equal(run(), 0, 'warnings alone pass at the default level (error)');
    assert.equal(run('--fail-level', 'warning'), 1);
    assert.equal(run('--fail-level', 'info'), 1);
    assert.equal(run('--fail-level=none', '--rule', 'style:error'), 0, 'none never fails on findings');
    assert.equal(run('--rule', 'style:hint', '--fail-level', 'info'), 0);
    assert.equal(run('--rule', 'style:hint', '--fail-level', 'hint'), 1);
    assert.equal(copydesk(['check', 'missing.md', '--fail-level', 'none'], { cwd: dir }).status, 2, 'file errors still exit 2');
    const bad = copydesk(['check', 'repeated.md', '--fail-level', 'loud'], { cwd: dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--fail-level must be one of error, warning, info, hint, none/);
  });

  it('--report writes more reports from the same run', () => {
    const dir = scratch();
    const r = copydesk(['check', '--format', 'github', '--report', 'sarif:out/x.sarif', '--report', 'json:x.json', 'repeated.md'], { cwd: dir });
    assert.match(r.stderr, /cannot write the report to out\/x\.sarif/);
    assert.equal(r.status, 2, 'a report that cannot be written is an error');
    mkdirSync(join(dir, 'out'));
    const ok = copydesk(['check', '--format', 'github', '--report', 'sarif:out/x.sarif', '--report', 'json:x.json', 'repeated.md'], { cwd: dir });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^::notice file=repeated\.md/m);
    assert.equal(JSON.parse(readFileSync(join(dir, 'out/x.sarif'), 'utf8')).version, '2.1.0');
    assert.equal(JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')).files[0].path, 'repeated.md');
    for (const v of ['sarif', 'xml:x.xml', ':x', 'sarif:']) {
      const bad = copydesk(['check', '--report', v, 'repeated.md'], { cwd: dir });
      assert.equal(bad.status, 2, v);
      assert.match(bad.stderr, /--report/);
    }
  });

  it('--max-warnings', () => {
    const dir = scratch();
    const over = copydesk(['check', 'repeated.md', '--rule', 'style:warning', '--max-warnings', '0'], { cwd: dir });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /more than --max-warnings 0/);
    assert.equal(copydesk(['check', 'repeated.md', '--rule', 'style:warning', '--max-warnings', '99'], { cwd: dir }).status, 0);
  });

  it('usage errors exit 2 with a clear message', () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'a.md'], ['check', '--date', '2021-13-01', 'a.md'], ['lint'], ['check', '--rule', 'style/passive', 'a.md'],
      ['check', '--jobs', '0', 'a.md'], ['check', '--jobs', 'many', 'a.md'], ['check', '--changed-since', 'HEAD', '--fix', 'a.md'], ['check', '--changed-since'], ['check', '--cache-location']]) {
      const r = copydesk(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^copydesk: /);
    }
  });

  it('an unreadable path gets an error line; the other files are still linted; exit 2', () => {
    const dir = scratch();
    const r = copydesk(['check', '--format', 'json', 'missing.md', 'repeated.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing\.md: no such file or directory/);
    assert.equal(JSON.parse(r.stdout).files[0].path, 'repeated.md');
  });

  it('binary and non-UTF-8 files are skipped with a reason', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 society\n', 'latin1'));
    const r = copydesk(['check', 'image.md', 'latin1.txt', 'clean.txt'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stdout, /image\.md: looks like a binary file/);
    assert.match(r.stdout, /latin1\.txt: is not valid UTF-8 text/);
  });

  it('invalid configuration names the file and the key; the rest still applies', () => {
    const dir = scratch();
    writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'style/lexical-illusion': 'error', 'style/nope': 'off' } }));
    const r = copydesk(['check', 'repeated.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.copydesk\.json: rules\.style\/nope: unknown rule id/);
    assert.match(r.stdout, /error\s+"the the": a word is repeated/);
  });

  it('a JSON syntax error in the configuration says where', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', '.copydesk.json'), '{ "rules": { } ');
    writeFileSync(join(dir, 'sub', 'a.md'), 'Text.\n');
    const r = copydesk(['check', 'sub/a.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /sub\/\.copydesk\.json: is not valid JSON/);
  });
});
