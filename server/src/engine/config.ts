// Settings are normalised here, in one typed place. Configuration is untrusted input: every
// problem is reported with the file and the key, and the defaults apply for whatever was wrong.
import { CATEGORIES, SEVERITIES, type Category, type Severity } from './types';
import { closest } from './strings';

export type RuleSetting = Severity | 'off';
export type HouseStyle = 'ap' | 'reuters' | 'bbc' | 'guardian' | 'nyt';
export const HOUSE_STYLES: readonly HouseStyle[] = ['ap', 'reuters', 'bbc', 'guardian', 'nyt'];

export interface ResolvedConfig {
  /** Per rule id, per category (`names`) or for every rule (`*`). */
  rules: Record<string, RuleSetting>;
  /** The article date (YYYY-MM-DD) when the document's front matter has none. */
  date?: string;
  houseStyle: {
    /** The style guide place names and term spellings follow. */
    style: HouseStyle;
    /** Numerals: AP style (one through nine spelled out), or no checks. */
    numbers: 'ap' | 'off';
    /** How percentages are written: "percent", "%", or either as long as one draft is consistent. */
    percent: 'percent' | '%' | 'consistent';
  };
  names: {
    /** Full names of people the knowledge base lacks, spelled as the newsroom accepts them. */
    accept: string[];
    /** House spellings that replace the knowledge base's canonical form ("Volodymyr Zelenskyy"). */
    prefer: string[];
  };
  terms: {
    /** Preferred forms that win over their variants ("G7", "e-mail"). */
    prefer: string[];
  };
  /** Place-name overrides: outdated form -> preferred form, or false to accept the form. */
  places: Record<string, string | false>;
  /** Documents longer than this (UTF-16 code units) are not linted. */
  maxDocumentLength: number;
}

export interface ConfigProblem {
  file: string;
  key: string;
  message: string;
}

export const DEFAULT_MAX_DOCUMENT_LENGTH = 2_000_000;

export function defaultConfig(): ResolvedConfig {
  return {
    rules: {},
    houseStyle: { style: 'ap', numbers: 'ap', percent: 'consistent' },
    names: { accept: [], prefer: [] },
    terms: { prefer: [] },
    places: {},
    maxDocumentLength: DEFAULT_MAX_DOCUMENT_LENGTH,
  };
}

const MAX_LIST = 10_000;
const MAX_STRING = 200;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * Normalises one configuration object (a parsed `.copydesk.json`, the editor settings, CLI
 * flags) on top of `base`. Unknown keys and wrong values are reported and skipped.
 */
export function normalizeConfig(
  raw: unknown,
  file: string,
  knownRuleIds: readonly string[],
  base: ResolvedConfig = defaultConfig(),
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: ResolvedConfig = structuredCloneConfig(base);
  const problem = (key: string, message: string) => problems.push({ file, key, message });
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problem('', `expected a JSON object, got ${describe(raw)}`);
    return { config, problems };
  }
  const known = new Set(knownRuleIds);
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case '$schema':
        break;
      case 'date':
        if (typeof value === 'string' && isIsoDate(value)) config.date = value;
        else if (value !== null) problem('date', `expected a date as YYYY-MM-DD, got ${describe(value)}`);
        break;
      case 'rules':
        readRules(value, known, config, problem);
        break;
      case 'houseStyle':
        readHouseStyle(value, config, problem);
        break;
      case 'names':
        readStringLists(value, 'names', ['accept', 'prefer'], config.names, problem);
        break;
      case 'terms':
        readStringLists(value, 'terms', ['prefer'], config.terms, problem);
        break;
      case 'places':
        if (!isPlainObject(value)) { problem('places', `expected an object mapping a place name to its preferred form or false, got ${describe(value)}`); break; }
        for (const [from, to] of Object.entries(value)) {
          if (from.length === 0 || from.length > MAX_STRING) problem(`places.${from}`, `expected a place name of 1 to ${MAX_STRING} characters`);
          else if (to === false || (typeof to === 'string' && to.length > 0 && to.length <= MAX_STRING)) config.places[from] = to;
          else problem(`places.${from}`, `expected the preferred form (a string) or false, got ${describe(to)}`);
        }
        break;
      case 'maxDocumentLength':
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 100_000_000) config.maxDocumentLength = value;
        else problem('maxDocumentLength', `expected a whole number of characters between 1000 and 100000000, got ${describe(value)}`);
        break;
      default:
        problem(key, `unknown setting; expected one of: date, rules, houseStyle, names, terms, places, maxDocumentLength`);
    }
  }
  return { config, problems };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function structuredCloneConfig(c: ResolvedConfig): ResolvedConfig {
  return {
    rules: { ...c.rules },
    ...(c.date ? { date: c.date } : {}),
    houseStyle: { ...c.houseStyle },
    names: { accept: [...c.names.accept], prefer: [...c.names.prefer] },
    terms: { prefer: [...c.terms.prefer] },
    places: { ...c.places },
    maxDocumentLength: c.maxDocumentLength,
  };
}

export function parseRuleSetting(value: unknown): RuleSetting | undefined {
  if (value === 'off' || value === false) return 'off';
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  return undefined;
}

function readRules(value: unknown, known: Set<string>, config: ResolvedConfig, problem: (k: string, m: string) => void) {
  if (!isPlainObject(value)) {
    problem('rules', `expected an object mapping rule ids to off|hint|info|warning|error, got ${describe(value)}`);
    return;
  }
  for (const [id, setting] of Object.entries(value)) {
    const isCategory = (CATEGORIES as readonly string[]).includes(id);
    if (id !== '*' && !isCategory && !known.has(id)) {
      const near = closest(id, known, 3).slice(0, 2);
      problem(`rules.${id}`, `unknown rule id${near.length ? `; did you mean ${near.join(' or ')}?` : '; run `copydesk rules` for the list'}`);
      continue;
    }
    const parsed = parseRuleSetting(setting);
    if (parsed) config.rules[id] = parsed;
    else problem(`rules.${id}`, `expected off, hint, info, warning or error, got ${describe(setting)}`);
  }
}

function readHouseStyle(value: unknown, config: ResolvedConfig, problem: (k: string, m: string) => void) {
  if (typeof value === 'string') value = { style: value };
  if (!isPlainObject(value)) { problem('houseStyle', `expected an object (or a style name), got ${describe(value)}`); return; }
  for (const [key, v] of Object.entries(value)) {
    if (key === 'style') {
      if (typeof v === 'string' && (HOUSE_STYLES as readonly string[]).includes(v)) config.houseStyle.style = v as HouseStyle;
      else problem('houseStyle.style', `expected one of ${HOUSE_STYLES.join(', ')}, got ${describe(v)}`);
    } else if (key === 'numbers') {
      if (v === 'ap' || v === 'off') config.houseStyle.numbers = v;
      else problem('houseStyle.numbers', `expected "ap" or "off", got ${describe(v)}`);
    } else if (key === 'percent') {
      if (v === 'percent' || v === '%' || v === 'consistent') config.houseStyle.percent = v;
      else problem('houseStyle.percent', `expected "percent", "%" or "consistent", got ${describe(v)}`);
    } else problem(`houseStyle.${key}`, 'unknown setting; expected style, numbers or percent');
  }
}

function readStringLists<K extends string>(
  value: unknown,
  section: string,
  keys: readonly K[],
  target: Record<K, string[]>,
  problem: (k: string, m: string) => void,
) {
  if (Array.isArray(value) && (keys as readonly string[]).includes('accept')) value = { accept: value };
  if (!isPlainObject(value)) { problem(section, `expected an object with ${keys.join(', ')}, got ${describe(value)}`); return; }
  for (const [key, list] of Object.entries(value)) {
    if (!(keys as readonly string[]).includes(key)) { problem(`${section}.${key}`, `unknown setting; expected ${keys.join(' or ')}`); continue; }
    if (!Array.isArray(list)) { problem(`${section}.${key}`, `expected a list of strings, got ${describe(list)}`); continue; }
    if (list.length > MAX_LIST) { problem(`${section}.${key}`, `expected at most ${MAX_LIST} entries, got ${list.length}`); continue; }
    list.forEach((item, i) => {
      if (typeof item === 'string' && item.trim().length > 0 && item.length <= MAX_STRING) target[key as K].push(item.trim());
      else problem(`${section}.${key}[${i}]`, `expected a non-empty string of at most ${MAX_STRING} characters, got ${describe(item)}`);
    });
  }
}

/** The severity a rule reports at under `config`, or 'off'. */
export function ruleSetting(config: ResolvedConfig, id: string, category: Category, defaultSeverity: Severity): RuleSetting {
  return config.rules[id] ?? config.rules[category] ?? config.rules['*'] ?? defaultSeverity;
}

/** Parses configuration text (a `.copydesk.json`); JSON syntax errors name the line and column. */
export function parseConfigJson(
  text: string,
  file: string,
  knownRuleIds: readonly string[],
  base: ResolvedConfig = defaultConfig(),
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const before = text.slice(0, +at[1]);
      const line = before.split('\n').length;
      const column = +at[1] - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}`;
    }
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    return { config: base, problems: [{ file, key: '', message: `is not valid JSON${where}: ${reason}` }] };
  }
  return normalizeConfig(raw, file, knownRuleIds, base);
}
