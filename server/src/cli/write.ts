// Writing fixed drafts: atomically (a temporary file in the same folder, then rename), keeping
// the file's mode, and refusing when the file changed on disk since it was read.
import { chmodSync, closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type WriteResult = { ok: true } | { ok: false; message: string };

export function writeAtomically(path: string, original: string, fixed: string): WriteResult {
  let mode: number;
  try {
    const current = readFileSync(path, 'utf8');
    if (current !== original) return { ok: false, message: 'changed on disk while it was being checked; not fixed (run again)' };
    mode = statSync(path).mode & 0o7777;
  } catch (error) {
    return { ok: false, message: `cannot be re-read before writing: ${(error as Error).message}` };
  }
  const temp = join(dirname(path), `.${basename(path)}.copydesk-${process.pid}-${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      writeSync(fd, fixed, 0, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, mode);
    renameSync(temp, path);
    return { ok: true };
  } catch (error) {
    try { unlinkSync(temp); } catch { /* it may not exist */ }
    return { ok: false, message: `could not be written: ${(error as Error).message}` };
  }
}
