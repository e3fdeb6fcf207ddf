// Puffery: promotional praise in the reporter's voice ("game-changing", "blowout quarter",
// "the undisputed king of", "legendary", "miraculous", "triumphant").
import { kindRule } from './report';

export const puffery = kindRule('puffery', {
  id: 'loaded-language/puffery',
  description: 'Puffery in the reporter\'s voice: "game-changing", "blowout", "legendary", "triumphant".',
  defaultSeverity: 'info',
});
