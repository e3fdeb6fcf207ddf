import { ruleTester } from '../rule-tester';
import { weekdayDate } from '../../../server/src/rules/figures/weekday-date';

ruleTester(weekdayDate, {
  valid: [
    'The hearing is set for Monday, July 1.',
    'The vote was held on Tuesday, Nov. 5, 2024.',
    'The storm hit on Friday 13 September 2024.',
    'The deadline is Sept. 30, a Monday.',
    '"It was Thursday, June 5," she recalled.',
    { text: 'The council meets today, Wednesday, at 7 p.m.', date: '2024-06-12' },
    { name: 'a date six months back, in the article year', text: 'He struck the deal on Monday, April 25.', date: '2022-10-28' },
    { name: 'a date months ahead, in the article year', text: 'The trial opens on Monday, Oct. 3.', date: '2022-04-20' },
    { name: 'early January, next year', text: 'The new law takes effect on Tuesday, Jan. 3.', date: '2022-12-20' },
    { name: 'the year of an earlier date in the sentence', text: 'The trial began on Monday, Sept. 9, 2019, and the jury returned its verdict on Friday, Nov. 15.', date: '2021-06-09' },
    { name: 'a passive in the present, next January', text: 'The new members are sworn in on Monday, Jan. 6.', date: '2024-11-06' },
    { name: 'a passive in the present, next January', text: 'The vote is scheduled for Thursday, Jan. 9.', date: '2024-11-06' },
    { name: 'a birth date earlier in the sentence', text: 'Ruiz, who was born on May 2, 1980, said the city will vote on Tuesday, June 18, at 10.', date: '2024-06-12' },
    { name: 'a past date in the year before', text: 'The film opened in theaters on Friday, Oct. 11, and did well.', date: '2020-02-09' },
    { name: 'a date ahead, after a past-tense verb and "to"', text: 'The judge ordered her to report to prison on Thursday, April 27.', date: '2022-11-18' },
  ],
  invalid: [
    {
      text: 'Talks resumed on Thursday, May 12, 2021, in Geneva.',
      errors: [{ text: 'Thursday, May 12, 2021', message: /May 12, 2021, was a Wednesday, not a Thursday/, output: 'Talks resumed on Wednesday, May 12, 2021, in Geneva.' }],
    },
    {
      name: 'a date without a year, in the article year',
      text: 'The results are due on Monday, Dec. 10.',
      date: '2024-11-20',
      errors: [{ text: 'Monday, Dec. 10', message: /Dec\. 10, 2024, is a Tuesday, not a Monday/ }],
    },
    {
      name: 'a date without a year, around the new year',
      text: 'The shop reopened on Thursday, Dec. 29.',
      date: '2024-01-03',
      errors: [{ text: 'Thursday, Dec. 29', message: /Dec\. 29, 2023, was a Friday, not a Thursday/ }],
    },
    {
      name: 'a date months before the article date, without a year',
      text: 'Musk agreed to the price when he struck the deal with the board on Tuesday, April 25.',
      date: '2022-10-28',
      errors: [{ text: 'Tuesday, April 25', message: /April 25, 2022, was a Monday, not a Tuesday/ }],
    },
    {
      name: 'a date in late spring, written in November',
      text: 'The company filed its plan on Friday, May 3.',
      date: '2023-11-15',
      errors: [{ text: 'Friday, May 3', message: /May 3, 2023, was a Wednesday, not a Friday/ }],
    },
    {
      name: 'the year carried from an earlier date in the sentence',
      text: 'Hearings opened on Tuesday, Jan. 7, 2020, and closed on Friday, Feb. 6.',
      date: '2023-05-01',
      errors: [{ text: 'Friday, Feb. 6', message: /Feb\. 6, 2020, was a Thursday, not a Friday/ }],
    },
    {
      name: 'day first',
      text: 'The accord was signed on Monday 3 March 2024.',
      errors: [{ text: 'Monday 3 March 2024', message: /was a Sunday, not a Monday/ }],
    },
    {
      name: 'the weekday after the date',
      text: 'The deadline is Oct. 2, a Friday.',
      date: '2024-09-20',
      errors: [{ text: 'Oct. 2, a Friday', message: /Wednesday/ }],
    },
    {
      name: 'today',
      text: 'The council meets today, Thursday, to vote on the budget.',
      date: '2024-06-12',
      errors: [{ text: 'Thursday', message: /Wednesday/, output: 'The council meets today, Wednesday, to vote on the budget.' }],
    },
  ],
});
