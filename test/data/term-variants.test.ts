// Term variants and British/American spellings: the real file, the scanner and lookup maps, and
// errors for broken inputs.
import { strict as assert } from 'node:assert';
import { buildData, compiler, compileText, errorAt, type Compiler } from './helpers';

const base = (sets: string, pairs = '    - [colour, color, both]\n') => 'version: 1\nsets:\n' + sets
  + 'spelling:\n  preferred: {ap: american, bbc: british}\n  source: "x"\n  note: "y"\n  pairs:\n' + pairs;
const g7 = '  - id: g7\n    forms: [G-7, G7]\n    preferred: {ap: G-7}\n    note: "n"\n    source: "s"\n';

/** Every hit of the compiled scanner in `text` as "form=set/variant". */
function hits(data: any, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(data.scanner.source, data.scanner.flags))) {
    const k = m[0].replace(/\u2019/g, "'").replace(/\s+/g, ' ');
    const h = data.exact[k] ?? data.folded[k.toLowerCase()];
    if (h) out.push(`${m[0]}=${data.sets[h[0]].id}/${data.sets[h[0]].variants[h[1]].name}`);
  }
  return out;
}

describe('data: term-variants', () => {
  let comp: Compiler;
  let data: any;
  before(async () => {
    comp = await compiler('term-variants');
    const { compileDataFile } = await buildData();
    const result = compileDataFile(comp);
    assert.deepEqual(result.errors, []);
    data = result.compiled;
  });

  it('compiles the real file: house sets and several hundred spelling pairs', () => {
    const terms = data.sets.filter((s: any) => s.kind === 'term');
    const pairs = data.sets.filter((s: any) => s.kind === 'spelling');
    assert.ok(terms.length >= 30, `${terms.length} term sets`);
    assert.ok(pairs.length >= 300, `${pairs.length} spelling pairs`);
    const us = terms.find((s: any) => s.id === 'us');
    assert.equal(us.variants[us.preferred.ap].name, 'U.S.');
    assert.equal(us.variants[us.preferred.bbc].name, 'US');
    assert.ok(us.care.US, '"US" needs care');
    const eu = terms.find((s: any) => s.id === 'eu');
    assert.equal(eu.variants[eu.preferred.ap].name, 'EU');
    const programme = pairs.find((s: any) => s.id === 'spelling-programme');
    assert.ok(programme.care.program && !programme.care.programme, 'only the ambiguous American side needs care');
    const labour = pairs.find((s: any) => s.id === 'spelling-labour');
    assert.ok(labour.exceptions.some((x: any) => x.phrase === 'Labour Party' && x.flags === 'gu'));
  });

  it('scans text and resolves forms, case-sensitive ones only as written', () => {
    assert.deepEqual(
      hits(data, 'The G-7 met; later the G7. The U.S. and US. Us too. We organised a colour programme. OK, okay. Ai Weiwei and AI.'),
      ['G-7=g7/G-7', 'G7=g7/G7', 'U.S.=us/U.S.', 'US=us/US', 'organised=spelling-organise/british', 'colour=spelling-colour/british',
        'programme=spelling-programme/british', 'OK=ok/OK', 'okay=ok/okay', 'AI=ai/AI'],
    );
    assert.deepEqual(hits(data, 'Colours, coloured, per  cent, e-mails, Qur’an, traveled.'),
      ['Colours=spelling-colour/british', 'coloured=spelling-colour/british', 'per  cent=percent/per cent', 'e-mails=email/e-mail', 'Qur’an=quran/Qur\'an', 'traveled=spelling-travelled/american']);
  });

  it('compiles a minimal document', async () => {
    const r = await compileText(comp, base(g7));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.compiled.exact['G7'], [0, 1]);
    assert.deepEqual(r.compiled.folded['colors'], [1, 1]);
  });

  it('reports a preferred variant that is not in the set, and a bad style', async () => {
    const r = await compileText(comp, base(g7.replace('{ap: G-7}', '{ap: G 7, apx: G7}')));
    assert.match(errorAt(r, 5, 'sets.0.preferred.ap:'), /expected one of the set's variants \(G-7, G7\); got "G 7"/);
    assert.match(errorAt(r, 5, 'sets.0.preferred.apx'), /unknown style "apx"; expected one of ap, reuters, bbc, guardian, nyt/);
  });

  it('reports a form defined in two sets', async () => {
    const r = await compileText(comp, base(g7 + g7.replace('id: g7', 'id: group7').replace('[G-7, G7]', '[G7, Group of Seven]').replace('{ap: G-7}', '{}')));
    assert.match(errorAt(r, 9, 'sets.1.forms.0'), /form "G7" is already defined at sets\.0\.forms\.1/);
  });

  it('reports duplicate ids and a one-variant set', async () => {
    const r = await compileText(comp, base(g7 + g7.replace('[G-7, G7]', '[G-8]').replace('{ap: G-7}', '{}')));
    assert.match(errorAt(r, 8, 'sets.1.id'), /duplicate set id "g7" \(also sets\.0\)/);
    assert.match(errorAt(r, 9, 'sets.1.forms'), /at least two variants/);
  });

  it('reports pairs whose spellings coincide, lower-case violations and care without a note', async () => {
    const r = await compileText(comp, base(g7, '    - [colour, colour]\n    - [Honour, honor]\n    - [axe, ax, noun]\n    - {british: tyre, american: tire, care: american}\n    - [metre, meter, sideways]\n'));
    assert.match(errorAt(r, 13, 'spelling.pairs.0.1'), /must differ from the British one/);
    assert.match(errorAt(r, 14, 'spelling.pairs.1.0'), /expected lower case/);
    assert.match(errorAt(r, 15, 'spelling.pairs.2.2'), /forms coincide \(axes\)/);
    assert.match(errorAt(r, 16, 'spelling.pairs.3'), /needs a "note"/);
    assert.match(errorAt(r, 17, 'spelling.pairs.4.2'), /expected one of none, noun, verb, both; got "sideways"/);
  });

  it('rejects a pair whose both sides need care (no evidence of either system)', async () => {
    const r = await compileText(comp, base(g7, '    - {british: spelt, american: spelled, care: both, note: "grain"}\n'));
    assert.match(errorAt(r, 13, 'spelling.pairs.0.care'), /expected one of british, american; got "both"/);
  });

  it('reports an exception that contains none of the forms', async () => {
    const r = await compileText(comp, base(g7.replace('source: "s"\n', 'source: "s"\n    exceptions: [G-7 summit, Group of Seven]\n')));
    assert.match(errorAt(r, 8, 'sets.0.exceptions.1'), /must contain one of the set's forms \(G-7, G7\) as a whole word; got "Group of Seven"/);
  });
});
