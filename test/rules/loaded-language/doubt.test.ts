import { ruleTester } from '../rule-tester';
import { doubt } from '../../../server/src/rules/loaded-language/doubt';

ruleTester(doubt, {
  valid: [
    'The plan is supposed to save $2 million a year.',
    '"This so-called reform is a sham," Ashby said.',
    'Ashby said the so-called reform would raise rents.',
    'The court heard a putative class action over the fees.',
  ],
  invalid: [
    { text: 'The so-called reform passed the Senate on Tuesday.', errors: [{ text: 'so-called', message: /casts doubt/, severity: 'warning', output: null }] },
    { text: 'The self-proclaimed king of the city spoke at noon.', errors: [{ text: 'self-proclaimed', output: 'The self-described king of the city spoke at noon.' }] },
    { text: 'Police questioned the supposed witness on Friday.', errors: [{ text: 'supposed' }] },
    { text: 'The company touted bogus sales figures.', errors: [{ text: 'bogus', output: 'The company touted false sales figures.' }] },
    { text: 'Investors were promised purported returns of 20%.', errors: [{ text: 'purported' }] },
  ],
});
