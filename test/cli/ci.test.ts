// The CLI in CI: --changed-since on a real git repository, --cache, worker threads, JUnit, the
// GitHub annotations format, and the progress bar's rules.
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { copydesk, git, gitRepo, manyDrafts, privateCli, scratch } from './cli-helpers';
import { parseUnifiedDiff, unquoteC } from '../../server/src/cli/changed';
import { Progress, progressWanted } from '../../server/src/cli/progress';
import { workerCount } from '../../server/src/cli/parallel';
import type { LintTask } from '../../server/src/cli/lint-task';

/** Only the repeated-word rule, as an error: the drafts below repeat words on purpose. */
const ERR = ['--rule', '*:off', '--rule', 'style/lexical-illusion:error'];

interface JsonReport {
  files: Array<{ path: string; diagnostics: Array<{ ruleId: string; severity: string; message: string; offset: number; length: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }> }>;
  summary: { files: number; errors: number; warnings: number; infos: number; hints: number };
}

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const lines = (report: JsonReport) => report.files.flatMap((f) => f.diagnostics.map((d) => `${f.path}:${d.range.start.line + 1}`));

describe('copydesk in CI', function () {
  this.timeout(120000);

  describe('--changed-since', () => {
    const old = 'Council meets\n\nThey approved the the budget on Tuesday.\n\nThe mayor said the vote was close.\n';

    it('reports only findings on lines added since the revision; untracked drafts count as new', () => {
      const dir = gitRepo({ 'drafts/old.md': old, 'drafts/untouched.txt': 'Old news\n\nAn old story with with a repeated word.\n', 'notes/other.md': 'Other\n\nIt was was fine.\n' });
      const base = git(dir, 'rev-parse', 'HEAD').trim();
      // Before any change: nothing is new.
      const none = copydesk(['check', '--format', 'json', '--changed-since', base, ...ERR, 'drafts'], { cwd: dir });
      assert.equal(none.status, 0, none.stderr);
      assert.deepEqual(json(none.stdout).files, []);
      // A committed change, an unstaged change, a staged new file and an untracked file.
      writeFileSync(join(dir, 'drafts/old.md'), old.replace('The mayor said', 'The mayor said the the vote.\n\nThe mayor said'));
      git(dir, 'commit', '-qam', 'update');
      appendFileSync(join(dir, 'drafts/old.md'), '\nA late line with a a repeat.\n');
      writeFileSync(join(dir, 'drafts/staged.md'), 'Staged\n\nIt is is staged.\n');
      git(dir, 'add', 'drafts/staged.md');
      writeFileSync(join(dir, 'drafts/new draft.txt'), 'Untracked\n\nNever committed and and new.\n');
      const r = copydesk(['check', '--format', 'json', '--changed-since', base, ...ERR, '--verbose', 'drafts'], { cwd: dir });
      assert.equal(r.status, 1, r.stderr);
      const report = json(r.stdout);
      assert.deepEqual(lines(report).sort(), ['drafts/new draft.txt:3', 'drafts/old.md:5', 'drafts/old.md:9', 'drafts/staged.md:3'].sort());
      assert.ok(!report.files.some((f) => f.path === 'drafts/untouched.txt'), 'an unchanged draft is not linted');
      assert.match(r.stderr, /--changed-since [0-9a-f]+ \([0-9a-f]{12}\): 3 of 4 drafts have changed lines/);
      // The old finding on line 3 is still there for a full run.
      assert.ok(lines(json(copydesk(['check', '--format', 'json', ...ERR, 'drafts'], { cwd: dir }).stdout)).includes('drafts/old.md:3'));
      // A branch name works as well as a hash, from a subfolder too; paths stay as given.
      git(dir, 'branch', 'base', base);
      const sub = copydesk(['check', '--format', 'json', '--changed-since', 'base', ...ERR, '.'], { cwd: join(dir, 'drafts') });
      assert.deepEqual(lines(json(sub.stdout)).sort(), ['new draft.txt:3', 'old.md:5', 'old.md:9', 'staged.md:3'].sort());
    });

    it('a renamed draft with no other change reports nothing; deletions do not count as changes', () => {
      const dir = gitRepo({ 'a.md': old, 'b.md': old });
      const base = git(dir, 'rev-parse', 'HEAD').trim();
      git(dir, 'mv', 'a.md', 'moved.md');
      writeFileSync(join(dir, 'b.md'), old.replace('The mayor said the vote was close.\n', ''));
      git(dir, 'commit', '-qam', 'move and cut');
      const r = copydesk(['check', '--format', 'json', '--changed-since', base, ...ERR, '.'], { cwd: dir });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.deepEqual(lines(json(r.stdout)), []);
    });

    it('a finding that spans a changed line is kept', () => {
      const dir = gitRepo({ 'a.md': 'Head\n\nThey approved the\nbudget.\n' });
      const base = git(dir, 'rev-parse', 'HEAD').trim();
      writeFileSync(join(dir, 'a.md'), 'Head\n\nThey approved the\nthe budget.\n');
      const r = copydesk(['check', '--format', 'json', '--changed-since', base, ...ERR, 'a.md'], { cwd: dir });
      assert.deepEqual(lines(json(r.stdout)), ['a.md:3']);
    });

    it('a bad revision, or no repository, is exit 2 with a reason', () => {
      const dir = gitRepo({ 'a.md': old });
      const bad = copydesk(['check', '--changed-since', 'no-such-branch', 'a.md'], { cwd: dir });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /"no-such-branch" is not a commit in this repository/);
      const outside = scratch();
      const r = copydesk(['check', '--changed-since', 'HEAD', '.'], { cwd: outside });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--changed-since needs a git repository/);
    });

    it('parses git diffs: hunks, new files, deletions and quoted names', () => {
      const patch = [
        'diff --git a/a.md b/a.md', 'index 1..2 100644', '--- a/a.md', '+++ b/a.md',
        '@@ -3 +3 @@', '-x', '+y', '@@ -10,0 +11,2 @@', '+++ an added line that starts with "++ "', '+b', '@@ -20,3 +21,0 @@', '-c',
        'diff --git a/gone.md b/gone.md', 'deleted file mode 100644', '--- a/gone.md', '+++ /dev/null', '@@ -1 +0,0 @@', '-z',
        'diff --git "a/t\\tab.md" "b/t\\tab.md"', '--- "a/t\\tab.md"', '+++ "b/t\\tab.md"', '@@ -0,0 +1 @@', '+n',
        'diff --git a/caf\\303\\251.md b/caf\\303\\251.md', '+++ "b/caf\\303\\251.md"', '@@ -1 +1 @@',
        'diff --git a/with space.md b/with space.md', '+++ b/with space.md\t', '@@ -1 +1 @@',
      ].join('\n');
      const files = parseUnifiedDiff(patch, '/repo');
      assert.deepEqual([...files.keys()], ['/repo/a.md', '/repo/t\tab.md', '/repo/café.md', '/repo/with space.md']);
      assert.deepEqual([...files.get('/repo/a.md')!], [3, 11, 12]);
      assert.equal(unquoteC('"b/\\"q\\".md"'), 'b/"q".md');
    });
  });

  describe('--cache', () => {
    it('a second run over unchanged drafts lints nothing, with the same report', () => {
      const bin = privateCli();
      const dir = manyDrafts(12);
      const first = copydesk(['check', '--format', 'json', '--cache', '--verbose', '.'], { cwd: dir, bin });
      assert.match(first.stderr, /12 drafts: 12 linted, 0 from the cache/);
      assert.ok(existsSync(join(dir, '.copydesk-cache', 'cache-v1.json')));
      const second = copydesk(['check', '--format', 'json', '--cache', '--verbose', '.'], { cwd: dir, bin });
      assert.match(second.stderr, /12 drafts: 0 linted, 12 from the cache/);
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.status, first.status);
      // One draft changed: one linted.
      appendFileSync(join(dir, '003-marlow-creek-budget.md'), '\nSome analysts believe it will fail.\n');
      const third = copydesk(['check', '--format', 'json', '--cache', '--verbose', '.'], { cwd: dir, bin });
      assert.match(third.stderr, /12 drafts: 1 linted, 11 from the cache/);
      assert.equal(third.stdout, copydesk(['check', '--format', 'json', '.'], { cwd: dir, bin }).stdout);
    });

    it('is keyed by the resolved configuration, --rule and --date as well as the text', () => {
      const bin = privateCli();
      const dir = manyDrafts(6);
      const run = (...extra: string[]) => copydesk(['check', '--format', 'json', '--cache', '--verbose', ...extra, '.'], { cwd: dir, bin });
      run();
      assert.match(run().stderr, /0 linted, 6 from the cache/);
      assert.match(run('--rule', 'style/lexical-illusion:error').stderr, /6 linted, 0 from the cache/, '--rule changes the configuration');
      const withError = run('--rule', 'style/lexical-illusion:error');
      assert.match(withError.stderr, /0 linted, 6 from the cache/);
      assert.equal(withError.status, 1, 'a cached error still fails the run');
      assert.match(run('--date', '2020-01-01').stderr, /6 linted/);
      writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ houseStyle: { style: 'bbc' } }));
      assert.match(run().stderr, /6 linted, 0 from the cache/, 'a new .copydesk.json changes the configuration');
      assert.match(run().stderr, /0 linted, 6 from the cache/);
    });

    it('--cache-location takes a file or a folder; another build or a broken file starts afresh', () => {
      const bin = privateCli();
      const dir = manyDrafts(3);
      const run = (...extra: string[]) => copydesk(['check', '--verbose', ...extra, '.'], { cwd: dir, bin });
      run('--cache-location', 'caches/');
      assert.ok(existsSync(join(dir, 'caches', 'cache-v1.json')));
      run('--cache-location', 'my.cache');
      assert.ok(existsSync(join(dir, 'my.cache')));
      assert.match(run('--cache-location', 'my.cache').stderr, /0 linted, 3 from the cache/);
      writeFileSync(join(dir, 'my.cache'), '{ not json');
      const broken = run('--cache-location', 'my.cache');
      assert.equal(broken.status, 0, broken.stderr);
      assert.match(broken.stderr, /starting a new cache: the cache file could not be read/);
      // Another Copydesk build (here: the shared dist/cli.js, not this test's copy) does not trust it.
      const other = copydesk(['check', '--verbose', '--cache-location', 'my.cache', '.'], { cwd: dir, bin: copyBin(bin) });
      assert.match(other.stderr, /starting a new cache: it was written by another Copydesk build/);
    });

    it('a cache that cannot be written is a warning, not a failure', () => {
      const bin = privateCli();
      const dir = manyDrafts(2);
      writeFileSync(join(dir, 'blocker'), 'a file where the cache folder would go');
      const r = copydesk(['check', '--cache-location', 'blocker/sub/', '.'], { cwd: dir, bin });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /warning: the cache could not be written/);
    });

    it('a result that depends on today\'s date is not reused on another day', () => {
      const bin = privateCli();
      const dir = manyDrafts(1);
      writeFileSync(join(dir, 'undated.txt'), 'No date\n\nThey approved the the plan.\n');
      copydesk(['check', '--cache', 'undated.txt'], { cwd: dir, bin });
      const file = join(dir, '.copydesk-cache', 'cache-v1.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      const entry = data.entries['../undated.txt'];
      assert.equal(entry.today, new Date().toISOString().slice(0, 10));
      entry.today = '2001-01-01';
      writeFileSync(file, JSON.stringify(data));
      assert.match(copydesk(['check', '--cache', '--verbose', 'undated.txt'], { cwd: dir, bin }).stderr, /1 linted, 0 from the cache/);
      // A dated draft's result holds on any day.
      const dated = Object.entries(JSON.parse(readFileSync(file, 'utf8')).entries as Record<string, { today?: string }>).filter(([k]) => k.endsWith('.md'));
      for (const [, e] of dated) assert.equal(e.today, undefined);
    });
  });

  describe('worker threads', () => {
    it('parallel and sequential runs give identical reports on 60 drafts, in every format', () => {
      const bin = privateCli();
      const dir = manyDrafts(60);
      for (const format of ['json', 'sarif', 'junit', 'github', 'html', 'stylish']) {
        const sequential = copydesk(['check', '--format', format, '--hints', '--jobs', '1', '--verbose', '.'], { cwd: dir, bin });
        const parallel = copydesk(['check', '--format', format, '--hints', '--jobs', '3', '--verbose', '.'], { cwd: dir, bin });
        assert.match(sequential.stderr, /60 drafts: 60 linted\n/);
        assert.match(parallel.stderr, /60 drafts: 60 linted in 3 worker threads/);
        assert.equal(parallel.stdout, sequential.stdout, format);
        assert.equal(parallel.status, sequential.status, format);
        if (format === 'json') assert.equal(json(parallel.stdout).summary.files, 60);
      }
    });

    it('--fix in worker threads fixes the same way', () => {
      const bin = privateCli();
      const a = manyDrafts(8), b = manyDrafts(8);
      copydesk(['check', '--fix', '--jobs', '1', '.'], { cwd: a, bin });
      copydesk(['check', '--fix', '--jobs', '4', '.'], { cwd: b, bin });
      const read = (d: string) => readFileSync(join(d, '000-blinken-kyiv-visit.md'), 'utf8');
      assert.equal(read(b), read(a));
      assert.doesNotMatch(read(b), /the the plan/);
    });

    it('small runs stay in this thread unless --jobs says otherwise', () => {
      const task = (n: number): LintTask => ({ text: 'x'.repeat(n), format: 'plaintext', config: {} as LintTask['config'], today: '2024-01-01', fix: false });
      assert.equal(workerCount([task(10)], undefined, 8), 0);
      assert.equal(workerCount(Array.from({ length: 20 }, () => task(3000)), undefined, 8), 0);
      assert.equal(workerCount(Array.from({ length: 500 }, () => task(3000)), undefined, 8), 4, 'one worker per two cores');
      assert.equal(workerCount(Array.from({ length: 5 }, () => task(400_000)), undefined, 4), 2);
      assert.equal(workerCount(Array.from({ length: 500 }, () => task(3000)), undefined, 3), 0, 'three cores: one thread');
      assert.equal(workerCount(Array.from({ length: 500 }, () => task(3000)), undefined, 2), 0, 'two cores: one thread');
      assert.equal(workerCount(Array.from({ length: 500 }, () => task(3000)), undefined, 1), 0, 'one core');
      assert.equal(workerCount(Array.from({ length: 5 }, () => task(10)), 3, 8), 3);
      assert.equal(workerCount(Array.from({ length: 2 }, () => task(10)), 3, 8), 2);
      assert.equal(workerCount(Array.from({ length: 500 }, () => task(10)), 1, 8), 0);
    });
  });

  describe('the progress bar', () => {
    it('shows only on a terminal, outside CI, for runs that take long, and is cleared at the end', () => {
      assert.equal(progressWanted({}, true, true), true);
      assert.equal(progressWanted({}, false, true), false, 'not a TTY');
      assert.equal(progressWanted({ CI: 'true' }, true, true), false, 'CI');
      assert.equal(progressWanted({ TERM: 'dumb' }, true, true), false);
      assert.equal(progressWanted({}, true, false), false, '--no-progress');
      let now = 0;
      const out: string[] = [];
      const p = new Progress(100, { enabled: true, write: (s) => out.push(s), now: () => now, columns: 80 });
      p.update(1);
      now = 500;
      p.update(40);
      assert.deepEqual(out, [], 'not in the first second');
      now = 1200;
      p.update(50);
      assert.match(out.join(''), /\[#{10,}\.+\] 50\/100 drafts/);
      now = 1250;
      p.update(51);
      assert.equal(out.length, 1, 'at most ten updates a second');
      now = 1260;
      p.update(100);
      assert.match(out.at(-1)!, /100\/100/);
      p.finish();
      assert.equal(out.at(-1), '\r\u001b[2K');
    });

    it('never writes to a standard error that is not a terminal', () => {
      const r = copydesk(['check', '--jobs', '1', '.'], { cwd: manyDrafts(30), bin: privateCli() });
      assert.doesNotMatch(r.stderr, /\r|\[#/);
    });
  });

  describe('junit', () => {
    interface El { name: string; attributes: Record<string, string>; children: El[]; text: string }
    function parseXml(xml: string): El {
      const parser = new SaxesParser();
      const root: El = { name: '#document', attributes: {}, children: [], text: '' };
      const stack: El[] = [root];
      parser.on('error', (e) => { throw e; });
      parser.on('opentag', (t) => {
        const el: El = { name: t.name, attributes: t.attributes as Record<string, string>, children: [], text: '' };
        stack.at(-1)!.children.push(el);
        stack.push(el);
      });
      parser.on('text', (t) => { stack.at(-1)!.text += t; });
      parser.on('closetag', () => { stack.pop(); });
      parser.write(xml).close();
      return root.children[0];
    }

    it('one testsuite per draft, one testcase per finding; failures per --fail-level; valid, escaped XML', () => {
      const dir = scratch();
      writeFileSync(join(dir, 'tricky <&> "name".md'), 'Head & co\n\nThey said "<b>" and & and \u0001 the the thing.\n\nSome analysts believe it.\n');
      const r = copydesk(['check', '--format', 'junit', '--fail-level', 'warning', '--hints', 'clean.txt', 'repeated.md', 'tricky <&> "name".md', 'missing.md'], { cwd: dir });
      assert.equal(r.status, 2);
      const doc = parseXml(r.stdout);
      assert.equal(doc.name, 'testsuites');
      const suites = doc.children;
      assert.deepEqual(suites.map((s) => s.attributes.name), ['clean.txt', 'repeated.md', 'tricky <&> "name".md', 'missing.md']);
      assert.equal(suites[0].children.length, 1, 'a clean draft has one passing testcase');
      assert.equal(suites[0].children[0].children.length, 0);
      const tricky = suites[2];
      const report = json(copydesk(['check', '--format', 'json', 'tricky <&> "name".md'], { cwd: dir }).stdout);
      assert.equal(tricky.children.length, report.files[0].diagnostics.length);
      const vague = tricky.children.find((c) => c.attributes.name.startsWith('attribution/vague-source'))!;
      assert.equal(vague.children[0].name, 'failure', 'a warning fails at --fail-level warning');
      assert.equal(vague.children[0].attributes.type, 'warning');
      const hint = tricky.children.find((c) => c.attributes.name.startsWith('style/lexical-illusion'))!;
      assert.equal(hint.children[0].name, 'system-out', 'a hint passes at --fail-level warning');
      assert.match(hint.children[0].text, /at tricky <&> "name"\.md:3:\d+/);
      assert.equal(suites[3].children[0].children[0].name, 'error');
      const total = suites.reduce((n, s) => n + Number(s.attributes.tests), 0);
      assert.equal(Number(doc.attributes.tests), total);
      assert.equal(Number(doc.attributes.failures), suites.reduce((n, s) => n + Number(s.attributes.failures), 0));
      assert.equal(doc.attributes.errors, '1');
      assert.doesNotMatch(r.stdout, /\u0001/);
      // At the default level a warning passes, and hints are left out without --hints.
      const lenient = parseXml(copydesk(['check', '--format', 'junit', 'tricky <&> "name".md'], { cwd: dir }).stdout);
      assert.equal(lenient.attributes.failures, '0');
      assert.ok(!lenient.children[0].children.some((c) => c.attributes.name.startsWith('style/')));
    });
  });

  describe('github annotations', () => {
    /** Parses workflow commands the way the runner does: ::level k=v,k=v::message, with %-escapes. */
    function parseCommands(out: string) {
      const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
      return out.trimEnd().split('\n').map((line) => {
        const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
        assert.ok(m, `not a workflow command: ${line}`);
        const props = Object.fromEntries(m[2].split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), unescape(kv.slice(kv.indexOf('=') + 1))]));
        return { level: m[1], props, message: unescape(m[3]) };
      });
    }

    it('every finding is an annotation at its place, with repository-relative paths', () => {
      const dir = gitRepo({ 'desk/a, b: c.md': 'Head\n\nThey approved the the 50% plan.\n\nSome analysts believe it.\n' });
      const r = copydesk(['check', '--format', 'github', '--hints', '.'], { cwd: join(dir, 'desk') });
      const commands = parseCommands(r.stdout);
      const report = json(copydesk(['check', '--format', 'json', '.'], { cwd: join(dir, 'desk') }).stdout);
      assert.equal(commands.length, report.files[0].diagnostics.length);
      report.files[0].diagnostics.forEach((d, i) => {
        const c = commands[i];
        assert.equal(c.props.file, 'desk/a, b: c.md', 'relative to the repository root, commas and colons escaped');
        assert.equal(Number(c.props.line), d.range.start.line + 1);
        assert.equal(Number(c.props.col), d.range.start.character + 1);
        assert.equal(Number(c.props.endLine), d.range.end.line + 1);
        assert.equal(Number(c.props.endColumn), d.range.end.character + 1);
        assert.equal(c.props.title, d.ruleId);
        assert.equal(c.message, d.message);
        assert.equal(c.level, { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }[d.severity]);
      });
    });
  });
});

/** Another build of the CLI: the same launcher and files, and a bundle that differs. */
function copyBin(bin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-other-build-'));
  cpSync(dirname(bin), dir, { recursive: true });
  writeFileSync(join(dir, 'cli.bundle.js'), readFileSync(join(dir, 'cli.bundle.js'), 'utf8') + '\n// another build\n');
  return join(dir, 'cli.js');
}
