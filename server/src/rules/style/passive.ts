import { writeGoodRule } from './write-good';

export const passive = writeGoodRule({
  id: 'style/passive',
  check: 'passive',
  description: 'Passive voice that may hide who acted.',
  message: (span) => `"${span}" may be passive voice: say who did it, if it matters.`,
});
