// The copydesk executable. The bundle only defines; dist/cli.js (written by scripts/build.mjs)
// loads it and calls start(), and is also the script of the worker threads (see parallel.ts).
import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './main';
import { serveWorker, WORKER_FLAG } from './parallel';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `launcher`: the script that loaded this bundle (dist/cli.js), which the worker threads run too. */
export function start(launcher: string): void {
  if (!isMainThread && (workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG]) {
    serveWorker();
    return;
  }
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    columns: process.stderr.columns,
    env: process.env,
    selfPath: __filename,
    workerScript: launcher,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`copydesk: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

/** Builds what the rules build on first use; the build runs it before saving V8's code cache. */
export { prepare } from '../engine/lint';
