// Command-line arguments, parsed by hand: the CLI has few options and needs exact errors.
import { SEVERITIES } from '../engine/types';
import { isIsoDate } from '../engine/config';

export type OutputFormat = 'stylish' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif', 'github'];

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
  hints: boolean;
  color?: boolean;
  stdinFilename?: string;
  followSymlinks: boolean;
  output?: string;
}

export type Args = CheckArgs | { command: 'rules'; format: 'text' | 'json' } | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: copydesk check [options] [paths | globs | -]

Checks news drafts (Markdown, plain text, .news) for wrong names, loaded wording,
unattributed claims and inconsistent figures. Directories are searched for
.md, .markdown, .txt, .news and .article files; "-" reads standard input.

Options:
  --format <f>          stylish (default), json, sarif or github
  -o, --output <file>   write the report to a file instead of standard output
  --fix                 apply the preferred fixes in place
  --fix-dry-run         print the fixes as a unified diff; change nothing
  --config <file>       use this configuration instead of the nearest .copydesk.json
  --date <YYYY-MM-DD>   the article date for drafts whose front matter has none
  --rule <id>:<level>   set a rule (or a category) to off, hint, info, warning or error; repeatable
  --max-warnings <n>    exit with 1 when there are more than n warnings
  --hints               show hint-level style suggestions in the stylish format
  --stdin-filename <p>  the name to use for standard input (format and configuration)
  --follow-symlinks     follow symbolic links that lead out of the given folders
  --color, --no-color   force colours on or off
  -h, --help            show this help
  -v, --version         show the version

Other commands:
  copydesk rules [--format json]   list the rules

Exit status: 0 no errors, 1 errors found or too many warnings, 2 usage, configuration or file errors.`;

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
  const args: CheckArgs = { command: 'check', inputs: [], format: 'stylish', fix: false, fixDryRun: false, rules: {}, hints: false, followSymlinks: false };
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
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings expects a whole number; got "${v}"`);
        args.maxWarnings = Number(v);
        break;
      }
      case '--hints': args.hints = true; break;
      case '--stdin-filename': args.stdinFilename = value(); break;
      case '--follow-symlinks': args.followSymlinks = true; break;
      case '--color': args.color = true; break;
      case '--no-color': args.color = false; break;
      case '-h':
      case '--help': return { command: 'help' };
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        args.inputs.push(a);
    }
  }
  if (args.fix && args.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (args.fix && args.inputs.includes('-')) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
  if (!args.inputs.length) throw new UsageError('no paths given; pass files, folders, globs, or - for standard input');
  return args;
}
