import assert from 'node:assert/strict';
import fc from 'fast-check';
import writeGoodIllusions from 'write-good/lib/lexical-illusions.js';
import { ruleTester } from './rule-tester';
import { repeatedWords } from '../../server/src/rules/style/write-good';
import { passive } from '../../server/src/rules/style/passive';
import { weasel } from '../../server/src/rules/style/weasel';
import { adverb } from '../../server/src/rules/style/adverb';
import { lexicalIllusion } from '../../server/src/rules/style/lexical-illusion';
import { so } from '../../server/src/rules/style/so';
import { thereIs } from '../../server/src/rules/style/there-is';
import { wordy } from '../../server/src/rules/style/wordy';
import { cliche } from '../../server/src/rules/style/cliche';

ruleTester(passive, {
  valid: ['Police arrested the suspect on Tuesday.', '"The suspect was arrested," the chief said.'],
  invalid: [{ text: 'The suspect was arrested on Tuesday.', errors: [{ text: 'was arrested', severity: 'hint', output: null }] }],
});

ruleTester(weasel, {
  valid: ['The council approved the budget.'],
  invalid: [{ text: 'The council approved a very large budget.', errors: [{ text: 'very' }] }],
});

ruleTester(adverb, {
  valid: ['The council approved the budget.', 'The mayor said it was "extremely unfair."'],
  invalid: [{ text: 'The council quickly approved the budget.', errors: [{ text: 'quickly' }] }],
});

ruleTester(lexicalIllusion, {
  valid: ['The council approved the budget.', 'She had had enough of the delays.', 'He said that that was wrong.'],
  invalid: [{ text: 'The council approved the the budget.', errors: [{ text: 'the the', output: 'The council approved the budget.' }] }],
});

ruleTester(so, {
  valid: ['The vote was close, so the mayor broke the tie.'],
  invalid: [{ text: 'So the mayor broke the tie.', errors: [{ text: 'So the', output: 'The mayor broke the tie.' }] }],
});

ruleTester(thereIs, {
  valid: ['Three candidates are running.'],
  invalid: [{ text: 'There are three candidates running.', errors: [{ text: 'There are' }] }],
});

ruleTester(wordy, {
  valid: ['The plan aims to cut costs.'],
  invalid: [{ text: 'The plan was drafted in order to cut costs.', errors: [{ text: 'in order to' }] }],
});

ruleTester(cliche, {
  valid: ['The team won the final.'],
  invalid: [{ text: 'The loss was a blessing in disguise for the team.', errors: [{ text: 'blessing in disguise' }] }],
});

describe('style/lexical-illusion: repeatedWords', () => {
  // The rule's own scan must flag exactly what write-good's lib/lexical-illusions.js flags.
  const words = ['the', 'The', 'THE', 'that', 'had', 'a', 'A.', '1', '—', '"the', 'İ', 'i̇', 'ÉTÉ', 'été', 'straße', 'STRASSE', '_'];
  const spaces = [' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', ' \n '];
  it('flags the spans write-good flags, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...spaces)), { maxLength: 30 }), fc.string({ maxLength: 40 }), (parts, noise) => {
        const text = parts.map(([w, s]) => w + s).join('') + noise;
        assert.deepEqual(repeatedWords(text), writeGoodIllusions(text));
      }),
      { numRuns: 2000 },
    );
  });
  it('flags a repeat across a line break and in any case', () => {
    assert.deepEqual(repeatedWords('in the\nThe end'), [{ index: 7, offset: 3 }]);
    assert.deepEqual(repeatedWords('had had'), [{ index: 4, offset: 3 }]);
    assert.deepEqual(repeatedWords('— —'), []);
  });
});
