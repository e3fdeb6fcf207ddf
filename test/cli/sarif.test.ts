// --format sarif against the SARIF 2.1.0 JSON schema, and fingerprints that let code scanning
// follow a finding from commit to commit.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { copydesk, gitRepo, ROOT, scratch } from './cli-helpers';
import { defaultRules } from '../../server/src/rules/index';

const SCHEMA = join(ROOT, 'test', 'schemas', 'sarif-2.1.0-rtm.5.json');

/** The vendored draft-04 schema, read by Ajv 8 (see test/schemas/README.md). */
function sarifValidator(): ValidateFunction {
  const text = readFileSync(SCHEMA, 'utf8');
  assert.equal(createHash('sha256').update(text).digest('hex'), '2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8', 'the vendored schema is the one test/schemas/README.md describes');
  assert.doesNotMatch(text, /"exclusive(Minimum|Maximum)"\s*:\s*(true|false)/, 'no draft-04-only keyword');
  const { $schema, id, ...schema } = JSON.parse(text) as Record<string, unknown>;
  assert.equal($schema, 'http://json-schema.org/draft-04/schema#');
  // The schema's language pattern is not valid with the u flag (a stray "]"), so patterns are compiled without it.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ $id: id as string, ...schema });
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; charOffset: number; charLength: number; snippet: { text: string } } } }>;
  fixes?: Array<{ description: { text: string }; artifactChanges: Array<{ replacements: Array<{ deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }> }> }>;
  partialFingerprints: Record<string, string>;
}

const sarif = (stdout: string) => JSON.parse(stdout) as { version: string; runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string; help: { text: string; markdown: string }; shortDescription: { text: string }; defaultConfiguration: { level: string } }> } }; results: SarifResult[]; originalUriBaseIds: Record<string, { uri: string }>; invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }> }> };

describe('SARIF output', function () {
  this.timeout(60000);
  let validate: ValidateFunction;
  before(() => {
    validate = sarifValidator();
  });

  it('is valid SARIF 2.1.0: findings with fixes and related spans, notices, unreadable files, standard input', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'figures.md'), '---\ndate: 2024-06-12\n---\n# Kiev talks\n\nSome analysts believe the the talks in Kiev slammed the door. "We will win," he said.\n\nThe city has 4,000 people. Later, the city has 5,000 people.\n');
    writeFileSync(join(dir, 'huge.md'), 'word '.repeat(300));
    writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ maxDocumentLength: 1000 }));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', '.copydesk.json'), '{}');
    writeFileSync(join(dir, 'sub', 'a b#c.md'), 'Head\n\nIt was was fine.\n');
    const r = copydesk(['check', '--format', 'sarif', '--hints', 'figures.md', 'huge.md', 'sub/a b#c.md', 'missing.md'], { cwd: dir });
    assert.equal(r.status, 2);
    const log = sarif(r.stdout);
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    const run = log.runs[0];
    assert.ok(run.results.length >= 4, 'findings from several rules');
    assert.ok(run.results.some((x) => x.fixes?.length), 'with fixes');
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.equal(run.invocations[0].toolExecutionNotifications!.length, 2, 'the notice for huge.md and the error for missing.md');
    assert.ok(run.results.some((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'sub/a%20b%23c.md'), 'URIs are percent-encoded');
    // Every region and fix points at the text it names.
    const text = readFileSync(join(dir, 'figures.md'), 'utf8');
    for (const x of run.results.filter((y) => y.locations[0].physicalLocation.artifactLocation.uri === 'figures.md')) {
      const region = x.locations[0].physicalLocation.region;
      assert.equal(text.slice(region.charOffset, region.charOffset + region.charLength), region.snippet.text);
      assert.equal(run.tool.driver.rules[x.ruleIndex].id, x.ruleId);
    }
    // The validator does look inside: a wrong level or a line 0 is caught.
    const broken = structuredClone(log);
    (broken.runs[0].results[0] as { level: string }).level = 'fatal';
    broken.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(broken), false);
    assert.equal(validate.errors!.length >= 2, true);
    const stdin = copydesk(['check', '--format', 'sarif', '-'], { input: 'They approved the the plan.' });
    assert.equal(validate(sarif(stdin.stdout)), true, JSON.stringify(validate.errors));
    const clean = copydesk(['check', '--format', 'sarif', 'clean.txt'], { cwd: dir });
    assert.equal(validate(sarif(clean.stdout)), true, JSON.stringify(validate.errors));
    assert.deepEqual(sarif(clean.stdout).runs[0].results, []);
  });

  it('describes every rule with its help link and default level', () => {
    const run = sarif(copydesk(['check', '--format', 'sarif', join('test', 'fixtures', 'drafts', 'clean.txt')]).stdout).runs[0];
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), defaultRules.map((r) => r.meta.id));
    for (const [i, rule] of run.tool.driver.rules.entries()) {
      const meta = defaultRules[i].meta;
      assert.equal(rule.helpUri, `https://github.com/copydesk/copydesk/blob/main/docs/rules/${meta.id}.md`);
      assert.equal(rule.shortDescription.text, meta.description);
      assert.match(rule.help.markdown, new RegExp(`\\(${rule.helpUri.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\)`));
      assert.equal(rule.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[meta.defaultSeverity]);
    }
  });

  it('gives paths from the repository root, wherever copydesk runs', () => {
    const dir = gitRepo({ 'desk/story.md': 'Head\n\nThey approved the the plan.\n' });
    const run = sarif(copydesk(['check', '--format', 'sarif', '--hints', 'story.md'], { cwd: join(dir, 'desk') }).stdout).runs[0];
    assert.deepEqual(run.results[0].locations[0].physicalLocation.artifactLocation, { uri: 'desk/story.md', uriBaseId: '%SRCROOT%' });
    assert.ok(run.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'));
  });

  describe('fingerprints', () => {
    const story = [
      '---', 'date: 2024-06-12', '---', '# Council approves budget', '',
      'The council approved the the budget on Tuesday after a long debate about roads, schools and the harbour.', '',
      'Some analysts believe the vote was close.', '',
      'The mayor said the the vote was close.', '',
    ].join('\n');
    const fingerprints = (text: string) => {
      const dir = scratch();
      writeFileSync(join(dir, 'story.md'), text);
      const run = sarif(copydesk(['check', '--format', 'sarif', '--hints', 'story.md'], { cwd: dir }).stdout).runs[0];
      return run.results.map((x) => ({ rule: x.ruleId, line: x.locations[0].physicalLocation.region.startLine, text: x.locations[0].physicalLocation.region.snippet.text, fp: x.partialFingerprints['copydeskFinding/v2'] }));
    };
    const of = (list: ReturnType<typeof fingerprints>, rule: string) => list.filter((x) => x.rule === rule);

    it('survive a paragraph inserted above and edits elsewhere in the paragraph', () => {
      const before = fingerprints(story);
      const repeats = of(before, 'style/lexical-illusion');
      assert.equal(repeats.length, 2);
      assert.notEqual(repeats[0].fp, repeats[1].fp, 'two findings on different lines differ');
      const moved = fingerprints(story.replace('# Council approves budget\n', '# Council approves budget\n\nA new first paragraph, added by the night editor.\n\nAnd another one.\n'));
      const after = of(moved, 'style/lexical-illusion');
      assert.deepEqual(after.map((x) => x.line), repeats.map((x) => x.line + 4), 'the findings moved down four lines');
      assert.deepEqual(after.map((x) => x.fp), repeats.map((x) => x.fp), 'and kept their fingerprints');
      assert.deepEqual(of(moved, 'attribution/vague-source').map((x) => x.fp), of(before, 'attribution/vague-source').map((x) => x.fp));
      // An edit at the far end of a long paragraph keeps the fingerprint of a finding at its start.
      const edited = of(fingerprints(story.replace('roads, schools and the harbour', 'roads and the harbour')), 'style/lexical-illusion');
      assert.equal(edited[0].fp, repeats[0].fp);
    });

    it('change when the flagged text changes', () => {
      const before = of(fingerprints(story), 'style/lexical-illusion');
      const changed = of(fingerprints(story.replace('approved the the budget', 'approved a a budget')), 'style/lexical-illusion');
      assert.notEqual(changed[0].fp, before[0].fp);
      assert.equal(changed[1].fp, before[1].fp, 'the other finding keeps its own');
    });

    it('tell apart the same finding repeated in identical sentences', () => {
      const twice = fingerprints('Head\n\nThey approved the the plan.\n\nThey approved the the plan.\n');
      const fps = of(twice, 'style/lexical-illusion').map((x) => x.fp);
      assert.equal(fps.length, 2);
      assert.equal(new Set(fps).size, 2);
    });
  });
});
