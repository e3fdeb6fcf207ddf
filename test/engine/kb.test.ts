import assert from 'node:assert/strict';
import { covers, knowledgeBase, nameKey } from '../../server/src/engine/kb';

describe('knowledge base', () => {
  it('normalises names for matching', () => {
    assert.equal(nameKey('Recep Tayyip Erdoğan'), 'recep tayyip erdogan');
    assert.equal(nameKey('Gitanas  Nausėda'), 'gitanas nauseda');
    assert.equal(nameKey('JD Vance'), nameKey('J.D. Vance'));
  });
  it('finds people by full name and surname', () => {
    const kb = knowledgeBase();
    const blinken = kb.byFullName('Antony Blinken');
    assert.equal(blinken.length, 1);
    assert.ok(kb.bySurname('Blinken').includes(blinken[0]));
    assert.ok(kb.holders('US/secretary-of-state').some((h) => h.person === blinken[0]));
  });
  it('compares partial dates generously', () => {
    assert.equal(covers('2021-01-26', '2025-01-20', '2021-05-06'), 'yes');
    assert.equal(covers('2021-01-26', '2025-01-20', '2025-02-01'), 'no');
    assert.equal(covers('2021-01-26', '2025-01-20', '2025-01-20'), 'yes');
    assert.equal(covers('2014', '2019', '2019-06-01'), 'unsure');
    assert.equal(covers('2014', undefined, '2024-06-01'), 'yes');
    assert.equal(covers(undefined, '2010-05', '2024-06-01'), 'no');
  });
});
