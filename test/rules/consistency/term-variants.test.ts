import { ruleTester } from '../rule-tester';
import { termVariants } from '../../../server/src/rules/consistency/term-variants';

ruleTester(termVariants, {
  valid: [
    // one unit abbreviation; "and/or" is not a unit
    'The train ran at 110 kph. A limit of 30 kph applies until the rails are checked.',
    'Gusts reached 90 km/h on the coast and 70 km/h inland.',
    'Residents can pay by check and/or card. The 30 kph limit stays.',
    // a British name in an American draft, and an American name in a British draft
    'The Labour Party won the seat. The labor market was tight.',
    'The World Health Organization spoke. The organisation\'s colour scheme and the centre of the programme were British.',
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
    // accents: one form only; a dateline in capitals; people's names are the names rules'
    'BOGOTÁ, Colombia (AP) — Crowds gathered in Bogotá on Sunday.',
    'The mayor of Bogotá spoke. The resume of talks was welcomed.',
    '"It shook like a train," said Omar Ait Lahcen, 52. Fatima Aït Ali, 61, lost her home.',
    'President Andrés Manuel López Obrador spoke. Lopez Obrador said the plan would pass.',
    // a plural or a longer name is not a dropped apostrophe
    "The Johnsons' farm flooded. Mary Johnson's barn survived.",
    "Lloyds Banking Group cut jobs. Lloyd's of London insures ships.",
    // capitals: other words, a dateline, an acronym written one way
    'The US economy grew. Let us wait, the official said.',
    'DENVER (AP) — Denver won the title on Monday.',
    'The LA Galaxy won. La Paz is high in the Andes.',
    'The 737 Max 9 was grounded. Airlines fly the 737 Max 8 too.',
    // a compound modifier and the same words used otherwise
    'The end-of-life rules changed. At the end of life, patients need care.',
    'The state-of-the-art plant opened. The state of the art has moved on.',
    // a numbered name and its other numbers
    'The Artemis-2 crew trained. Artemis-1 flew without a crew, and Artemis-3 will land.',
    // the spelling system: one system throughout; a form both systems write (-ize, program) is no evidence
    'The organisation said the defence review would finish in the autumn. Its centre in Leeds will organize the talks.',
    'The program cost $4 million. The center will open in June, and the defense ministry approved it.',
    // a speaker keeps British spelling in an American draft
    'The defense budget rose. "We will keep our defence spending above 2%," Sunak said.',
    // an acronym and a place or a longer name that looks like it: "INDIA" is an alliance
    'The INDIA alliance won 232 seats. India is the most populous country.',
    'The SWAT team arrived. Residents of the Swat Valley fled.',
    'The AMBER Alert went out at 9 p.m. Amber, 11, was found safe.',
    'NATO leaders met. The Nato Summit Committee in Vilnius, a local group, sold tickets.',
    // two names of places one letter apart, each with its own head word
    'Okanogan County lost 140 homes. In the Okanagan Valley, 30 homes burned. Okanogan County officials said rebuilding was slow.',
    // a name and a longer name
    'Coffee exports from Colombia rose. Researchers at Columbia University studied the premiums paid in Colombia.',
    // a company and its founder: the names rules' business
    'Raymond Pellham founded Pellham Logistics. Pellam said he trusted his staff.',
    // courtesy titles written one way
    'Mr. Price said he would stay. Mrs. Price agreed.',
    'Mr Price said he would stay. Mrs Price agreed.',
    // a verb and its object, and the noun
    'The armies agreed to cease fire at midnight. The cease-fire held.',
  ],
  invalid: [
    {
      text: 'The train was running at about 110 kph (68 mph). A temporary limit of 30 km/h would apply until then.',
      errors: [{ text: 'km/h', output: 'The train was running at about 110 kph (68 mph). A temporary limit of 30 kph would apply until then.' }],
    },
    {
      text: 'Winds reached 120 km/h on Tuesday. By Wednesday they had eased to 40 kmh.',
      errors: [{ text: 'kmh', output: 'Winds reached 120 km/h on Tuesday. By Wednesday they had eased to 40 km/h.' }],
    },
    {
      text: 'Gusts of 60 mph knocked down trees. By evening the wind was below 20 m.p.h.',
      errors: [{ text: 'm.p.h.' }],
    },
    {
      // a British spelling whose American form the draft writes only in a name
      text: 'The World Health Organization declared a pandemic. The organisation said 81 countries had no cases.',
      errors: [{ text: 'organisation', message: /in a name/, output: 'The World Health Organization declared a pandemic. The organization said 81 countries had no cases.' }],
    },
    {
      text: 'The Pearl Harbor memorial reopened. Ships in the harbour sounded their horns.',
      errors: [{ text: 'harbour', output: 'The Pearl Harbor memorial reopened. Ships in the harbor sounded their horns.' }],
    },
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
    {
      name: 'an accent dropped',
      text: 'Floods hit Bogotá on Sunday. Schools in Bogota closed, and Bogotá declared an emergency.',
      errors: [{ text: 'Bogota', output: 'Floods hit Bogotá on Sunday. Schools in Bogotá closed, and Bogotá declared an emergency.' }],
    },
    {
      name: 'an accent the house style drops',
      text: 'Fires burned in Québec on Monday. Quebec officials ordered evacuations.',
      errors: [{ text: 'Québec', message: /AP style/, output: 'Fires burned in Quebec on Monday. Quebec officials ordered evacuations.' }],
    },
    {
      name: 'an apostrophe dropped',
      text: "The Parkinson's study enrolled 300 patients. People with Parkinsons often wait years for a diagnosis.",
      errors: [{ text: 'Parkinsons', output: "The Parkinson's study enrolled 300 patients. People with Parkinson's often wait years for a diagnosis." }],
    },
    {
      name: 'a term in capitals and not',
      text: 'The airline flies 40 Airbus A321 NEO jets. Each A321 neo seats 200, and the A321 neo burns less fuel.',
      errors: [{ text: 'NEO', output: 'The airline flies 40 Airbus A321 neo jets. Each A321 neo seats 200, and the A321 neo burns less fuel.' }],
    },
    {
      name: 'an acronym in capitals and not',
      text: 'Texas regulators said ERCOT expected outages. Officials at Ercot asked users to save power, and ERCOT said supplies were tight.',
      errors: [{ text: 'Ercot', output: 'Texas regulators said ERCOT expected outages. Officials at ERCOT asked users to save power, and ERCOT said supplies were tight.' }],
    },
    {
      name: 'AP keeps the hyphen in co- for occupations: the draft\'s majority',
      text: 'The co-founder left. Two other co-founders stayed, and a cofounder of a rival joined.',
      errors: [{ text: 'cofounder', message: /keep one form .*"co-founder"/ }],
    },
    {
      name: 'a compound modifier without its hyphens',
      text: 'The cost-of-living payments start in May. Critics said the cost of living payments were too small.',
      errors: [{ text: 'cost of living', output: 'The cost-of-living payments start in May. Critics said the cost-of-living payments were too small.' }],
    },
    {
      name: 'a numbered name spelled two ways',
      text: 'The Perseverance-2 rover landed. Engineers said Perseverence-2 would drill next week, and Perseverance-2 sent images.',
      errors: [{ text: 'Perseverence-2', output: 'The Perseverance-2 rover landed. Engineers said Perseverance-2 would drill next week, and Perseverance-2 sent images.' }],
    },
    {
      name: 'AP closes a prefix',
      text: 'The district opened a pre-kindergarten class. The prekindergarten program has 40 pupils.',
      errors: [{ text: 'pre-kindergarten', message: /AP style closes the prefix/, output: 'The district opened a prekindergarten class. The prekindergarten program has 40 pupils.' }],
    },
    {
      name: 'the dictionary word',
      text: 'The museum reopened its play-ground on Monday. The playground had been closed for a year.',
      errors: [{ text: 'play-ground', message: /dictionary/, output: 'The museum reopened its playground on Monday. The playground had been closed for a year.' }],
    },
    {
      name: 'British spelling in an American draft, across words',
      text: 'Researchers analyzed records from 212 hospitals. Hospitals tried a federal loan programme for nursing students.',
      errors: [{ text: 'programme', message: /British spelling .* American spelling/, output: 'Researchers analyzed records from 212 hospitals. Hospitals tried a federal loan program for nursing students.' }],
    },
    {
      name: 'American spelling in a British draft: the draft\'s system wins over the house style',
      text: 'Ministers said defence spending would rise to 2.5 per cent. The review will set up a new organization for the defence budget, and the defence organisation will report in the autumn.',
      errors: [{ text: 'organization', message: /British spelling/, output: 'Ministers said defence spending would rise to 2.5 per cent. The review will set up a new organisation for the defence budget, and the defence organisation will report in the autumn.' }],
    },
    {
      name: 'per cent and percent in a British draft',
      text: 'Labour won about 34 per cent of the vote. The defence budget is 2.3 per cent of output. Turnout was 60 percent.',
      errors: [{ text: 'percent', output: 'Labour won about 34 per cent of the vote. The defence budget is 2.3 per cent of output. Turnout was 60 per cent.' }],
    },
    {
      name: 'an abbreviation in capitals and as a word',
      text: 'NATO leaders met on Tuesday. Only 11 members met the target, according to Nato estimates.',
      errors: [{ text: 'Nato', message: /AP style/, output: 'NATO leaders met on Tuesday. Only 11 members met the target, according to NATO estimates.' }],
    },
    {
      name: 'an abbreviation as a word at the start of a sentence',
      text: 'NASA delayed the launch. Nasa engineers said the winds had torn away caulking.',
      errors: [{ text: 'Nasa' }],
    },
    {
      name: 'a product name without its inner capital after "The"',
      text: 'The iPhone 15 costs $799. The Iphone had lost share in China this year.',
      errors: [{ text: 'Iphone', output: 'The iPhone 15 costs $799. The iPhone had lost share in China this year.' }],
    },
    {
      name: 'a company\'s name spelled two ways',
      text: 'Norvale Foods agreed to the deal. Norvale said it would keep its plants. Norvail Foods employs 3,100 people, and Norvale Foods shares rose.',
      errors: [{ text: 'Norvail', output: 'Norvale Foods agreed to the deal. Norvale said it would keep its plants. Norvale Foods employs 3,100 people, and Norvale Foods shares rose.' }],
    },
    {
      name: 'a place\'s name with a letter doubled or dropped',
      text: 'Brennerton County approved its budget. The Brenerton courthouse needs a roof, officials in Brennerton said.',
      errors: [{ text: 'Brenerton' }],
    },
    {
      name: 'a place\'s name without its final e',
      text: 'The Whitcombe mine opened in 2021. Layoffs will fall on the Whitcombe site. Work at the Whitcomb site will continue.',
      errors: [{ text: 'Whitcomb' }],
    },
    {
      name: 'a spaced compound after a possessive',
      text: 'Under cross-examination, Wendt said no. Wendt\'s cross examination continues Wednesday.',
      errors: [{ text: 'cross examination', output: 'Under cross-examination, Wendt said no. Wendt\'s cross-examination continues Wednesday.' }],
    },
    {
      name: 'a courtesy title with and without its period: British style in a British draft',
      text: 'Mr Price, 54, has led the colourful cast since 2019. Mr Price said the theatre would reopen. Mr. Price returns on Thursday.',
      errors: [{ text: 'Mr.', output: 'Mr Price, 54, has led the colourful cast since 2019. Mr Price said the theatre would reopen. Mr Price returns on Thursday.' }],
    },
    {
      name: 'a courtesy title with and without its period: AP style',
      text: 'Mr. Tanaka founded the company. Mr Tanaka said sales would rise.',
      errors: [{ text: 'Mr', output: 'Mr. Tanaka founded the company. Mr. Tanaka said sales would rise.' }],
    },
    {
      name: 'child care: AP writes two words',
      text: 'The report found child care costs rose. Workers in childcare earn $13.70 an hour.',
      errors: [{ text: 'childcare', message: /AP style/ }],
    },
  ],
});
