// The loaded-language lexicon: the real file compiles cleanly and has the expected make-up, and
// broken inputs give errors at the right FILE:LINE saying what was expected.
import { strict as assert } from 'node:assert';
import { buildData, compiler, compileText, errorAt, type Compiler } from './helpers';

const header = 'version: 1\nentries:\n';
/** One entry, block style, 6 lines (+ extra lines), starting at the given line of the file. */
const entry = (fields: Record<string, string>) => '  - ' + Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n    ') + '\n';
const ok = { term: 'slam', kind: 'said-synonym', pos: '[VERB]', alternatives: '[criticize]', note: '"Loaded."', source: '"Wikipedia MOS:SAID"' };

describe('data: loaded-language', () => {
  let comp: Compiler;
  let lexicon: any;
  before(async () => {
    comp = await compiler('loaded-language');
    const { compileDataFile } = await buildData();
    const result = compileDataFile(comp);
    assert.deepEqual(result.errors, []);
    lexicon = result.compiled;
  });

  it('compiles the real file with no errors, within the planned size', () => {
    const n = lexicon.entries.length;
    assert.ok(n >= 350 && n <= 550, `expected 350-550 entries; got ${n}`);
    const kinds = new Map<string, number>();
    for (const e of lexicon.entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    for (const k of ['said-synonym', 'emotive', 'puffery', 'editorializing', 'doubt', 'labels']) {
      assert.ok((kinds.get(k) ?? 0) >= 15, `kind ${k} has ${kinds.get(k) ?? 0} entries`);
    }
    assert.equal(lexicon.kinds['said-synonym'].severity, 'warning');
    assert.equal(lexicon.kinds.puffery.severity, 'info');
  });

  it('keeps neutral news words out', () => {
    const terms = new Set(lexicon.entries.map((e: any) => e.term));
    for (const w of ['say', 'tell', 'add', 'note', 'explain', 'argue', 'warn', 'alleged', 'attack', 'crisis', 'victim', 'key', 'major', 'strong', 'only', 'militant']) {
      assert.ok(!terms.has(w), `"${w}" must not be an entry`);
    }
  });

  it('compiles words, forms, exceptions and the index the engine needs', () => {
    const find = (t: string, kind?: string) => lexicon.entries.find((e: any) => e.term === t && (!kind || e.kind === kind));
    const slam = find('slam');
    assert.deepEqual(slam.words, ['slam']);
    assert.ok(slam.forms.includes('slammed') && slam.forms.includes('slamming'));
    const into = slam.exceptions.find((x: any) => x.phrase === 'slam into');
    assert.deepEqual(into, { phrase: 'slam into', words: ['slam', 'into'], at: 0 });
    assert.deepEqual(find('so-called').words, ['so', '-', 'called']);
    assert.deepEqual(find('it is worth noting').words, ['it', 'be', 'worth', 'noting']);
    const regime = find('regime');
    assert.equal(regime.context, 'label');
    assert.ok(regime.exceptions.some((x: any) => x.phrase === 'tax regime' && x.at === 1));
    const claim = find('claim');
    assert.equal(claim.context, 'speech');
    assert.ok(claim.exceptions.some((x: any) => x.phrase === 'claim responsibility'));
    assert.ok(find('spin').forms.includes('spun'), 'irregular forms are listed');
    for (const [i, e] of lexicon.entries.entries()) {
      assert.ok(lexicon.index[e.words[0]].includes(i), `index misses ${e.term}`);
      for (const x of e.exceptions) assert.ok(x.at >= 0 && x.at < x.words.length);
    }
  });

  it('reports a wrong kind at its line, with the allowed kinds', async () => {
    const r = await compileText(comp, header + entry({ ...ok, kind: 'emotional' }));
    const e = errorAt(r, 4, 'entries.0.kind');
    assert.match(e, /expected one of said-synonym, emotive, labels, doubt, editorializing, puffery; got "emotional"/);
  });

  it('reports a missing term at the entry', async () => {
    const { term: _omit, ...rest } = ok;
    const r = await compileText(comp, header + entry(ok) + entry(rest));
    errorAt(r, 9, 'missing required field "term"');
  });

  it('reports a duplicate term and where the first one is', async () => {
    const r = await compileText(comp, header + entry(ok) + entry({ ...ok, alternatives: '[criticise]' }));
    const e = errorAt(r, 9, 'duplicate term "slam"');
    assert.match(e, /also entries\.0/);
  });

  it('allows the same term with disjoint pos lists', async () => {
    const r = await compileText(comp, header + entry({ ...ok, term: 'savage' }) + entry({ ...ok, term: 'savage', kind: 'emotive', pos: '[ADJ]' }));
    assert.deepEqual(r.errors, []);
  });

  it('reports an alternative equal to the term', async () => {
    const r = await compileText(comp, header + entry({ ...ok, alternatives: '[criticize, slam]' }));
    const e = errorAt(r, 6, 'entries.0.alternatives.1');
    assert.match(e, /must differ from the term; got "slam"/);
  });

  it('reports an exception that does not contain the term, and accepts inflected ones', async () => {
    const r = await compileText(comp, header + entry({ ...ok, exceptions: '[slammed into, grand slam, car crash]' }));
    const e = errorAt(r, 9, 'entries.0.exceptions.2');
    assert.match(e, /must contain the term "slam" \(any inflection\); got "car crash"/);
    assert.equal(r.errors.length, 1);
  });

  it('compiles an inflected exception to the lemma', async () => {
    const r = await compileText(comp, header + entry({ ...ok, exceptions: '[car slammed into]' }));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.compiled.entries[0].exceptions[0], { phrase: 'car slammed into', words: ['car', 'slam', 'into'], at: 1 });
  });

  it('rejects neutral reporting verbs and required legal words', async () => {
    const r = await compileText(comp, header + entry({ ...ok, term: 'say' }) + entry({ ...ok, term: 'alleged', kind: 'doubt', pos: '[ADJ]' }));
    assert.match(errorAt(r, 3, 'entries.0.term'), /neutral verb of attribution; leave it out/);
    assert.match(errorAt(r, 9, 'entries.1.term'), /required in crime reporting/);
  });

  it('reports upper case, unknown fields, bad contexts and unknown source keys', async () => {
    const r = await compileText(comp, 'version: 1\nsources:\n  said: "Wikipedia MOS:SAID"\nentries:\n'
      + entry({ ...ok, term: 'Slam' })
      + entry({ ...ok, term: 'blast', severity: 'loud' })
      + entry({ ...ok, term: 'rant', colour: 'red' })
      + entry({ ...ok, term: 'clearly', kind: 'editorializing', pos: '[NOUN]', context: 'sentence-adverb' })
      + entry({ ...ok, term: 'fume', source: 'saidx' })
      + entry({ ...ok, term: 'gloat', source: 'said' }));
    assert.match(errorAt(r, 5, 'entries.0.term'), /expected lower case .*got "Slam", write "slam"/);
    assert.match(errorAt(r, 17, 'entries.1.severity'), /expected one of warning, info, hint; got "loud"/);
    assert.match(errorAt(r, 24, 'entries.2.colour'), /unknown field "colour"/);
    assert.match(errorAt(r, 31, 'entries.3.context'), /needs pos \[ADV\]/);
    assert.match(errorAt(r, 37, 'entries.4.source'), /keys of "sources" \(said\); got "saidx"/);
    assert.equal(r.errors.length, 5, r.errors.join('\n'));
  });

  it('reports YAML booleans where strings are expected', async () => {
    const r = await compileText(comp, header + entry({ ...ok, alternatives: '[false]' }));
    assert.match(errorAt(r, 6, 'entries.0.alternatives.0'), /quote it/);
  });
});
