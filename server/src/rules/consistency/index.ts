// The consistency rule family.
import type { Rule } from '../../engine/rule';

export const consistencyRules: Rule[] = [];
