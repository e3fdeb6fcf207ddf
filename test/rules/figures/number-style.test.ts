import { ruleTester } from '../rule-tester';
import { numberStyle } from '../../../server/src/rules/figures/number-style';

ruleTester(numberStyle, {
  valid: [
    'Police said three people were hurt and 12 others were treated at the scene.',
    // AP's exceptions: ages, money, percentages, dimensions, scores, votes, millions, identifiers
    'The boy, 5, was unhurt. The ticket cost $3. Prices rose 4%. The room is 9 feet wide.',
    'The Yankees won 4-3. The council voted 5-2. About 7 million people watched. He wears No. 7.',
    'Woods shot a 2-under-par 70 and won by 3 strokes. The Model 3 costs less.',
    'The storm dropped 4 inches of rain. The meeting starts at 7 p.m. on Aug. 3.',
    'A 5-year-old boy and a 3-year-old girl were rescued.',
    // a year may start a sentence
    '2023 was the warmest year on record.',
    // quotations and headlines keep their style
    '"I saw 3 men run off," the witness said.',
    '# 3 killed in crash\n\nThree people were killed.',
    { text: 'Growth was 2.1 percent in May and 1.9 percent in June.', name: 'one form of percent' },
    { text: 'Inflation slowed to 3.1% in May. Core prices rose 3.4 percent.', name: 'mixed forms are a consistency finding' },
    { text: 'Police said 3 people were hurt.', config: { houseStyle: { numbers: 'off' } } },
    // a qualifier opens the sentence, not the figure
    'More than 80 residents came to the hearing. Fewer than 40 stayed to the end.',
    'About five percent of the ballots were spoiled.',
  ],
  invalid: [
    {
      text: 'Police said 3 people were hurt in the crash.',
      errors: [{ text: '3', severity: 'info', output: 'Police said three people were hurt in the crash.' }],
    },
    {
      text: 'The company hired twelve engineers last year.',
      errors: [{ text: 'twelve', output: 'The company hired 12 engineers last year.' }],
    },
    {
      text: 'Crews rescued the hikers. 14 people were taken to hospital.',
      errors: [{ text: '14', output: 'Crews rescued the hikers. Fourteen people were taken to hospital.' }],
    },
    {
      text: 'Inflation slowed to 3.1% in May. Core prices rose 3.4 percent.',
      config: { houseStyle: { percent: '%' } },
      errors: [{ text: '3.4 percent', message: /house style is "%"/, output: 'Inflation slowed to 3.1% in May. Core prices rose 3.4%.' }],
    },
    {
      text: 'Prices rose 5 percent.',
      config: { houseStyle: { percent: '%' } },
      errors: [{ text: '5 percent', output: 'Prices rose 5%.' }],
    },
    {
      text: 'Rents climbed five percent last year.',
      errors: [{ text: 'five', output: 'Rents climbed 5 percent last year.' }],
    },
    {
      name: 'a small figure after a qualifier that opens the sentence',
      text: 'More than 3 people were hurt.',
      errors: [{ text: '3', output: 'More than three people were hurt.' }],
    },
  ],
});
