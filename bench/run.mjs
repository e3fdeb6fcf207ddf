#!/usr/bin/env node
// The benchmark (`npm run bench`): Copydesk against write-good, alex and harper.js on the same
// texts, in one run. Writes docs/performance.md and prints the same tables.
//
//   npm run bench                  the full run (a few minutes)
//   npm run bench -- --quick       a shorter run: fewer runs and articles, no 100,000-word peers
//   options: --no-build (measure dist/ as it is), --out FILE (default docs/performance.md),
//            --keep (keep the temporary folder with the texts and raw results),
//            --render results.json (only rewrite the report from a kept run's raw results)
//
// Parts: bench/lib/texts.mjs (the texts), bench/lib/engine-child.mjs (engine throughput, one
// process per tool), bench/lib/cli.mjs (the CLIs as cold processes), bench/lib/lsp.mjs (the
// language server over stdio), bench/lib/profile.mjs (the CPU profile), bench/lib/report.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources, draftOfLength, writeArticles, countWords } from './lib/texts.mjs';
import { bundleEngine } from './lib/bundle.mjs';
import { runCli } from './lib/cli.mjs';
import { startUp, session } from './lib/lsp.mjs';
import { summariseProfile } from './lib/profile.mjs';
import { machineInfo, versions, render, noteChecks } from './lib/report.mjs';
import { median } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const quick = flag('--quick');
if (option('--render')) {
  const data = JSON.parse(readFileSync(resolve(option('--render')), 'utf8'));
  const { markdown, console: printed } = render(data);
  writeFileSync(resolve(root, option('--out', 'docs/performance.md')), markdown);
  process.stdout.write(printed + '\n');
  process.exit(0);
}
const outFile = resolve(root, option('--out', 'docs/performance.md'));
const PEERS = ['write-good', 'alex', 'harper.js'];
const TOOLS = ['copydesk', ...PEERS];

// How much to measure. The full run takes a few minutes on 2 cores; --quick about a minute.
const plan = quick
  ? {
      articles: 200,
      article: { warmup: 20, warmupMs: 1000, minRuns: 20, maxRuns: 100, budgetMs: 1500 },
      d10k: { warmup: 3, warmupMs: 1000, minRuns: 2, maxRuns: 5, budgetMs: 1000 },
      d100k: { copydesk: { warmup: 0, minRuns: 1 }, peers: null },
      families: { warmup: 10, warmupMs: 500, minRuns: 15, maxRuns: 60, budgetMs: 500 },
      profileMs: 2000,
      cliRuns: 1,
      startups: 3,
      edits: 60,
      lspDocuments: 200,
      idleMs: 5000,
    }
  : {
      articles: 1000,
      article: { warmup: 30, warmupMs: 2000, minRuns: 30, maxRuns: 300, budgetMs: 4000 },
      // As warm as the article: a long document's code paths settle only after seconds of runs.
      d10k: { warmup: 5, warmupMs: 2000, minRuns: 5, maxRuns: 20, budgetMs: 3000 },
      d100k: { copydesk: { warmup: 1, minRuns: 3, maxRuns: 3 }, peers: { warmup: 1, minRuns: 1, maxRuns: 1 } },
      families: { warmup: 10, warmupMs: 1000, minRuns: 30, maxRuns: 150, budgetMs: 1500 },
      profileMs: 4000,
      cliRuns: Number(option('--cli-runs', '1')),
      startups: 5,
      edits: 200,
      lspDocuments: 1000,
      idleMs: 5000,
    };

const log = (s) => process.stderr.write(s + '\n');
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const notes = [];
const startedAt = new Date();
const load = { start: loadAverage() };

// ── 1. Build: the CLI and the servers (scripts/build.mjs), and the engine library bundle ──
if (!flag('--no-build')) {
  log('building (scripts/build.mjs) ...');
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (b.status !== 0) {
    const why = (b.stderr || b.stdout || '').trim().split('\n').slice(-3).join(' ');
    if (!existsSync(join(root, 'dist', 'cli.js')) || !existsSync(join(root, 'dist', 'server-node.js'))) throw new Error(`the build failed and dist/ has no CLI or server: ${why}`);
    notes.push(`The build failed (${why}); the CLI and the language server were measured from the dist/ bundles already there.`);
    log(`build failed; measuring the existing dist/ bundles: ${why}`);
  }
}
log('bundling the engine (bench/engine-entry.ts -> dist/bench-engine.js) ...');
const bundle = await bundleEngine(root);

// ── 2. The texts ──
const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
const sources = loadSources(root);
const articlesDir = join(work, 'articles');
const articles = writeArticles(sources, articlesDir, plan.articles);
const namesSource = sources.findIndex((s) => /Blinken/.test(s.paragraphs.join(' ')));
const texts = {
  a1k: { path: join(work, 'article-1k.md'), text: draftOfLength(sources, 1000, 0, 11) },
  d2k: { path: join(work, 'draft-2k.md'), text: draftOfLength(sources, 2000, Math.max(0, namesSource), 22) },
  d10k: { path: join(work, 'document-10k.md'), text: draftOfLength(sources, 10000, 0, 33) },
  d100k: { path: join(work, 'document-100k.md'), text: draftOfLength(sources, 100000, 0, 44) },
};
for (const t of Object.values(texts)) {
  writeFileSync(t.path, t.text);
  t.words = countWords(t.text);
}
const namesDraft = join(work, 'names-draft.md');
writeFileSync(namesDraft, draftOfLength(sources, 400, Math.max(0, namesSource), 55));
log(`texts in ${work}: ${articles.paths.length} articles (${articles.words} words), ${Object.entries(texts).map(([k, t]) => `${k} ${t.words} words`).join(', ')}`);

// ── 3. Engines, one process per tool ──
const engine = {};
for (const tool of TOOLS) {
  const specTexts = [
    { id: 'a1k', path: texts.a1k.path, ...plan.article },
    { id: 'd10k', path: texts.d10k.path, ...plan.d10k },
  ];
  const big = tool === 'copydesk' ? plan.d100k.copydesk : plan.d100k.peers;
  if (big) specTexts.push({ id: 'd100k', path: texts.d100k.path, ...big });
  const spec = { bundle, out: join(work, `engine-${tool}.json`), texts: specTexts };
  if (tool === 'copydesk') {
    spec.families = { text: 'a1k', ...plan.families };
    spec.profiles = [
      { name: 'articles', paths: [texts.a1k.path, ...articles.paths.slice(0, 200)], ms: plan.profileMs, out: join(root, 'dist', 'bench-engine.cpuprofile') },
      { name: 'd100k', paths: [texts.d100k.path], ms: 0, out: join(root, 'dist', 'bench-engine-100k.cpuprofile') },
    ];
  }
  writeFileSync(join(work, `spec-${tool}.json`), JSON.stringify(spec));
  log(`engine: ${tool} ...`);
  const r = spawnSync(process.execPath, [join(root, 'bench', 'lib', 'engine-child.mjs'), tool, join(work, `spec-${tool}.json`)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  if (r.status !== 0 || !existsSync(spec.out)) {
    notes.push(`The ${tool} engine run failed: ${(r.stderr || '').trim().split('\n').slice(-2).join(' ')}`);
    log(`  failed: ${r.stderr}`);
    continue;
  }
  engine[tool] = JSON.parse(readFileSync(spec.out, 'utf8'));
}
const profiles = {};
for (const [name, p] of Object.entries(engine.copydesk?.profiles ?? {})) profiles[name] = { ...p, summary: summariseProfile(p.file, bundle) };

// ── 4. The CLIs on the articles, as cold processes ──
const node = process.execPath;
const names = articles.paths.map((p) => basename(p));
const help = spawnSync(node, [join(root, 'dist', 'cli.js'), '--help'], { encoding: 'utf8' }).stdout ?? '';
const cliCommands = [
  { tool: 'copydesk', label: 'copydesk check', argv: [node, join(root, 'dist', 'cli.js'), 'check', '.'] },
];
// The CLI chooses between one thread and worker threads itself (--jobs): measure it with one
// thread, the way the peers run, and with a worker thread per core.
if (/--jobs\b/.test(help)) {
  cliCommands.push({ tool: 'copydesk', label: 'copydesk check --jobs 1', argv: [node, join(root, 'dist', 'cli.js'), 'check', '--jobs', '1', '.'] });
  const cores = availableParallelism();
  if (cores > 1) cliCommands.push({ tool: 'copydesk', label: `copydesk check --jobs ${cores}`, argv: [node, join(root, 'dist', 'cli.js'), 'check', '--jobs', String(cores), '.'] });
}
cliCommands.push(
  { tool: 'write-good', label: 'write-good', argv: [node, join(root, 'node_modules', 'write-good', 'bin', 'write-good.js'), ...names] },
  { tool: 'alex', label: 'alex', argv: [node, join(root, 'node_modules', 'alex', 'cli.js'), ...names] },
);
const cli = [];
for (const c of cliCommands) {
  log(`cli: ${c.label} on ${names.length} articles ...`);
  const runs = [];
  for (let i = 0; i < plan.cliRuns; i++) runs.push(await runCli(c.argv, { cwd: articlesDir, rssFile: join(work, 'maxrss.jsonl') }));
  const failed = runs.find((r) => r.signal || (c.tool === 'copydesk' && r.code !== 0 && r.code !== 1));
  if (failed) notes.push(`${c.label} failed (exit ${failed.code ?? failed.signal}): ${failed.stderr.split('\n').slice(-2).join(' ')}`);
  cli.push({ ...c, argv: undefined, runs, wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs ?? NaN)), peakMiB: Math.max(...runs.map((r) => r.peakMiB)), failed: !!failed });
}

// ── 5. The language server ──
const serverPath = join(root, 'dist', 'server-node.js');
log(`language server: ${plan.startups} cold starts ...`);
const startups = [];
for (let i = 0; i < plan.startups; i++) startups.push(await startUp(root, serverPath, namesDraft, work));
log(`language server: ${plan.edits} edits, ${plan.idleMs / 1000} s idle, ${plan.lspDocuments} documents ...`);
const lsp = await session(root, serverPath, { draftPath: texts.d2k.path, workDir: work, edits: plan.edits, documentPaths: articles.paths.slice(0, plan.lspDocuments), idleMs: plan.idleMs });

load.end = loadAverage();

// ── 6. The report ──
const data = {
  quick,
  plan,
  startedAt,
  finishedAt: new Date(),
  load,
  notes,
  machine: machineInfo(),
  versions: versions(root),
  texts: Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, { words: t.words, file: basename(t.path) }])),
  namesDraftWords: countWords(readFileSync(namesDraft, 'utf8')),
  articles: { count: articles.paths.length, words: articles.words, sources: sources.length },
  engine,
  cli,
  lsp: { startups, session: lsp },
  profiles,
  scannerKiB: (() => {
    try {
      return JSON.parse(readFileSync(join(root, 'server', 'generated', 'term-variants.json'), 'utf8')).scanner.source.length / 1024;
    } catch {
      return undefined;
    }
  })(),
  noteChecks: noteChecks(root),
  paths: { bundle: relative(root, bundle), profiles: Object.values(profiles).map((p) => relative(root, p.file)) },
};
writeFileSync(join(work, 'results.json'), JSON.stringify(data, null, 1));
const { markdown, console: printed } = render(data);
writeFileSync(outFile, markdown);
process.stdout.write(printed + '\n');
log(`wrote ${relative(root, outFile)}; CPU profiles in ${data.paths.profiles.join(', ')}`);
if (flag('--keep')) log(`texts and raw results kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
