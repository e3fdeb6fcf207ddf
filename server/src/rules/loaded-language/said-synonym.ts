// Loaded synonyms for "said" in the reporter's voice: "slammed", "blasted", "boasted", "fumed",
// "admitted", "claimed". The verb of an attribution is the writer's choice, so it is flagged even
// when what follows is the speaker's; verbs that need a context ("claimed", "admitted") count only
// as verbs of saying ("claimed responsibility", "admitted to hospital" are not speech).
import { kindRule } from './report';

export const saidSynonym = kindRule('said-synonym', {
  id: 'loaded-language/said-synonym',
  description: 'A loaded synonym for "said" in the reporter\'s voice: "slammed", "boasted", "fumed", "admitted", "claimed".',
  defaultSeverity: 'warning',
});
