// One linter's engine throughput, in a process of its own (so one tool's JIT state, heap and
// garbage never weigh on another's):
//   node bench/lib/engine-child.mjs <copydesk|write-good|alex|harper.js> <spec.json>
// The spec names the texts and how many runs to make; the result (JSON) goes to spec.out.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats, now } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const [tool, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const result = { tool, cold: {}, texts: {} };

/** Loads a linter; returns `lint(text) -> number of findings` (sync or async). */
async function load() {
  const t0 = now();
  switch (tool) {
    case 'copydesk': {
      const engine = require(spec.bundle);
      result.cold.loadMs = now() - t0;
      // The engine keeps each paragraph's analysis for the language server's next keystroke; the
      // benchmark lints the same text again and again, so it starts every lint cold.
      return { engine, lint: (text) => { engine.clearCaches(); return engine.lint(text, { format: 'markdown' }).length; } };
    }
    case 'write-good': {
      const writeGood = require('write-good');
      result.cold.loadMs = now() - t0;
      return { lint: (text) => writeGood(text).length };
    }
    case 'alex': {
      const { markdown } = await import('alex');
      result.cold.loadMs = now() - t0;
      return { lint: (text) => markdown(text).messages.length };
    }
    case 'harper.js': {
      const { LocalLinter } = await import('harper.js');
      const { binary } = await import('harper.js/binary');
      result.cold.loadMs = now() - t0;
      const t1 = now();
      const linter = new LocalLinter({ binary });
      await linter.setup();
      result.cold.setupMs = now() - t1;
      return { lint: async (text) => (await linter.lint(text, { language: 'markdown' })).length };
    }
    default:
      throw new Error(`unknown tool ${tool}`);
  }
}

async function timeOnce(fn) {
  const t = now();
  let r = fn();
  if (r && typeof r.then === 'function') r = await r;
  return { ms: now() - t, value: r };
}

/**
 * Warm runs (at least `warmup`, and for at least `warmupMs`: the JIT needs a few dozen runs), then
 * at least minRuns and at most maxRuns timed runs within about budgetMs.
 */
async function measure(fn, { warmup = 0, warmupMs = 0, minRuns = 1, maxRuns = minRuns, budgetMs = 0 }) {
  const warmStart = now();
  for (let i = 0; i < warmup || now() - warmStart < warmupMs; i++) await timeOnce(fn);
  const times = [];
  const start = now();
  const cpu = process.cpuUsage();
  let value;
  while (times.length < maxRuns && (times.length < minRuns || now() - start < budgetMs)) {
    const r = await timeOnce(fn);
    times.push(r.ms);
    value = r.value;
  }
  const used = process.cpuUsage(cpu);
  // CPU time over wall time while timing: about 1 on an idle machine (a little more with
  // concurrent GC threads); well under 1 when the process waited for a core.
  const cpuShare = (used.user + used.system) / 1000 / (now() - start);
  return { ...stats(times), cpuShare, value };
}

const linter = await load();
if (tool === 'copydesk') {
  // The names knowledge base is indexed on first use; time that alone (before any lint uses it).
  const t = now();
  linter.engine.knowledgeBase();
  result.cold.knowledgeBaseMs = now() - t;
  result.namesRules = linter.engine.defaultRules.filter((r) => r.meta.category === 'names').length;
  result.rules = linter.engine.defaultRules.length;
}
const texts = Object.fromEntries(spec.texts.map((t) => [t.id, readFileSync(t.path, 'utf8')]));

// Cold: the first lint in a fresh process (model, dictionaries and knowledge base loaded on first use).
const first = await timeOnce(() => linter.lint(texts[spec.texts[0].id]));
result.cold.firstLintMs = first.ms;
result.cold.sinceStartMs = performance.now();

for (const t of spec.texts) {
  const m = await measure(() => linter.lint(texts[t.id]), t);
  result.texts[t.id] = { ...m, findings: m.value };
  delete result.texts[t.id].value;
}

if (tool === 'copydesk' && spec.families) result.families = await families(linter.engine, texts[spec.families.text], spec.families);
if (tool === 'copydesk') for (const p of spec.profiles ?? []) await profile(linter.engine, p);

writeFileSync(spec.out, JSON.stringify(result));

/**
 * Where a full lint's time goes, by rule family, three ways:
 * - `model`: the shared document model alone (new Doc + doc.reports: layout, sentences, tokens,
 *   quotations, reported speech);
 * - `lintOnly`: lint() with only the family's rules on, and `lintOnly - model` (the measure);
 * - `own`: the family's rules alone on an already built model (a fresh one per family and run, so
 *   nothing cached by another family helps), and the same per rule.
 */
async function families(engine, text, opts) {
  const { Doc, defaultRules, defaultConfig, ruleSetting, lint, CATEGORIES } = engine;
  const config = defaultConfig();
  const enabled = defaultRules.filter((r) => ruleSetting(config, r.meta.id, r.meta.category, r.meta.defaultSeverity) !== 'off');
  const categories = CATEGORIES.filter((c) => enabled.some((r) => r.meta.category === c));
  const out = { categories, rules: {}, lintOnly: {}, own: {} };
  // The variants are timed in rounds (one run of each per round), so that a change in the
  // machine's load weighs on all of them alike.
  const variants = [
    ['full', () => lint(text, { format: 'markdown' }).length],
    ['model', () => new Doc(text, { format: 'markdown' }).reports.length],
    ['docOnly', () => new Doc(text, { format: 'markdown' }).tokens.length],
    ['noRules', () => lint(text, { format: 'markdown', rules: [] }).length],
    ...categories.map((c) => {
      const rules = defaultRules.filter((r) => r.meta.category === c);
      return [`lintOnly:${c}`, () => lint(text, { format: 'markdown', rules }).length];
    }),
  ];
  const samples = new Map(variants.map(([k]) => [k, []]));
  const warmStart = now();
  for (let i = 0; i < opts.warmup || now() - warmStart < opts.warmupMs; i++) for (const [, fn] of variants) fn();
  const start = now();
  for (let round = 0; round < opts.maxRuns && (round < opts.minRuns || now() - start < opts.budgetMs * variants.length); round++) {
    for (const [k, fn] of variants) {
      engine.clearCaches(); // every variant starts cold, as a new draft does
      const t = now();
      fn();
      samples.get(k).push(now() - t);
    }
  }
  for (const [k, times] of samples) {
    if (k.startsWith('lintOnly:')) out.lintOnly[k.slice(9)] = stats(times);
    else out[k] = stats(times);
  }
  // Own time: per run, a fresh model per family (untimed), then each rule timed on it.
  const perRule = new Map();
  const perFamily = new Map(categories.map((c) => [c, []]));
  const runs = Math.max(opts.minRuns, 10);
  for (let run = 0; run < runs + opts.warmup; run++) {
    for (const c of categories) {
      engine.clearCaches();
      const doc = new Doc(text, { format: 'markdown' });
      void doc.reports;
      let familyMs = 0;
      for (const rule of enabled) {
        if (rule.meta.category !== c) continue;
        const found = [];
        const t = now();
        try {
          rule.check({ doc, config, report: (f) => found.push(f) });
        } catch {
          // lint() reports a failing rule as a notice; here it only costs what it cost.
        }
        const ms = now() - t;
        familyMs += ms;
        if (run >= opts.warmup) {
          if (!perRule.has(rule.meta.id)) perRule.set(rule.meta.id, []);
          perRule.get(rule.meta.id).push(ms);
        }
      }
      if (run >= opts.warmup) perFamily.get(c).push(familyMs);
    }
  }
  for (const [c, times] of perFamily) out.own[c] = stats(times);
  for (const [id, times] of perRule) out.rules[id] = stats(times).median;
  return out;
}

/** A V8 CPU profile of steady-state linting (after the measurements, so everything is warm). */
async function profile(engine, opts) {
  const { Session } = await import('node:inspector/promises');
  const docs = opts.paths.map((p) => readFileSync(p, 'utf8'));
  const counts = docs.map((d) => (d.match(/\S+/g) ?? []).length);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: opts.intervalUs ?? 200 });
  await session.post('Profiler.start');
  const start = now();
  let linted = 0;
  let words = 0;
  do {
    engine.lint(docs[linted % docs.length], { format: 'markdown' });
    words += counts[linted % docs.length];
    linted++;
  } while (now() - start < opts.ms);
  const elapsed = now() - start;
  const { profile: cpuProfile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(opts.out, JSON.stringify(cpuProfile));
  (result.profiles ??= {})[opts.name] = { file: opts.out, linted, words, ms: elapsed };
}
