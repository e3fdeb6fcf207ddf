// Command-line arguments, parsed by hand: the CLI has few options and needs exact errors.
import { SEVERITIES, type Severity } from '../engine/types';
import { isIsoDate } from '../engine/config';

export type OutputFormat = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'html';
export const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif', 'github', 'junit', 'html'];

/** The lowest severity that makes the run fail (exit 1), or none. */
export type FailLevel = Severity | 'none';
export const FAIL_LEVELS: readonly FailLevel[] = [...SEVERITIES, 'none'];

/** An extra report written to a file, besides the main output (`--report sarif:copydesk.sarif`). */
export interface ExtraReport {
  format: OutputFormat;
  file: string;
}

export interface CheckArgs {
  command: 'check';
  inputs: string[];
  format: OutputFormat;
  fix: boolean;
  fixDryRun: boolean;
  config?: string;
  date?: string;
  rules: Record<string, string>;
  maxWarnings?: number;
  failLevel: FailLevel;
  hints: boolean;
  color?: boolean;
  stdinFilename?: string;
  followSymlinks: boolean;
  output?: string;
  reports: ExtraReport[];
  /** Report only findings on lines changed since this git revision. */
  changedSince?: string;
  cache: boolean;
  cacheLocation?: string;
  /** Worker threads; undefined means one per core when the run is large enough. */
  jobs?: number;
  verbose: boolean;
  progress: boolean;
}

export type Args = CheckArgs | { command: 'rules'; format: 'text' | 'json' } | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const DEFAULT_CACHE_LOCATION = '.copydesk-cache/';

export const USAGE = `Usage: copydesk check [options] [paths | globs | -]

Checks news drafts (Markdown, plain text, .news) for wrong names, loaded wording,
unattributed claims and inconsistent figures. Directories are searched for
.md, .markdown, .txt, .news and .article files; "-" reads standard input.

Options (paths after -- are never taken for options):
  --format <f>          stylish (default), json, sarif, github, junit or html
  -o, --output <file>   write the report to a file instead of standard output
  --report <f>:<file>   also write a report in format f to file (repeatable),
                        e.g. --report sarif:copydesk.sarif --report html:report.html
  --fix                 apply the preferred fixes in place
  --fix-dry-run         print the fixes as a unified diff; change nothing
  --config <file>       use this configuration instead of the nearest .copydesk.json
  --date <YYYY-MM-DD>   the article date for drafts whose front matter has none
  --rule <id>:<level>   set a rule (or a category) to off, hint, info, warning or error; repeatable
  --fail-level <level>  exit with 1 when a finding is at this level or above:
                        error (default), warning, info, hint, or none (never)
  --max-warnings <n>    exit with 1 when there are more than n warnings
  --changed-since <ref> report only findings on lines changed since the git revision
                        ref (untracked drafts count as new; unchanged drafts are skipped)
  --cache               reuse the results for drafts unchanged since the last run
  --cache-location <p>  the cache file, or a folder for it (default ${DEFAULT_CACHE_LOCATION}); implies --cache
  -j, --jobs <n>        lint in n worker threads (1: in this process); default: one
                        per two cores, for large runs on four cores or more
  --hints               show hint-level style suggestions (stylish, junit, html)
  --stdin-filename <p>  the name to use for standard input (format and configuration)
  --follow-symlinks     follow symbolic links that lead out of the given folders
  --color, --no-color   force colours on or off
  --no-progress         never show the progress bar (shown on a terminal for long runs)
  --verbose             say on standard error what was linted, cached and skipped
  -h, --help            show this help
  -v, --version         show the version

Other commands:
  copydesk rules [--format json]   list the rules

Exit status: 0 nothing at the fail level, 1 findings at the fail level (errors by default)
or too many warnings, 2 usage, configuration, git or file errors.`;

export function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === '-v' || command === '--version') return { command: 'version' };
  if (command === 'rules') {
    if (rest.length === 0) return { command: 'rules', format: 'text' };
    if (rest.length === 2 && rest[0] === '--format' && (rest[1] === 'json' || rest[1] === 'text')) return { command: 'rules', format: rest[1] };
    throw new UsageError(`copydesk rules takes only --format json|text; got ${rest.join(' ')}`);
  }
  if (command !== 'check') throw new UsageError(`unknown command "${command}"; expected check or rules`);
  const args: CheckArgs = {
    command: 'check', inputs: [], format: 'stylish', fix: false, fixDryRun: false, rules: {}, failLevel: 'error', hints: false,
    followSymlinks: false, reports: [], cache: false, verbose: false, progress: true,
  };
  const format = (flag: string, v: string): OutputFormat => {
    if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`${flag} format must be one of ${FORMATS.join(', ')}; got "${v}"`);
    return v as OutputFormat;
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const v = rest[++i];
      if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${v}"`);
        args.format = v as OutputFormat;
        break;
      }
      case '-o':
      case '--output': args.output = value(); break;
      case '--report': {
        const v = value();
        const at = v.indexOf(':');
        if (at <= 0 || at === v.length - 1) throw new UsageError(`--report expects <format>:<file>, e.g. sarif:copydesk.sarif; got "${v}"`);
        args.reports.push({ format: format('--report', v.slice(0, at)), file: v.slice(at + 1) });
        break;
      }
      case '--fix': args.fix = true; break;
      case '--fix-dry-run': args.fixDryRun = true; break;
      case '--config': args.config = value(); break;
      case '--date': {
        const v = value();
        if (!isIsoDate(v)) throw new UsageError(`--date must be a date as YYYY-MM-DD; got "${v}"`);
        args.date = v;
        break;
      }
      case '--rule': {
        const v = value();
        const at = v.lastIndexOf(':');
        const level = v.slice(at + 1);
        if (at <= 0 || !['off', ...SEVERITIES].includes(level)) throw new UsageError(`--rule expects <rule-id>:<off|hint|info|warning|error>; got "${v}"`);
        args.rules[v.slice(0, at)] = level;
        break;
      }
      case '--fail-level': {
        const v = value();
        if (!(FAIL_LEVELS as readonly string[]).includes(v)) throw new UsageError(`--fail-level must be one of ${FAIL_LEVELS.join(', ')}; got "${v}"`);
        args.failLevel = v as FailLevel;
        break;
      }
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings expects a whole number; got "${v}"`);
        args.maxWarnings = Number(v);
        break;
      }
      case '--changed-since': {
        const v = value();
        if (!v.trim() || v.startsWith('-')) throw new UsageError(`--changed-since expects a git revision (a branch, tag or commit); got "${v}"`);
        args.changedSince = v;
        break;
      }
      case '--cache': args.cache = true; break;
      case '--cache-location': args.cacheLocation = value(); args.cache = true; break;
      case '--jobs':
      case '-j': {
        const v = value();
        if (!/^[1-9]\d{0,3}$/.test(v)) throw new UsageError(`--jobs expects a whole number from 1; got "${v}"`);
        args.jobs = Number(v);
        break;
      }
      case '--hints': args.hints = true; break;
      case '--stdin-filename': args.stdinFilename = value(); break;
      case '--follow-symlinks': args.followSymlinks = true; break;
      case '--color': args.color = true; break;
      case '--no-color': args.color = false; break;
      case '--no-progress': args.progress = false; break;
      case '--verbose': args.verbose = true; break;
      case '-h':
      case '--help': return { command: 'help' };
      case '--':
        // Everything after -- is a path, even if it starts with "-".
        args.inputs.push(...rest.slice(i + 1));
        i = rest.length;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        args.inputs.push(a);
    }
  }
  if (args.fix && args.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (args.fix && args.inputs.includes('-')) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
  if (args.changedSince && (args.fix || args.fixDryRun)) throw new UsageError('--changed-since cannot be used with --fix or --fix-dry-run (fixes apply to whole drafts)');
  if (!args.inputs.length) throw new UsageError('no paths given; pass files, folders, globs, or - for standard input');
  return args;
}
