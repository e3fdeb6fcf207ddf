import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/engine/positions';

describe('positions', () => {
  it('counts \\n, \\r\\n and \\r as line breaks and UTF-16 units as characters', () => {
    const text = 'a😀b\r\nc\rd\ne';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.position(text.indexOf('b')), { line: 0, character: 3 });
    assert.deepEqual(lines.position(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepEqual(lines.position(text.indexOf('d')), { line: 2, character: 0 });
    assert.deepEqual(lines.position(text.indexOf('e')), { line: 3, character: 0 });
    assert.equal(lines.offset({ line: 1, character: 0 }), text.indexOf('c'));
    assert.equal(lines.lineEnd(0), text.indexOf('\r'));
  });
});
