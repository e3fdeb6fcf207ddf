import { ruleTester } from '../rule-tester';
import { sumMismatch } from '../../../server/src/rules/figures/sum-mismatch';

ruleTester(sumMismatch, {
  valid: [
    // a count and the list of what it counts
    'The film won three awards, for cinematography, visual effects and sound mixing.',
    'She won two Oscars, for best director and best original screenplay.',
    'The company has three divisions: frozen meals, snacks and foodservice.',
    'The film won four awards, including cinematography and sound mixing.',
    'The city has three departments: parks and recreation, police and fire.',
    'The film won three awards, for cinematography, visual effects and sound mixing, and two others went to "Parasite."',
    // verdicts against the charges
    'A jury convicted Holmes on three counts of wire fraud and one count of conspiracy. It acquitted her on four counts, and it could not reach a verdict on three other counts.\n\nOf the 11 counts she faced at trial, she was found guilty on four.',
    'The jury convicted Reyes on two counts and acquitted him on three.\n\nThe 12 counts he faced included weapons charges.',
    'A jury convicted Holmes on four counts, acquitted her on four and deadlocked on three.\n\nHer partner, Ramesh Balwani, was convicted on 12 counts.\n\nOf the 12 counts he faced, he was found guilty on all.',
    // votes against the body's membership
    'The budget passed 7-2, with one member abstaining. The council has 11 members.',
    'The nine-member board voted 6-2 with one abstention.',
    'The board voted 5-4 to hire her. The board has seven members from the county and two from the city.',
    'The nine-member council endorsed the plan. The House passed it 220-210 with two members absent.',
    'The nine-member board voted 6-3. The state Senate had voted 30-12 with one abstention.',
    // a breakdown of money against a total given earlier
    'The council approved a $412.6 million budget.\n\nPolice will receive $128.4 million, the fire department $71.9 million, parks $38.2 million, and streets $54.7 million, with $119.4 million going to all other departments.',
    'Revenue climbed 8% to $2.43 billion.\n\nFrozen meals brought in $1.12 billion, snacks $846 million and foodservice, which supplies school cafeterias, $464 million.',
    'State spending will total $8.4 billion next year.\n\nSchools get $3.9 billion, health care $2.6 billion and transportation $1.7 billion.',
    'The county approved a $50 million budget.\n\nIt spent $12 million on roads, $9 million on parks and $6 million on schools last year.',
    'Revenue rose to $2.43 billion. The company bought three rivals for $1.12 billion, $846 million and $392 million over the decade.',
    // margins after two figures joined by "and"
    'Official figures showed 17,410,742 votes for Leave and 16,141,241 for Remain, a margin of about 1.3 million votes.',
    'He received 20,743,128 votes and Le Pen 10,638,475, a margin of more than 10 million.',
    'Macron finished first with 24% of the vote and Le Pen second with 21.3%, a lead of nearly three percentage points.',
    'Smith won 5,210 votes and Jones 4,980, a margin of 230.',
    'Kovac took 52.1% against 47.9% for Lind, a lead of about four points.',
    'The city has 12,400 residents and the county 48,100, a gap that has grown since 2010.',
    // a difference between two figures of one measure
    'The river peaked at 14.2 meters early Tuesday, 1.3 meters above the previous record of 12.9 meters set in 1974.',
    'The river peaked at 14.2 meters, 2.1 meters above flood level, and its record of 12.9 meters fell.',
    'The tower stands 312 feet tall, 30 feet taller than the 282-foot church spire.',
    'Of the 50 seats, 30 went to Labour, 15 to the Conservatives and five to the Greens.',
    'The 198 votes against the measure came from 195 Republicans and three Democrats.',
    // an open list: some of the parts only
    'Of the 120 victims, 40 were children and 30 were elderly, the agency said.',
    'The 40 new hires include 12 engineers and nine designers.',
    'Smith won 52% of the vote, Jones 45% and Brown 3%.',
    'The party won 396 of the 476 seats contested, more than 80%.',
    'The party won 240 of the 543 seats, or 44%.',
    'The first defeat, by 432-202, was a margin of 230 votes.',
    'Marsh won by 412 votes, 18,904 to 18,492.',
    // parts that count other things
    'The 12 members came from five cities and six towns.',
    'The BJP won 240 of the 543 seats, 32 short of the 272 needed for a majority.',
    'Winds reached 150 mph. That was 7 mph short of the 157 mph threshold.',
    'At 59% to 27%, her margin amounted to a lead of more than 30 points.',
    'The budget is $124.6 million. Of the total, $71.3 million goes to teaching, $19.9 million to special education and $33.4 million to other costs.',
    // approximate parts are not added up
    'Of the 1,000 workers, about 600 were in Ohio and 300 in Michigan.',
    // a breakdown after a colon or a dash that adds up
    'Inspectors logged 95 violations last year: 50 involving wiring, 30 involving exits and 15 involving alarms.',
    'The clinic\'s 18 staff members — 10 nurses, five aides and three doctors — will keep their jobs.',
    // a selection of categories, not a breakdown
    'The fire killed 120 people: 40 were children and 30 were elderly.',
    'The agency received 300 calls: 120 about noise and 90 about parking.',
    // parts that count other things than the total
    'The plan has three parts: 20 new officers, 15 cars and four stations.',
    // parts of a group named just before that add up
    'The trial enrolled 1,200 adults. Of the volunteers, 600 got the vaccine and 600 a placebo.',
    // people aboard: the sum, or the passengers alone
    'The jet carried 142 passengers and seven crew members. All 149 people aboard survived.',
    'The ferry carried 300 passengers and 20 crew. The 300 people aboard who had tickets were refunded.',
    'The bus carried 40 passengers and two crew members. A second bus with 45 people aboard followed.',
    // the parts with their own total, and another vehicle's total elsewhere
    'The first jet went down after takeoff, killing all 157 people aboard, 149 passengers and eight crew members.\n\nThe earlier crash, in the Java Sea, killed all 189 people on board.',
    'The ferry sank with all 212 people on board, 200 passengers and 12 crew. A second ferry capsized last year, and the 90 people aboard were rescued.',
    'All 66 people on board, 56 passengers and 10 crew members, died. In 2016 a crash in Colombia killed all 71 people aboard.',
    // a total with "together" before its parts, that adds up or is of other things
    'Lindale Elementary and Brookhollow Elementary, which together enroll 630 students, will close in May. Lindale has 340 students and Brookhollow 290.',
    'Lindale Elementary and Brookhollow Elementary, which together enroll 610 students, will close in May. Oakdale has 340 students and Birchwood 290.',
    'Lindale and Brookhollow together enroll 610 students. Lindale has 34 teachers and Brookhollow 29.',
    'Lindale and Brookhollow together enroll 610 students. Lindale has 340 students, up from 300.',
    'Acme and Globex, which together employ 1,200 workers, will merge. Acme has about 700 workers and Globex 480.',
    // a total after its parts that adds up, and one that names no count of parts
    'Oakdale has 310 pupils and Birchwood has 290. The 600 pupils at the two schools will share one campus.',
    'Oakdale has 310 pupils and Birchwood has 290. The 650 pupils will move next year.',
    // a share of a base that fits, rounded or qualified
    'About 1.9 million households lost power — roughly 20% of the state\'s 9.5 million customers.',
    'Exports to Egypt reached about 4 million tons, or about 12%. In all, nearly 33 million tons were shipped.',
    'The company cut 2,000 jobs, about 10% of its 20,000 workers.',
    // a margin in the next sentence that fits, and margins of something else
    'Leave won 17,410,742 votes, or 51.9 percent, to 16,141,241, or 48.1 percent, for Remain. The margin of roughly 1.3 million votes sets the country on course to leave.',
    'Leave won 17,410,742 votes to 16,141,241 for Remain.\n\nThe margin of 1.5 million votes in 2019 was larger.',
    'Leave won 17,410,742 votes to 16,141,241 for Remain. In Scotland, the margin of 600,000 votes went the other way.',
    'The measure passed 61-38. The margin of 23 votes was the widest in a decade.',
    // a gap between two shares of adjacent sentences that fits, or of other shares
    'The union is seeking raises of 40 percent over four years. The companies have offered about 20 percent, leaving a gap of 20 percentage points between the two sides.',
    'The union is seeking raises of 40 percent, and a 32-hour week. The companies have offered about 20 percent, leaving a gap of 20 percentage points between the two sides.',
    'The union is seeking raises of 40 percent over four years. Inflation rose 5 percent and the companies offered 20 percent, leaving a gap of 25 percentage points between the two sides.',
    'The union is seeking raises of 40 percent over four years.\n\nThe companies have offered about 20 percent, leaving a gap of 25 percentage points between the two sides.',
    'Turnout was 62 percent. The gap of 10 percentage points between men and women was the widest on record.',
    // a margin that rounded figures allow
    'She received about 41.2 million votes to his 39.1 million, a margin of about 2 million votes.',
    'He won 5.1 million votes to 4.9 million, a margin of more than 100,000 votes.',
    // money parts that add up within their rounding
    'The $84 million general fund breaks down into $52.4 million for public safety, $22 million for roads and $9.3 million for administration.',
    'The $84 million general fund breaks down into $52 million for public safety, $23 million for roads and $9 million for administration.',
    // a group named in lower case, shares that add up
    'The Alliance won 46% of the popular vote, the Progressive Caucus 38% and independents 16%.',
    // parts under the total, each with a verb of its own: a selection
    'Of the 120 people killed, 40 were children and 30 were elderly.',
    'Of his 31 albums, 24 were made as a leader and seven as a sideman.',
  ],
  invalid: [
    {
      name: 'a count and a longer list',
      text: 'The World War I drama "1917" won three awards, for cinematography, visual effects, sound mixing and production design.',
      errors: [{ text: 'three awards, for cinematography, visual effects, sound mixing and production design', message: /4 items are listed for three awards/, output: 'The World War I drama "1917" won four awards, for cinematography, visual effects, sound mixing and production design.' }],
    },
    {
      name: 'a count and a shorter list after a colon',
      text: 'The team made four new signings: Smith, Jones and Brown.',
      errors: [{ text: 'four new signings: Smith, Jones and Brown', message: /3 items/ }],
    },
    {
      name: 'guilty, acquitted and open counts that do not make the charges',
      text: 'A jury convicted Holmes in January on three counts of wire fraud and one count of conspiracy. It acquitted her on four counts related to patients, and it could not reach a verdict on three other counts.\n\nHer former partner, Ramesh Balwani, was convicted on 12 counts in a separate trial.\n\nOf the 12 counts she faced at trial, she was found guilty on four.',
      errors: [{ text: '12 counts', message: /4 guilty, 4 acquitted and 3 without a verdict make 11 counts, not 12/ }],
    },
    {
      name: 'charges, a deadlocked jury, another paragraph',
      text: 'Jurors found Ortega guilty on five charges and not guilty on two, and deadlocked on two others.\n\nThe 10 charges stemmed from a 2019 raid.',
      errors: [{ text: '10 charges', message: /5 guilty, 2 acquitted and 2 without a verdict make 9 counts, not 10/ }],
    },
    {
      name: 'a vote and an abstention that outnumber the council',
      text: 'The Harlow Springs City Council approved the budget late Tuesday.\n\nThe budget passed 7-2, with one member abstaining, after a five-hour meeting. The council has nine members.',
      errors: [{ text: '7-2, with one member abstaining', message: /7 \+ 2 \+ 1 is 10 .* 9 members/ }],
    },
    {
      name: 'a nine-member board, absences',
      text: 'The nine-member school board voted 6-3, and two members were absent.',
      errors: [{ text: '6-3, and two members were absent', message: /6 \+ 3 \+ 2 is 11/ }],
    },
    {
      name: 'budget categories that do not add up to the budget',
      text: 'The Harlow Springs City Council approved a $412.6 million general fund budget.\n\nPolice will receive $128.4 million, the fire department $71.9 million, parks and recreation $38.2 million, and street maintenance $54.7 million, with $109.4 million going to all other departments, according to budget documents.',
      errors: [{ text: '$109.4 million', message: /add up to \$402\.6 million, not the \$412\.6 million total/ }],
    },
    {
      name: 'revenue by division against total revenue',
      text: 'Revenue climbed 8% to $2.43 billion from $2.25 billion.\n\nAll three divisions grew. Frozen meals brought in $1.12 billion, snacks $846 million and foodservice, which supplies school cafeterias and hospitals, $392 million.',
      errors: [{ text: '$392 million', message: /add up to \$2\.36 billion, not the \$2\.43 billion total/ }],
    },
    {
      name: 'spending by agency against total spending',
      text: 'State spending will total $8.42 billion next year.\n\nSchools get $3.91 billion, health care $2.63 billion and transportation $1.72 billion.',
      errors: [{ text: '$1.72 billion', message: /\$8\.26 billion/ }],
    },
    {
      name: 'a margin after "and", rounded',
      text: 'Official figures showed 17,410,742 votes for Leave and 16,141,241 for Remain, a margin of about 1.4 million votes out of more than 33.5 million valid ballots.',
      errors: [{ text: '1.4 million', message: /is a margin of 1,269,501, not about 1\.4 million/ }],
    },
    {
      name: 'a margin in the next sentence, referred back to',
      text: 'Leave won 17,410,742 votes, or 51.9 percent, to 16,141,241, or 48.1 percent, for Remain, according to the final result. The margin of roughly 1.5 million votes sets the country on course to leave the bloc.',
      errors: [{ text: '1.5 million', message: /to 16,141,241 is a margin of 1,269,501, not roughly 1\.5 million/, output: "Leave won 17,410,742 votes, or 51.9 percent, to 16,141,241, or 48.1 percent, for Remain, according to the final result. The margin of roughly 1.3 million votes sets the country on course to leave the bloc." }],
    },
    {
      name: 'a gap between two shares of adjacent sentences',
      text: 'The union is seeking raises of 40 percent over four years, a 32-hour work week and a return to pensions. Each of the companies has offered about 20 percent over the life of the contract, leaving a gap of 25 percentage points between the two sides.',
      errors: [{ text: '25 percentage points', message: /40 percent against about 20 percent is a gap of 20 points, not 25 percentage points/ }],
    },
    {
      name: 'a margin in the next sentence, of a tally',
      text: 'The measure passed 61-38 on Tuesday. The margin of 13 votes was the widest in a decade.',
      errors: [{ text: '13', message: /61-38 is a margin of 23, not 13/ }],
    },
    {
      name: 'a margin "more than" what the figures give',
      text: 'He received 20,743,128 votes and Le Pen 10,638,475, a margin of more than 12 million.',
      errors: [{ text: '12 million', message: /10,104,653|10 million/ }],
    },
    {
      name: 'a lead in points after two shares joined by "and"',
      text: 'In the first round, Macron finished first with 24% of the vote and Le Pen second with 21.3%, a lead of nearly five percentage points.',
      errors: [{ text: 'nearly five percentage points', message: /lead of 2\.7 points, not nearly five percentage points/ }],
    },
    {
      name: 'a margin after "against", yes and no votes',
      text: 'The measure drew 61,402 yes votes against 58,911 no votes, a margin of 4,491.',
      errors: [{ text: '4,491', message: /margin of 2,491, not 4,491/ }],
    },
    {
      name: 'a difference above a previous record',
      text: 'The river peaked at 14.2 meters early Tuesday, 1.6 meters above the previous record of 12.9 meters set in 1974.',
      errors: [{ text: '1.6 meters above', message: /14\.2 meters is 1\.3 meters above 12\.9 meters, not 1\.6 meters/ }],
    },
    {
      name: 'a difference below a mark',
      text: 'The reservoir fell to 41.5 feet on Monday, 6.5 feet below its normal level of 50 feet.',
      errors: [{ text: '6.5 feet below', message: /8\.5 feet below/ }],
    },
    {
      name: 'a list of parts',
      text: 'Of the 100 delegates, 48 backed the motion, 45 opposed it and nine abstained.',
      errors: [{ text: '48 backed the motion, 45 opposed it and nine', message: /add up to 102 \(48 \+ 45 \+ 9\), not the 100 stated/ }],
    },
    {
      name: 'a total and two named groups',
      text: 'The 210 votes for the bill came from 180 Democrats and 28 Republicans.',
      errors: [{ text: '180 Democrats and 28 Republicans', output: 'The 210 votes for the bill came from 180 Democrats and 30 Republicans.' }],
    },
    {
      name: 'shares over 100%',
      text: 'Garcia took 48% of the vote, Lee 39% and Novak 17%.',
      errors: [{ text: '48% of the vote, Lee 39% and Novak 17%', message: /104%/ }],
    },
    {
      name: 'a share its figures contradict',
      text: 'The coalition won 293 of the 543 seats, or 62%, in the lower house.',
      errors: [{ text: '62%', message: /54%/, output: 'The coalition won 293 of the 543 seats, or 54%, in the lower house.' }],
    },
    {
      name: 'short of a mark',
      text: 'The storm came ashore with winds of 150 mph. That was just 2 mph short of the 157 mph threshold for a Category 5 storm.',
      errors: [{ text: '2 mph', message: /150 mph is 7 mph short of 157 mph/, output: 'The storm came ashore with winds of 150 mph. That was just 7 mph short of the 157 mph threshold for a Category 5 storm.' }],
    },
    {
      name: 'a lead in points',
      text: 'With 58% to 31% for her rival, she won by 17 points.',
      errors: [{ text: '17 points', message: /lead of 27 points/ }],
    },
    {
      name: 'parts of a total given earlier',
      text: 'The board adopted a $90.5 million budget.\n\nOf the total, $50.2 million goes to teaching, $20.1 million to buildings and maintenance, $12.6 million to transport and $6.5 million to administration.',
      errors: [{ text: '$50.2 million goes to teaching, $20.1 million to buildings and maintenance, $12.6 million to transport and $6.5 million', message: /\$89\.4 million, not the \$90\.5 million total/ }],
    },
    {
      name: 'a margin',
      text: 'The measure passed 61-38, a margin of 13 votes.',
      errors: [{ text: '13', output: 'The measure passed 61-38, a margin of 23 votes.' }],
    },
    {
      name: 'a breakdown after a colon',
      text: 'Inspectors logged 95 violations last year: 50 involving wiring, 30 involving exits and 10 involving alarms.',
      errors: [{ text: '95 violations last year: 50 involving wiring, 30 involving exits and 10', message: /add up to 90 .*not the 95 stated/ }],
    },
    {
      name: 'a breakdown between dashes',
      text: 'The clinic\'s 18 staff members — 10 nurses, four aides and three doctors — will keep their jobs.',
      errors: [{ text: '18 staff members — 10 nurses, four aides and three doctors', message: /add up to 17/ }],
    },
    {
      name: 'parts of a group named just before',
      text: 'The trial enrolled 1,200 adults. Of the volunteers, 600 got the vaccine and 588 got a placebo.',
      errors: [{ text: '600 got the vaccine and 588', message: /1,188, not the 1,200 total/ }],
    },
    {
      name: 'people aboard',
      text: 'The jet carried 142 passengers and seven crew members. All 151 people aboard survived.',
      errors: [{ text: '151 people', message: /make 149 people aboard, not 151/, output: 'The jet carried 142 passengers and seven crew members. All 149 people aboard survived.' }],
    },
    {
      name: 'people aboard: a total in the parts\' own sentence that does not match them',
      text: 'The jet crashed, killing all 160 people aboard, 149 passengers and eight crew members.\n\nAnother crash killed all 189 people on board.',
      errors: [{ text: '160 people', message: /make 157 people aboard, not 160/ }],
    },
    {
      name: 'a total with "together" before its parts',
      text: 'Lindale Elementary and Brookhollow Elementary, which together enroll 610 students, will close in May 2025. Lindale has 340 students and Brookhollow 290.',
      errors: [{ text: '610 students', message: /340 \+ 290 is 630, not 610/, output: 'Lindale Elementary and Brookhollow Elementary, which together enroll 630 students, will close in May 2025. Lindale has 340 students and Brookhollow 290.' }],
    },
    {
      name: 'a combined total before its parts',
      text: 'Acme and Globex have a combined 1,200 workers. Acme employs 700 workers and Globex 450.',
      errors: [{ text: '1,200 workers', message: /700 \+ 450 is 1,150/ }],
    },
    {
      name: 'a total after its parts',
      text: 'Oakdale has 310 pupils and Birchwood has 290. The 620 pupils at the two schools will share one campus.',
      errors: [{ text: '620 pupils', message: /310 \+ 290 is 600/, output: 'Oakdale has 310 pupils and Birchwood has 290. The 600 pupils at the two schools will share one campus.' }],
    },
    {
      name: 'a share of a base after it',
      text: 'About 1.9 million households lost power — roughly 35% of the state\'s 9.5 million customers.',
      errors: [{ text: 'roughly 35%', message: /about 20%/ }],
    },
    {
      name: 'a share of a total given just before',
      text: 'In all, nearly 33 million tons were shipped. Exports to Egypt reached about 4 million tons, or about 20%.',
      errors: [{ text: 'about 20%', message: /about 12%/ }],
    },
    {
      name: 'a margin of rounded figures',
      text: 'She received about 41.2 million votes to his 39.1 million, a margin of about 1.2 million votes.',
      errors: [{ text: '1.2 million', message: /about 2\.1 million/, output: 'She received about 41.2 million votes to his 39.1 million, a margin of about 2.1 million votes.' }],
    },
    {
      name: 'parts of a group named before them that exceed it (an age bracket inside a part)',
      text: 'Of the 124 cases, 98 were in children under 18 and 36 were in adults.',
      errors: [{ text: '98 were in children under 18 and 36', message: /134 \(98 \+ 36\), not the 124/ }],
    },
    {
      name: 'a possessive total opening the sentence',
      text: 'Of his 31 albums, 24 were made as a leader and nine as a sideman.',
      errors: [{ text: '24 were made as a leader and nine', message: /33/ }],
    },
    {
      name: 'shares after a group with an article, and one named in lower case',
      text: 'The Alliance won 46% of the popular vote, the Progressive Caucus 38% and independents 19%.',
      errors: [{ text: '46% of the popular vote, the Progressive Caucus 38% and independents 19%', message: /103%/ }],
    },
    {
      name: 'money parts beyond their rounding',
      text: 'The $84 million general fund breaks down into $52 million for public safety, $21 million for roads and $9 million for administration.',
      errors: [{ text: '$52 million for public safety, $21 million for roads and $9 million', message: /\$82 million/, output: null }],
    },
  ],
});
