// Which files to lint and how to read them. Directories are walked for drafts; globs are
// expanded; symbolic links are not followed out of the roots given unless asked.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { DocumentFormat } from '../engine/types';

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.mdown', '.txt', '.text', '.news', '.article'];
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', '.vscode-test-web']);

export function formatFor(path: string): DocumentFormat {
  return ['.md', '.markdown', '.mdown', '.mdx'].includes(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

export interface Target {
  path: string;
}

export interface DiscoveryProblem {
  path: string;
  message: string;
}

export interface DiscoveryOptions {
  followSymlinks: boolean;
  cwd: string;
}

const isGlob = (p: string) => /[*?[\]{}]/.test(p);

/** Expands paths, directories and globs into files, in a stable order. */
export function discover(inputs: readonly string[], options: DiscoveryOptions): { files: string[]; problems: DiscoveryProblem[] } {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: DiscoveryProblem[] = [];
  const add = (file: string) => {
    const key = resolve(options.cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const input of inputs) {
    if (isGlob(input)) {
      const { base, glob } = picomatch.scan(input);
      const root = base || '.';
      const matcher = picomatch(glob, { dot: false });
      const found: string[] = [];
      walk(resolve(options.cwd, root), resolve(options.cwd, root), options, problems, (abs) => {
        const rel = relative(resolve(options.cwd, root), abs).split(sep).join('/');
        if (matcher(rel)) found.push(join(root, rel));
      }, () => true);
      if (!found.length) problems.push({ path: input, message: 'no files match this pattern' });
      found.sort().forEach(add);
      continue;
    }
    const abs = resolve(options.cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      problems.push({ path: input, message: describeError(error) });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(abs, abs, options, problems, (file) => found.push(join(input, relative(abs, file))), (file) => DRAFT_EXTENSIONS.includes(extname(file).toLowerCase()));
      found.sort().forEach(add);
    } else add(input);
  }
  return { files, problems };
}

function walk(
  dir: string,
  root: string,
  options: DiscoveryOptions,
  problems: DiscoveryProblem[],
  onFile: (abs: string) => void,
  wanted: (abs: string) => boolean,
) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: relative(options.cwd, dir) || '.', message: describeError(error) });
    return;
  }
  const realRoot = safeRealpath(root);
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = join(dir, entry.name);
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = safeRealpath(abs);
      if (!target) {
        problems.push({ path: relative(options.cwd, abs), message: 'broken symbolic link' });
        continue;
      }
      const inside = realRoot && (target === realRoot || target.startsWith(realRoot + sep));
      if (!inside && !options.followSymlinks) continue; // outside the roots: not followed unless --follow-symlinks
      try {
        const st = statSync(abs);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (error) {
        problems.push({ path: relative(options.cwd, abs), message: describeError(error) });
        continue;
      }
      if (isDir && inside) continue; // a link back into the tree would walk it twice (or forever)
    }
    if (isDir) walk(abs, root, options, problems, onFile, wanted);
    else if (isFile && wanted(abs)) onFile(abs);
  }
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return error instanceof Error ? error.message : String(error);
  }
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a draft as UTF-8 text; binary and non-UTF-8 files are refused with a reason. */
export function decodeDraft(bytes: Uint8Array): ReadResult {
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) return { ok: false, message: 'looks like a binary file (it contains NUL bytes); skipped' };
  try {
    // Keep a BOM in the text (ignoreBOM is false by default, which strips it): offsets must match the file.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, message: 'is not valid UTF-8 text; skipped (convert it to UTF-8 first)' };
  }
}

export function readDraft(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: describeError(error) };
  }
  return decodeDraft(bytes);
}
