import { ruleTester } from '../rule-tester';
import { termVariants } from '../../../server/src/rules/consistency/term-variants';

ruleTester(termVariants, {
  valid: [
    'The G-7 ministers met on Monday. The G-7 statement condemned the attack.',
    // quotations keep the speaker's spelling
    'Send it by email, the agency said. "Nobody reads e-mail anymore," Smith said.',
    // a compound modifier and the spaced phrase are both right
    'The long-term plan was approved. In the long term, costs will fall.',
    // a title before a name is not a variant of the lower-case title
    'Prime Minister Narendra Modi spoke first. The prime minister then left.',
    'Secretary of State Antony Blinken arrived. The secretary of state met the president.',
    // a name and a generic use: "the City Council" / "a city council", "the White House" / "a white house"
    'The Supreme Court ruled on Monday. A state supreme court had ruled the other way.',
    'The City Council met on Tuesday. Residents asked a city council in another town for help.',
    'He lives in a white house near the White House.',
    // different words
    'The player will re-sign with the club. The coach did not resign.',
    // people's names are left to the names rules
    'President Volodymyr Zelenskyy spoke by video. Zelensky said the war would go on.',
    'Sen. Joe Manchin voted yes. Machin said he was pleased.',
    // proper nouns keep their spelling
    'The Labour Party won the election. The labor market is tight.',
    // one form only
    'The report used British spellings throughout: colour, organisation, centre.',
    'Prices rose 5 percent in May and 4 percent in June.',
    // a given name and surname written together elsewhere is a person, not a variant
    'Rep. Ron DeSantis spoke. Desantis later left.',
    'The long-term plan was approved, but in the long term costs rise.',
    // dates in one style
    'The vote is on Jan. 6, and the count on Feb. 10.',
  ],
  invalid: [
    {
      name: 'G-7 / G7',
      text: 'The G-7 leaders met in Italy. On Friday, the G7 issued a joint statement.',
      errors: [{ text: 'G7', message: /G-7/, output: 'The G-7 leaders met in Italy. On Friday, the G-7 issued a joint statement.' }],
    },
    {
      name: 'the minority form goes',
      text: 'Customers received an email on Monday. A second email followed. The e-mail said prices would rise.',
      errors: [{ text: 'e-mail', output: 'Customers received an email on Monday. A second email followed. The email said prices would rise.' }],
    },
    {
      name: 'periods in an abbreviation',
      text: 'The company sells AI chips. Demand for A.I. systems has soared, and AI spending keeps rising.',
      errors: [{ text: 'A.I.', output: 'The company sells AI chips. Demand for AI systems has soared, and AI spending keeps rising.' }],
    },
    {
      name: 'a space dropped',
      text: 'The proposal came from Council member Ana Ruiz. Councilmember Lee opposed it.',
      errors: [{ text: 'Councilmember', output: 'The proposal came from Council member Ana Ruiz. Council member Lee opposed it.' }],
    },
    {
      name: 'a hyphen dropped',
      text: 'Her co-workers said she was a careful manager. Several coworkers attended the hearing, and co-workers spoke for her.',
      errors: [{ text: 'coworkers' }],
    },
    {
      name: 'a multiword term capitalised two ways',
      text: 'The winner receives the claret jug. He lifted the Claret Jug for the second time.',
      errors: [{ text: 'Claret Jug', output: 'The winner receives the claret jug. He lifted the claret jug for the second time.' }],
    },
    {
      name: 'a month written two ways',
      text: 'The attack on Dec. 7 killed 12 people. Officials marked the December 7 attack with a vigil.',
      errors: [{ text: 'December', output: 'The attack on Dec. 7 killed 12 people. Officials marked the Dec. 7 attack with a vigil.' }],
    },
    {
      name: 'a place spelled two nearly identical ways',
      text: 'Troops were deployed in Mandalay and in Sagaing. Protests spread from Sagiang to the capital.',
      errors: [{ text: 'Sagiang', output: 'Troops were deployed in Mandalay and in Sagaing. Protests spread from Sagaing to the capital.' }],
    },
    {
      name: 'British and American spelling mixed',
      text: 'The color of the flag was changed. Officials said the new colour was chosen by a committee, and the color scheme was approved.',
      errors: [{ text: 'colour', output: 'The color of the flag was changed. Officials said the new color was chosen by a committee, and the color scheme was approved.' }],
    },
    {
      name: '% and percent',
      text: 'Unemployment fell to 4.1% in May from 4.3% in April, and wages rose 3.9 percent.',
      errors: [{ text: '3.9 percent', output: 'Unemployment fell to 4.1% in May from 4.3% in April, and wages rose 3.9%.' }],
    },
    {
      name: 'an abbreviated place name',
      text: 'The storm hit Fort Myers on Wednesday. Shelters in Ft. Myers filled quickly, and Fort Myers Beach was flooded.',
      errors: [{ text: 'Ft.', output: 'The storm hit Fort Myers on Wednesday. Shelters in Fort Myers filled quickly, and Fort Myers Beach was flooded.' }],
    },
    {
      name: 'inner capitals dropped',
      text: 'The vaccine was developed by Pfizer and BioNTech. Biontech said production would rise.',
      errors: [{ text: 'Biontech', output: 'The vaccine was developed by Pfizer and BioNTech. BioNTech said production would rise.' }],
    },
    {
      name: 'a hyphenated noun spaced',
      text: 'The mini-budget spooked markets. Critics said the mini budget was a mistake, and the mini-budget was reversed.',
      errors: [{ text: 'mini budget', output: 'The mini-budget spooked markets. Critics said the mini-budget was a mistake, and the mini-budget was reversed.' }],
    },
    {
      name: 'a place name spaced',
      text: 'Talks were held in Vietnam. Officials in Viet Nam said more talks would follow in Vietnam.',
      errors: [{ text: 'Viet Nam', output: 'Talks were held in Vietnam. Officials in Vietnam said more talks would follow in Vietnam.' }],
    },
    {
      name: 'the newsroom form wins',
      text: 'The G-7 met in Japan. The G7 agreed.',
      config: { terms: { prefer: ['G7'] } },
      errors: [{ text: 'G-7', output: 'The G7 met in Japan. The G7 agreed.' }],
    },
  ],
});
