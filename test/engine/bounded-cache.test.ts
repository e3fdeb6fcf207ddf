import assert from 'node:assert/strict';
import { BoundedCache } from '../../server/src/engine/bounded-cache';

describe('bounded cache', () => {
  it('drops the least recently used entries past its capacity', () => {
    const cache = new BoundedCache<number>(10, (k) => k.length);
    cache.set('aaaa', 1);
    cache.set('bbb', 2);
    assert.equal(cache.get('aaaa'), 1); // now the most recent
    cache.set('cc', 3);
    cache.set('ddd', 4); // 4 + 3 + 2 + 3 > 10: "bbb" goes
    assert.equal(cache.get('bbb'), undefined);
    assert.equal(cache.get('aaaa'), 1);
    assert.equal(cache.get('ddd'), 4);
  });
  it('does not keep what is too big to be worth it', () => {
    const cache = new BoundedCache<number>(10, (k) => k.length);
    cache.set('x'.repeat(5), 1);
    assert.equal(cache.get('x'.repeat(5)), undefined);
  });
});
