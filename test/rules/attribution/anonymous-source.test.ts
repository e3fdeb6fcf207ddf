import { ruleTester } from '../rule-tester';
import { anonymousSource } from '../../../server/src/rules/attribution/anonymous-source';

ruleTester(anonymousSource, {
  valid: [
    'A senior administration official, who spoke on condition of anonymity because he was not authorized to discuss the talks, said they had stalled.',
    'Two officials said the talks had stalled. They spoke on condition of anonymity because the negotiations are private.',
    'White House press secretary Karine Jean-Pierre said the talks had stalled.',
    'Treasury official John Smith said the talks had stalled.',
    'The company said revenue rose.',
    'A spokesman for the ministry said the talks had stalled.',
    '"Officials told us nothing," the mayor said.',
  ],
  invalid: [
    { text: 'Officials said the talks had stalled.', errors: [{ text: 'Officials said', severity: 'info', message: /anonymous source/ }] },
    { text: 'Senior U.S. officials say the deployment exceeds the level of 2014.', errors: [{ text: 'Senior U.S. officials say' }] },
    { text: 'The talks had stalled, according to two people familiar with the matter.', errors: [{ text: 'according to two people familiar with the matter' }] },
    { text: 'A person briefed on the negotiations said a deal was close.', errors: [{ text: 'A person briefed on the negotiations said' }] },
    { text: 'Sources close to the prime minister said she would resign.', errors: [{ text: 'Sources close to the prime minister said' }] },
  ],
});
