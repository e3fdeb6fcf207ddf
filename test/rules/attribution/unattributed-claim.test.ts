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
    // Superlative judgements of history are puffery (loaded-language/puffery), not flagged twice.
    'It was the greatest comeback in sports history.',
    // A comparison of rates is not a forecast; a forecast with its source after it is attributed.
    'Patients at short-staffed hospitals were more likely to be readmitted within a month.',
    'The charges carry a maximum of 110 years, though the actual sentence is likely to be far shorter, said Pamela Okafor-Lindgren, a former federal prosecutor.',
    'Analysts said the selling was likely to continue until infections peaked.',
    // A group's opinion with its source, or a vote reported in the past tense.
    'Residents overwhelmingly oppose the tax increase, according to a poll by the Gazette.',
    'Voters overwhelmingly rejected the measure in Tuesday\'s referendum.',
    'A Pew survey found that residents overwhelmingly oppose the tax increase.',
    'The residents of Elm Street largely stayed indoors.',
  ],
  invalid: [
    { text: 'The law will almost certainly give Democrats a boost in November.', errors: [{ text: 'will almost certainly give Democrats a boost in November', message: /prediction/, output: 'The law will almost certainly give Democrats a boost in November, according to ${1:source}.' }] },
    { text: 'The tariffs will lead to higher prices for consumers.', errors: [{ text: 'will lead to higher prices for consumers', message: /consequence/ }] },
    { text: 'The strike is bound to hurt the economy.', errors: [{ text: 'is bound to hurt the economy' }] },
    // Forecasts of likelihood in the writer's voice.
    { text: 'The selling is likely to continue until the number of new infections peaks.', errors: [{ text: 'is likely to continue until the number of new infections peaks', message: /prediction/ }] },
    { text: 'The measure is unlikely to pass the Senate before the recess.', errors: [{ text: 'is unlikely to pass the Senate before the recess', message: /prediction/ }] },
    { text: 'Residents overwhelmingly oppose the tax increase.', errors: [{ text: 'Residents overwhelmingly oppose the tax increase', message: /what a group thinks/ }] },
    { text: 'Residents in the county overwhelmingly oppose the plan.', errors: [{ text: 'Residents in the county overwhelmingly oppose the plan', message: /what a group thinks/ }] },
    { text: 'Most voters strongly support the plan to expand the port.', errors: [{ text: 'Most voters strongly support the plan to expand the port', message: /what a group thinks/ }] },
    { text: 'The agreement is historic.', errors: [{ text: 'is historic', message: /verdict/ }] },
  ],
});
