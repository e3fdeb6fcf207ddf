// The figures rule family: numbers that contradict each other or the facts.
import type { Rule } from '../../engine/rule';
import { conflictingValues } from './conflicting-values';
import { numberStyle } from './number-style';
import { percentChange } from './percent-change';
import { sumMismatch } from './sum-mismatch';
import { weekdayDate } from './weekday-date';
import { yearsAgo } from './years-ago';
import { ageBirthYear } from './age-birth-year';

export const figuresRules: Rule[] = [conflictingValues, percentChange, sumMismatch, weekdayDate, yearsAgo, ageBirthYear, numberStyle];
