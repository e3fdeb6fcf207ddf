import { ruleTester } from '../rule-tester';
import { wrongGivenName } from '../../../server/src/rules/names/wrong-given-name';

ruleTester(wrongGivenName, {
  valid: [
    { text: 'Secretary of State Antony Blinken told the Ukrainian government on Thursday that the U.S. supports it.', date: '2021-05-06' },
    // Nicknames, formal names and variants of the person's own given name.
    { text: 'Senate Majority Leader Charles Schumer and President Joseph Biden met.', date: '2022-03-01' },
    { text: 'Senate Majority Leader Chuck Schumer and President Joe Biden met.', date: '2022-03-01' },
    // No title: another person with the same surname.
    { text: 'John Blinken, a Brooklyn dentist, said he was no relation.', date: '2021-05-06' },
    // Seats in a legislature do not identify one person: the knowledge base lacks former members.
    { text: 'Rep. Eddie Bernice Johnson of Texas spoke on the floor.', date: '2019-06-01' },
    // A qualified title.
    { text: 'Former Secretary of State John Kerry was named climate envoy.', date: '2021-01-27' },
    // A title whose office the surname's person did not hold on the date.
    { text: 'Secretary of State John Blinken is a character in the novel.', date: '2018-05-01' },
  ],
  invalid: [
    {
      text: 'Secretary of State John Blinken told the Ukrainian government on Thursday that the U.S. supports it.',
      date: '2021-05-06',
      errors: [{ text: 'John Blinken', message: /Antony Blinken/, output: 'Secretary of State Antony Blinken told the Ukrainian government on Thursday that the U.S. supports it.' }],
    },
    {
      text: 'President Vladimir Zelensky met the delegation in Kyiv.',
      date: '2023-03-01',
      errors: [{ text: 'Vladimir Zelensky', output: 'President Volodymyr Zelensky met the delegation in Kyiv.' }],
    },
    {
      // A title in apposition; the possessive is kept.
      text: 'Jim Powell, the Federal Reserve chair, spoke. Powell\'s remarks moved markets.',
      date: '2023-03-01',
      errors: [{ text: 'Jim Powell', output: 'Jerome Powell, the Federal Reserve chair, spoke. Powell\'s remarks moved markets.' }],
    },
    {
      text: 'British Prime Minister Richard Sunak arrived in Washington.',
      date: '2023-06-07',
      errors: [{ text: 'Richard Sunak', output: 'British Prime Minister Rishi Sunak arrived in Washington.' }],
    },
  ],
});
