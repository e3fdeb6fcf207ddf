// `.copydesk.json` on disk: found from a file's folder upward, read, parsed and normalised. Used
// by the CLI and the node language server (the browser server asks its client instead).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseConfigJson, defaultConfig, type ConfigProblem, type ResolvedConfig } from '../engine/config';
import { defaultRules } from '../rules/index';

export const CONFIG_FILE = '.copydesk.json';

export interface LoadedConfig {
  config: ResolvedConfig;
  problems: ConfigProblem[];
  /** The file it came from, if any. */
  file?: string;
}

const knownRuleIds = () => defaultRules.map((r) => r.meta.id);

/** The nearest `.copydesk.json` at or above `dir` (stopping at `stopAt`, if given). */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let current = resolve(dir);
  const stop = stopAt ? resolve(stopAt) : undefined;
  for (;;) {
    const candidate = join(current, CONFIG_FILE);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
    if (current === stop) return undefined;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export function parseConfigText(text: string, file: string, base: ResolvedConfig = defaultConfig()): LoadedConfig {
  return { ...parseConfigJson(text, file, knownRuleIds(), base), file };
}

export function readConfigFile(file: string, base: ResolvedConfig = defaultConfig()): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { config: base, problems: [{ file, key: '', message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }], file };
  }
  return parseConfigText(text, file, base);
}
