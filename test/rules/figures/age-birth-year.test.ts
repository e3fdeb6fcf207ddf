import { ruleTester } from '../rule-tester';
import { ageBirthYear } from '../../../server/src/rules/figures/age-birth-year';

ruleTester(ageBirthYear, {
  valid: [
    { text: 'Fed Chair Jerome Powell, 71, said rates would stay high.', date: '2024-08-02' },
    { text: 'Carlos Alcaraz, 21, won the final.', date: '2024-07-14' },
    { text: 'President Joe Biden signed the bill. Biden, 81, spoke briefly.', date: '2024-06-12' },
    { text: 'Janet Okonkwo, 52, who was born on March 3, 1972, runs the shelter.', date: '2024-06-12' },
    // past ages are not checked
    { text: 'Joe Biden, who was 78 when he took office, spoke briefly.', date: '2024-06-12' },
    // not a person the knowledge base can tell apart
    { text: 'Smith, 45, was arrested on Tuesday.', date: '2024-06-12' },
    // ages at death: the week up to the article date, or the date given
    { text: 'Jimmy Carter, the 39th president, died on Sunday at his home. He was 100.', date: '2024-12-29' },
    { text: 'Jimmy Carter died on Sunday. His wife, Rosalynn Carter, died in November 2023 at 96.', date: '2024-12-29' },
    // a score, not an age
    { text: 'Novak Djokovic won the set 6-4 and led 3, 2 in the next.', date: '2024-06-12' },
    // a one-word name the knowledge base knows by that surname, its right age
    { text: 'President Luiz Inácio Lula da Silva met the governors. Lula, 78, spoke first.', date: '2024-06-12' },
    // a one-word name shared by the draft's full name and no one the knowledge base knows
    { text: 'Maria Lula Santos opened the bakery. Lula, 30, bakes every morning.', date: '2024-06-12' },
    // an unnamed mention of the same age: only when the named age is wrong, for one person, of the same sex
    { text: 'A 52-year-old woman was hired on Monday. Janet Okonkwo, 52, who was born on March 3, 1972, runs the shelter. She starts next week.', date: '2024-06-12' },
    { text: 'A 35-year-old woman was hurt in the crash. Police charged Dale Brandt, 35, who was born on March 3, 1989. He was released.', date: '2024-06-12', name: 'another person of another sex' },
    { text: 'A 35-year-old man was hurt in the crash. Police charged Dale Brandt, 35, who was born on March 3, 1989, and Omar Kell, 35. He was released.', date: '2024-06-12', name: 'two named people of that age' },
    { text: 'A 35-year-old man was hurt in the crash. Police charged Dale Brandt, 35, who was born in 1989. He was released.', date: '2024-06-12', name: 'a birth year only' },
    { text: 'A 35-year-old man was hurt. Police charged Dale Brandt, 35, who was born on March 3, 1989. He and she were released.', date: '2024-06-12', name: 'pronouns of both sexes' },
    // ages at a dated event: right, a time of day, a level, no date
    { text: 'Born on March 3, 1937, in Providence, she learned to swim early. In June 1972, at 35, she became director of the laboratory.', date: '2021-09-29' },
    { text: 'Ana Ruiz, who was born on May 2, 1980, became mayor in 2019 at 39.', date: '2024-06-12' },
    { text: 'Ana Ruiz, who was born on May 2, 1980, will open the session on Monday, June 17, at 9.', date: '2024-06-12', name: 'a time of day' },
    { text: 'Ana Ruiz, who was born on May 2, 1980, said the fund stood at 40 in March 2020.', date: '2024-06-12', name: 'a level' },
    { text: 'Born on March 3, 1937, in Providence, she decided at 12 that she wanted to study the sea.', date: '2021-09-29', name: 'no date for the event' },
    { text: 'Born in 1950, he joined the army at 18, in 1968.', date: '2021-09-29', name: 'a birth year, either age' },
  ],
  invalid: [
    {
      name: 'an age at an event dated in the sentence, the person introduced as "Born ..., she"',
      text: 'Born on March 3, 1937, in Providence, she learned to swim early. In June 1972, at 31, she became the first woman to direct the laboratory.',
      date: '2021-09-29',
      errors: [{ text: '31', message: /born on March 3, 1937 .* was 35 then, not 31/, output: 'Born on March 3, 1937, in Providence, she learned to swim early. In June 1972, at 35, she became the first woman to direct the laboratory.' }],
    },
    {
      name: 'an age at a future date without a year',
      text: 'Dumont, who was born on Dec. 21, 1977, will take office at 40 after the handover on Sunday, May 14.',
      date: '2017-05-07',
      errors: [{ text: '40', message: /39/ }],
    },
    {
      name: 'an age at an event dated by a year',
      text: 'Lena Ortiz, who was born on Aug. 9, 1961, won her first Senate race in 2004, at 49.',
      date: '2024-06-12',
      errors: [{ text: '49', message: /42 or 43/ }],
    },
    {
      name: 'a man introduced as "Born in ..., he"',
      text: 'Born on Jan. 4, 1950, in Ohio, he moved west as a boy. He retired in 2010, at 65, after four decades at the mill.',
      date: '2021-09-29',
      errors: [{ text: "65", message: /was 59 or 60 then, not 65/ }],
    },
    {
      text: 'Taylor Swift, 36, played three nights in London.',
      date: '2024-06-12',
      errors: [{ text: '36', message: /Taylor Swift was born on Dec\. 13, 1989 .*34/, output: 'Taylor Swift, 34, played three nights in London.' }],
    },
    {
      name: 'a surname after the full name',
      text: 'French President Emmanuel Macron called the vote. Macron, 48, leads a minority government.',
      date: '2024-06-12',
      errors: [{ text: '48', output: 'French President Emmanuel Macron called the vote. Macron, 46, leads a minority government.' }],
    },
    {
      name: 'at N',
      text: 'At 80, Jerome Powell is the oldest Fed chair in decades.',
      date: '2024-08-02',
      errors: [{ text: '80', message: /71/ }],
    },
    {
      name: 'an age at death',
      text: 'Jimmy Carter, the former president, died on Sunday at his home in Georgia. He was 102.',
      date: '2024-12-29',
      errors: [{ text: '102', message: /was 100 then, not 102/ }],
    },
    {
      name: 'a birth date in the draft',
      text: 'Maria Ortega, 40, who was born on Dec. 2, 1986, founded the company.',
      date: '2024-06-12',
      errors: [{ text: '40', message: /37/, output: 'Maria Ortega, 37, who was born on Dec. 2, 1986, founded the company.' }],
    },
    {
      name: 'a one-word name known by a longer name earlier in the draft',
      text: 'Brazilian President Luiz Inácio Lula da Silva flew to Rome. Lula, 77, met the pope.',
      date: '2024-06-12',
      errors: [{ text: '77', message: /Lula da Silva was born on Oct\. 27, 1945 .*78/, output: 'Brazilian President Luiz Inácio Lula da Silva flew to Rome. Lula, 78, met the pope.' }],
    },
    {
      name: 'an unnamed mention of the person whose birth date the draft gives',
      text: 'A 41-year-old woman was arrested on Friday.\n\nRuth Adair, 41, was born on Sept. 30, 1983, according to court papers. She was released on bail.',
      date: '2024-08-02',
      errors: [
        { text: '41-year-old', message: /Adair's birth date as Sept\. 30, 1983.* is 40/, output: 'A 40-year-old woman was arrested on Friday.\n\nRuth Adair, 41, was born on Sept. 30, 1983, according to court papers. She was released on bail.' },
        { text: '41', message: /40/ },
      ],
    },
  ],
});
