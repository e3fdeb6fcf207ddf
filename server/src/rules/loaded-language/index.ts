// The loaded-language rule family.
import type { Rule } from '../../engine/rule';

export const loadedLanguageRules: Rule[] = [];
