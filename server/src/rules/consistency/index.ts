// The consistency rule family: one term spelled two ways, and outdated place names.
import type { Rule } from '../../engine/rule';
import { termVariants } from './term-variants';
import { placeNames } from './place-names';

export const consistencyRules: Rule[] = [termVariants, placeNames];
