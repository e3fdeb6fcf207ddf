import { ruleTester } from '../rule-tester';
import { editorializing } from '../../../server/src/rules/loaded-language/editorializing';

ruleTester(editorializing, {
  valid: [
    '"It is the mayor\'s pet project," Ordaz said.',
    // Manner and degree, not a comment on the clause.
    'She spoke clearly and slowly to the jury.',
    'The exit was clearly marked.',
    'The route is clearly visible from the road.',
    'Officials could clearly see the smoke from the bridge.',
    // Quotations and attributed paraphrase.
    '"Clearly, this is a failure," Ashby said.',
    'Ashby said the plan had clearly failed.',
    'The court ruled that the law was unfortunately worded, according to the opinion.',
  ],
  invalid: [
    { text: 'The governor\'s pet projects include a new stadium.', errors: [{ text: 'pet projects', output: 'The governor\'s priorities include a new stadium.' }] },
    { text: 'The $6 million plan to renovate the plaza, the mayor\'s pet project, would wait.', errors: [{ text: 'pet project', output: 'The $6 million plan to renovate the plaza, the mayor\'s priority, would wait.' }] },
    { text: 'Clean water has long been the senator\'s pet cause.', errors: [{ text: 'pet cause' }] },
    { text: "Myanmar's military brazenly seized power on Monday.", errors: [{ text: 'brazenly', message: /editorializes/, severity: 'info', output: null }] },
    { text: "Demand for Tesla's cars is clearly cooling.", errors: [{ text: 'clearly' }] },
    { text: 'Clearly, the plan failed.', errors: [{ text: 'Clearly' }] },
    { text: 'The minister clearly misled parliament.', errors: [{ text: 'clearly' }] },
    { text: 'The plan, of course, failed.', errors: [{ text: 'of course' }] },
    { text: 'Sadly, the theater closed in March.', errors: [{ text: 'Sadly' }] },
    { text: 'Needless to say, the deal collapsed.', errors: [{ text: 'Needless to say' }] },
    { text: 'Unsurprisingly, the measure failed.', errors: [{ text: 'Unsurprisingly' }] },
  ],
});
