import { ruleTester } from '../rule-tester';
import { puffery } from '../../../server/src/rules/loaded-language/puffery';

ruleTester(puffery, {
  valid: [
    '"The next industrial revolution has begun," Huang said.',
    '"This is a game-changing law for working families," Biden said at the signing.',
    'Huang called the results a game-changing moment for the industry.',
    'The driver had a tire blowout on the highway.',
    'Democrats won the special election in a blowout.',
    'Scholars of the Heroic Age met in Athens.',
    'The city held a groundbreaking ceremony for the new bridge.',
    'She is the undisputed heavyweight champion.',
    'The Iranian Revolutionary Guard seized the tanker.',
    'Lawmakers met in an extraordinary session on Friday.',
    'The mayor called the bond measure a once-in-a-generation investment in the city\'s schools.',
    '"This is a once-in-a-lifetime chance," the coach told reporters.',
    'Forecasters warned of a once-in-a-generation flood on the lower river.',
    // Superlatives of history that are attributed, quoted, a record in figures, or a vague passive's.
    '"It was the greatest final ever played," Messi said.',
    'Nicklaus said it was the greatest comeback in sports history.',
    'It was the best result ever recorded by a Green candidate in a mayoral race.',
    'It is thought that the match will go down as the greatest final ever played.',
    'Shares had their worst day in history.',
  ],
  invalid: [
    { text: 'Argentina beat France 4-2 in a penalty shootout after a 3-3 draw in the greatest final ever played.', errors: [{ text: 'the greatest final ever played', message: /judgement of history/, severity: 'info', output: null }] },
    { text: 'It was the greatest comeback in sports history.', errors: [{ text: 'the greatest comeback in sports history' }] },
    { text: 'It was the best season ever for the club.', errors: [{ text: 'the best season ever' }] },
    { text: 'Voters went to the polls in the most important election of all time.', errors: [{ text: 'the most important election of all time' }] },
    { text: 'Nvidia on Wednesday reported a blowout quarter.', errors: [{ text: 'blowout', message: /puffery/, severity: 'info', output: 'Nvidia on Wednesday reported a strong quarter.' }] },
    { text: 'Nvidia, the undisputed king of AI chips, announced a stock split.', errors: [{ text: 'undisputed king', output: null }] },
    { text: 'Biden signed a game-changing package of climate and tax measures.', errors: [{ text: 'game-changing' }] },
    { text: 'Woods capped a miraculous comeback with a two-stroke victory.', errors: [{ text: 'miraculous' }] },
    { text: 'Trump completed a triumphant return to power.', errors: [{ text: 'triumphant' }] },
    { text: 'The legendary coach retired on Friday.', errors: [{ text: 'legendary' }] },
    { text: 'The council approved a bold, once-in-a-generation overhaul of the transit network.', errors: [{ text: 'once-in-a-generation' }] },
    { text: 'Fans lined up for a once-in-a-lifetime look at the trophy.', errors: [{ text: 'once-in-a-lifetime' }] },
    { text: 'Iconic Theater Closes After 90 Years', format: 'plaintext', errors: [{ text: 'Iconic', output: 'Well-known Theater Closes After 90 Years' }] },
  ],
});

ruleTester(puffery, {
  valid: ['"It was magnificent," the coach said.'],
  invalid: [
    { text: 'He gave a magnificent performance in the final.', errors: [{ text: 'magnificent' }] },
    { text: 'The landing was a glorious moment for the agency.', errors: [{ text: 'glorious' }] },
  ],
});
