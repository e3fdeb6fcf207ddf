// Place names: the real file compiles; the scanner, exceptions and styles behave; broken inputs give
// errors at the right line.
import { strict as assert } from 'node:assert';
import { buildData, compiler, compileText, errorAt, type Compiler } from './helpers';

const entry = (o: Record<string, string>) => '  - ' + Object.entries(o).map(([k, v]) => `${k}: ${v}`).join('\n    ') + '\n';
const kiev = { outdated: 'Kiev', preferred: 'Kyiv', styles: '[ap, reuters]', kind: 'transliteration', source: '"AP Stylebook"', note: '"Use Kyiv."' };
const header = 'version: 1\nentries:\n';

/** The entries the compiled data would flag in `text` for `style`, as "Outdated->Preferred". */
function flags(data: any, text: string, style = 'ap'): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(data.scanner.source, data.scanner.flags))) {
    const e = data.entries[data.byForm[m[0].replace(/\s+/g, ' ')]];
    assert.ok(e, `scanner match ${m[0]} is not in byForm`);
    if (!e.styles.includes(style)) continue;
    const inside = e.exceptions.some((x: any) => [...text.matchAll(new RegExp(x.re, 'giu'))].some((mm) => mm.index! <= m.index! && m.index! < mm.index! + mm[0].length));
    if (!inside) out.push(`${m[0]}->${e.preferred}`);
  }
  return out;
}

describe('data: place-names', () => {
  let comp: Compiler;
  let data: any;
  before(async () => {
    comp = await compiler('place-names');
    const { compileDataFile } = await buildData();
    const result = compileDataFile(comp);
    assert.deepEqual(result.errors, []);
    data = result.compiled;
  });

  it('compiles the real file with the required entries', () => {
    const by = (o: string) => data.entries[data.byForm[o]];
    for (const [o, p] of [['Kiev', 'Kyiv'], ['Bombay', 'Mumbai'], ['Calcutta', 'Kolkata'], ['Madras', 'Chennai'], ['Burma', 'Myanmar'], ['Swaziland', 'Eswatini'], ['Peking', 'Beijing'], ['Rangoon', 'Yangon'], ['Ceylon', 'Sri Lanka'], ['Macedonia', 'North Macedonia'], ['Kharkov', 'Kharkiv'], ['Odessa', 'Odesa'], ['Lvov', 'Lviv'], ['Zaporozhye', 'Zaporizhzhia'], ['Lugansk', 'Luhansk'], ['Byelorussia', 'Belarus'], ['Kirghizia', 'Kyrgyzstan']]) {
      assert.equal(by(o)?.preferred, p, o);
    }
    assert.ok(by('Kiev').styles.includes('ap'));
    assert.deepEqual(by('Bangalore').styles, ['reuters'], 'AP usage is not claimed');
    assert.ok(!('Turkey' in data.byForm) && !('Czech Republic' in data.byForm), 'style-dependent names AP keeps are not entries');
    assert.ok(by('Odessa').ambiguous && by('Holland').ambiguous);
    for (const e of data.entries) assert.ok(e.source && e.note && e.styles.length, e.outdated);
  });

  it('finds outdated names as whole words, in dateline capitals too, and skips exceptions', () => {
    const text = 'KIEV, Ukraine (AP) - Officials in Kiev met. Chicken Kiev was served. Kievan Rus is history. '
      + 'Shares rose on the Bombay Stock Exchange; Bombay was hit. North Macedonia joined; Macedonia did not. '
      + 'Talks in Côte d’Ivoire and in Krivoy Rog.';
    assert.deepEqual(flags(data, text), ['KIEV->Kyiv', 'Kiev->Kyiv', 'Bombay->Mumbai', 'Macedonia->North Macedonia', 'Côte d’Ivoire->Ivory Coast', 'Krivoy Rog->Kryvyi Rih']);
  });

  it('respects the styles of an entry', () => {
    assert.deepEqual(flags(data, 'Offices in Bangalore.', 'ap'), []);
    assert.deepEqual(flags(data, 'Offices in Bangalore.', 'reuters'), ['Bangalore->Bengaluru']);
  });

  it('reports a bad style id at its line, with the known ids', async () => {
    const r = await compileText(comp, header + entry({ ...kiev, styles: '[ap, apstyle]' }));
    assert.match(errorAt(r, 5, 'entries.0.styles.1'), /expected one of ap, reuters, bbc, guardian, nyt; got "apstyle"/);
  });

  it('reports an empty style list', async () => {
    const r = await compileText(comp, header + entry({ ...kiev, styles: '[]' }));
    assert.match(errorAt(r, 5, 'entries.0.styles'), /at least one style id/);
  });

  it('reports an exception without the name, and a preferred form equal to the outdated one', async () => {
    const r = await compileText(comp, header + entry({ ...kiev, exceptions: '[chicken Kiev, Kievan Rus]' }) + entry({ ...kiev, outdated: 'Bombay', preferred: 'Bombay' }));
    assert.match(errorAt(r, 9, 'entries.0.exceptions.1'), /must contain "Kiev" as a whole word; got "Kievan Rus"/);
    assert.match(errorAt(r, 11, 'entries.1.preferred'), /must differ from the outdated one/);
  });

  it('reports duplicates, chains and lower-case names', async () => {
    const r = await compileText(comp, header + entry(kiev) + entry({ ...kiev, outdated: 'KIEV' }) + entry({ ...kiev, outdated: 'Kiew', preferred: 'Kiev' }) + entry({ ...kiev, outdated: 'bombay' }));
    assert.match(errorAt(r, 9, 'entries.1.outdated'), /duplicate place name "KIEV" \(also entries\.0\)/);
    assert.match(errorAt(r, 16, 'entries.2.preferred'), /"Kiev" is itself an outdated form \(entries\.0\)/);
    assert.match(errorAt(r, 21, 'entries.3.outdated'), /expected a capitalized place name; got "bombay"/);
  });

  it('adds the preferred name as an exception when it contains the outdated one', async () => {
    const r = await compileText(comp, header + entry({ ...kiev, outdated: 'Macedonia', preferred: 'North Macedonia' }));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.compiled.entries[0].exceptions.map((x: any) => x.phrase), ['North Macedonia']);
  });
});
