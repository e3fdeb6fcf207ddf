// A title the person did not hold on the article's date, or an office someone else held then:
// "Secretary of State Mike Pompeo" in 2022, "Tesla Chairman Elon Musk".
import { defineRule } from '../../engine/rule';
import { namesFindings } from './analysis';

export const titleMismatch = defineRule(
  {
    id: 'names/title-mismatch',
    category: 'names',
    defaultSeverity: 'warning',
    description: 'A title the person did not hold on the article\'s date, or an office someone else held then.',
    fixable: true,
  },
  ({ doc, config, report }) => {
    for (const f of namesFindings(doc, config).titleMismatch) report(f);
  },
);
