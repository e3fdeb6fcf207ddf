import { ruleTester } from '../rule-tester';
import { unattributedClaim } from '../../../server/src/rules/attribution/unattributed-claim';

ruleTester(unattributedClaim, {
  valid: [
    'Blinken arrived in Kyiv on Thursday.',
    'The bridge will close on Monday for six weeks of repairs.',
    'The new tax rate will appear on bills mailed in August.',
    'The company is expected to report results later this month.',
    'Economists said the law would almost certainly give Democrats a boost.',
    'The law will almost certainly give Democrats a boost, according to a Gallup analysis.',
    'It was the largest defeat for a British government in modern times.',
    'Shares had their worst day since March 2020.',
    '"It was the greatest comeback in sports history," Nicklaus said.',
    'The ruling could lead to higher prices, the industry group warned.',
    'Pelosi said the vote was historic.',
    // A record in the figures, not a judgement.
    'It was the best result ever recorded by a Green candidate in a mayoral race.',
    'The reading was the highest ever measured at the station.',
  ],
  invalid: [
    { text: 'The law will almost certainly give Democrats a boost in November.', errors: [{ text: 'will almost certainly give Democrats a boost in November', message: /prediction/, output: 'The law will almost certainly give Democrats a boost in November, according to ${1:source}.' }] },
    { text: 'The tariffs will lead to higher prices for consumers.', errors: [{ text: 'will lead to higher prices for consumers', message: /consequence/ }] },
    { text: 'The strike is bound to hurt the economy.', errors: [{ text: 'is bound to hurt the economy' }] },
    { text: 'It was the greatest comeback in sports history.', errors: [{ text: 'the greatest comeback in sports history', message: /judgement of history/ }] },
    { text: 'It was the best season ever for the club.', errors: [{ text: 'the best season ever for the club', message: /judgement of history/ }] },
    { text: 'The agreement is historic.', errors: [{ text: 'is historic', message: /verdict/ }] },
  ],
});
