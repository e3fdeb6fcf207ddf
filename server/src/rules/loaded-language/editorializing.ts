// Editorializing: adverbs and phrases that tell the reader what to think ("clearly", "brazenly",
// "of course", "needless to say", "sadly"). Sentence adverbs count only as comments on the clause
// ("Clearly, ...", "demand is clearly cooling"), not as manner ("spoke clearly").
import { kindRule } from './report';

export const editorializing = kindRule('editorializing', {
  id: 'loaded-language/editorializing',
  description: 'Editorializing in the reporter\'s voice: "clearly", "brazenly", "of course", "sadly".',
  defaultSeverity: 'info',
});
