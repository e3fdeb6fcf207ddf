// Preloaded into the CLIs the benchmark runs (NODE_OPTIONS=--require): at exit, appends the
// process's peak resident set size (KiB) and CPU time (user + system, ms) to
// $COPYDESK_BENCH_MAXRSS as a JSON line. Worker threads share the process, so both cover them.
'use strict';
const file = process.env.COPYDESK_BENCH_MAXRSS;
if (file) {
  const { isMainThread } = require('node:worker_threads');
  if (isMainThread) {
    process.on('exit', () => {
      try {
        const usage = process.resourceUsage();
        const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
        require('node:fs').appendFileSync(file, JSON.stringify({ pid: process.pid, ppid: process.ppid, maxRssKiB: usage.maxRSS, cpuMs }) + '\n');
      } catch {
        // the figure is lost; the parent falls back to /proc VmHWM
      }
    });
  }
}
