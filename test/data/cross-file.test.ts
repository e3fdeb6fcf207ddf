// Consistency between the data files: the lexicon, the attribution vocabulary, the place names and
// the term variants must not contradict or double-flag one another.
import { strict as assert } from 'node:assert';
import { buildData, compiler } from './helpers';

describe('data: cross-file consistency', () => {
  let lexicon: any;
  let attribution: any;
  let places: any;
  let variants: any;
  before(async () => {
    const { compileDataFile } = await buildData();
    const get = async (name: string) => {
      const r = compileDataFile(await compiler(name));
      assert.deepEqual(r.errors, [], name);
      return r.compiled;
    };
    lexicon = await get('loaded-language');
    attribution = await get('attribution');
    places = await get('place-names');
    variants = await get('term-variants');
  });

  it('never lists a neutral reporting verb in the lexicon', () => {
    const terms = new Set(lexicon.entries.map((e: any) => e.term));
    for (const [lemma, v] of Object.entries<any>(attribution.reportingVerbs)) {
      if (v.neutral) assert.ok(!terms.has(lemma), `neutral verb "${lemma}" is a lexicon entry`);
    }
  });

  it('marks every said-synonym that is also a reporting verb as not neutral', () => {
    for (const e of lexicon.entries) {
      const v = attribution.reportingVerbs[e.term];
      if (e.kind === 'said-synonym' && v) assert.equal(v.neutral, false, e.term);
    }
  });

  it('does not double-flag: claim markers and vague adverbs are not lexicon entries', () => {
    const terms = new Set(lexicon.entries.map((e: any) => e.term));
    for (const t of Object.keys(attribution.claimMarkers.evaluative)) assert.ok(!terms.has(t), `evaluative marker "${t}" is also in the lexicon`);
    for (const t of Object.keys(attribution.vagueSources.adverbs)) assert.ok(!terms.has(t), `vague adverb "${t}" is also in the lexicon`);
  });

  it('keeps place names and term variants apart', () => {
    for (const form of Object.keys(places.byForm)) {
      assert.ok(!(form in variants.exact) && !(form.toLowerCase() in variants.folded), `${form} is in both place-names and term-variants`);
    }
  });

  it('gives every lexicon alternative in base form (no alternative is itself an entry of the same kind)', () => {
    const byKind = new Map<string, Set<string>>();
    for (const e of lexicon.entries) {
      if (!byKind.has(e.kind)) byKind.set(e.kind, new Set());
      byKind.get(e.kind)!.add(e.term);
    }
    for (const e of lexicon.entries) {
      for (const a of e.alternatives) assert.ok(!byKind.get(e.kind)!.has(a), `${e.term}: alternative "${a}" is itself a ${e.kind} entry`);
    }
  });
});
