// --cache: the results of the last run, per draft, reused while the draft's text, its resolved
// configuration, the --date and the Copydesk build are unchanged. A result whose article date
// came from the clock (no date in the front matter, the configuration or --date) is only reused
// on the same day. The cache is one JSON file, read at the start and written (atomically) at
// the end of a run; a missing, unreadable or foreign cache file is simply started afresh.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../engine/config';
import type { Finding } from '../engine/types';

const CACHE_FILE = 'cache-v1.json';

export interface CachedResult {
  findings: Finding[];
  notices: string[];
}

interface Entry extends CachedResult {
  key: string;
  /** Set when the result depends on today's date. */
  today?: string;
}

interface CacheFile {
  copydesk: string;
  entries: Record<string, Entry>;
}

/** JSON with sorted keys, so equal configurations hash equally. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The cache file for a --cache-location: a folder (existing, or written with a trailing slash) gets cache-v1.json inside. */
export function cacheFilePath(location: string, cwd: string): string {
  const abs = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(abs, CACHE_FILE);
  try {
    if (statSync(abs).isDirectory()) return join(abs, CACHE_FILE);
  } catch {
    // a file to be made
  }
  return abs;
}

export class LintCache {
  private entries: Record<string, Entry> = {};
  /** Why the previous cache was not used, if it was not. */
  readonly discarded?: string;
  hits = 0;
  misses = 0;

  constructor(readonly file: string, private readonly identity: string, private readonly today: string) {
    if (!existsSync(file)) return;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (!data || typeof data !== 'object' || typeof data.entries !== 'object' || !data.entries) this.discarded = 'the cache file is not in the expected format';
      else if (data.copydesk !== identity) this.discarded = 'it was written by another Copydesk build';
      else this.entries = data.entries;
    } catch (error) {
      this.discarded = `the cache file could not be read (${(error as Error).message})`;
    }
  }

  private id(path: string): string {
    return relative(dirname(this.file), path).split(sep).join('/');
  }

  static key(text: string, format: string, config: ResolvedConfig, date: string | undefined): string {
    return createHash('sha256').update(`${format}\0${date ?? ''}\0${stableStringify(config)}\0`).update(text).digest('hex');
  }

  get(path: string, key: string): CachedResult | undefined {
    const e = this.entries[this.id(path)];
    if (e && e.key === key && (e.today === undefined || e.today === this.today)) {
      this.hits++;
      return { findings: e.findings, notices: e.notices };
    }
    this.misses++;
    return undefined;
  }

  set(path: string, key: string, result: CachedResult, datedToday: boolean): void {
    this.entries[this.id(path)] = { key, ...(datedToday ? { today: this.today } : {}), findings: result.findings, notices: result.notices };
  }

  /** Writes the cache, dropping entries for files that no longer exist. Returns an error message on failure. */
  save(): string | undefined {
    const base = dirname(this.file);
    const kept: Record<string, Entry> = {};
    for (const [id, entry] of Object.entries(this.entries)) if (existsSync(resolve(base, id))) kept[id] = entry;
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(base, { recursive: true });
      writeFileSync(temp, JSON.stringify({ copydesk: this.identity, entries: kept } satisfies CacheFile));
      renameSync(temp, this.file);
      return undefined;
    } catch (error) {
      try { unlinkSync(temp); } catch { /* it may not exist */ }
      return `the cache could not be written to ${this.file}: ${(error as Error).message}`;
    }
  }
}

/** The Copydesk build: its version and a hash of the running bundle (the data and rules are bundled in it). */
export function buildIdentity(version: string, bundle?: string): string {
  if (!bundle) return version;
  try {
    return `${version}+${createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 16)}`;
  } catch {
    return version;
  }
}
