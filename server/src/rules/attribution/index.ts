// The attribution rule family.
import type { Rule } from '../../engine/rule';

export const attributionRules: Rule[] = [];
