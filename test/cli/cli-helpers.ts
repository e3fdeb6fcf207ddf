import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, cpSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export function requireBuild(bin = CLI): void {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" first (npm test does)`);
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Another copy of the CLI bundle (see privateCli). */
  bin?: string;
}

export function copydesk(args: string[], options: RunOptions = {}): Run {
  const bin = options.bin ?? CLI;
  requireBuild(bin);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 1 << 28 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch folder with copies of the fixture drafts. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-test-'));
  cpSync(join(FIXTURES, 'drafts'), dir, { recursive: true });
  return dir;
}

let privateCopy: string | undefined;
/**
 * A copy of the CLI (its launcher, bundle, loader and data) that no rebuild touches while a test
 * runs: the cache is keyed by the bundle, and tests that compare two runs must run the same build
 * twice.
 */
export function privateCli(): string {
  if (privateCopy) return privateCopy;
  requireBuild();
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bin-'));
  const dist = join(ROOT, 'dist');
  for (const f of readdirSync(dist)) {
    if (['cli.js', 'cli.bundle.js', 'load-bundle.cjs', 'people.compiled.txt'].includes(f) || (f.startsWith('cli.') && f.endsWith('.cache'))) copyFileSync(join(dist, f), join(dir, f));
  }
  // The large JSON modules the bundle reads at run time.
  cpSync(join(dist, 'data'), join(dir, 'data'), { recursive: true });
  privateCopy = join(dir, 'cli.js');
  return privateCopy;
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A new git repository with one commit of the given files. */
export function gitRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-git-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Copydesk Test');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'commit.gpgsign', 'false');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'first drafts');
  return dir;
}

/** Drafts for a larger run: the fixtures and the examples, each copied several times with its own changes. */
export function manyDrafts(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-many-'));
  const sources = [join(ROOT, 'examples'), join(FIXTURES, 'drafts')].flatMap((d) => readdirSync(d).map((f) => join(d, f)));
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const name = `${String(i).padStart(3, '0')}-${basename(src)}`;
    // Vary the copies so that no two drafts are the same text.
    writeFileSync(join(dir, name), readFileSync(src, 'utf8') + `\nDraft ${i}: they approved the the plan.\n`);
  }
  return dir;
}
