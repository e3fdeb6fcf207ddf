import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFrontMatter, parseFrontMatterYaml, simpleFrontMatter } from '../../server/src/engine/frontmatter';

describe('front matter', () => {
  it('reads the usual key: value lines without the YAML parser', () => {
    const value = 'title: "Blinken visits Kyiv"\ndate: 2021-05-06\ndateline: KYIV, Ukraine\n';
    const simple = simpleFrontMatter(value, 4);
    assert.deepEqual(simple, { title: 'Blinken visits Kyiv', titleRange: [12, 31], date: '2021-05-06', dateline: 'KYIV, Ukraine' });
    assert.deepEqual(simple, parseFrontMatterYaml(value, 4));
  });

  it('leaves anything else to the YAML parser', () => {
    for (const value of ['title: >\n  folded\n', 'tags:\n  - a\n', 'title: a: b', 'date: 2021', 'title: true', 'title: "esc\\"aped"', 'title: x # comment', '  title: indented', 'title:\tx', 'title: [a, b]']) {
      assert.equal(simpleFrontMatter(value, 0), undefined, value);
    }
  });

  // The direct reading must agree with the YAML parser wherever it answers at all.
  const keys = fc.constantFrom('title', 'date', 'dateline', 'author', 'slug', 'Title', 'x-y', '_k');
  const plain = fc.constantFrom('Blinken visits Kyiv', '2021-05-06', '2021-05-06T10:00:00Z', '12:30', 'C#', 'Ünïcödé head', 'a:b', 'a #b', '-x', '1e5', '0x1F', '.5', 'null', 'Null', 'yes', 'no', 'on', '~', 'x:', 'it’s', '[x]', 'a, b', '%x', '@x', 'x y  z');
  const scalar = fc.oneof(
    plain,
    plain.map((p) => `"${p}"`),
    plain.map((p) => `'${p}'`),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('""', "''", '"a\\tb"', "'it''s'"),
  );
  const line = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(keys, fc.constantFrom(' ', '  '), scalar, fc.constantFrom('', ' ', '  ')).map(([k, sp, v, trail]) => `${k}:${sp}${v}${trail}`) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '# note', '  - item', 'key:', 'a: b: c', '\t', 'k: v\r') },
  );
  it('agrees with the YAML parser on random front matter', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.nat(50), (lines, at) => {
        const value = lines.join('\n');
        const simple = simpleFrontMatter(value, at);
        if (simple) assert.deepEqual(simple, parseFrontMatterYaml(value, at), JSON.stringify(value));
        assert.deepEqual(parseFrontMatter(value, at), simple ?? parseFrontMatterYaml(value, at));
      }),
      { numRuns: 3000 },
    );
  });
});
