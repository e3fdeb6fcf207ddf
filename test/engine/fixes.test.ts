import assert from 'node:assert/strict';
import { applyEdits, chooseFixes, fixText, matchCase } from '../../server/src/engine/fixes';
import type { Finding } from '../../server/src/engine/types';

const finding = (offset: number, length: number, newText: string, preferred = true): Finding => ({
  ruleId: 'x/y', category: 'style', severity: 'warning', message: 'm', offset, length,
  fixes: [{ title: 't', edits: [{ offset, length, newText }], preferred }],
});

describe('fixes', () => {
  it('keeps the case of the replaced text', () => {
    assert.equal(matchCase('Slammed', 'criticized'), 'Criticized');
    assert.equal(matchCase('slammed', 'criticized'), 'criticized');
    assert.equal(matchCase('SLAMMED', 'criticized'), 'CRITICIZED');
    assert.equal(matchCase('Kiev', 'Kyiv'), 'Kyiv');
  });
  it('applies edits and refuses overlapping ones', () => {
    assert.equal(applyEdits('abcdef', [{ offset: 4, length: 1, newText: 'E' }, { offset: 0, length: 1, newText: 'A' }]), 'AbcdEf');
    assert.throws(() => applyEdits('abcdef', [{ offset: 0, length: 3, newText: '' }, { offset: 2, length: 1, newText: '' }]), /overlapping/);
  });
  it('chooses non-overlapping preferred fixes', () => {
    const chosen = chooseFixes([finding(0, 3, 'X'), finding(2, 2, 'Y'), finding(5, 1, 'Z'), finding(7, 1, 'W', false)]);
    assert.deepEqual(chosen.map((c) => c.edits[0].newText), ['X', 'Z']);
  });
  it('fixes until the text converges', () => {
    // A fake linter: every "aa" should become "a".
    const lint = (t: string) => [...t.matchAll(/aa/g)].map((m) => finding(m.index!, 2, 'a'));
    const result = fixText('aaaa baa', lint);
    assert.equal(result.text, 'a ba');
    assert.deepEqual(result.remaining, []);
  });
});
