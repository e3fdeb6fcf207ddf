// Property tests over the whole engine with random and hostile text: it never throws, every
// finding and fix stays inside the text, never splits a surrogate pair, every fix applies, and
// fixing converges.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse } from '../../server/src/engine/lint';
import { applyEdits, fixText } from '../../server/src/engine/fixes';
import type { Finding } from '../../server/src/engine/types';
import { hostileText } from './hostile-text';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = Number(process.env.COPYDESK_FUZZ_RUNS ?? 150);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** A boundary that cuts a well-formed surrogate pair in two. */
const splitsPair = (text: string, at: number) => at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

export function checkInvariants(text: string, format: 'markdown' | 'plaintext'): Finding[] {
  const result = analyse(text, { format, date: '2021-05-06' });
  assert.deepEqual(result.notices.filter((n) => n.includes('failed')), [], 'no rule fails');
  for (const f of result.findings) {
    assert.ok(f.offset >= 0 && f.length >= 0 && f.offset + f.length <= text.length, `${f.ruleId} range inside the text`);
    assert.ok(!splitsPair(text, f.offset) && !splitsPair(text, f.offset + f.length), `${f.ruleId} range does not split a surrogate pair`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        assert.ok(e.offset >= f.offset && e.offset + e.length <= f.offset + f.length, `${f.ruleId}: "${fix.title}" edits only the finding's range`);
        assert.ok(!splitsPair(text, e.offset) && !splitsPair(text, e.offset + e.length), `${f.ruleId} edit does not split a surrogate pair`);
      }
      applyEdits(text, fix.edits); // throws if the edits overlap or leave the text
    }
  }
  return result.findings;
}

describe('engine properties (fast-check)', function () {
  this.timeout(120000);
  for (const format of ['markdown', 'plaintext'] as const) {
    it(`${format}: no exception, ranges and fixes stay inside the text`, () => {
      fc.assert(fc.property(hostileText, (text) => { checkInvariants(text, format); }), { numRuns: RUNS });
    });

    it(`${format}: applying the preferred fixes converges`, () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          let passes = 0;
          const lint = (t: string) => { passes++; return analyse(t, { format, date: '2021-05-06' }).findings; };
          const fixed = fixText(text, lint, 10);
          assert.ok(passes <= 10, 'fixing stops before the pass limit');
          // Fixed text lints clean of preferred fixes: nothing left that --fix would change.
          assert.equal(fixText(fixed.text, lint, 1).text, fixed.text);
        }),
        { numRuns: Math.ceil(RUNS / 3) },
      );
    });
  }

  it('keeps the invariants on real drafts full of findings', () => {
    const dir = join(__dirname, '..', '..', 'examples');
    const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    texts.push('So the the council approved the the budget. So, there is a plan.', 'Critics say the the plan will almost certainly fail.');
    let withFixes = 0;
    for (const text of texts) for (const format of ['markdown', 'plaintext'] as const) withFixes += checkInvariants(text, format).filter((f) => f.fixes.length).length;
    assert.ok(withFixes > 3, 'the drafts exercise some fixes');
  });

  it('survives extreme inputs', () => {
    const cases = [
      'x'.repeat(10_000),
      'A sentence that goes on. '.repeat(400).trimEnd(),
      '"'.repeat(10_000),
      '“'.repeat(5_000) + '”'.repeat(5_000),
      '---\ntitle: "unclosed\ndate: 2021-13-45\n',
      '---\n---\n---\n',
      '\uFEFF\r\n\r\r\n\n'.repeat(1000),
      '\uD800'.repeat(500) + 'Kiev' + '\uDC00'.repeat(500),
      '\u0000'.repeat(1000) + 'Secretary of State John Blinken visited Kiev.',
      '# ' + '*'.repeat(3000) + '\n\n' + '[' .repeat(2000) + ']'.repeat(2000),
      '<!--'.repeat(2000),
      '> '.repeat(3000) + 'quote',
    ];
    for (const text of cases) for (const format of ['markdown', 'plaintext'] as const) checkInvariants(text, format);
  });
});
