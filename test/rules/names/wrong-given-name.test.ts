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

// A dead predecessor with the office holder's surname, named as acting in the story's present.
ruleTester(wrongGivenName, {
  valid: [
    { text: 'North Korean leader Kim Jong Un arrived in Vladivostok on Wednesday. His father, Kim Jong Il, made the same trip by armored train in 2002.', date: '2019-04-24', name: 'a kinship word and a year set the father in the past' },
    { text: 'North Korean leader Kim Jong Un met Putin on Thursday. Portraits of Kim Il Sung and Kim Jong Il hung in the hall where Putin greeted him on Thursday.', date: '2019-04-25', name: 'portraits' },
    { text: 'Kim Jong Un inspected the missile launch on Saturday, state media said. The program began under Kim Jong Il and expanded on Saturday.', date: '2022-03-26', name: 'under' },
    { text: 'North Korean leader Kim Jong Un vowed on Monday to expand the arsenal. The late Kim Jong Il first tested a nuclear device.', date: '2023-01-02', name: 'the late' },
    { text: 'Trump met Kim Jong Il on Thursday in the capital.', date: '2019-02-28', name: 'no holder of his office named in the draft' },
    { text: 'Kim Jong Un praised the soldiers on Friday. "Kim Jong Il is watching over us," he said on Friday.', date: '2021-12-17', name: 'a quotation' },
  ],
  invalid: [
    {
      text: 'North Korean leader Kim Jong Un left Hanoi on Friday. Aides said Kim Jong Il was angered on Friday by the collapse of the talks.',
      date: '2019-03-01',
      errors: [{ text: 'Kim Jong Il', message: /died on Dec\. 17, 2011/, output: 'North Korean leader Kim Jong Un left Hanoi on Friday. Aides said Kim Jong Un was angered on Friday by the collapse of the talks.' }],
    },
    {
      text: 'Kim Jong Un oversaw the test in the morning. Trump met Kim Jong Il at the border on Sunday.',
      date: '2019-06-30',
      errors: [{ text: 'Kim Jong Il', output: 'Kim Jong Un oversaw the test in the morning. Trump met Kim Jong Un at the border on Sunday.' }],
    },
  ],
});
