import { ruleTester } from '../rule-tester';
import { percentChange } from '../../../server/src/rules/figures/percent-change';

ruleTester(percentChange, {
  valid: [
    // a change up to now, against the value an earlier sentence gave the same subject
    'The Dow Jones Industrial Average fell 2,997.10 points to 20,188.52. The Dow has now fallen 32% from its record close of 29,551.42 on Feb. 12.',
    'The Nasdaq fell 3% to 6,904.59. The Dow has now fallen 22% from its record close of 29,551.42.',
    'Brent crude rose 4% to $82.10 a barrel. Brent has fallen 22% from its peak of $130.',
    // a bare figure takes the unit written after the other
    'The council raised the tax rate from 8.2 to 8.9 mills, an 8.5% increase.',
    'The river rose from 3.2 to 4.1 meters, an increase of 28%.',
    // multiples set beside another figure
    'The town received 860 millimeters of rain in three days, more than double the 410-millimeter average.',
    'Sales reached 230 units, nearly triple the 80 units sold last year.',
    'The fund raised $2.4 million, double the $1.2 million it raised in 2020.',
    'The fund raised $2.1 million, about half the $4 million it sought.',
    'The team scored 41 points, more than twice the 18 it scored a week earlier.',
    'The firm hired 300 people, double the 150 it planned, and 12 interns.',
    'Sales rose 25% to $125 million from $100 million.',
    'Profit fell 20% to $80 million from $100 million a year earlier.',
    // rounding of every figure is allowed for
    'Revenue increased 8% to $12.4 billion from $11.5 billion.',
    'The budget is up 3.4% from this year\'s $205 million, to $212 million.',
    // truncation to the last digit
    'Deliveries rose 17% to 405,278 from 343,830.',
    // qualifiers
    'Shares rose about 6% to $100.60 from $95.',
    'Revenue more than tripled to $26 billion from $7.2 billion.',
    'The party won 99 seats, nearly doubling its 2019 tally of 52.',
    // "double" before its base, and "nearly doubled" close enough to two
    'The party won 99 seats, nearly double its 2019 tally of 52.',
    'The party won 104 seats, double its 2019 tally of 52, but short of a majority.',
    'The hotel has a double room for $120, down from $150 in 2022, a 20% drop.',
    'Online sales nearly doubled to $470 million from $260 million.',
    // a time phrase set off inside the change
    'Net income fell 16 percent to $212 million, or $1.04 a share, in the three months ended June 30, from $251 million, or $1.22 a share, a year earlier.',
    'Revenue rose 8% to $5.4 billion, in the second quarter, from $5 billion.',
    'Net income fell 22 percent to $212 million, in a year when sales rose 4% from $2.51 billion.',
    'The dividend was raised 150%, to 10 cents a share from 4 cents.',
    // "from" a year is not a figure to compare
    'The company delivered 1.31 million vehicles, up 40% from 2021.',
    // the previous sentence's figure, consistent
    'The company delivered 500,000 cars in 2023.\n\nDeliveries were up 25% from 400,000 in 2022.',
    // quotations keep the speaker's numbers
    '"Our sales rose 30% to $120 million from $100 million," the chief executive said.',
    // an absolute change that matches
    'The party won 240 seats, down from 303, a loss of 63 seats.',
    // percentage points are not percent
    'The unemployment rate rose 0.2 percentage point to 4.3% from 4.1%.',
    // a percentage applied to an amount: rounding, round figures, bounds, no base
    'A 15% raise would take the starting salary of $48,000 a year to $55,200.',
    'The proposed 12% cut would bring the agency budget of about $6.5 million to roughly $5.7 million.',
    'A 25% increase would lift the base fare of about $2.75 to roughly $3.45.',
    'A 25% increase would lift the average rent of about $1,480 a month to roughly $1,850.',
    'A 30% increase would lift the top wage of about $40 an hour to roughly $50.',
    'A 10% rise would push the monthly fee of $18 to more than $21.',
    'A 20% raise would lift wages to about $30 an hour, the union said.',
    'The 5% increase would lift pay for the 1,200 nurses to $41 an hour.',
    // a loss and its share of the amount sold
    'The fund sold $12 billion of bonds at a loss of $1.5 billion, about 12% of their value.',
    'The company sold $800 million of shares at a gain of $96 million, or 12% of their value.',
    'It sold $5 billion of loans at a loss of $600 million, nearly 13% of the portfolio it kept.',
    'The insurer, which manages $90 billion, sold its $2 billion stake at a loss of $400 million, 20% of its value.',
    // a change in points between two percentages
    'Turnout rose to 64% from 58%, an increase of 6 points.',
    'The fire was 40% contained on Thursday, up from 25% on Wednesday, a gain of 15 percentage points.',
    'The rate fell to 3.1% from 3.3%, a drop of 0.2 percentage point.',
    // a subject's own figure, and the current value further back when it names the same noun
    'The party\'s 58 seats were up from 47 in 2020, a gain of 11.',
    'Officials have confirmed 124 measles cases since the outbreak began in January, up 29% from 96 cases a week earlier.',
    'The budget would make an 8% cut in parks spending, from $2.4 million to $2.2 million.',
    // a truncated percentage: 4.97% written as 4%
    'Sales rose 4% to $2,099 from $2,000.',
  ],
  invalid: [
    {
      name: 'a change up to now, against the value an earlier sentence gave',
      text: 'The Dow Jones Industrial Average plunged 2,997.10 points to 20,188.52, its biggest drop.\n\nThe Dow has now fallen 22% from its record close of 29,551.42 on Feb. 12.',
      errors: [{ text: '22% from its record close of 29,551.42', message: /20,188\.52 is 32% less than 29,551\.42, not 22%/ }],
    },
    {
      name: 'a price up to now, a rise',
      text: 'Shares of Kestrel Mining closed up 6% at $41.20 on Friday, rising to $43.70 by the end of the session. Kestrel is now up 60% from its low of $22 in January.',
      errors: [{ text: "60% from its low of $22", message: /99% more than \$22, not 60%/ }],
    },
    {
      name: 'a bare figure with the unit of the other',
      text: 'The council voted to raise the property tax rate from 8.2 to 8.9 mills, a 6% increase.',
      errors: [{ text: '8.2 to 8.9 mills, a 6%', message: /8\.9 mills is 8\.5% more than 8\.2, not 6%/ }],
    },
    {
      name: 'a bare figure before a unit, a fall',
      text: 'The lake fell from 12.5 to 9.8 feet over the summer, a drop of 12%.',
      errors: [{ text: '12.5 to 9.8 feet over the summer, a drop of 12%', message: /22% less than 12\.5/ }],
    },
    {
      name: 'more than double, less than double',
      text: 'The town received 762 millimeters of rain in the three days to Tuesday, more than double its average for the whole of March of 410 millimeters.',
      errors: [{ text: 'more than double', message: /less than double 410 millimeters/ }],
    },
    {
      name: '"double" before its base',
      text: 'The main opposition party won 52 seats, nearly double its 2014 tally of 44, but far short of what it needed.',
      errors: [{ text: '52 seats, nearly double its 2014 tally of 44', message: /1\.18 times 44/ }],
    },
    {
      name: 'nearly doubled, well short of double',
      text: 'Online sales nearly doubled to $410 million from $260 million, helped by partnerships with delivery apps.',
      errors: [{ text: 'doubled to $410 million from $260 million', message: /1\.58 times/ }],
    },
    {
      name: 'a time phrase set off between the change\'s "to" and "from"',
      text: 'Net income fell 22 percent to $212 million, or $1.04 a share, in the three months ended June 30, from $251 million, or $1.22 a share, a year earlier.',
      errors: [{ text: '22 percent to $212 million, or $1.04 a share, in the three months ended June 30, from $251 million', message: /16% less than \$251 million, not 22 percent/ }],
    },
    {
      name: 'nearly triple, more than triple',
      text: 'Ticket sales reached 300,000, nearly triple the 80,000 sold in 2019.',
      errors: [{ text: 'nearly triple', message: /more than triple/ }],
    },
    {
      name: 'twice, unqualified',
      text: 'The county spent $9.6 million on roads, twice the $3.1 million it spent in 2021.',
      errors: [{ text: 'twice', message: /more than double/ }],
    },
    {
      name: 'half',
      text: 'The plant produced 2,900 tons in May, half the 4,000 tons it made in April.',
      errors: [{ text: 'half', message: /more than half/ }],
    },
    {
      name: 'percent that the values contradict',
      text: 'Ticket sales jumped 40% to $84 million from $70 million.',
      errors: [{ text: '40% to $84 million from $70 million', message: /\$84 million is 20% more than \$70 million, not 40%/, output: 'Ticket sales jumped 20% to $84 million from $70 million.' }],
    },
    {
      name: 'a fall',
      text: 'Net income dropped 35% to $1.3 billion from $1.6 billion.',
      errors: [{ text: '35% to $1.3 billion from $1.6 billion', message: /19% less/, output: 'Net income dropped 19% to $1.3 billion from $1.6 billion.' }],
    },
    {
      name: 'increased by, from ... to',
      text: 'Enrollment increased by 12% from 2,000 students to 2,100 students.',
      errors: [{ text: '12% from 2,000 students to 2,100', message: /5\.0% more|5% more/ }],
    },
    {
      name: 'the value set off by a comma',
      text: 'The unit generated $9.6 billion in sales, up 60% from $8 billion a year earlier.',
      errors: [{ text: '$9.6 billion in sales, up 60% from $8 billion', message: /20% more/, output: 'The unit generated $9.6 billion in sales, up 20% from $8 billion a year earlier.' }],
    },
    {
      name: 'the value in the previous sentence',
      text: 'The airline carried 52,000 passengers in May.\n\nPassenger numbers were up 30% from 48,000 in April.',
      errors: [{ text: '30% from 48,000', message: /52,000 is 8\.3% more than 48,000, not 30%/ }],
    },
    {
      name: 'an absolute change',
      text: 'The Liberals won 160 seats, down from 184 in the last election, a loss of 34 seats.',
      errors: [{ text: '160 seats, down from 184 in the last election, a loss of 34', output: 'The Liberals won 160 seats, down from 184 in the last election, a loss of 24 seats.' }],
    },
    {
      name: 'doubled',
      text: 'The city\'s homeless population doubled to 3,000 from 2,000 in two years.',
      errors: [{ text: 'doubled to 3,000 from 2,000', message: /1\.5 times/ }],
    },
    {
      name: 'the wrong direction',
      text: 'Exports rose to $40 billion from $45 billion.',
      errors: [{ text: 'rose to $40 billion from $45 billion', message: /less than/ }],
    },
    {
      name: 'a percentage applied to an amount the sentence gives',
      text: 'A 25% increase would lift the average rent of about $1,480 a month to roughly $1,720.',
      errors: [{ text: 'roughly $1,720', message: /25% to \$1,480 gives about \$1,850/, output: 'A 25% increase would lift the average rent of about $1,480 a month to roughly $1,850.' }],
    },
    {
      name: 'a cut applied to an amount',
      text: 'The board said a 20% cut would reduce the arts grant of $64,500 to $54,000.',
      errors: [{ text: '$54,000', message: /20% from \$64,500 gives about \$51,600/ }],
    },
    {
      name: 'a loss and a share of the amount sold that do not match',
      text: 'The pension fund sold $36 billion of bonds at a loss of $2.4 billion, nearly 12% of their value.',
      errors: [{ text: 'nearly 12%', message: /6\.7% of \$36 billion/, output: 'The pension fund sold $36 billion of bonds at a loss of $2.4 billion, about 7% of their value.' }],
    },
    {
      name: 'a change in points between two percentages',
      text: 'Turnout rose to 64% of registered voters from 58% in 2018, an increase of 8 points.',
      errors: [{ text: '8 points', message: /change of 6 points/, output: 'Turnout rose to 64% of registered voters from 58% in 2018, an increase of 6 points.' }],
    },
    {
      name: 'a gain in percentage points, the current value set off by a comma',
      text: 'The fire was 40% contained on Thursday, up from 25% on Wednesday, a gain of 20 percentage points.',
      errors: [{ text: '20 percentage points', message: /15 points/ }],
    },
    {
      name: 'the subject\'s own figure',
      text: 'The Alliance\'s 58 seats were up from 47 in 2020, a gain of 13.',
      errors: [{ text: '58 seats were up from 47 in 2020, a gain of 13', output: 'The Alliance\'s 58 seats were up from 47 in 2020, a gain of 11.' }],
    },
    {
      name: 'a percentage before a change word, from ... to',
      text: 'The budget would make a 15% cut in parks spending, from $2.4 million to $2.2 million.',
      errors: [{ text: '15% cut in parks spending, from $2.4 million to $2.2 million', message: /8\.3% less/ }],
    },
    {
      name: 'the current value of the same noun, further back',
      text: 'Officials have confirmed 124 measles cases since the outbreak began in January, up 35% from 96 cases a week earlier.',
      errors: [{ text: '124 measles cases since the outbreak began in January, up 35% from 96', message: /29% more/ }],
    },
    {
      name: 'a percentage that neither rounds nor truncates to the figures',
      text: 'Sales rose 5% to $2,080 from $2,000.',
      errors: [{ text: '5% to $2,080 from $2,000', message: /4\.0% more|4% more/ }],
    },
  ],
});
