// --changed-since: which lines of which files changed since a git revision, from
// `git diff --unified=0 <ref>` (the working tree against the revision, staged or not) and
// `git ls-files --others --exclude-standard` (untracked files are new in full).
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

export type ChangedLines = ReadonlySet<number> | 'all';

export interface ChangedFiles {
  /** The repository's top-level folder. */
  root: string;
  /** The revision as a commit hash. */
  commit: string;
  /** 1-based line numbers of added or changed lines, by real absolute path; 'all' for untracked files. */
  files: Map<string, ChangedLines>;
}

export type ChangedResult = { ok: true; changes: ChangedFiles } | { ok: false; message: string };

function git(args: string[], cwd: string): { ok: boolean; stdout: string; stderr: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' } });
  if (r.error) return { ok: false, stdout: '', stderr: (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed (or not on PATH)' : r.error.message };
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.trim() };
}

export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function changedSince(ref: string, cwd: string): ChangedResult {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) return { ok: false, message: `--changed-since needs a git repository: ${top.stderr || 'git rev-parse failed'}` };
  const root = realPath(top.stdout.trim());
  const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  if (!commit.ok) {
    const shallow = git(['rev-parse', '--is-shallow-repository'], root).stdout.trim() === 'true';
    return { ok: false, message: `--changed-since: "${ref}" is not a commit in this repository${shallow ? ' (this is a shallow clone: fetch the revision, e.g. actions/checkout with fetch-depth: 0)' : ''}` };
  }
  const hash = commit.stdout.trim();
  const diff = git(['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/', hash, '--'], root);
  if (!diff.ok) return { ok: false, message: `--changed-since: git diff failed: ${diff.stderr}` };
  const files: Map<string, ChangedLines> = parseUnifiedDiff(diff.stdout, root);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  if (!untracked.ok) return { ok: false, message: `--changed-since: git ls-files failed: ${untracked.stderr}` };
  for (const p of untracked.stdout.split('\0')) if (p) files.set(resolve(root, p), 'all');
  return { ok: true, changes: { root, commit: hash, files } };
}

/** The new-side line numbers of every hunk in a `git diff --unified=0` patch, by absolute path. */
export function parseUnifiedDiff(patch: string, root: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  // File headers come between "diff --git" and the first hunk; after that, "+++ x" is an added line "++ x".
  let inHeader = false;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      inHeader = true;
    } else if (inHeader && line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') current = undefined;
      else {
        const unquoted = target.startsWith('"') ? unquoteC(target) : target;
        const path = resolve(root, unquoted.replace(/^b\//, ''));
        current = files.get(path) ?? new Set<number>();
        files.set(path, current);
      }
    } else if (line.startsWith('@@ ')) {
      inHeader = false;
      if (!current) continue;
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let l = start; l < start + count; l++) current.add(l);
    }
  }
  return files;
}

/** Git's C-style quoting of unusual path names: "b/a\tb" or octal escapes of UTF-8 bytes. */
export function unquoteC(quoted: string): string {
  const body = quoted.slice(1, quoted.endsWith('"') ? -1 : undefined);
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
