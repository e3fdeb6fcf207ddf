import { writeGoodRule } from './write-good';

export const weasel = writeGoodRule({
  id: 'style/weasel',
  check: 'weasel',
  description: 'Weasel words that blur a statement ("very", "various", "fairly").',
  message: (span) => `"${span}" is a weasel word: be specific.`,
});
