import { ruleTester } from '../rule-tester';
import { conflictingValues } from '../../../server/src/rules/figures/conflicting-values';

/** Paragraphs of other figures between two mentions: the comparison finds its candidates by key, not by distance. */
const filler = Array.from({ length: 60 }, (_, i) => `The ${['county', 'district', 'state'][i % 3]} reported ${1000 + i * 37} ${['cases', 'visits', 'permits'][i % 3]} and $${i + 2}.${i % 10} million in ${['fees', 'grants', 'taxes'][i % 3]} in week ${i + 1}.`).join('\n\n');

ruleTester(conflictingValues, {
  valid: [
    // counts given a named thing, referred back to with "its"
    '"Joker" led all films with 11 nominations, one more than "1917" and "The Irishman," which had 10 each.\n\n"Joker" took two awards despite its 11 nominations.',
    '"Joker" led all films with 11 nominations, one more than "1917" and "The Irishman," which had 10 each.\n\nNetflix\'s "The Irishman" went home with nothing despite its 10 nominations.',
    '"The Irishman," with 10 nominations, led the field.\n\n"Joker" and "The Irishman" split the night; "Joker" won two of its 11 nominations.',
    'Acme, with 420 employees, is the largest employer.\n\nBrightline\'s plant closed, and its 300 employees were laid off.',
    'Leave won 51.9% of the vote. In Scotland, the 38% who voted to leave were outnumbered.',
    'Leave won 51.9% of the vote nationally.\n\nAmong older voters, the 64% who voted to leave were decisive.',
    'Prosecutors asked for 15 years. In a second case, the judge imposed less than the 20 years prosecutors sought.',
    'At least 14 people were killed in the derailment, officials said.\n\nIn the neighboring district, the death toll stood at 6.',
    'At least 14 people were killed in the derailment, officials said.\n\nIn a separate accident on Wednesday, the death toll stood at 6.',
    'The floods have killed at least 40 people across the state.\n\nIn Lismore alone the death toll stood at 12.',
    'Last year\'s floods killed 22 people.\n\nThis year the death toll stood at 9.',
    'At least seven people have died across the region, police said.\n\nIn Lismore, police said the five deaths included a 72-year-old man.',
    'Castellane wrote 14 books. Her husband, Tom, wrote 12.\n\nHer 12 books are out of print.',
    // conversions at one rate, within rounding
    'Compensation is 500,000 rupees ($7,000) for each family and 200,000 rupees ($2,800) for the injured.',
    'The fine was 2 million euros ($2.2 million). The company also paid 450,000 euros (about $500,000) in costs.',
    'The prize is 1 million yuan ($140,000); last year it was 800,000 yuan ($120,000).',
    'In 2010 the fine was 500,000 rupees ($11,000). The fine is now 500,000 rupees ($6,000).',
    // scale words: other amounts with the same digits
    'Musk completed his $44 billion purchase of Twitter.\n\nBankers earned $44 million in fees.',
    'The universe is 13.8 billion years old.\n\nThe fossil is 13.8 million years old, researchers said in 2019.',
    'The company spent $2 billion on the plant.\n\nIt paid the $2 million fine.',
    'The state budget is $4.5 billion.\n\nThe city budget is $4.5 million.',
    'The company reported revenue of $2.5 billion. Its charity arm reported revenue of $2.5 million.',
    'The galaxy is 55 million light-years away. Its jet reaches 55 billion kilometers.',
    'Leave won 51.9% of the vote in the referendum, against 48.1% for Remain.\n\nThe 51.9% who voted to leave were concentrated in English towns.',
    'Leave won 51.9% of the vote in the referendum.\n\nThe 48% who voted to remain were concentrated in cities.',
    'In the 1975 referendum, 67% of the vote went to Remain, and Leave won 33% of the vote.\n\nThis time, the 51.9% who voted to leave were concentrated in towns.',
    'The company now expects earnings of $5.60 to $5.75 a share, up from its previous forecast of $5.35 to $5.50.\n\nOn the new forecast of $5.60 to $5.75 a share, the company assumed stable costs.',
    'The company now expects earnings of $5.60 to $5.75 a share, up from its previous forecast of $5.35 to $5.50.\n\nThe old forecast of $5.35 to $5.50 a share assumed higher costs.',
    'The company forecast revenue of $2.1 billion to $2.3 billion.\n\nThat is above the analysts\' forecast of $2.0 billion to $2.3 billion.',
    'Sales were $2.1 billion to $2.3 billion in each quarter.\n\nThe new forecast of $2.0 billion to $2.3 billion assumes weaker demand.',
    'Argentina beat France 4-2 in a penalty shootout after a 3-3 draw.\n\nArgentina won the shootout 4-2 after Messi converted.',
    // a year range is not a tally
    'The board voted 5-2 to close two schools.\n\nThe $212.6 million spending plan for the 2024-25 school year is built on projected revenue of $204.2 million.',
    'The club won 7-2 in its best season.\n\nThe 2019–20 season was cut short, and the 2020-21 budget was smaller.',
    'The club won the final 3-1.\n\nThe 2022-23 season ended with the club in third place, as in the 2021-22 season.',
    'The board voted 4-3 on the contract.\n\nThe district\'s FY2023-24 budget and its 2023-24 school year calendar were approved.',
    'Argentina beat France 4-2 in a penalty shootout after a 3-3 draw.\n\nFour years earlier, Croatia won the shootout 4-3 against Russia.',
    'Argentina beat France 4-2 in a penalty shootout.\n\nIn the semifinal, Argentina won the shootout 4-3 against the Netherlands.',
    'Prosecutors had asked for 15 years in prison.\n\nThe sentence is far below the 15 years prosecutors had sought.',
    'Prosecutors had asked for 15 years in prison. Her lawyers sought 18 months.\n\nThe sentence is above the 12 months her lawyers had sought.',
    'Prosecutors asked for 15 years for Holmes and 20 years for Balwani.\n\nThe sentence is far below the 20 years prosecutors sought.',
    'The union asked for $40 million.\n\nThe deal is well short of the $45 million the city wanted.',
    'Castellane wrote 14 books, including a best-seller.\n\nHer 14 books and more than 200 papers will be donated to the Smithsonian.',
    'Castellane wrote 14 books. Her daughter, Ruth, wrote three.\n\nThe Smithsonian will receive her 12 books on reefs.',
    'Castellane wrote 14 books.\n\nHer husband, a painter, had 12 books of sketches.',
    'Castellane wrote 14 books.\n\nHer 12 books on coral reefs will be donated.',
    'Musk is paying $54.20 a share for the company.\n\nTwitter shares closed at $52.40 on Friday.',
    'The buyer is paying $54.20 a share.\n\nHolders of preferred stock will receive $12.50 in cash for each share they hold.',
    'Officials said 4,291 people had died in China.\n\nOf the 5,120 deaths recorded worldwide, most were in Asia.',
    'Officials said 4,291 people had died.\n\nThe 5,120 deaths included 300 children.',
    // conversions in brackets, rounded as writers round them
    'The weather office said 375 millimeters (about 15 inches) of rain fell in 24 hours.',
    'Its main mirror is 6.5 meters (21 feet) across.',
    'The wall is 6 feet (2 meters) high, and the river 3 miles (5 km) long.',
    'The fish weighed 12 pounds (5.4 kilograms), and the tank held 50 gallons (190 liters).',
    'A 1-mile (1.6-kilometer) stretch and 4 feet (1 meter) of snow.',
    'The farm covers 200 acres (81 hectares), and the speed limit is 65 mph (105 kph).',
    'About 2 inches (5 centimeters) of rain fell, and the ridge rose 1,000 feet (300 meters).',
    'The storm dropped 10 inches (25 cm) of snow, with gusts of 40 mph (64 kph).',
    // a change given again as a bound that the exact figure fits, or of another change
    'The Dow plunged 2,997.10 points on Monday.\n\nMonday\'s loss of nearly 3,000 points wiped out the gain.',
    'The Dow plunged 3,010.50 points on Monday.\n\nMonday\'s loss of more than 3,000 points wiped out the gain.',
    'The Dow plunged 2,997.10 points on Monday.\n\nOver the week it lost more than 3,000 points.',
    'The Dow plunged 2,997.10 points on Monday.\n\nThe Nasdaq fell more than 3,000 points in 2020.',
    'The Dow rose 2,997.10 points in March.\n\nIn April it fell more than 3,000 points.',
    'The Dow plunged 2,997.10 points on Monday.\n\nA loss of more than 3,000 points would be the worst ever.',
    'The Dow plunged 2,997.10 points on Monday.\n\nFriday\'s loss of more than 3,000 points was worse.',
    'The Dow plunged 2,997.10 points on Monday.\n\nAnalysts expect a loss of more than 3,000 points next week.',
    // a shortfall and a deficit of other things or times
    'The city faces a shortfall of $8.4 million this year.\n\nLast year\'s $4.8 million deficit was covered from reserves.',
    'The district has a shortfall of $8.4 million.\n\nThe state\'s $4.8 billion deficit is the largest in its history.',
    'The district has a shortfall of $8.4 million in its operating budget.\n\nTexas\'s $4.8 million deficit is smaller.',
    // death tolls with digits swapped that are two tolls: another crash, another year, a revision, both given
    'A jet crashed near Lagos on Sunday, killing 189 people.\n\nIn a separate crash in 2012, 198 people died.',
    'The 2015 quake killed 132 people.\n\nThe quake this year killed 123 people.',
    'Officials initially said 152 people had died.\n\nThe figure was later corrected: 125 people died.',
    'The floods killed 214 people in the north and 241 people in the south.\n\nOf the 241 people who died in the south, most drowned.',
    'The storm killed about 189 people.\n\nRescuers said 198 people died.',
    'The blast killed 189 people.\n\nDoctors treated 198 people for burns.',
    'The blast in Kabul killed 189 people.\n\nAnother blast, in Kandahar, killed 198 people.',
    'The floods in Assam killed 312 people.\n\nThe floods in Bihar killed 321 people.',
    'Storms killed 146 people in Texas on Monday.\n\nIn Oklahoma, 164 people died.',
    'The 2004 tsunami killed 231 people on the island. The 2018 tsunami killed 213 people.',
    // death tolls: a toll that grows, a part of it, another time, a revision
    'A bus plunged into a gorge on Monday, killing at least 14 people.\n\nBy Tuesday the death toll had risen to 19.',
    'The storm killed at least 14 people across the state.\n\nThe death toll in Harlan County stood at 6.',
    'The 2013 floods killed 20 people.\n\nThis year the death toll stood at 12.',
    'Officials initially said 14 people were killed.\n\nThe death toll was later revised to 12.',
    'At least seven people have died across the region, police said.\n\nThe five deaths in Lismore included a 72-year-old man.',
    'At least seven people have died, police said.\n\nPolice said the nine deaths included a 72-year-old man.',
    // an earlier group narrowed by a modifier is not the group referred back to
    'Brennerton County agreed to cooperate with two neighboring counties on a dispatch center.\n\nThe administrator said the three counties had agreed to share the cost.',
    'The storm killed 14 people in the county on Monday.\n\nOn Tuesday another 12 people died.\n\nThe sheriff said the 26 victims included several children.',
    // the same value written differently
    'Russia massed more than 100,000 troops on the border. Officials said the 100 thousand troops were still there.',
    'The council approved a $48.6 million budget. Residents had two weeks to study the $48,600,000 spending plan.',
    // an approximation that fits
    'The aid package was worth $391 million. Critics said the nearly $400 million in aid had been held up for months.',
    // different things: reported deaths against an estimated toll, a subset, a forecast
    'Almost 7 million deaths had been reported. The agency estimated that the true toll was at least 20 million.',
    'The company had 24,000 employees. The 10 largest plants employ 9,000 of them.',
    'Analysts had expected revenue of $12.2 billion. The company reported revenue of $12.4 billion, and the $12.4 billion quarter was its best.',
    // different times
    'The factory made 1,250 cars in March. In April, the 1,520 cars it made set a record.',
    // different votes
    'The first article passed 230-197. The second passed 229-198, with three Democrats voting no.',
    'The Senate passed the bill 51-50, with the vice president breaking a 50-50 tie.',
    // a quoted figure keeps the speaker's words
    'The plant will cut 3,200 jobs. "The 2,300 jobs we are losing are the best in town," the mayor said.',
    'The justices ruled 6-3 on Monday in the first case. The 5-4 ruling on Tuesday split the court.',
    'The bill includes $61 billion for Ukraine. The $61 billion for Ukraine includes weapons.',
    // a kind of thing, not a reference back; the same noun for other things; another time
    'The 10-year note yield rose to 4.3%. The two-year note yield fell to 4.7%.',
    'The U.S. imposed a 25% tariff on steel in March. The 10% tariff on aluminum took effect in April.',
    { text: 'Turnout was 68%, the county said. That was below the 71% turnout in 2020.', date: '2024-11-06' },
    'Sales rose 12% from 2022 but fell short of the 20% annual growth the company targets.',
    // one vote, the right count of no votes
    'The board voted 7-2 to approve the plan. The two no votes came from members of the minority.',
    // the same value in another form, far apart
    `The council approved a $48.6 million budget.\n\n${filler}\n\nResidents had two weeks to study the $48,600,000 spending plan.`,
    `Russia massed more than 100,000 troops on the border.\n\n${filler}\n\nOfficials said the 100 thousand troops were still there.`,
    // two digits swapped, but another thing, another time or a contrast
    'The north plant employs 312 workers on two shifts. A second plant nearby employs 321 workers on two shifts.',
    'The river gauge read 512 centimeters at the bridge on Monday. On Tuesday, the river gauge read 521 centimeters at the bridge.',
    'Flu cases at the county hospital reached 362 in January, while flu cases at the county hospital reached 326 in February.',
    'Turnout in the north ward reached 748 voters. In the south ward, turnout reached 784 voters.',
    // a reference by another word to a figure of another size or another thing
    'Microsoft agreed to buy the studio for $69 billion, or $95 a share. The $95 offer price was a 45% premium.',
    'The company bought the chain for $1.2 billion in 2019. The $900 million purchase of a rival followed in 2021.',
    'Acme bought Bolt for $2 billion. The $1.8 billion purchase of Zenith closed later.',
    'The party won 34% of the vote. Its 30% share of seats left it short of a majority.',
    // a possessive reference to someone else's figure
    "Apple's phones took a 20% share of the market. Samsung's 22% share made it the leader.",
    // the same value rounded, or a qualified figure that allows it
    "Labour led by about 20 points in polls last month. Labour's 21-point lead worried the government.",
    'The firm bought the mine for $4.35 billion. The $4.4 billion purchase was its largest.',
    // a poll and a newer poll
    "The governor led by 8 points in a poll in May. The governor's 12-point lead in the latest poll surprised aides.",
    // a possessive set against a poll
    "Labour has led by about 20 points in polls for months. On election day, Labour's 10-point lead over the Conservatives was smaller than polls suggested.",
    // counts of a named thing: other subjects, other times, a person, other ones, a comparison
    'The film won seven Oscars on Sunday. That was more than the six Oscars its rival won last year.',
    '"Nomadland" won three Oscars on Sunday. "Minari" won one Oscar, and "Sound of Metal" won two Oscars.',
    'The band won three Grammys in 2019. It won two Grammys on Sunday.',
    'The show won six Emmys. Its star, who has won two Emmys, thanked her family.',
    'The show won six Emmys. Two other Emmys went to its writers.',
    // a result near another tally: the noun goes with the nearest one
    'The Tigers won the final 5-4 in a penalty shootout after a 2-2 draw.\n\nTheir goalkeeper saved twice in the 5-4 shootout win.',
    'City drew 1-1 with United after a 3-2 win over Leeds on Saturday.\n\nFans left early after the 1-1 draw.',
    // a qualified repeat with swapped digits that the earlier figure fits, or at another time, or of another place
    'Fire officials said on Monday that 412 homes had burned in the valley.\n\nBy Wednesday, fire officials said the number of homes burned in the valley had reached at least 421.',
    'Health officials in the county said 263 residents were treated at the clinic.\n\nHealth officials in the county said up to 326 residents were treated at the clinic.',
    'Governor Lena Park said late Saturday that 246 people were rescued from the flooded district.\n\nBy late Sunday, state officials said the number of people rescued had reached at least 264.',
    'Governor Lena Park said 246 people were rescued from the flooded district.\n\nBy late Sunday, state officials said the number of people rescued had reached at least 264.',
    'Mayor Ana Ruiz said 158 residents of the north ward were evacuated overnight.\n\nCounty officials said at least 185 residents of the south ward were evacuated overnight.',
    // a part of a toll, told apart by what follows its noun
    'The storm killed 14 people across the state.\n\nThe 12 victims in Harlan County were buried on Sunday.',
    'The storm killed 14 people across the state.\n\nThe 12 victims identified so far were adults.',
    // the same amount written in full
    'A former treasurer stole $1.2 million from the union.\n\nHe was ordered to repay the $1,200,000 he took.',
    // two counties: margins one slip apart are not one figure
    'The levy passed in Grant County by 412 votes. In Howard County, it failed by 421 votes.',
    // a whole and its part
    'With 649 of the 650 constituencies declared, Labour had won 411 seats.',
    // acres and square miles are different units
    'The fire burned 12,400 acres, or about 19 square miles.\n\nThe 12,400-acre fire was 40% contained.',
  ],
  invalid: [
    {
      name: 'a count given a title in a list "which had N each", then "its"',
      text: '"Joker" led all films with 11 nominations, one more than "1917," "The Irishman" and "Once Upon a Time ... in Hollywood," which had 10 each.\n\nNetflix\'s "The Irishman" suffered a humiliating shutout, going home with nothing despite its 11 nominations.',
      errors: [{ text: '11', message: /nominations of "The Irishman" here, but 10 earlier/ }],
    },
    {
      name: 'a count given after ", with", then "its"',
      text: '"The Irishman," with 10 nominations, went into the night as a favorite.\n\nNetflix\'s "The Irishman" got nothing despite its 11 nominations.',
      errors: [{ text: '11', message: /but 10 earlier/ }],
    },
    {
      name: 'a company that had a number of stores, then "its"',
      text: 'Halvorsen Foods had 212 stores at its peak in the region.\n\nThe chain later sold Halvorsen Foods, and its 221 stores were renamed.',
      errors: [{ text: '221', message: /but 212 earlier/ }],
    },
    {
      name: 'a conversion at another rate',
      text: 'The minister announced compensation of 500,000 rupees ($7,000) for the family of each person killed and 200,000 rupees ($28,000) for each of the seriously injured.',
      errors: [{ text: '$28,000', message: /200,000 rupees is about \$2,800, not \$28,000/ }],
    },
    {
      name: 'a conversion at another rate, another paragraph',
      text: 'The club paid 45 million euros ($50 million) for the striker.\n\nHis wages of 200,000 euros ($160,000) a week make him the best paid player.',
      errors: [{ text: '$160,000', message: /about \$220,000/ }],
    },
    {
      name: 'a scale slip, referred back to by "the"',
      text: 'Elon Musk took control of Twitter late Thursday, completing his $44 billion purchase of the company.\n\nAn analyst said the $44 million price would leave the company heavily indebted.',
      errors: [{ text: '$44 million', message: /\$44 billion earlier/, output: 'Elon Musk took control of Twitter late Thursday, completing his $44 billion purchase of the company.\n\nAn analyst said the $44 billion price would leave the company heavily indebted.' }],
    },
    {
      name: 'a scale slip in a multiple, the same noun after both',
      text: 'The black hole has a mass 6.5 billion times that of the sun, researchers said.\n\nAlthough it is 6.5 million times as massive as the sun, the black hole looks tiny from Earth.',
      errors: [{ text: '6.5 million times', message: /6\.5 billion times earlier/ }],
    },
    {
      name: 'a scale slip sharing a noun',
      text: 'The county approved a $1.3 million budget for road repairs.\n\nCrews will start work once the $1.3 billion road repair budget is released.',
      errors: [{ text: '$1.3 billion', message: /\$1\.3 million earlier/ }],
    },
    {
      name: 'a vote share referred back to by who cast it',
      text: 'Leave won 51.9% of the vote in Thursday\'s referendum, against 48.1% for Remain.\n\nThe 52.9% who voted to leave were concentrated in English towns and rural areas.',
      errors: [{ text: '52.9%', message: /51\.9% earlier/ }],
    },
    {
      name: 'a share "for" a side, then who backed it',
      text: 'The levy passed with 58.4% of the vote for Yes and 41.6% for No.\n\nThe 54.8% who voted for yes came mostly from the city.',
      errors: [{ text: '54.8%', message: /58\.4% earlier/ }],
    },
    {
      name: 'a forecast range referred back to with one end changed',
      text: 'The company now expects full-year earnings of $5.60 to $5.75 a share, up from its previous forecast of $5.35 to $5.50.\n\nOn the new forecast of $5.50 to $5.75 a share, the company said it assumed no further rise in costs.',
      errors: [{ text: '$5.50', message: /\$5\.60 earlier/ }],
    },
    {
      name: 'a guidance range in percent',
      text: 'The bank raised its guidance for loan growth to 6% to 8% for the year.\n\nThe guidance of 6% to 9% assumes steady rates.',
      errors: [{ text: '9%', message: /8% earlier/ }],
    },
    {
      name: 'won the shootout with another score',
      text: 'Argentina beat defending champion France 4-2 in a penalty shootout after a 3-3 draw.\n\nArgentina won the shootout 4-3 after Messi and Dybala converted.',
      errors: [{ text: 'shootout 4-3', message: /4-3 here but 4-2 earlier/ }],
    },
    {
      name: 'lost the final with another score',
      text: 'Rovers lost the final 2-1 to United on Saturday after extra time.\n\nRovers lost the final 3-1 despite leading at halftime.',
      errors: [{ text: 'final 3-1', message: /3-1 here but 2-1 earlier/ }],
    },
    {
      name: 'what someone asked for, referred back to with who asked',
      text: 'Prosecutors had asked for 15 years in prison, arguing that Holmes had lied.\n\nThe sentence is far below the 20 years prosecutors had sought but well above what her lawyers wanted.',
      errors: [{ text: '20 years', message: /what prosecutors sought here, but 15 years earlier/ }],
    },
    {
      name: 'money a union demanded',
      text: 'The union demanded $42 million in back pay, its president said.\n\nThe city offered half of the $24 million the union had demanded.',
      errors: [{ text: '$24 million', message: /\$42 million earlier/ }],
    },
    {
      name: 'a count opening a sentence with "her", after the count a named person\'s verb gives',
      text: 'Castellane wrote 14 books, including "The Quiet Reef," a best-seller.\n\nHer 12 books and more than 200 scientific papers will be donated to the Smithsonian, her family said.',
      errors: [{ text: '12', message: /14 earlier/ }],
    },
    {
      name: 'his, a man\'s albums',
      text: 'Okafor recorded 31 albums over five decades.\n\nHis 33 albums sold more than 10 million copies.',
      errors: [{ text: '33', message: /31 earlier/ }],
    },
    {
      name: 'a price a share, then for each share, two digits swapped',
      text: 'Musk is paying $54.20 a share, the price he agreed to in April.\n\nTwitter shareholders will receive $52.40 in cash for each share they hold.',
      errors: [{ text: '$52.40', message: /\$54\.20 earlier/ }],
    },
    {
      name: 'per share, then for every share',
      text: 'Harbor Bancorp agreed to pay $31.75 per share in cash.\n\nUnder the deal, investors get $37.15 for every share.',
      errors: [{ text: '$37.15', message: /\$31\.75 earlier/ }],
    },
    {
      name: 'people who died, then the deaths, two digits swapped',
      text: 'Tedros said there were more than 118,000 cases and that 4,291 people had died.\n\nOf the 4,921 deaths recorded worldwide, the vast majority have been in three countries.',
      errors: [{ text: '4,921', message: /4,291 earlier/ }],
    },
    {
      name: 'people killed, then the deaths, a digit off',
      text: 'The earthquake killed 2,318 people, officials said. Rescue work continued.\n\nThe 2,813 deaths made it the deadliest quake in decades.',
      errors: [{ text: '2,813', message: /2,318/ }],
    },
    {
      name: 'a toll given lower than the "at least" figure earlier',
      text: 'A train derailed early Thursday, killing at least 14 people and injuring 63, officials said.\n\nBy Thursday evening the death toll stood at 12 dead, according to the district office.',
      errors: [{ text: '12', message: /at least 14/ }],
    },
    {
      name: 'the deaths referred back to by "the", fewer',
      text: 'At least seven people have died across the region since the rain began, police said.\n\nPolice said the five deaths included a 72-year-old man.',
      errors: [{ text: 'five', message: /At least seven/ }],
    },
    {
      name: 'the toll after a plain count, another verb',
      text: 'Fighting in the capital has killed 212 civilians since March, the United Nations said.\n\nThe toll has climbed to 198, according to the ministry.',
      errors: [{ text: '198', message: /but 212 earlier/ }],
    },
    {
      name: 'a conversion in brackets that does not agree',
      text: 'The India Meteorological Department said 375 millimeters (about 9 inches) of rain fell at its observatory.',
      errors: [{ text: 'about 9 inches', message: /375 millimeters is about 15 inches, not 9 inches/, output: 'The India Meteorological Department said 375 millimeters (about 15 inches) of rain fell at its observatory.' }],
    },
    {
      name: 'a conversion in brackets that does not agree, feet',
      text: 'Its main mirror is 6.5 meters (about 16 feet) across.',
      errors: [{ text: 'about 16 feet', message: /6\.5 meters is about 21 feet/ }],
    },
    {
      name: 'a conversion in brackets the other way',
      text: 'The fish weighed 30 pounds (25 kilograms).',
      errors: [{ text: '25 kilograms', message: /about 14 kilograms/ }],
    },
    {
      name: 'a change given again as a bound the exact figure falls outside',
      text: 'The Dow Jones Industrial Average plunged 2,997.10 points, or 12.9 percent, to 20,188.52.\n\nMonday\'s loss of more than 3,000 points wiped out that gain.',
      errors: [{ text: 'more than 3,000 points', message: /as 2,997\.10 points earlier, which is not more than 3,000/ }],
    },
    {
      name: 'a change given again as an upper bound the exact figure falls outside',
      text: 'The index rose 1,012 points on Tuesday.\n\nTuesday\'s gain of less than 1,000 points lifted it to a record.',
      errors: [{ text: 'less than 1,000 points', message: /1,012 points earlier, which is not less than 1,000/ }],
    },
    {
      name: 'a shortfall referred back to as the deficit, digits swapped',
      text: 'The board adopted a budget that leaves the district with a shortfall of $8.4 million.\n\nThe district\'s $4.8 million deficit is the largest in its history.',
      errors: [{ text: '$4.8 million', message: /8\.4 million/ }],
    },
    {
      name: 'a death toll given again with two digits swapped',
      text: 'The jet plunged into the sea shortly after takeoff, killing all 189 people on board.\n\nPilots have raised concerns since the crash, in which 198 people died.',
      errors: [{ text: '198', message: /189 earlier/ }],
    },
    {
      name: 'a death toll given again with two digits swapped, the place named two ways',
      text: 'The jet plunged into the sea shortly after leaving Jakarta, killing all 189 people on board.\n\nPilots have raised concerns since the Indonesian crash, in which 198 people died.',
      errors: [{ text: '198', message: /189 earlier/ }],
    },
    {
      name: 'a death toll given again with two digits swapped, as a count of the dead',
      text: 'The fire killed 143 people, officials said.\n\nFamilies of the 134 people who died gathered on Sunday.',
      errors: [{ text: '134', message: /143 earlier/ }],
    },
    {
      name: 'a typing slip in a repeated count',
      text: 'The automaker will cut 3,200 jobs at its Ohio plant by March.\n\nUnion leaders said most of the 2,300 jobs were on the assembly line.',
      errors: [{ text: '2,300', message: /2,300 .*3,200 earlier/, output: 'The automaker will cut 3,200 jobs at its Ohio plant by March.\n\nUnion leaders said most of the 3,200 jobs were on the assembly line.' }],
    },
    {
      name: 'a definite reference back with another value',
      text: 'The law limits insulin costs for seniors to $35 a month.\n\nPatients will benefit from the $50 limit on insulin costs, which starts next year.',
      errors: [{ text: '$50', message: /\$50 .*\$35 earlier/ }],
    },
    {
      name: 'a duration given two ways',
      text: 'The junta declared a six-month state of emergency on Monday.\n\nIt promised elections once the one-year emergency ends.',
      errors: [{ text: 'one-year', output: 'The junta declared a six-month state of emergency on Monday.\n\nIt promised elections once the six-month emergency ends.' }],
    },
    {
      name: 'a fall given two values',
      text: 'The main index fell 3.2% on Monday. Shares recovered on Tuesday, making up half of the 2.3% drop.',
      errors: [{ text: '2.3%', message: /3\.2%/ }],
    },
    {
      name: 'a vote given two tallies',
      text: 'The resolution on the Treasury budget passed 312-101 on Thursday.\n\nThe Treasury budget resolution, approved 312-110, also funds the tax agency.',
      errors: [{ text: '312-110', output: 'The resolution on the Treasury budget passed 312-101 on Thursday.\n\nThe Treasury budget resolution, approved 312-101, also funds the tax agency.' }],
    },
    {
      name: 'a result referred back to',
      text: 'The Senate passed the bill by a vote of 79-18 on Tuesday.\n\nThe majority leader said the 78-18 vote sent a message.',
      errors: [{ text: '78-18 vote', message: /79-18 earlier/ }],
    },
    {
      name: 'money referred back to by what it is for',
      text: 'The package includes about $95 billion in all and $61 billion for Ukraine.\n\nThe $16 billion for Ukraine includes money to replace weapons.',
      errors: [{ text: '$16 billion', output: 'The package includes about $95 billion in all and $61 billion for Ukraine.\n\nThe $61 billion for Ukraine includes money to replace weapons.' }],
    },
    {
      name: 'a typing slip far from the first mention',
      text: `The automaker will cut 3,200 jobs at its Ohio plant by March.\n\n${filler}\n\nUnion leaders said most of the 2,300 jobs were on the assembly line.`,
      errors: [{ text: '2,300', message: /2,300 .*3,200 earlier/ }],
    },
    {
      name: 'a definite reference back far from the first mention',
      text: `The junta declared a six-month state of emergency on Monday.\n\n${filler}\n\nIt promised elections once the one-year emergency ends.`,
      errors: [{ text: 'one-year' }],
    },
    {
      name: 'no votes against the tally',
      text: 'The school board voted 6-3 to close the school.\n\nThe four no votes came from members who represent the district.',
      errors: [{ text: 'four no votes', message: /6-3 vote had 3 against, not four/ }],
    },
    {
      name: 'two digits swapped in a repeated reading',
      text: 'The river gauge at the bridge read 512 centimeters on Monday, the agency said.\n\nFlood warnings stayed in place after the river gauge at the bridge read 521 centimeters, the highest since records began.',
      errors: [{ text: '521 centimeters', message: /521 centimeters .*512 centimeters earlier/, output: 'The river gauge at the bridge read 512 centimeters on Monday, the agency said.\n\nFlood warnings stayed in place after the river gauge at the bridge read 512 centimeters, the highest since records began.' }],
    },
    {
      name: 'a possessive reference back',
      text: 'The Greens won 14% of the vote on Sunday.\n\nWith the party\'s 17% share, its leader can demand a ministry.',
      errors: [{ text: '17%', message: /17% .*14% earlier/ }],
    },
    {
      name: 'a reference by another word',
      text: 'Acme bought the rail operator for $7.2 billion last spring.\n\nThe $2.7 billion purchase was paid in cash.',
      errors: [{ text: '$2.7 billion', output: 'Acme bought the rail operator for $7.2 billion last spring.\n\nThe $7.2 billion purchase was paid in cash.' }],
    },
    {
      name: 'a lead in points given two ways',
      text: 'The senator has led her rival by about 10 points in polls since June.\n\nPollster Dana Ruiz said the senator\'s 16-point lead in the polls would be hard to overcome.',
      errors: [{ text: '16-point', message: /about 10 points/ }],
    },
    {
      name: 'a per-share figure restated after the total',
      text: 'The retailer earned $52 million, or 84 cents a share, in the quarter.\n\nThe chief executive called the 48-cent quarterly profit a turning point.',
      errors: [{ text: '48-cent', message: /84 cents/ }],
    },
    {
      name: 'a count of a named thing said twice',
      text: 'The series won six Emmys on Monday, more than any other show.\n\nThe series, which took home five Emmys, returns in the fall.',
      errors: [{ text: 'five', message: /five Emmys here, but six Emmys earlier/, output: 'The series won six Emmys on Monday, more than any other show.\n\nThe series, which took home six Emmys, returns in the fall.' }],
    },
    {
      name: 'a result given again with another score, another tally in the first sentence',
      text: 'The Tigers beat the Hawks 5-3 on penalties after a 2-2 draw in the final.\n\nKeeper Ana Lima saved twice in the 5-4 penalties win.',
      errors: [{ text: '5-4 penalties', message: /5-4 here but 5-3 earlier/ }],
    },
    {
      name: 'swapped digits behind a qualifier, the sources named differently',
      text: 'Governor Lena Park said late Saturday that 246 people were rescued from the flooded district.\n\nBy late Saturday, state officials said the number of people rescued had reached at least 264.',
      errors: [{ text: '264', message: /264 .*246 earlier/ }],
    },
    {
      name: 'a definite reference to a toll by another word',
      text: 'An explosion at the refinery killed 14 people on Tuesday.\n\nThe sheriff said the 12 victims included nine employees and three contractors.',
      errors: [{ text: '12', message: /14 earlier/ }],
    },
    {
      name: 'two digits swapped in a definite reference',
      text: 'The fire has destroyed 85 homes, officials said.\n\nThe sheriff said the 58 homes lost were mostly in Pine Hollow.',
      errors: [{ text: '58', message: /85 earlier/ }],
    },
    {
      name: 'the size of a thing written as a compound',
      text: 'The wildfire has burned 12,400 acres, fire officials said.\n\nThe 14,200-acre fire was pushed by strong gusts on Tuesday.',
      errors: [{ text: '14,200-acre', message: /12,400 acres earlier/ }],
    },
    {
      name: 'a definite amount with no noun, one slip away',
      text: 'The treasurer stole $1.2 million from the union.\n\nHe was ordered to repay the $2.1 million he took.',
      errors: [{ text: '$2.1 million', message: /\$1\.2 million earlier/ }],
    },
    {
      name: 'a possessive noun of a figure ("its fleet of")',
      text: 'The agency runs 640 buses on 42 routes.\n\nIts fleet of 460 buses includes 90 electric buses.',
      errors: [{ text: '460', message: /640 earlier/ }],
    },
    {
      name: 'a crowd referred to as fans',
      text: 'The team won before a crowd of 18,412 at Mission Park.\n\nThe coach said the 18,142 fans had carried the team.',
      errors: [{ text: '18,142', message: /18,412 earlier/ }],
    },
    {
      name: 'the dateline city is not another subject',
      text: 'TOLEDO, Ohio — A former treasurer of a Toledo union was sentenced to 12 years in prison.\n\nHis lawyer said Keller would not appeal the eight-year sentence.',
      errors: [{ text: 'eight-year', message: /12 years earlier/ }],
    },
  ],
});
