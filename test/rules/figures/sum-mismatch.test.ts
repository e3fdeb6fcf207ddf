import { ruleTester } from '../rule-tester';
import { sumMismatch } from '../../../server/src/rules/figures/sum-mismatch';

ruleTester(sumMismatch, {
  valid: [
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
  ],
  invalid: [
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
  ],
});
