// A person's name close to a name in the knowledge base but not any accepted spelling of it:
// "Dzerensky" for Zelensky, "Koepke" for Koepka, "Collette Kress" for Colette Kress.
import { defineRule } from '../../engine/rule';
import { namesFindings } from './analysis';

export const misspelled = defineRule(
  {
    id: 'names/misspelled',
    category: 'names',
    defaultSeverity: 'warning',
    description: 'A person\'s name that is close to a known person\'s name but not an accepted spelling of it.',
    fixable: true,
  },
  ({ doc, config, report }) => {
    for (const f of namesFindings(doc, config).misspelled) report(f);
  },
);
