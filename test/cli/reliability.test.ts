// The CLI on hostile file systems: broken links and unreadable entries, symbolic links out of
// the roots, files that change while they are checked.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copydesk } from './cli-helpers';
import { writeAtomically } from '../../server/src/cli/write';

const DRAFT = 'Head line\n\nThe council approved the the budget.\n';

describe('copydesk CLI reliability', function () {
  this.timeout(60000);

  it('a folder with broken and unreadable entries: the rest is linted, the problems named, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-rel-'));
    writeFileSync(join(dir, 'good.md'), DRAFT);
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'broken.md'));
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'inside.md'), DRAFT);
    chmodSync(locked, 0o000);
    const r = copydesk(['check', '--format', 'json', '.'], { cwd: dir });
    chmodSync(locked, 0o755);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /broken\.md: broken symbolic link/);
    const report = JSON.parse(r.stdout);
    assert.ok(report.files.some((f: { path: string }) => f.path === 'good.md'));
    if (process.getuid?.() !== 0) assert.match(r.stderr, /locked: permission denied/); // root reads everything
  });

  it('symbolic links out of the given folder are not followed unless asked', () => {
    const outside = mkdtempSync(join(tmpdir(), 'copydesk-outside-'));
    writeFileSync(join(outside, 'secret.md'), DRAFT);
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-root-'));
    writeFileSync(join(dir, 'own.md'), DRAFT);
    symlinkSync(outside, join(dir, 'linked'));
    symlinkSync(join(outside, 'secret.md'), join(dir, 'alias.md'));
    const paths = (args: string[]) => JSON.parse(copydesk(['check', '--format', 'json', ...args, '.'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path).sort();
    assert.deepEqual(paths([]), ['own.md']);
    assert.deepEqual(paths(['--follow-symlinks']), ['alias.md', 'linked/secret.md', 'own.md']);
  });

  it('a symbolic link back into the tree does not loop', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-loop-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'x.md'), DRAFT);
    symlinkSync(dir, join(dir, 'a', 'up'));
    const r = copydesk(['check', '--format', 'json', '--follow-symlinks', '.'], { cwd: dir });
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['a/x.md']);
  });

  it('--fix refuses to overwrite a file that changed while it was being checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-race-'));
    const file = join(dir, 'draft.md');
    writeFileSync(file, DRAFT);
    writeFileSync(file, DRAFT + 'A paragraph the editor added meanwhile.\n');
    const result = writeAtomically(file, DRAFT, DRAFT.replace('the the', 'the'));
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /changed on disk/);
    assert.equal(readFileSync(file, 'utf8'), DRAFT + 'A paragraph the editor added meanwhile.\n');
    assert.deepEqual(writeAtomically(file, readFileSync(file, 'utf8'), 'fixed\n'), { ok: true });
    assert.equal(readFileSync(file, 'utf8'), 'fixed\n');
  });
});
