// Runs a command-line linter as a cold process: wall time from spawn to exit, CPU time, and peak
// memory (the process's maxRSS and CPU time recorded at exit by bench/lib/maxrss.cjs; /proc VmHWM
// polled while it runs in case that is missing).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { now } from './stats.mjs';

export function runCli(argv, { cwd, rssFile, env = {}, timeoutMs = 600000 }) {
  rmSync(rssFile, { force: true });
  const preload = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'maxrss.cjs');
  const childEnv = {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`.trim(),
    COPYDESK_BENCH_MAXRSS: rssFile,
    NO_UPDATE_NOTIFIER: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...env,
  };
  return new Promise((resolve) => {
    const started = now();
    const child = spawn(argv[0], argv.slice(1), { cwd, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-2000); });
    let hwmKiB = 0;
    const poll = setInterval(() => {
      try {
        const m = /^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwmKiB = Math.max(hwmKiB, Number(m[1]));
      } catch {
        // exited
      }
    }, 50);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      const wallMs = now() - started;
      clearInterval(poll);
      clearTimeout(timer);
      let main = 0;
      let all = 0;
      let processes = 0;
      let cpuMs = 0;
      if (existsSync(rssFile)) {
        for (const line of readFileSync(rssFile, 'utf8').split('\n').filter(Boolean)) {
          const r = JSON.parse(line);
          processes++;
          all += r.maxRssKiB;
          cpuMs += r.cpuMs ?? 0;
          if (r.pid === child.pid) main = r.maxRssKiB;
        }
      }
      const peakKiB = Math.max(main, hwmKiB);
      resolve({ wallMs, cpuMs: cpuMs || undefined, code, signal, peakMiB: peakKiB / 1024, allProcessesMiB: Math.max(all, peakKiB) / 1024, processes: Math.max(processes, 1), stderr: stderr.trim() });
    });
  });
}
