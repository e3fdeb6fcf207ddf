import { ruleTester } from '../rule-tester';
import { saidSynonym } from '../../../server/src/rules/loaded-language/said-synonym';

ruleTester(saidSynonym, {
  valid: [
    'The Wall Street Journal revealed that the devices did not work.',
    // A disclosure of fact by journalists, reports, audits, documents: not a loaded verb of saying.
    'In 2015, reporter John Carreyrou revealed that its devices did not work as claimed.',
    'An audit revealed that the agency had overspent by $2 million.',
    'Court documents revealed that the company knew of the defect in 2019.',
    'An investigation by The Wall Street Journal revealed that the tests were unreliable.',
    // Neutral verbs, and loaded verbs inside quotations.
    'Sen. Jane Doe criticized the proposal on Tuesday.',
    '"They slammed the door on us," Harold Fenn said.',
    '"He boasted about it for weeks," his brother said.',
    // Literal senses and fixed phrases.
    'A car slammed into a storefront on Main Street.',
    'The goalkeeper slammed his gloves against the post after the third goal.',
    'She slammed the laptop shut and left the room.',
    'He finished third in the first round on April 10.',
    'The second round on Sunday decides the seat.',
    'Sanders made a point out of the delay.',
    'She slammed on the brakes and the car skidded.',
    'No group claimed responsibility for the bombing.',
    'The storm claimed at least 12 lives across the region.',
    'Three people were admitted to the hospital with minor injuries.',
    'The candidate conceded defeat late Tuesday.',
    'She insisted on paying for the meal.',
    'The Yankees snapped a three-game losing streak.',
    'The volcano spewed ash for hours.',
    'Williams won her 23rd Grand Slam title.',
    'The rocket blasted off from Cape Canaveral.',
    // Verbs that count only as speech: "vowed to" + action, "claimed" + object.
    'Biden vowed to veto the bill.',
    'The rebels claimed the town after a week of fighting.',
    // A paraphrase attributed to a named source: the verb inside it is the source's.
    'Schumer said Republicans had slammed the bill without reading it.',
    'Oil gushed from the ruptured pipeline for three days.',
    'The candidate conceded in a speech late Sunday, saying she recognized the result.',
    // A name.
    'The Boast Group filed for bankruptcy on Monday.',
  ],
  invalid: [
    { text: 'Smith revealed that he would retire at the end of the season.', errors: [{ text: 'revealed', output: 'Smith said that he would retire at the end of the season.' }] },
    { text: 'Sen. Jane Doe slammed the proposal on Tuesday.', errors: [{ text: 'slammed', message: /"slammed" takes sides; use a neutral verb such as "criticized"/, severity: 'warning', output: 'Sen. Jane Doe criticized the proposal on Tuesday.' }] },
    { text: 'Republicans blasted the process as a partisan attempt to overturn the 2016 election.', errors: [{ text: 'blasted', output: 'Republicans criticized the process as a partisan attempt to overturn the 2016 election.' }] },
    { text: 'Slammed by critics, the plan was withdrawn.', errors: [{ text: 'Slammed', output: 'Criticized by critics, the plan was withdrawn.' }] },
    { text: 'The plan has been slammed by economists.', errors: [{ text: 'slammed', output: 'The plan has been criticized by economists.' }] },
    { text: 'Modi boasted on social media: "We won."', errors: [{ text: 'boasted', output: 'Modi said on social media: "We won."' }] },
    { text: 'The mayor boasts that crime has never been lower.', errors: [{ text: 'boasts', output: 'The mayor says that crime has never been lower.' }] },
    { text: 'The resort boasts three pools and a spa.', errors: [{ text: 'boasts', output: 'The resort has three pools and a spa.' }] },
    { text: 'The senator left the chamber fuming that the vote had been rigged.', errors: [{ text: 'fuming', output: 'The senator left the chamber saying that the vote had been rigged.' }] },
    { text: 'Zelenskyy fumed on Twitter that the delay was absurd.', errors: [{ text: 'fumed', output: 'Zelenskyy said on Twitter that the delay was absurd.' }] },
    { text: 'Mayor Denise Harwell admitted the increase would be unpopular.', errors: [{ text: 'admitted', output: 'Mayor Denise Harwell said the increase would be unpopular.' }] },
    { text: 'He claimed that the vote was rigged.', errors: [{ text: 'claimed', output: 'He said that the vote was rigged.' }] },
    { text: '"No," she snapped.', errors: [{ text: 'snapped', output: '"No," she said.' }] },
    { text: 'The coach gushed that the team had played its best game.', errors: [{ text: 'gushed', output: 'The coach said that the team had played its best game.' }] },
    { text: 'The coach gushed about his captain at a news conference, saying he had no words left.', errors: [{ text: 'gushed', output: 'The coach spoke about his captain at a news conference, saying he had no words left.' }] },
    { text: 'Critics lashed out at the plan on Monday.', errors: [{ text: 'lashed out at', output: 'Critics criticized the plan on Monday.' }] },
    { text: 'The governor railed against the ruling.', errors: [{ text: 'railed against', output: 'The governor criticized the ruling.' }] },
    { text: '# Senator slams spending bill\n\nThe bill passed on Tuesday.', errors: [{ text: 'slams', output: '# Senator criticizes spending bill\n\nThe bill passed on Tuesday.' }] },
    { text: '---\ntitle: Senator Slams Spending Bill\n---\nThe bill passed on Tuesday.', errors: [{ text: 'Slams', output: '---\ntitle: Senator Criticizes Spending Bill\n---\nThe bill passed on Tuesday.' }] },
  ],
});

ruleTester(saidSynonym, {
  valid: ["The bowlers conceded few runs in the middle overs and the visitors were all out for 180."],
  invalid: [],
});
