// Paths as code hosts want them: relative to the repository's root. GitHub's annotations and
// code scanning resolve paths from the root of the checkout, wherever copydesk ran.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The nearest folder at or above `dir` holding a `.git` folder or file (a worktree or submodule). */
export function findRepoRoot(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** `path` (as given, relative to cwd) relative to `root`, with forward slashes; undefined when outside it. */
export function rootRelative(path: string, cwd: string, root: string): string | undefined {
  const rel = relative(root, resolve(cwd, path));
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
