// docs/ci.md, action.yml and .pre-commit-hooks.yaml, run: the GitHub Action's steps as the
// runner would run them, the workflow, GitLab and shell examples in real git repositories, the
// pre-commit hook and the lint-staged setup.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { SaxesParser } from 'saxes';
import { parse as parseYaml, parseDocument } from 'yaml';
import { CLI, git, gitRepo, requireBuild, ROOT } from './cli-helpers';
import { DRAFT_EXTENSIONS } from '../../server/src/cli/files';

const DOC = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');

/** The fenced blocks of docs/ci.md by their title="…". */
function block(title: string): string {
  for (const m of DOC.matchAll(/^```(\w+)(?: title="([^"]+)")?\n([\s\S]*?)^```$/gm)) if (m[2] === title) return m[3];
  throw new Error(`docs/ci.md has no block titled "${title}"`);
}

function yamlOf(text: string, what: string): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  assert.deepEqual(doc.errors.map(String), [], `${what} is valid YAML`);
  assert.deepEqual(doc.warnings.map(String), [], `${what} has no YAML warnings`);
  return doc.toJS();
}

interface Bash { status: number; stdout: string; stderr: string }
function bash(script: string, cwd: string, env: Record<string, string> = {}, args: string[] = []): Bash {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script, 'bash', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A folder with a `copydesk` command, and a `node` that logs its arguments to $ARGV_LOG before running. */
function shims(): { dir: string; path: string; argvLog: string } {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-shims-'));
  writeFileSync(join(dir, 'copydesk'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  writeFileSync(join(dir, 'node'), `#!/bin/sh\nif [ -n "\${ARGV_LOG:-}" ]; then printf '%s\\n' "$@" > "$ARGV_LOG"; fi\nexec "${process.execPath}" "$@"\n`);
  chmodSync(join(dir, 'copydesk'), 0o755);
  chmodSync(join(dir, 'node'), 0o755);
  return { dir, path: `${dir}:${process.env.PATH}`, argvLog: join(dir, 'argv.log') };
}

const OLD = '---\ndate: 2024-06-12\n---\n# Council meets\n\nSome analysts believe the budget is too large.\n\nThe mayor said the vote was close.\n';
const NEW_LINE = '\nMany residents feel the plan will fail.\n';

/** A repository whose main branch has an old finding, and a "feature" branch adding a new one. */
function newsroom(): { dir: string; base: string } {
  const dir = gitRepo({ 'drafts/council.md': OLD, 'drafts/clean.txt': 'Budget vote\n\nThe council approved the budget on Tuesday.\n', 'README.md': 'Not a draft folder.\n' });
  const base = git(dir, 'rev-parse', 'HEAD').trim();
  git(dir, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(dir, 'drafts/council.md'), OLD + NEW_LINE);
  git(dir, 'commit', '-qam', 'a new paragraph');
  return { dir, base };
}
const NEW_LINE_NUMBER = 10;

function annotations(stdout: string) {
  return stdout.trim().split('\n').filter(Boolean).map((line) => {
    const m = /^::(error|warning|notice) file=([^,]*),line=(\d+),[^:]*::(.*)$/.exec(line);
    assert.ok(m, `a workflow command: ${line}`);
    return { level: m[1], file: m[2], line: Number(m[3]), message: m[4] };
  });
}

function junitCases(xml: string) {
  const cases: Array<{ name: string; failure: boolean }> = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => { throw e; });
  parser.on('opentag', (t) => {
    if (t.name === 'testcase') cases.push({ name: String(t.attributes.name), failure: false });
    if (t.name === 'failure') cases.at(-1)!.failure = true;
  });
  parser.write(xml).close();
  return cases;
}

describe('CI documentation and integrations', function () {
  this.timeout(120000);
  before(() => requireBuild());

  describe('action.yml', () => {
    const action = yamlOf(readFileSync(join(ROOT, 'action.yml'), 'utf8'), 'action.yml');
    const inputs = action.inputs as Record<string, { description: string; default?: string }>;
    const steps = action.runs.steps as Array<{ id?: string; name?: string; if?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; with?: Record<string, string>; 'working-directory'?: string }>;
    const check = steps.find((s) => s.id === 'check')!;

    /** The check step as the runner runs it: expressions in env filled in, bash -eo pipefail, $GITHUB_OUTPUT. */
    function runCheckStep(cwd: string, given: Record<string, string>, extraEnv: Record<string, string> = {}) {
      for (const k of Object.keys(given)) assert.ok(k in inputs, `"${k}" is an input of the action`);
      const value = (name: string) => given[name] ?? inputs[name].default ?? '';
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(check.env!)) {
        env[k] = v.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
          if (expr === 'github.action_path') return ROOT;
          const m = /^inputs\.([\w-]+)$/.exec(expr);
          assert.ok(m && m[1] in inputs, `the check step uses only inputs and github.action_path: ${expr}`);
          return value(m[1]);
        });
      }
      const output = join(mkdtempSync(join(tmpdir(), 'copydesk-gh-')), 'output');
      writeFileSync(output, '');
      const r = bash(check.run!, cwd, { ...env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: output, GITHUB_WORKSPACE: cwd, CI: 'true', GITHUB_ACTIONS: 'true', ...extraEnv });
      const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
      return { ...r, outputs };
    }

    it('is a composite action whose steps use only its own inputs', () => {
      assert.equal(action.runs.using, 'composite');
      for (const [name, input] of Object.entries(inputs)) assert.ok(input.description, `input ${name} is described`);
      for (const step of steps) if (step.run) assert.equal(step.shell, 'bash', `${step.name}: shell is required in composite actions`);
      const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
      for (const m of text.matchAll(/\$\{\{\s*inputs\.([\w-]+)/g)) assert.ok(m[1] in inputs, `inputs.${m[1]} is declared`);
      for (const [name, output] of Object.entries(action.outputs as Record<string, { value: string }>)) {
        assert.match(output.value, new RegExp(`steps\\.check\\.outputs\\.${name}\\b`));
        assert.match(check.run!, new RegExp(`echo "${name}=`), `the check step sets ${name}`);
      }
      assert.doesNotMatch(check.run!, /\$\{\{/, 'inputs reach the script through env, never pasted into it');
      // Every input is documented in docs/ci.md's table, with its default.
      for (const [name, input] of Object.entries(inputs)) {
        const def = input.default ? `\`${input.default.replace('.', '\\.')}\`` : '';
        assert.match(DOC, new RegExp(`^\\| \`${name}\` \\| *${def} *\\|`, 'm'), `docs/ci.md documents ${name}`);
      }
    });

    it('the README\'s example uses inputs the action has', () => {
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      const section = readme.slice(readme.indexOf('## Continuous integration'));
      const steps = yamlOf(/```yaml\n([\s\S]*?)```/.exec(section)![1], 'the README example') as Array<{ uses?: string; with?: Record<string, unknown> }>;
      const use = steps.find((s) => s.uses?.startsWith('copydesk/copydesk@'))!;
      for (const k of Object.keys(use.with!)) assert.ok(k in inputs, `README: "${k}" is an input of the action`);
    });

    it('runs the documented commands', () => {
      const [buildLine, checkLine] = block('What the action runs').trim().split('\n');
      const build = steps.find((s) => s.name === 'Build Copydesk')!;
      assert.equal(build.run!.trim(), buildLine);
      assert.equal(build['working-directory'], '${{ github.action_path }}');
      assert.equal(build.env?.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD, '1');
      const { dir } = newsroom();
      const sh = shims();
      const fromAction = runCheckStep(dir, {}, { PATH: sh.path, ARGV_LOG: sh.argvLog });
      const actionArgv = readFileSync(sh.argvLog, 'utf8');
      bash(checkLine, dir, { PATH: sh.path, ARGV_LOG: sh.argvLog, GITHUB_ACTION_PATH: ROOT });
      assert.equal(actionArgv, readFileSync(sh.argvLog, 'utf8'), 'the same command line as documented');
      assert.equal(actionArgv.split('\n')[0], CLI);
      assert.equal(fromAction.status, 0, fromAction.stderr);
      assert.equal(fromAction.outputs['exit-code'], '0');
      assert.equal(fromAction.outputs['sarif-file'], 'copydesk.sarif');
      assert.ok(existsSync(join(dir, 'copydesk.sarif')));
      assert.ok(existsSync(join(dir, '.copydesk-cache', 'cache-v1.json')), 'the cache is where actions/cache keeps it');
      const cacheStep = steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
      assert.equal(cacheStep.with!.path, '.copydesk-cache');
    });

    it('the example workflow: annotations for the new lines only, SARIF and HTML reports, the fail level', () => {
      const workflow = yamlOf(block('.github/workflows/copydesk.yml'), 'the example workflow');
      const wfSteps = workflow.jobs.drafts.steps as Array<{ uses?: string; with?: Record<string, string | number>; if?: string }>;
      assert.equal(wfSteps[0].with!['fetch-depth'], 0, 'a full clone, for --changed-since');
      const use = wfSteps.find((s) => s.uses?.startsWith('copydesk/copydesk@'))!;
      const upload = wfSteps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
      const artifact = wfSteps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
      assert.equal(upload.with!.sarif_file, use.with!['sarif-file'] ?? inputs['sarif-file'].default);
      assert.equal(artifact.with!.path, use.with!['html-file']);
      assert.equal(workflow.permissions['security-events'], 'write');

      const { dir, base } = newsroom();
      const given = Object.fromEntries(Object.entries(use.with!).map(([k, v]) => [k, String(v).replace('${{ github.event.pull_request.base.sha }}', base)]));
      const r = runCheckStep(dir, given);
      assert.equal(r.status, 1, 'a new warning fails at fail-level warning');
      assert.equal(r.outputs['exit-code'], '1');
      const found = annotations(r.stdout);
      assert.ok(found.length >= 1);
      for (const a of found) assert.deepEqual([a.file, a.line], ['drafts/council.md', NEW_LINE_NUMBER], 'only the new paragraph is reported');
      assert.ok(found.some((a) => a.level === 'warning' && /Many residents feel/.test(a.message)));
      const sarif = JSON.parse(readFileSync(join(dir, String(upload.with!.sarif_file)), 'utf8'));
      assert.equal(sarif.runs[0].results.length, found.length);
      assert.match(readFileSync(join(dir, String(use.with!['html-file'])), 'utf8'), /<mark class="warning"[^>]*>Many residents feel<\/mark>/);
      // The old finding on the base branch does not fail it.
      git(dir, 'checkout', '-q', 'main');
      const onMain = runCheckStep(dir, given);
      assert.equal(onMain.status, 0, onMain.stdout + onMain.stderr);
      assert.equal(onMain.stdout, '');
    });

    it('reports a missing base commit (a shallow clone) as exit 2', () => {
      const { dir } = newsroom();
      const r = runCheckStep(dir, { 'changed-since': 'f'.repeat(40) });
      assert.equal(r.status, 2);
      assert.equal(r.outputs['exit-code'], '2');
      assert.match(r.stderr, /is not a commit in this repository/);
    });

    it('the workflow without the action', () => {
      const stepsWithout = yamlOf(block('Without the action'), 'the example without the action') as Array<{ run?: string; uses?: string; with?: Record<string, string>; 'working-directory'?: string }>;
      const build = stepsWithout.find((s) => s['working-directory'] === 'copydesk')! as { run: string; env?: Record<string, string> };
      assert.equal(build.run, steps.find((s) => s.name === 'Build Copydesk')!.run!.trim());
      assert.equal(build.env?.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD, '1');
      const { dir } = newsroom();
      symlinkSync(ROOT, join(dir, 'copydesk')); // stands for the checkout of Copydesk
      const r = bash(stepsWithout.at(-1)!.run!, dir);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(annotations(r.stdout).some((a) => a.file === 'drafts/council.md' && a.line === 6), 'every line is checked');
      assert.ok(existsSync(join(dir, 'copydesk.sarif')));
    });
  });

  it('GitLab CI: the JUnit report has the new finding only, and fails the job', () => {
    const job = yamlOf(block('.gitlab-ci.yml'), '.gitlab-ci.yml').copydesk;
    assert.equal(job.variables.GIT_DEPTH, 0);
    assert.equal(job.variables.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD, '1');
    assert.ok(job.before_script.some((l: string) => l.includes('npm ci --no-audit --no-fund && npm run build')));
    const [script] = job.script as string[];
    assert.match(script, new RegExp(`--report junit:${job.artifacts.reports.junit}`));
    assert.deepEqual(job.artifacts.paths, ['copydesk-report.html']);
    assert.ok(script.includes('--report html:copydesk-report.html'));
    assert.deepEqual(job.cache.paths, ['.copydesk-cache/']);
    const { dir, base } = newsroom();
    const r = bash(script.replaceAll('/opt/copydesk', ROOT), dir, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI: 'true' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, new RegExp(`drafts/council\\.md\\n\\s+${NEW_LINE_NUMBER}:1\\s+warning\\s+"Many residents feel"`));
    const cases = junitCases(readFileSync(join(dir, job.artifacts.reports.junit), 'utf8'));
    assert.ok(cases.length >= 1);
    assert.ok(cases.every((c) => c.name.endsWith(` at ${NEW_LINE_NUMBER}:1`) && c.failure), JSON.stringify(cases));
    assert.ok(existsSync(join(dir, 'copydesk-report.html')));
    assert.ok(existsSync(join(dir, '.copydesk-cache')));
  });

  it('the plain shell script fails on a new warning on the branch and passes without one', () => {
    const { dir } = newsroom();
    writeFileSync(join(dir, 'check-drafts.sh'), block('check-drafts.sh'));
    chmodSync(join(dir, 'check-drafts.sh'), 0o755);
    const sh = shims();
    const r = bash('./check-drafts.sh main', dir, { PATH: sh.path });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, new RegExp(`^\\s+${NEW_LINE_NUMBER}:1\\s+warning`, 'm'));
    assert.doesNotMatch(r.stdout, /^\s+6:1/m, 'the old finding is not reported');
    writeFileSync(join(dir, 'drafts/council.md'), OLD + '\nThe council will meet again in July.\n');
    const fixed = bash('./check-drafts.sh main', dir, { PATH: sh.path });
    assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
  });

  describe('pre-commit', () => {
    const hooks = yamlOf(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'), '.pre-commit-hooks.yaml') as Array<{ id: string; entry: string; language: string; files: string; args?: string[] }>;

    it('.pre-commit-hooks.yaml defines the hook the docs use, on every draft extension', () => {
      const config = yamlOf(block('.pre-commit-config.yaml'), '.pre-commit-config.yaml');
      const used = config.repos[0].hooks[0];
      const hook = hooks.find((h) => h.id === used.id)!;
      assert.ok(hook, `hook ${used.id} is defined`);
      assert.equal(hook.language, 'script');
      const entry = join(ROOT, hook.entry);
      assert.ok(statSync(entry).mode & 0o111, 'the entry is executable');
      assert.equal(git(ROOT, 'ls-files', '-s', hook.entry).split(' ')[0] || '100755', '100755', 'and committed as executable');
      const files = new RegExp(hook.files);
      for (const ext of DRAFT_EXTENSIONS) assert.match(`desk/story${ext}`, files);
      for (const other of ['a.js', 'a.json', 'a.md.bak', 'a.yaml']) assert.doesNotMatch(other, files);
    });

    it('the hook entry checks the staged drafts with the documented arguments', () => {
      const config = yamlOf(block('.pre-commit-config.yaml'), '.pre-commit-config.yaml');
      const args = config.repos[0].hooks[0].args as string[];
      const { dir } = newsroom();
      const entry = join(ROOT, hooks[0].entry);
      const run = (...files: string[]) => spawnSync(entry, [...args, ...files], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(run('drafts/clean.txt').status, 0);
      const r = run('drafts/council.md', 'drafts/clean.txt');
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /Many residents feel/);
    });
  });

  it('husky and lint-staged: the configured command fails on a staged draft with a warning', () => {
    const pkg = JSON.parse(block('package.json (excerpt)')) as { scripts: Record<string, string>; 'lint-staged': Record<string, string> };
    assert.equal(pkg.scripts.prepare, 'husky');
    assert.equal(block('.husky/pre-commit').trim(), 'npx lint-staged');
    const [[glob, command]] = Object.entries(pkg['lint-staged']);
    // lint-staged matches a pattern without a slash against the file's base name.
    const matches = picomatch(glob, { basename: true, dot: true });
    for (const ext of ['.md', '.markdown', '.txt', '.news', '.article']) assert.ok(matches(`drafts/story${ext}`), ext);
    assert.ok(!matches('src/app.js'));
    const { dir } = newsroom();
    const sh = shims();
    // lint-staged appends the staged files' absolute paths to the command.
    const run = (...files: string[]) => bash(`${command} ${files.map((f) => `'${join(dir, f)}'`).join(' ')}`, dir, { PATH: sh.path });
    assert.equal(run('drafts/clean.txt').status, 0);
    assert.equal(run('drafts/council.md').status, 1);
  });
});
