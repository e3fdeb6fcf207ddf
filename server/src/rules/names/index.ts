// The names rule family: people's names and titles checked against the knowledge base
// (server/data/people.json) and against the rest of the draft.
import type { Rule } from '../../engine/rule';
import { misspelled } from './misspelled';
import { wrongGivenName } from './wrong-given-name';
import { titleMismatch } from './title-mismatch';
import { inconsistent } from './inconsistent';

export const namesRules: Rule[] = [misspelled, wrongGivenName, titleMismatch, inconsistent];
