// Contentious labels in the reporter's voice: "terrorist", "extremist", "cult", "illegal alien",
// "pro-life". A label is fine when the sentence attributes it to a source.
import { kindRule } from './report';

export const labels = kindRule('labels', {
  id: 'loaded-language/labels',
  description: 'Contentious labels in the reporter\'s voice, unless attributed: "terrorist", "extremist", "illegal alien".',
  defaultSeverity: 'warning',
});
