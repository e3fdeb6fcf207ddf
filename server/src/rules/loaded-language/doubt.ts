// Expressions of doubt in the reporter's voice: "so-called", "self-proclaimed", "purported",
// "supposed" before a noun. They tell the reader not to believe what follows without saying why.
import { kindRule } from './report';

export const doubt = kindRule('doubt', {
  id: 'loaded-language/doubt',
  description: 'Expressions of doubt in the reporter\'s voice: "so-called", "self-proclaimed", "purported".',
  defaultSeverity: 'warning',
});
