// A known surname with a title that fits one person, and a given name that is not theirs:
// "Secretary of State John Blinken".
import { defineRule } from '../../engine/rule';
import { namesFindings } from './analysis';

export const wrongGivenName = defineRule(
  {
    id: 'names/wrong-given-name',
    category: 'names',
    defaultSeverity: 'warning',
    description: 'A title and surname that identify one person, with a given name that is not theirs.',
    fixable: true,
  },
  ({ doc, config, report }) => {
    for (const f of namesFindings(doc, config).wrongGivenName) report(f);
  },
);
