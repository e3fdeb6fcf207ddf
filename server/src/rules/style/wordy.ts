import { writeGoodRule } from './write-good';

export const wordy = writeGoodRule({
  id: 'style/wordy',
  check: 'tooWordy',
  description: 'Wordy phrases with shorter equivalents.',
  message: (span) => `"${span}" is wordy or unneeded.`,
});
