// What scripts/data/term-variants.mjs computes at build time for the consistency rules, checked
// against the engine: the term sets whose forms are people's names (so the rule needs no knowledge
// base), the words that start a multiword form, and the letter classes read once per word.
import { strict as assert } from 'node:assert';
import { knowledgeBase } from '../../../server/src/engine/kb';
import { FormIndex, isCap, isLowerWord, isTitleWord, hasLetter, multiwordOf, shapeOf, SHAPE, type Word } from '../../../server/src/rules/consistency/words';
import sets from '../../../server/generated/term-variants.json';

interface CompiledSet {
  id: string;
  kind: string;
  variants: Array<{ name: string; forms: string[] }>;
  person?: boolean;
}

describe('consistency: compiled data', () => {
  it('marks exactly the term sets whose forms are people in the knowledge base', () => {
    const kb = knowledgeBase();
    for (const s of sets.sets as unknown as CompiledSet[]) {
      const person = s.kind === 'term' && s.variants.some((v) => v.forms.some((f) => /^\p{Lu}/u.test(f) && (kb.byFullName(f).length > 0 || kb.bySurname(f).length > 0)));
      assert.equal(!!s.person, person, s.id);
    }
    assert.ok((sets.sets as unknown as CompiledSet[]).some((s) => s.id === 'zelenskyy' && s.person));
  });

  it('lists the first words of the multiword forms', () => {
    assert.deepEqual(
      { starts: [...sets.multiword.starts].sort(), maxWords: sets.multiword.maxWords },
      (() => { const m = multiwordOf([...Object.keys(sets.exact), ...Object.keys(sets.folded)]); return { starts: [...m.starts].sort(), maxWords: m.maxWords }; })(),
    );
  });

  it('looks forms up as written (case-sensitive) or in any case (folded), longest first', () => {
    const index = new FormIndex<string>({ US: 'us', 'Kim Jong Un': 'kim' }, { 'per cent': 'percent', colour: 'colour' });
    const words = (text: string): Word[] => {
      let offset = 0;
      return text.split(' ').map((t, index) => {
        const w: Word = { index, first: index, last: index, start: offset, end: offset + t.length, text: t, lower: t.toLowerCase(), sentence: 0, headline: false, quoted: false, initial: index === 0, spaced: index > 0, shape: shapeOf(t), pos: 'NOUN' };
        offset += t.length + 1;
        return w;
      });
    };
    const found = (text: string) => index.find(words(text)).map((h) => `${h.text}=${h.value}`);
    assert.deepEqual(found('the US and us said Kim Jong Un met Kim about the Colour and per Cent'), ['US=us', 'Kim Jong Un=kim', 'Colour=colour', 'per Cent=percent']);
    assert.equal(index.get('Us', 'us'), undefined);
    assert.equal(index.get('constructor', 'constructor'), undefined);
  });

  it('reads a word\'s letter classes as the separate tests do', () => {
    const samples = ['', 'a', 'A', 'Kyiv', 'KYIV', 'co-worker', "don't", 'don’t', 'BioNTech', 'DeSantis', 'A.I.', 'A.I', 'AI', 'U.S.', 'G7', 'G-7', '2021', 'Ünal', 'ünal', 'Çelik', 'ÇELIK', 'İstanbul', 'x1', 'Naypyitaw', 'Ⅻ', '𝐀𝐁', 'Ab-Cd', "O'Brien"];
    const regex = {
      alnum: /^[\p{L}\d]+$/u, letters: /^\p{L}+$/u, dotted: /^(?:\p{Lu}\.){2,}$/u, caps: /^\p{Lu}{2,}$/u, upper: /^\p{Lu}+$/u, hyphen: /-/,
    };
    const upperAt = (s: string, i: number) => { const c = s.charCodeAt(i); return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(s[i]); };
    const lowerAt = (s: string, i: number) => { const c = s.charCodeAt(i); return c < 128 ? c >= 97 && c <= 122 : /\p{Ll}/u.test(s[i]); };
    const inner = (s: string) => { let u = false, l = false; for (let i = 1; i < s.length; i++) { if (upperAt(s, i)) u = true; else if (lowerAt(s, i)) l = true; } return u && l; };
    for (const s of samples) {
      const shape = shapeOf(s);
      const has = (bit: number) => (shape & bit) !== 0;
      assert.equal(has(SHAPE.cap), isCap(s), `cap ${s}`);
      assert.equal(has(SHAPE.title), isTitleWord(s), `title ${s}`);
      assert.equal(has(SHAPE.lowerWord), isLowerWord(s), `lowerWord ${s}`);
      assert.equal(has(SHAPE.letter), hasLetter(s), `letter ${s}`);
      assert.equal(has(SHAPE.inner), inner(s), `inner ${s}`);
      for (const [name, re] of Object.entries(regex)) assert.equal(has(SHAPE[name as keyof typeof regex]), re.test(s), `${name} ${s}`);
    }
  });
});
