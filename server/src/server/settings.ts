// Editor settings (`copydesk.*`) as configuration. Only values the user set apply: empty values
// mean "inherit", so a newsroom's .copydesk.json is not overridden by a setting nobody touched.
import { normalizeConfig, type ConfigProblem, type ResolvedConfig } from '../engine/config';
import { defaultRules } from '../rules/index';

export interface EditorSettings {
  enable?: boolean;
  rules?: Record<string, unknown>;
  houseStyle?: { style?: string; numbers?: string; percent?: string };
  date?: string;
  names?: { accept?: unknown[]; prefer?: unknown[] };
  terms?: { prefer?: unknown[] };
  places?: Record<string, unknown>;
  maxDocumentLength?: number;
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

/** Applies the editor settings the user set on top of `base`. */
export function applyEditorSettings(settings: EditorSettings | undefined, base: ResolvedConfig): { config: ResolvedConfig; problems: ConfigProblem[] } {
  if (!settings || typeof settings !== 'object') return { config: base, problems: [] };
  const raw: Record<string, unknown> = {};
  if (!empty(settings.rules)) raw.rules = settings.rules;
  if (!empty(settings.date)) raw.date = settings.date;
  if (settings.houseStyle && typeof settings.houseStyle === 'object') {
    const hs = Object.fromEntries(Object.entries(settings.houseStyle).filter(([, v]) => !empty(v)));
    if (!empty(hs)) raw.houseStyle = hs;
  }
  if (settings.names && typeof settings.names === 'object') {
    const names = Object.fromEntries(Object.entries(settings.names).filter(([, v]) => !empty(v)));
    if (!empty(names)) raw.names = names;
  }
  if (settings.terms && typeof settings.terms === 'object' && !empty(settings.terms.prefer)) raw.terms = { prefer: settings.terms.prefer };
  if (!empty(settings.places)) raw.places = settings.places;
  if (typeof settings.maxDocumentLength === 'number' && settings.maxDocumentLength > 0) raw.maxDocumentLength = settings.maxDocumentLength;
  // Lists add to the workspace's lists rather than replacing them.
  const result = normalizeConfig(raw, 'settings (copydesk.*)', defaultRules.map((r) => r.meta.id), base);
  return result;
}
