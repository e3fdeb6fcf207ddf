// The names rule family.
import type { Rule } from '../../engine/rule';

export const namesRules: Rule[] = [];
