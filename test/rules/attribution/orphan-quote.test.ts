import { ruleTester } from '../rule-tester';
import { orphanQuote } from '../../../server/src/rules/attribution/orphan-quote';

ruleTester(orphanQuote, {
  valid: [
    '"We will rebuild," Mayor Ana Ruiz said. "It will take time, but we will do it."',
    'Mayor Ana Ruiz told the council: "We have no choice but to raise taxes this year."',
    'Mayor Ana Ruiz spoke first.\n\n"We have no choice but to raise taxes this year," she said.',
    '“We will rebuild,” the mayor said. “It will take years.\n\n“But we will do it together.”',
    'Residents voted "no" on the measure.',
    'Moscow says that is an unacceptable "red line."',
    'The band played "Born in the U.S.A." at the rally.',
    'The mayor called the plan "a reckless gamble with public money."',
    '# "We will rebuild": mayor vows recovery\n\nMayor Ana Ruiz said the city would recover.',
  ],
  invalid: [
    {
      text: 'Thousands watched on screens.\n\n"This is the day we have been waiting for."',
      errors: [{ text: '"This is the day we have been waiting for."', message: /no speaker/ }],
    },
    {
      text: 'Banks suspended services.\n\n“We have lived through this before, and we know how it ends.”',
      errors: [{ text: '“We have lived through this before, and we know how it ends.”' }],
    },
  ],
});
