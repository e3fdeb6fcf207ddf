import { writeGoodRule } from './write-good';

export const adverb = writeGoodRule({
  id: 'style/adverb',
  check: 'adverb',
  description: 'Adverbs that can weaken meaning.',
  message: (span) => `"${span}" can weaken meaning: a stronger verb may do.`,
});
