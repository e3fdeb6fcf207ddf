// Valid/invalid cases for one rule (after ESLint's RuleTester and Harper's assert_lint_count):
// valid texts produce no finding from the rule; invalid ones produce exactly the findings listed.
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { normalizeConfig } from '../../server/src/engine/config';
import { applyEdits } from '../../server/src/engine/fixes';
import { defaultRules } from '../../server/src/rules/index';
import type { Rule } from '../../server/src/engine/rule';
import type { Finding } from '../../server/src/engine/types';

export interface Case {
  text: string;
  format?: 'markdown' | 'plaintext';
  /** A `.copydesk.json`-shaped object. */
  config?: Record<string, unknown>;
  date?: string;
  /** Shown in the test title. */
  name?: string;
}

export interface Expected {
  /** The flagged text. */
  text: string;
  message?: RegExp;
  /** The document after applying the finding's first (or preferred) fix; null: no fix. */
  output?: string | null;
  severity?: Finding['severity'];
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

export function runCase(rule: Rule, c: Case): Finding[] {
  const { config, problems } = normalizeConfig({ [rule.meta.id.split('/')[0] === 'style' ? 'rules' : 'rules']: {}, ...(c.config ?? {}) }, 'test', defaultRules.map((r) => r.meta.id));
  assert.deepEqual(problems, [], 'test configuration is valid');
  return lint(c.text, { format: c.format ?? 'markdown', config, date: c.date ?? '2024-06-12', today: '2024-06-12', rules: [rule] });
}

const title = (c: Case) => c.name ?? (c.text.length > 70 ? c.text.slice(0, 67).replace(/\s+/g, ' ') + '…' : c.text.replace(/\s+/g, ' '));

export function ruleTester(rule: Rule, cases: { valid: Array<string | Case>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has complete metadata', () => {
      assert.match(rule.meta.id, /^[a-z-]+\/[a-z-]+$/);
      assert.equal(rule.meta.id.split('/')[0], rule.meta.category);
      assert.ok(rule.meta.description.length > 10);
      assert.ok(rule.meta.docs.endsWith(`docs/rules/${rule.meta.id}.md`));
    });
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`valid: ${title(c)}`, () => {
        const found = runCase(rule, c);
        assert.deepEqual(found.map((f) => `${c.text.slice(f.offset, f.offset + f.length)}: ${f.message}`), []);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${title(c)}`, () => {
        const found = runCase(rule, c);
        assert.deepEqual(found.map((f) => c.text.slice(f.offset, f.offset + f.length)), c.errors.map((e) => e.text), 'flagged spans');
        for (const f of found) {
          for (const fix of f.fixes) {
            for (const edit of fix.edits) assert.ok(edit.offset >= f.offset && edit.offset + edit.length <= f.offset + f.length, `fix "${fix.title}" edits only inside its finding's range`);
          }
        }
        c.errors.forEach((e, i) => {
          const f = found[i];
          if (e.message) assert.match(f.message, e.message);
          if (e.severity) assert.equal(f.severity, e.severity);
          if (e.output !== undefined) {
            const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
            if (e.output === null) assert.equal(fix, undefined, 'no fix expected');
            else {
              assert.ok(fix, 'a fix is expected');
              assert.equal(applyEdits(c.text, fix.edits), e.output);
            }
          }
        });
      });
    }
  });
}
