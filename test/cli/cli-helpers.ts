import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

export function copydesk(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  requireBuild();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch folder with copies of the fixture drafts. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-test-'));
  cpSync(join(FIXTURES, 'drafts'), dir, { recursive: true });
  return dir;
}
