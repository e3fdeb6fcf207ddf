// Every rule, by family. Each family's index lists its rule modules.
import type { Rule } from '../engine/rule';
import { namesRules } from './names/index';
import { loadedLanguageRules } from './loaded-language/index';
import { attributionRules } from './attribution/index';
import { figuresRules } from './figures/index';
import { consistencyRules } from './consistency/index';
import { styleRules } from './style/index';

export const defaultRules: readonly Rule[] = [
  ...namesRules,
  ...loadedLanguageRules,
  ...attributionRules,
  ...figuresRules,
  ...consistencyRules,
  ...styleRules,
];

export function ruleById(id: string): Rule | undefined {
  return defaultRules.find((r) => r.meta.id === id);
}
