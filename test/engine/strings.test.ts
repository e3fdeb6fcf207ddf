import assert from 'node:assert/strict';
import { closest, editDistance } from '../../server/src/engine/strings';

describe('strings', () => {
  it('measures edits, counting a transposition as one', () => {
    assert.equal(editDistance('Erdogen', 'Erdogan'), 1);
    assert.equal(editDistance('Stoltenburg', 'Stoltenberg'), 1);
    assert.equal(editDistance('Koepke', 'Koepka'), 1);
    assert.equal(editDistance('form', 'from'), 1);
    assert.equal(editDistance('McConnel', 'McConnell'), 1);
    assert.equal(editDistance('abc', 'xyz'), 3);
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
  });
  it('ranks the closest candidates', () => {
    assert.deepEqual(closest('names/mispelled', ['names/misspelled', 'names/inconsistent', 'style/passive'], 3), ['names/misspelled']);
  });
});
