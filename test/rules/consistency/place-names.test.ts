import { ruleTester } from '../rule-tester';
import { placeNames } from '../../../server/src/rules/consistency/place-names';

ruleTester(placeNames, {
  valid: [
    'The minister flew to Kyiv on Tuesday.',
    // quotations keep the speaker's words
    'The envoy called for "the release of all political prisoners in Burma."',
    // fixed names and historical phrases
    'Shares on the Bombay Stock Exchange fell. He ordered chicken Kiev.',
    // a sentence about the name itself
    'Myanmar, formerly known as Burma, has been ruled by the military.',
    'The president said the Gulf of Mexico would be renamed the Gulf of America.',
    // an accepted form
    { text: 'Traders in Bombay sold shares.', config: { places: { Bombay: false } } },
    // a style that keeps the form
    { text: 'Protests spread across Burma.', config: { houseStyle: { style: 'bbc' } } },
    // a form with other referents, not in a place context
    'Tom Holland starred in the film.',
    // an ambiguous form with the other referent's region named
    "Ukraine's grain deal collapsed. Oil workers near Odessa, in the Permian Basin of Texas, shrugged.",
    'Oil prices rose after Russia attacked Ukraine. Drillers in the Odessa area of Texas hired more workers.',
    // a style that keeps the form, and no preferred form in the draft
    'Engineers in Bangalore built the lander.',
  ],
  invalid: [
    {
      text: 'The minister flew to Kiev on Tuesday.',
      errors: [{ text: 'Kiev', message: /Kyiv/, output: 'The minister flew to Kyiv on Tuesday.' }],
    },
    {
      name: 'an all-caps dateline',
      text: 'KIEV, Ukraine — The minister arrived on Tuesday.',
      errors: [{ text: 'KIEV', output: 'KYIV, Ukraine — The minister arrived on Tuesday.' }],
    },
    {
      name: 'outside the quotation only',
      text: 'Banks across Burma closed. "The people of Burma deserve better," the envoy said.',
      errors: [{ text: 'Burma', output: 'Banks across Myanmar closed. "The people of Burma deserve better," the envoy said.' }],
    },
    {
      text: 'The king of Swaziland arrived in Johannesburg.',
      errors: [{ text: 'Swaziland', output: 'The king of Eswatini arrived in Johannesburg.' }],
    },
    {
      name: 'a newsroom override',
      text: 'The delegation visited Peking.',
      config: { places: { Peking: 'Beijing' } },
      errors: [{ text: 'Peking', output: 'The delegation visited Beijing.' }],
    },
    {
      name: 'an ambiguous form the draft itself resolves',
      text: 'Ships left Odesa on Monday. Farmers in the Odessa region are waiting for buyers.',
      errors: [{ text: 'Odessa', output: 'Ships left Odesa on Monday. Farmers in the Odesa region are waiting for buyers.' }],
    },
    {
      name: 'an ambiguous form with its region in the paragraph',
      text: 'Russian drones struck Ukrainian ports overnight. Damage was worst in the Odessa region, officials said.',
      errors: [{ text: 'Odessa', output: 'Russian drones struck Ukrainian ports overnight. Damage was worst in the Odesa region, officials said.' }],
    },
    {
      name: 'both names in one draft, whatever the style',
      text: 'The startup is based in Bangalore. Its rivals in Bengaluru hired 2,000 engineers.',
      errors: [{ text: 'Bangalore', message: /written "Bengaluru" elsewhere/, output: 'The startup is based in Bengaluru. Its rivals in Bengaluru hired 2,000 engineers.' }],
    },
  ],
});
