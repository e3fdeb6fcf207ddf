// Emotive words in the reporter's voice: "crushed", "disastrous", "humiliating", "bloated",
// "regime", "chaos". Literal senses ("crushed ice", "bloated body"), names and quotations are left
// alone, and so is a speaker's judgement reported in a paraphrase.
import { kindRule } from './report';

export const emotive = kindRule('emotive', {
  id: 'loaded-language/emotive',
  description: 'Emotive wording in the reporter\'s voice: "crushed", "disastrous", "humiliating", "bloated", "regime".',
  defaultSeverity: 'warning',
});
