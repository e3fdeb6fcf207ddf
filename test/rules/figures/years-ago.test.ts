import { ruleTester } from '../rule-tester';
import { yearsAgo } from '../../../server/src/rules/figures/years-ago';

ruleTester(yearsAgo, {
  valid: [
    { text: 'The bridge opened in 1994, 30 years ago.', date: '2024-06-12' },
    { text: 'The bridge opened in 1994, 29 years ago.', date: '2024-03-01', name: 'a year not yet complete' },
    { text: 'Britain voted to leave in June 2016, more than three years ago.', date: '2019-10-17' },
    { text: 'Russia seized Crimea seven years ago, in 2014.', date: '2021-05-06' },
    { text: 'It has been 30 years since 1994.', date: '2024-06-12' },
    { text: 'The flood came in 1966, nearly six decades ago.', date: '2024-06-12' },
    { text: '"It was 1990, 20 years ago," he said.', date: '2024-06-12', name: 'quoted' },
    { text: 'The plant closed in 2010, about 15 years ago.', date: '2024-06-12' },
    { text: 'The company agreed to the merger in March, three months ago.', date: '2024-06-12' },
    { text: 'The party last won a majority in 1997 under a new leader, 27 years ago.', date: '2024-06-12', name: 'a year before a phrase and the comma' },
    { text: 'The mill opened in 1950 and closed in 2001 after a fire, 23 years ago.', date: '2024-06-12', name: 'the nearest year' },
    { text: 'The dam was finished in 1966 when the river flooded, nearly 60 years ago.', date: '2024-06-12', name: 'a clause between: not read' },
    { text: "The party's 1997 landslide, 27 years ago, reshaped politics.", date: '2024-06-12', name: 'a year before the noun, right' },
    { text: 'The 1997 budget, which passed 27 years ago, is still cited.', date: '2024-06-12', name: 'not set off by a comma' },
    // elapsed years after an earlier event, for the article's own event
    { text: '# Transit workers go on strike across the city\n\nThe strike came five years after the union last walked out in 2019.', date: '2024-06-12' },
    { text: '# Transit workers go on strike across the city\n\nThe strike came about four years after the union last walked out in 2019.', date: '2024-06-12', name: 'an approximation that fits' },
    { text: '# Transit workers go on strike across the city\n\nThe walkout came five years after the union signed its last contract in 2014.', date: '2024-06-12', name: 'a noun the headline does not use' },
    { text: '# Transit workers go on strike across the city\n\nThe strike in 2022 shut the network. The strike came eight years after the union last walked out in 2014.', date: '2024-06-12', name: 'the subject dated to another year' },
    { text: 'Her second novel came six years after she moved to Lisbon in 1990.', date: '2024-06-12', name: 'no headline: not the article\'s event' },
    { text: '# Transit workers go on strike across the city\n\nThe strike came more than three years after the union last walked out in 2019.', date: '2024-06-12', name: 'a bound' },
    // the first in N years, against the last time the draft gives
    { text: '# Rovers win first league title since the 1990s\n\nThe win gave Rovers their first League Cup in 26 years. Rovers, who also won the League Cup in 1987 and 1998, had lost the 2015 final.', date: '2024-05-20' },
    { text: '# Rovers win first league title since the 1990s\n\nThe win gave Rovers their first League Cup in 30 years. United, who won the League Cup in 1998, were beaten earlier.', date: '2024-05-20', name: 'another team' },
    { text: '# Rovers win first league title since the 1990s\n\nThe win gave Rovers their first League Cup in 30 years. Rovers lost the League Cup final in 1998.', date: '2024-05-20', name: 'not a win' },
    { text: '# Rovers win first league title since the 1990s\n\nIn 2010 the win gave Rovers their first League Cup in 12 years. Rovers also won the League Cup in 1987 and 1998.', date: '2024-05-20', name: 'another time' },
    { text: '# Rovers win first league title since the 1990s\n\nThe win gave Rovers their first title in 30 years. Rovers also won the League Cup in 1998.', date: '2024-05-20', name: 'no named thing' },
  ],
  invalid: [
    {
      text: 'The last eruption was in 1980, 34 years ago.',
      date: '2024-06-12',
      errors: [{ text: '34 years ago', message: /1980 was 44 years before/, output: 'The last eruption was in 1980, 44 years ago.' }],
    },
    {
      name: 'the year after',
      text: 'The team last won the title 12 years ago, in 2005.',
      date: '2024-06-12',
      errors: [{ text: '12 years ago', output: 'The team last won the title 19 years ago, in 2005.' }],
    },
    {
      name: 'a qualifier the dates contradict',
      text: 'The treaty was signed in 1999, more than 30 years ago.',
      date: '2024-06-12',
      errors: [{ text: 'more than 30 years ago', output: 'The treaty was signed in 1999, 25 years ago.' }],
    },
    {
      name: 'a full date',
      text: 'The emergency was declared on Jan. 30, 2020, five years ago.',
      date: '2023-05-05',
      errors: [{ text: 'five years ago', output: 'The emergency was declared on Jan. 30, 2020, three years ago.' }],
    },
    {
      name: 'months ago',
      text: 'The union signed the contract in January, eight months ago.',
      date: '2024-06-12',
      errors: [{ text: 'eight months ago', message: /about 5 months/ }],
    },
    {
      name: 'a year before a prepositional phrase',
      text: 'The club last won the cup in 2004 under its old coach, 12 years ago.',
      date: '2024-06-12',
      errors: [{ text: '12 years ago', message: /2004 was 20 years before/, output: 'The club last won the cup in 2004 under its old coach, 20 years ago.' }],
    },
    {
      name: 'a year before the noun the figure follows',
      text: "The club's 2004 title, 12 years ago, was its last.",
      date: '2024-06-12',
      errors: [{ text: '12 years ago', output: "The club's 2004 title, 20 years ago, was its last." }],
    },
    {
      name: 'years after an earlier event, for the article\'s own event',
      text: '# Transit workers go on strike across the city\n\nThe strike came three years after the union last walked out in 2019.',
      date: '2024-06-12',
      errors: [{ text: 'three years', message: /2019 was 5 years before/, output: '# Transit workers go on strike across the city\n\nThe strike came five years after the union last walked out in 2019.' }],
    },
    {
      name: 'the first in N years, against the last win the draft gives',
      text: '# Rovers win first league title since the 1990s\n\nThe win gave Rovers their first League Cup in 28 years. Rovers, who also won the League Cup in 1987 and 1998, had lost the 2015 final.',
      date: '2024-05-20',
      errors: [{ text: '28 years', message: /last one as 1998, 26 years/ }],
    },
  ],
});
