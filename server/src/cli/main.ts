// `copydesk`: the lint engine on files, for newsrooms' CI and the command line.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { analyse } from '../engine/lint';
import { defaultConfig, normalizeConfig, type ConfigProblem, type ResolvedConfig } from '../engine/config';
import { fixText } from '../engine/fixes';
import { LineIndex } from '../engine/positions';
import { defaultRules } from '../rules/index';
import { findConfigFile, readConfigFile } from '../node/config-files';
import { VERSION } from '../version';
import { parseArgs, UsageError, USAGE, type CheckArgs } from './args';
import { decodeDraft, discover, formatFor, readDraft } from './files';
import { summarize, type FileReport, type RunReport } from './report';
import { formatJson } from './formatters/json';
import { formatStylish } from './formatters/stylish';
import { formatSarif } from './formatters/sarif';
import { formatGithub } from './formatters/github';
import { writeAtomically } from './write';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string | Uint8Array>;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
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

async function check(args: CheckArgs, io: CliIO): Promise<number> {
  const knownIds = defaultRules.map((r) => r.meta.id);
  const configProblems: ConfigProblem[] = [];
  const reportedConfigFiles = new Set<string>();
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
  const { files, problems } = discover(args.inputs.filter((p) => p !== '-'), { cwd: io.cwd, followSymlinks: args.followSymlinks });
  report.errors.push(...problems);
  const diffs: string[] = [];

  const lintOne = (path: string, text: string, configPath: string): FileReport => {
    const config = configFor(configPath);
    const format = formatFor(configPath);
    const run = (t: string) => analyse(t, { format, config, date: args.date });
    if (args.fix || args.fixDryRun) {
      const result = fixText(text, (t) => run(t).findings);
      if (result.text !== text) {
        if (args.fixDryRun) diffs.push(createTwoFilesPatch(path, path, text, result.text, '', '', { context: 2 }));
        else {
          const written = writeAtomically(resolve(io.cwd, path), text, result.text);
          if (!written.ok) report.errors.push({ path, message: written.message });
          else text = result.text;
        }
      }
    }
    const result = run(text);
    return { path, text, lines: new LineIndex(text), findings: result.findings, notices: result.notices };
  };

  if (useStdin) {
    const raw = await io.readStdin();
    const decoded = typeof raw === 'string' ? { ok: true as const, text: raw } : decodeDraft(raw);
    const name = args.stdinFilename ?? '<stdin>';
    if (decoded.ok) report.files.push(lintOne(name, decoded.text, args.stdinFilename ?? resolve(io.cwd, 'stdin.md')));
    else report.errors.push({ path: name, message: decoded.message });
  }
  for (const path of files) {
    const read = readDraft(resolve(io.cwd, path));
    if (!read.ok) {
      report.errors.push({ path, message: read.message });
      continue;
    }
    report.files.push(lintOne(path, read.text, path));
  }

  for (const p of configProblems) io.stderr(`copydesk: ${p.file}${p.key ? `: ${p.key}` : ''}: ${p.message}\n`);
  const color = args.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  let output: string;
  switch (args.format) {
    case 'json': output = formatJson(report); break;
    case 'sarif': output = formatSarif(report, { version: VERSION, rules: defaultRules, cwd: io.cwd }); break;
    case 'github': output = formatGithub(report); break;
    default: output = formatStylish(report, { color: args.output ? false : color, hints: args.hints });
  }
  if (args.fixDryRun) io.stdout(diffs.join(''));
  if (args.output) {
    try {
      writeFileSync(resolve(io.cwd, args.output), output);
    } catch (error) {
      io.stderr(`copydesk: cannot write the report to ${args.output}: ${(error as Error).message}\n`);
      return 2;
    }
  } else if (!args.fixDryRun || args.format !== 'stylish') io.stdout(output);
  else if (report.errors.length) io.stderr(output);
  if (args.format !== 'stylish' && report.errors.length) {
    for (const e of report.errors) io.stderr(`copydesk: ${e.path}: ${e.message}\n`);
  }

  if (report.errors.length || configProblems.length) return 2;
  const s = summarize(report);
  if (s.errors > 0) return 1;
  if (args.maxWarnings !== undefined && s.warnings > args.maxWarnings) {
    io.stderr(`copydesk: ${s.warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

