// The attribution vocabulary: real file, compiled shape, and errors for broken inputs.
import { strict as assert } from 'node:assert';
import { buildData, compiler, compileText, errorAt, type Compiler } from './helpers';

/** A minimal valid document; `patch` replaces whole top-level sections (YAML text, 2-space indented). */
function doc(patch: Partial<Record<string, string>> = {}): string {
  const sections: Record<string, string> = {
    reportingVerbs: '  - {lemma: say, kind: speech, neutral: true}\n',
    attributionPhrases: '  - {phrase: according to, kind: any}\n',
    vagueSources: '  quantifiers: [{phrase: some, strength: strong}]\n  groups: [{lemma: critic, strength: strong}]\n  adverbs: [{term: reportedly, strength: strong}]\n  phrases: [{phrase: studies show, strength: strong}]\n',
    agentlessPassive: '  subjects: [it]\n  verbs: [{lemma: believe, participles: [believed], itThat: strong, personal: strong}]\n',
    anonymousSources: '  nouns: [{lemma: official, strength: strong}]\n  qualifiers: [{phrase: familiar with}]\n  reasons: [{phrase: not authorized to}]\n',
    claimMarkers: '  evaluative: [{term: historic, strength: strong}]\n  predictions: [{phrase: be poised to, strength: weak}]\n  causal: [{phrase: thanks to, strength: strong}]\n  hedges: [{phrase: may}]\n',
    ...patch,
  };
  return 'version: 1\n' + Object.entries(sections).map(([k, v]) => `${k}:\n${v}`).join('');
}

describe('data: attribution', () => {
  let comp: Compiler;
  let data: any;
  before(async () => {
    comp = await compiler('attribution');
    const { compileDataFile } = await buildData();
    const result = compileDataFile(comp);
    assert.deepEqual(result.errors, []);
    data = result.compiled;
  });

  it('compiles the real file: neutral and loaded reporting verbs, phrases and markers', () => {
    assert.deepEqual(data.reportingVerbs.say.kind, 'speech');
    assert.equal(data.reportingVerbs.say.neutral, true);
    assert.ok(data.reportingVerbs.say.forms.includes('said'));
    assert.equal(data.reportingVerbs.claim.neutral, false);
    assert.equal(data.reportingVerbs.estimate.kind, 'estimate');
    assert.equal(data.reportingVerbs.believe.kind, 'cognition');
    assert.ok(data.attributionPhrases.some((p: any) => p.phrase === 'according to'));
    assert.deepEqual(data.attributionPhrases.find((p: any) => p.phrase === 'tell reporters').words, ['tell', 'reporters']);
    assert.equal(data.vagueSources.groups.critic.strength, 'strong');
    assert.ok(data.vagueSources.groups.critic.forms.includes('critics'));
    assert.equal(data.vagueSources.adverbs.reportedly.strength, 'strong');
    assert.deepEqual(data.vagueSources.collectives.find((p: any) => p.phrase === 'wall street').words, ['wall', 'street']);
    assert.ok(data.vagueSources.reactions.cheer.forms.includes('cheered'));
    assert.deepEqual(data.agentlessPassive.subjects, ['it']);
    assert.equal(data.agentlessPassive.verbs.believe.itThat, 'strong');
    assert.equal(data.agentlessPassive.verbs.expect.personal, 'weak', '"is expected to" is routine wire usage');
    assert.ok(data.anonymousSources.reasons.some((r: any) => r.phrase === 'not authorized to'));
    assert.equal(data.claimMarkers.evaluative.historic.strength, 'strong');
    assert.equal(data.claimMarkers.predictions.find((p: any) => p.phrase === 'be set to').strength, 'weak');
    assert.deepEqual(data.claimMarkers.predictions.find((p: any) => p.phrase === 'be likely to').words, ['be', 'likely', 'to']);
    for (const w of ['key', 'major', 'critical', 'strong']) assert.ok(!(w in data.claimMarkers.evaluative), `${w} is not a marker`);
  });

  it('indexes phrases by first word and its forms', () => {
    const has = (key: string, ref: string) => (data.phraseIndex[key] ?? []).some((r: string) => r.startsWith(ref));
    assert.ok(has('according', 'attributionPhrases:'));
    assert.ok(has('told', 'attributionPhrases:'), 'inflected first word');
    assert.ok(has('is', 'claimMarkers.predictions:'), '"be" phrases are found from "is"');
    assert.ok(has('familiar', 'anonymousSources.qualifiers:'));
  });

  it('compiles the minimal document', async () => {
    const r = await compileText(comp, doc());
    assert.deepEqual(r.errors, []);
  });

  it('reports a bad verb kind at its line', async () => {
    const r = await compileText(comp, doc({ reportingVerbs: '  - {lemma: say, kind: speech, neutral: true}\n  - {lemma: write, kind: written, neutral: true}\n' }));
    assert.match(errorAt(r, 4, 'reportingVerbs.1.kind'), /expected one of speech, cognition, writing, estimate; got "written"/);
  });

  it('asks for a note on a non-neutral verb, and reports duplicates', async () => {
    const r = await compileText(comp, doc({ reportingVerbs: '  - {lemma: say, kind: speech, neutral: true}\n  - {lemma: claim, kind: speech, neutral: false}\n  - {lemma: say, kind: speech, neutral: true}\n' }));
    assert.match(errorAt(r, 4, 'reportingVerbs.1'), /needs a "note"/);
    assert.match(errorAt(r, 5, 'reportingVerbs.2.lemma'), /duplicate "say" \(also at reportingVerbs\.0\)/);
  });

  it('reports a bad strength, and a passive verb with nothing to flag', async () => {
    const r = await compileText(comp, doc({
      vagueSources: '  quantifiers: [{phrase: some, strength: strongish}]\n  groups: []\n  adverbs: []\n  phrases: []\n',
      agentlessPassive: '  subjects: [it]\n  verbs:\n    - {lemma: hope, participles: [hoped], itThat: none, personal: none}\n',
    }));
    assert.match(errorAt(r, 7, 'vagueSources.quantifiers.0.strength'), /expected one of strong, weak; got "strongish"/);
    assert.match(errorAt(r, 14, 'agentlessPassive.verbs.0'), /both "none"; remove the verb/);
  });

  it('reports a reason that overlaps a qualifier, and a hedge that is also a prediction', async () => {
    const r = await compileText(comp, doc({
      anonymousSources: '  nouns: []\n  qualifiers: [{phrase: on condition of anonymity}]\n  reasons:\n    - {phrase: on condition of anonymity because}\n',
      claimMarkers: '  evaluative: []\n  predictions: [{phrase: could, strength: weak}]\n  causal: []\n  hedges:\n    - {phrase: could}\n',
    }));
    assert.match(errorAt(r, 18, 'anonymousSources.reasons.0'), /overlaps qualifier "on condition of anonymity"/);
    assert.match(errorAt(r, 24, 'claimMarkers.hedges.0'), /also listed in claimMarkers\.predictions/);
  });

  it('reports a missing section', async () => {
    const r = await compileText(comp, doc().replace(/claimMarkers:[\s\S]*$/, ''));
    assert.ok(r.errors.some((e) => e.includes('missing required field "claimMarkers"')), r.errors.join('\n'));
  });
});
