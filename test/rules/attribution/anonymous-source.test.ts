import { ruleTester } from '../rule-tester';
import { anonymousSource } from '../../../server/src/rules/attribution/anonymous-source';

ruleTester(anonymousSource, {
  valid: [
    'A senior administration official, who spoke on condition of anonymity because he was not authorized to discuss the talks, said they had stalled.',
    'Two senior officials said the talks had stalled. They spoke on condition of anonymity because the negotiations are private.',
    'The deal is worth $8 billion, according to three people familiar with the talks.\n\nThe price is $47 a share, the people said. They spoke on condition of anonymity because the negotiations are private.',
    'White House press secretary Karine Jean-Pierre said the talks had stalled.',
    'Treasury official John Smith said the talks had stalled.',
    'The company said revenue rose.',
    'A spokesman for the ministry said the talks had stalled.',
    'Pine Hollow County officials reported 14 deaths.',
    'Ukrainian officials said the strikes hit military targets.',
    'Granholm and laboratory officials cautioned that a power plant is decades away.',
    'Pelosi privately told colleagues the vote would be close.',
    '"Officials told us nothing," the mayor said.',
  ],
  invalid: [
    { text: 'A senior official said the talks had stalled.', errors: [{ text: 'A senior official said', severity: 'info', message: /anonymous source/ }] },
    { text: 'An official said the talks had stalled.', errors: [{ text: 'An official said' }] },
    { text: 'Senior administration officials said the talks had stalled.', errors: [{ text: 'Senior administration officials said' }] },
    { text: 'Democrats privately worry that the bill will fail.', errors: [{ text: 'Democrats privately worry' }] },
    { text: 'Senior U.S. officials say the deployment exceeds the level of 2014.', errors: [{ text: 'Senior U.S. officials say' }] },
    { text: 'The talks had stalled, according to two people familiar with the matter.', errors: [{ text: 'according to two people familiar with the matter' }] },
    { text: 'A person briefed on the negotiations said a deal was close.', errors: [{ text: 'A person briefed on the negotiations said' }] },
    { text: 'Sources close to the prime minister said she would resign.', errors: [{ text: 'Sources close to the prime minister said' }] },
  ],
});

ruleTester(anonymousSource, {
  valid: ['Police officers said the road would reopen on Friday.'],
  invalid: [{ text: 'One officer said morale had collapsed over the past year.', errors: [{ text: 'One officer said' }] }],
});
