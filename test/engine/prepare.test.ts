import assert from 'node:assert/strict';
import { analyse, prepare } from '../../server/src/engine/lint';

describe('prepare', () => {
  it('warms every family up without a failure', () => {
    prepare();
    const r = analyse('Secretary of State John Blinken visited Kiev.', { format: 'markdown', date: '2021-05-06' });
    assert.deepEqual(r.notices, []);
    assert.ok(r.findings.some((f) => f.ruleId === 'names/wrong-given-name'));
  });
});
