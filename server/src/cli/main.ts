// `copydesk`: the lint engine on files, for newsrooms' CI and the command line.
import { writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { defaultConfig, normalizeConfig, type ConfigProblem, type ResolvedConfig } from '../engine/config';
import { LineIndex } from '../engine/positions';
import { defaultRules } from '../rules/index';
import { findConfigFile, readConfigFile } from '../node/config-files';
import { VERSION } from '../version';
import { DEFAULT_CACHE_LOCATION, parseArgs, UsageError, USAGE, type CheckArgs, type OutputFormat } from './args';
import { decodeDraft, discover, formatFor, readDraft } from './files';
import { countFailing, summarize, type FileReport, type RunReport } from './report';
import { buildIdentity, cacheFilePath, LintCache } from './cache';
import { changedSince, realPath, type ChangedFiles, type ChangedLines } from './changed';
import { runTask, type LintOutcome, type LintTask } from './lint-task';
import { lintInWorkers, workerCount } from './parallel';
import { Progress, progressWanted } from './progress';
import { formatJson } from './formatters/json';
import { formatStylish } from './formatters/stylish';
import { formatSarif } from './formatters/sarif';
import { formatGithub } from './formatters/github';
import { formatJunit } from './formatters/junit';
import { formatHtml } from './formatters/html';
import { writeAtomically } from './write';
import { findRepoRoot } from './repo';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string | Uint8Array>;
  cwd: string;
  /** Whether standard output is a terminal (colours). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Whether standard error is a terminal (the progress bar). */
  stderrIsTTY?: boolean;
  /** Terminal width, for the progress bar. */
  columns?: number;
  /** The running CLI bundle, part of the cache key. */
  selfPath?: string;
  /** The script worker threads run (the launcher of the bundle). Without it, everything runs in this thread. */
  workerScript?: string;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`copydesk: ${error.message}\nRun "copydesk --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
  switch (args.command) {
    case 'help':
      io.stdout(USAGE + '\n');
      return 0;
    case 'version':
      io.stdout(VERSION + '\n');
      return 0;
    case 'rules':
      if (args.format === 'json') io.stdout(JSON.stringify(defaultRules.map((r) => r.meta), null, 2) + '\n');
      else for (const r of defaultRules) io.stdout(`${r.meta.id.padEnd(34)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.description}\n`);
      return 0;
    case 'check':
      return check(args, io);
  }
}

/** One draft of the run, from reading to its place in the report. */
interface Item {
  /** As shown in reports. */
  path: string;
  /** Where its configuration and format come from; also the file to write fixes to (unless stdin). */
  configPath: string;
  /** The file on disk, or undefined for standard input. */
  file?: string;
  task?: LintTask;
  cacheKey?: string;
  outcome?: LintOutcome;
  changed?: ChangedLines;
  errors: string[];
}

async function check(args: CheckArgs, io: CliIO): Promise<number> {
  const knownIds = defaultRules.map((r) => r.meta.id);
  const configProblems: ConfigProblem[] = [];
  const reportedConfigFiles = new Set<string>();
  const verbose = (s: string) => args.verbose && io.stderr(`copydesk: ${s}\n`);
  // Command-line --rule settings go on top of whichever configuration a file gets.
  const overlay = (base: ResolvedConfig): ResolvedConfig => {
    if (!Object.keys(args.rules).length) return base;
    const { config, problems } = normalizeConfig({ rules: args.rules }, '--rule', knownIds, base);
    if (problems.length && !reportedConfigFiles.has('--rule')) {
      reportedConfigFiles.add('--rule');
      configProblems.push(...problems);
    }
    return config;
  };
  const configCache = new Map<string, ResolvedConfig>();
  let fixed: ResolvedConfig | undefined;
  if (args.config) {
    const loaded = readConfigFile(resolve(io.cwd, args.config));
    configProblems.push(...loaded.problems);
    fixed = overlay(loaded.config);
  }
  const configFor = (path: string): ResolvedConfig => {
    if (fixed) return fixed;
    const dir = dirname(resolve(io.cwd, path));
    let cached = configCache.get(dir);
    if (!cached) {
      const file = findConfigFile(dir);
      let base = defaultConfig();
      if (file) {
        const loaded = readConfigFile(file);
        if (!reportedConfigFiles.has(file)) {
          reportedConfigFiles.add(file);
          configProblems.push(...loaded.problems);
        }
        base = loaded.config;
      }
      cached = overlay(base);
      configCache.set(dir, cached);
    }
    return cached;
  };

  const report: RunReport = { files: [], errors: [] };
  const useStdin = args.inputs.includes('-');
  const discovered = discover(args.inputs.filter((p) => p !== '-'), { cwd: io.cwd, followSymlinks: args.followSymlinks });
  report.errors.push(...discovered.problems);
  let files = discovered.files;

  // --changed-since: only drafts with changed lines (or untracked, or outside the repository) are linted.
  let changes: ChangedFiles | undefined;
  const changedLinesOf = (file: string): ChangedLines | undefined => {
    if (!changes) return 'all';
    const real = realPath(resolve(io.cwd, file));
    const rel = relative(changes.root, real);
    if (rel.startsWith('..') || isAbsolute(rel)) return 'all'; // outside the repository: no history to compare with
    return changes.files.get(real);
  };
  if (args.changedSince) {
    const result = changedSince(args.changedSince, io.cwd);
    if (!result.ok) {
      io.stderr(`copydesk: ${result.message}\n`);
      return 2;
    }
    changes = result.changes;
    const before = files.length;
    files = files.filter((f) => {
      const lines = changedLinesOf(f);
      return lines === 'all' || (lines !== undefined && lines.size > 0);
    });
    verbose(`--changed-since ${args.changedSince} (${changes.commit.slice(0, 12)}): ${files.length} of ${before} draft${before === 1 ? '' : 's'} have changed lines`);
  }

  const today = new Date().toISOString().slice(0, 10);
  const fixing = args.fix || args.fixDryRun;
  const taskFor = (text: string, configPath: string): LintTask => ({
    text, format: formatFor(configPath), config: configFor(configPath), date: args.date, today, fix: fixing,
  });

  const items: Item[] = [];
  if (useStdin) {
    const raw = await io.readStdin();
    const decoded = typeof raw === 'string' ? { ok: true as const, text: raw } : decodeDraft(raw);
    const name = args.stdinFilename ?? '<stdin>';
    const configPath = args.stdinFilename ?? resolve(io.cwd, 'stdin.md');
    items.push(decoded.ok ? { path: name, configPath, task: taskFor(decoded.text, configPath), changed: 'all', errors: [] } : { path: name, configPath, errors: [decoded.message] });
  }
  for (const path of files) {
    const file = resolve(io.cwd, path);
    const read = readDraft(file);
    items.push(read.ok ? { path, configPath: path, file, task: taskFor(read.text, path), changed: changedLinesOf(path), errors: [] } : { path, configPath: path, file, errors: [read.message] });
  }

  // --cache: results for drafts unchanged since the last run (not when fixing: fixes need a fresh lint).
  let cache: LintCache | undefined;
  if (args.cache) {
    cache = new LintCache(cacheFilePath(args.cacheLocation ?? DEFAULT_CACHE_LOCATION, io.cwd), buildIdentity(VERSION, io.selfPath), today);
    if (cache.discarded) verbose(`starting a new cache: ${cache.discarded}`);
    for (const item of items) {
      if (!item.task || !item.file) continue;
      item.cacheKey = LintCache.key(item.task.text, item.task.format, item.task.config, item.task.date);
      if (fixing) continue;
      const hit = cache.get(item.file, item.cacheKey);
      if (hit) item.outcome = { text: item.task.text, findings: hit.findings, notices: hit.notices, datedToday: false };
    }
  }

  const pending = items.filter((i) => i.task && !i.outcome);
  const progress = new Progress(pending.length, {
    enabled: progressWanted(io.env, !!io.stderrIsTTY, args.progress),
    write: io.stderr,
    columns: io.columns,
  });
  let done = 0;
  const workers = io.workerScript ? workerCount(pending.map((i) => i.task!), args.jobs) : 0;
  if (workers > 0) {
    const outcomes = await lintInWorkers(pending.map((i) => i.task!), workers, io.workerScript!, () => progress.update(++done));
    pending.forEach((item, n) => (item.outcome = outcomes[n]));
  } else {
    for (const item of pending) {
      item.outcome = runTask(item.task!);
      progress.update(++done);
    }
  }
  progress.finish();
  verbose(`${items.length} draft${items.length === 1 ? '' : 's'}: ${pending.length} linted${workers ? ` in ${workers} worker threads` : ''}${cache ? `, ${items.length - pending.length - items.filter((i) => !i.task).length} from the cache (${cache.file})` : ''}`);

  // Fixes, the cache, and the report, in the order of the command line.
  const diffs: string[] = [];
  for (const item of items) {
    const { task, outcome } = item;
    if (!task || !outcome) {
      report.errors.push(...item.errors.map((message) => ({ path: item.path, message })));
      continue;
    }
    let text = task.text;
    if (outcome.error) item.errors.push(outcome.error);
    else if (fixing && outcome.text !== task.text) {
      if (args.fixDryRun) diffs.push(createTwoFilesPatch(item.path, item.path, task.text, outcome.text, '', '', { context: 2 }));
      else {
        const written = writeAtomically(resolve(io.cwd, item.configPath), task.text, outcome.text);
        if (!written.ok) item.errors.push(written.message);
        else text = outcome.text;
      }
    }
    // The findings reported are for the text now on disk: when a fix was not written, the original's.
    let findings = outcome.findings, notices = outcome.notices;
    if (text !== outcome.text) {
      const again = runTask({ ...task, fix: false });
      findings = again.findings;
      notices = again.notices;
    }
    if (cache && item.file && !outcome.error) {
      const key = text === task.text ? item.cacheKey! : LintCache.key(text, task.format, task.config, task.date);
      cache.set(item.file, key, { findings, notices }, outcome.datedToday);
    }
    const lines = new LineIndex(text);
    const changed = item.changed;
    if (changed && changed !== 'all') {
      findings = findings.filter((d) => {
        const first = lines.lineOf(d.offset) + 1, last = lines.lineOf(d.offset + d.length) + 1;
        for (let l = first; l <= last; l++) if (changed.has(l)) return true;
        return false;
      });
    }
    report.files.push({ path: item.path, text, lines, findings, notices });
    report.errors.push(...item.errors.map((message) => ({ path: item.path, message })));
  }
  if (cache) {
    const problem = cache.save();
    if (problem) io.stderr(`copydesk: warning: ${problem}\n`);
  }

  for (const p of configProblems) io.stderr(`copydesk: ${p.file}${p.key ? `: ${p.key}` : ''}: ${p.message}\n`);
  const color = args.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  const render = (format: OutputFormat, toFile: boolean): string => {
    switch (format) {
      case 'json': return formatJson(report);
      case 'sarif': return formatSarif(report, { version: VERSION, rules: defaultRules, cwd: io.cwd, root: findRepoRoot(io.cwd) });
      case 'github': return formatGithub(report, { cwd: io.cwd, root: findRepoRoot(io.cwd) });
      case 'junit': return formatJunit(report, { failLevel: args.failLevel, hints: args.hints });
      case 'html': return formatHtml(report, { version: VERSION, rules: defaultRules, hints: args.hints, failLevel: args.failLevel });
      default: return formatStylish(report, { color: toFile ? false : color, hints: args.hints });
    }
  };
  let ioFailed = false;
  const writeReport = (file: string, content: string): void => {
    try {
      writeFileSync(resolve(io.cwd, file), content);
    } catch (error) {
      io.stderr(`copydesk: cannot write the report to ${file}: ${(error as Error).message}\n`);
      ioFailed = true;
    }
  };
  for (const extra of args.reports) writeReport(extra.file, render(extra.format, true));
  const output = render(args.format, !!args.output);
  if (args.fixDryRun) io.stdout(diffs.join(''));
  if (args.output) writeReport(args.output, output);
  else if (!args.fixDryRun || args.format !== 'stylish') io.stdout(output);
  else if (report.errors.length) io.stderr(output);
  if (args.format !== 'stylish' && report.errors.length) {
    for (const e of report.errors) io.stderr(`copydesk: ${e.path}: ${e.message}\n`);
  }

  if (ioFailed || report.errors.length || configProblems.length) return 2;
  const s = summarize(report);
  if (countFailing(report, args.failLevel) > 0) return 1;
  if (args.maxWarnings !== undefined && s.warnings > args.maxWarnings) {
    io.stderr(`copydesk: ${s.warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
