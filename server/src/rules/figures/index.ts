// The figures rule family.
import type { Rule } from '../../engine/rule';

export const figuresRules: Rule[] = [];
