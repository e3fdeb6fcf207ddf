import assert from 'node:assert/strict';
import { BoundedCache } from '../../server/src/engine/bounded-cache';

describe('bounded cache', () => {
  it('drops the least recently used entries past its capacity', () => {
    const cache = new BoundedCache<string>(20, (k) => k.length);
    for (const k of ['aaaaa', 'bbbbb', 'ccccc']) cache.set(k, k);
    assert.equal(cache.get('aaaaa'), 'aaaaa'); // now the most recent
    cache.set('ddddd', 'ddddd'); // exactly at capacity
    cache.set('eeeee', 'eeeee'); // over: the least recently used, "bbbbb", goes
    assert.equal(cache.get('bbbbb'), undefined);
    for (const k of ['aaaaa', 'ccccc', 'ddddd', 'eeeee']) assert.equal(cache.get(k), k);
    assert.equal(cache.size, 4);
  });
  it('does not keep what is too big to be worth it', () => {
    const cache = new BoundedCache<number>(20, (k) => k.length);
    cache.set('x'.repeat(6), 1);
    assert.equal(cache.get('x'.repeat(6)), undefined);
  });
});
