import { writeGoodRule } from './write-good';

export const thereIs = writeGoodRule({
  id: 'style/there-is',
  check: 'thereIs',
  description: 'A sentence that opens with "There is" or "There are".',
  message: (span) => `"${span}" is unnecessary verbiage: start with the subject.`,
});
