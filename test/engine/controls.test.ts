import assert from 'node:assert/strict';
import { Controls } from '../../server/src/engine/controls';
import { LineIndex } from '../../server/src/engine/positions';

const controls = (text: string) => new Controls(text, new LineIndex(text));
const at = (text: string, word: string) => text.indexOf(word);

describe('inline control comments', () => {
  it('disable ... enable turns rules off for the region between', () => {
    const text = 'one\n<!-- copydesk-disable names/misspelled -->\ntwo\n<!-- copydesk-enable names/misspelled -->\nthree\n';
    const c = controls(text);
    assert.equal(c.isDisabled('names/misspelled', 'names', at(text, 'one')), false);
    assert.equal(c.isDisabled('names/misspelled', 'names', at(text, 'two')), true);
    assert.equal(c.isDisabled('names/inconsistent', 'names', at(text, 'two')), false);
    assert.equal(c.isDisabled('names/misspelled', 'names', at(text, 'three')), false);
  });
  it('a bare disable covers every rule to the end; a category covers its rules', () => {
    const text = 'one\n<!-- copydesk-disable -->\ntwo\n';
    assert.equal(controls(text).isDisabled('figures/sum-mismatch', 'figures', at(text, 'two')), true);
    const t2 = '<!-- copydesk-disable loaded-language -->\ntwo\n';
    assert.equal(controls(t2).isDisabled('loaded-language/emotive', 'loaded-language', at(t2, 'two')), true);
    assert.equal(controls(t2).isDisabled('names/misspelled', 'names', at(t2, 'two')), false);
  });
  it('disable-next-line and disable-line cover one line', () => {
    const text = '<!-- copydesk-disable-next-line style/passive -->\nwas done\nwas done again <!-- copydesk-disable-line -->\nwas done too\n';
    const c = controls(text);
    assert.equal(c.isDisabled('style/passive', 'style', at(text, 'was done\n')), true);
    assert.equal(c.isDisabled('style/passive', 'style', at(text, 'was done again')), true);
    assert.equal(c.isDisabled('style/passive', 'style', at(text, 'was done too')), false);
  });
  it('enable RULE inside a disable of several rules re-enables only that rule', () => {
    const text = '<!-- copydesk-disable a/b, c/d -->\none\n<!-- copydesk-enable a/b -->\ntwo\n';
    const c = controls(text);
    assert.equal(c.isDisabled('a/b', 'a', at(text, 'two')), false);
    assert.equal(c.isDisabled('c/d', 'c', at(text, 'two')), true);
  });
});
