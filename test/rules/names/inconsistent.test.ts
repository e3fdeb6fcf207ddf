import { ruleTester } from '../rule-tester';
import { inconsistent } from '../../../server/src/rules/names/inconsistent';

ruleTester(inconsistent, {
  valid: [
    { text: 'Ilse Marwede met Ingo Marwedel at the plant on Monday.', date: '2019-03-07' },
    // A surname alone that differs by a letter changed, not added or dropped, is not compared.
    { text: 'Investor Ravi Davis spoke at the forum. Davos hosted the meeting this year.', date: '2024-01-20' },
    { text: 'President Volodymyr Zelenskyy spoke. Zelenskyy said the talks went well.', date: '2023-07-12' },
    { text: 'Council President Tomasz Wierzbicki spoke. "We can\'t keep borrowing," Wierzbicki said.', date: '2024-06-12' },
    // Different people with similar names.
    { text: 'Nitish Kumar and Akhilesh Yadav spoke. Ravi Kumar and Rajiv Kumar, two farmers, also spoke.', date: '2024-06-05' },
    { text: 'Ana Ruiz, the mayor, and Luis Ruis, a farmer, spoke. Ruiz said the budget was fine.', date: '2024-06-05' },
    // Places are not people.
    { text: 'Service was disrupted in Naypyitaw. Banks in Naypyidaw closed.', date: '2021-02-01' },
    // One spelling throughout; a surname alone after a full name with a different surname.
    'Judge Edward Davila handed down the sentence. Davila ordered Holmes to report to prison.',
    'Council member Priya Venkataraman voted no. Venkataraman and Luis Ordaz cast the two no votes.',
    'Bong Joon Ho won best director. Bong Joon Ho thanked his cast.',
    { text: '# Bong Joon-Ho Wins Best Director\n\nBong Joon-ho won best director on Sunday.', date: '2020-02-09' },
    'Council member Maria Delgado voted no. Delgada Street will be repaved.',
  ],
  invalid: [
    {
      // A surname alone, with nothing else saying it is a person, against the full name the draft
      // introduces; a real surname wins over a spelling a letter away that is nobody's.
      text: 'U.S. District Judge Edward Davilla handed down the sentence. Davila ordered Holmes to report to prison.',
      date: '2022-11-18',
      errors: [{ text: 'Davilla', output: 'U.S. District Judge Edward Davila handed down the sentence. Davila ordered Holmes to report to prison.' }],
    },
    {
      text: 'Councilmember Priya Venkataraman voted against it. Venkatraman and Ordaz cast the two no votes.',
      date: '2017-06-14',
      errors: [{ text: 'Venkatraman', output: 'Councilmember Priya Venkataraman voted against it. Venkataraman and Ordaz cast the two no votes.' }],
    },
    {
      // A full name with and without a hyphen: the first form is the reference.
      text: '"Parasite," Bong Joon Ho\'s dark comedy, won best picture. Bong Joon-ho is the first South Korean to win the directing Oscar.',
      date: '2020-02-09',
      errors: [{ text: 'Bong Joon-ho', output: '"Parasite," Bong Joon Ho\'s dark comedy, won best picture. Bong Joon Ho is the first South Korean to win the directing Oscar.' }],
    },
    {
      text: 'Mayor Anne-Marie Fortin opened the session. Anne Marie Fortin said the budget was balanced.',
      date: '2024-06-12',
      errors: [{ text: 'Anne Marie Fortin', output: 'Mayor Anne-Marie Fortin opened the session. Anne-Marie Fortin said the budget was balanced.' }],
    },
    {
      text: 'President Volodymyr Zelenskyy pressed for a timeline. Zelenskyy fumed on Twitter. On Wednesday, Zelenskiy sat down with allied leaders.',
      date: '2023-07-12',
      errors: [{ text: 'Zelenskiy', message: /Zelenskyy/, output: 'President Volodymyr Zelenskyy pressed for a timeline. Zelenskyy fumed on Twitter. On Wednesday, Zelenskyy sat down with allied leaders.' }],
    },
    {
      // A given name the knowledge base lacks, nothing else saying "person": the same given name
      // and a surname a letter apart is one name written two ways.
      text: 'Prosecutors said his cofounder, Ilse Marwede, inflated revenue.\n\nIlse Marwedel\'s lawyer did not respond.',
      date: '2019-03-07',
      errors: [{ text: 'Marwedel', output: 'Prosecutors said his cofounder, Ilse Marwede, inflated revenue.\n\nIlse Marwede\'s lawyer did not respond.' }],
    },
    {
      text: 'His cofounder, Ilse Marwede, inflated revenue.\n\nMarwede pleaded guilty in January.\n\nIlse Marwedel\'s lawyer did not respond.',
      date: '2019-03-07',
      errors: [{ text: 'Marwedel', message: /2 times/ }],
    },
    {
      text: 'The no votes came from Council member Renata Okafor. Okafur said residents had too little time.',
      date: '2024-06-12',
      errors: [{ text: 'Okafur', output: 'The no votes came from Council member Renata Okafor. Okafor said residents had too little time.' }],
    },
    {
      text: 'Mayor Jane Okafor spoke first. Mayor Jane Okafur then answered questions. Okafor said she would run again.',
      date: '2024-06-12',
      errors: [{ text: 'Okafur' }],
    },
    {
      text: 'Turkish President Recep Tayyip Erdogan arrived. Erdoğan met Biden.',
      date: '2023-07-12',
      errors: [{ text: 'Erdoğan', output: 'Turkish President Recep Tayyip Erdogan arrived. Erdogan met Biden.' }],
    },
    {
      // Two accepted transliterations of one name.
      text: 'Defense Minister Yoav Gallant spoke. Galant said the war would go on. Gallant left for Washington.',
      date: '2023-03-01',
      errors: [{ text: 'Galant', output: 'Defense Minister Yoav Gallant spoke. Gallant said the war would go on. Gallant left for Washington.' }],
    },
    {
      // A given name written two ways.
      text: 'Russia\'s foreign minister, Sergey Lavrov, attended. Sergei Lavrov, 73, has been foreign minister since 2004.',
      date: '2023-09-09',
      errors: [{ text: 'Sergei', output: 'Russia\'s foreign minister, Sergey Lavrov, attended. Sergey Lavrov, 73, has been foreign minister since 2004.' }],
    },
    {
      // A surname the draft never introduces, close to one it does.
      text: 'Treasurer Ada Chukwuma presented the audit. Chukwu said the reserves were adequate.',
      date: '2024-05-15',
      errors: [{ text: 'Chukwu', output: 'Treasurer Ada Chukwuma presented the audit. Chukwuma said the reserves were adequate.' }],
    },
    {
      // The workspace's accepted spelling is the reference.
      text: 'Okafur said residents had too little time.',
      date: '2024-06-12',
      config: { names: { accept: ['Renata Okafor'] } },
      errors: [{ text: 'Okafur', output: 'Okafor said residents had too little time.' }],
    },
    {
      // The spelling of the first full-name reference wins, even when the other is used more.
      text: 'Lithuanian President Gitanas Nausėda opened the talks. Nauseda said allies were united. Nauseda later left.',
      date: '2023-07-12',
      errors: [{ text: 'Nauseda', output: 'Lithuanian President Gitanas Nausėda opened the talks. Nausėda said allies were united. Nauseda later left.' }, { text: 'Nauseda' }],
    },
    {
      // A person the knowledge base does not know: the full-name reference is the checked one.
      text: 'Council member Dana Whitcombe voted no. Whitcomb said the plan was rushed. Whitcomb also said the vote was unfair.',
      date: '2024-06-12',
      errors: [{ text: 'Whitcomb', output: 'Council member Dana Whitcombe voted no. Whitcombe said the plan was rushed. Whitcomb also said the vote was unfair.' }, { text: 'Whitcomb' }],
    },
    {
      // Two full-name references: the first one's spelling.
      text: 'Maria Lindqvist, the principal, spoke first. Later, Maria Lindquist said the school would reopen.',
      date: '2024-06-12',
      errors: [{ text: 'Lindquist', output: 'Maria Lindqvist, the principal, spoke first. Later, Maria Lindqvist said the school would reopen.' }],
    },
    {
      // The house spelling wins.
      text: 'President Volodymyr Zelensky spoke. Zelenskiy added that he was hopeful.',
      date: '2023-05-01',
      config: { names: { prefer: ['Volodymyr Zelenskyy'] } },
      errors: [{ text: 'Zelensky', output: 'President Volodymyr Zelenskyy spoke. Zelenskiy added that he was hopeful.' }, { text: 'Zelenskiy' }],
    },
  ],
});
