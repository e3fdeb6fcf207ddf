// One person's name spelled two ways in one draft: "Zelenskyy" and "Zelenskiy", "Okafor" and
// "Okafur".
import { defineRule } from '../../engine/rule';
import { namesFindings } from './analysis';

export const inconsistent = defineRule(
  {
    id: 'names/inconsistent',
    category: 'names',
    defaultSeverity: 'warning',
    description: 'The same person\'s name spelled two ways in one draft.',
    fixable: true,
  },
  ({ doc, config, report }) => {
    for (const f of namesFindings(doc, config).inconsistent) report(f);
  },
);
