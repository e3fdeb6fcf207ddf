import { writeGoodRule } from './write-good';

export const cliche = writeGoodRule({
  id: 'style/cliche',
  check: 'cliches',
  description: 'Cliches that stand in for specific writing.',
  message: (span) => `"${span}" is a cliche.`,
});
