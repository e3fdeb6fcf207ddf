// Linting files in worker threads. The CLI bundle is its own worker script: started with
// workerData { copydeskWorker: true } it serves lint tasks instead of running the command.
// Tasks are handed out one at a time as workers become free, and results are put back in task
// order, so the report is the same as a run in this thread.
import { availableParallelism } from 'node:os';
import { Worker, parentPort } from 'node:worker_threads';
import { runTask, type LintOutcome, type LintTask } from './lint-task';

export const WORKER_FLAG = 'copydeskWorker';

/** Below this much work, starting workers (each loads the engine and its data) costs more than it saves. */
export const AUTO_MIN_FILES = 200;
export const AUTO_MIN_CHARS = 1_000_000;

/**
 * One linting thread keeps about 1.4 cores busy: V8 compiles and collects garbage on background
 * threads beside it. So each worker is given two cores, and with fewer than four there is no
 * gain to win back the workers' start-up (measured on 2 cores, 1,000 articles: 4.8 s in one
 * thread, 5.5 s in two workers).
 */
export const CORES_PER_WORKER = 2;

/** How many worker threads to use for these tasks; 0 means lint in this thread. */
export function workerCount(tasks: readonly LintTask[], jobs: number | undefined, cores = availableParallelism()): number {
  if (tasks.length < 2) return 0;
  if (jobs !== undefined) return jobs <= 1 ? 0 : Math.min(jobs, tasks.length);
  const workers = Math.floor(cores / CORES_PER_WORKER);
  if (workers < 2) return 0;
  const chars = tasks.reduce((n, t) => n + t.text.length, 0);
  if (tasks.length < AUTO_MIN_FILES && chars < AUTO_MIN_CHARS) return 0;
  return Math.min(workers, tasks.length);
}

type Request = { id: number; task: LintTask };
type Response = { id: number; outcome: LintOutcome };

/** The worker side: answer each request with its outcome. */
export function serveWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorker() must run in a worker thread');
  port.on('message', (message: Request) => {
    port.postMessage({ id: message.id, outcome: runTask(message.task) } satisfies Response);
  });
}

export async function lintInWorkers(tasks: readonly LintTask[], workers: number, script: string, onDone: () => void): Promise<LintOutcome[]> {
  const outcomes: LintOutcome[] = new Array(tasks.length);
  let next = 0;
  let finished = 0;
  return new Promise<LintOutcome[]>((resolvePromise, reject) => {
    const pool: Worker[] = [];
    let failed = false;
    const stopAll = () => Promise.all(pool.map((w) => w.terminate()));
    const feed = (worker: Worker) => {
      if (next >= tasks.length) return;
      const id = next++;
      worker.postMessage({ id, task: tasks[id] } satisfies Request);
    };
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(script, { workerData: { [WORKER_FLAG]: true }, stdout: false, stderr: false });
      pool.push(worker);
      worker.on('message', (message: Response) => {
        outcomes[message.id] = message.outcome;
        finished++;
        onDone();
        if (finished === tasks.length) {
          void stopAll().then(() => resolvePromise(outcomes), reject);
        } else feed(worker);
      });
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        void stopAll().finally(() => reject(new Error(`a worker thread failed: ${error instanceof Error ? error.message : String(error)}`)));
      });
      worker.on('exit', (code) => {
        if (failed || finished === tasks.length || code === 0) return;
        failed = true;
        void stopAll().finally(() => reject(new Error(`a worker thread stopped with exit code ${code}`)));
      });
      feed(worker);
    }
  });
}
