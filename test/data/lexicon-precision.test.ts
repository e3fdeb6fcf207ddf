// A reference matcher for the loaded-language lexicon, run over clean wire copy and over loaded
// copy. It applies the compiled data as docs/lexicon.md describes (lemma-or-text words, forms, POS,
// exceptions, contexts, no quotations), with simple stand-ins for the structural contexts. The real
// rule lives in the engine; this test guards the data: clean copy must stay (almost) silent and the
// obvious cases must be found.
import { strict as assert } from 'node:assert';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildData, compiler } from './helpers';

interface Tok { text: string; lower: string; lemma: string; pos: string; sentStart: boolean; quoted: boolean }

const nlp = winkNLP(model);
const its = nlp.its;

function tokenize(text: string): Tok[] {
  const doc = nlp.readDoc(text);
  const out: Tok[] = [];
  let quoted = false;
  doc.sentences().each((s: any) => {
    let first = true;
    s.tokens().each((t: any) => {
      const value: string = t.out(its.value);
      if (/^["“”]$/.test(value)) { quoted = value === '“' ? true : value === '”' ? false : !quoted; return; }
      out.push({ text: value, lower: value.toLowerCase(), lemma: String(t.out(its.lemma)).toLowerCase(), pos: t.out(its.pos), sentStart: first, quoted });
      first = false;
    });
  });
  return out;
}

const wordMatches = (w: string, t: Tok | undefined) => !!t && (w === '*' || t.lemma === w || t.lower === w);

function contextOk(e: any, toks: Tok[], i: number, end: number): boolean {
  const prev = toks[i - 1];
  const next = toks[end];
  switch (e.context) {
    case 'speech': // a that-clause, a colon, or the end of an attribution tag ('…,' she snapped.)
      return !!next && (next.lower === 'that' || next.text === ':' || next.pos === 'PUNCT');
    case 'sentence-adverb':
      return toks[i].sentStart || (!!next && next.text === ',') || (!!prev && prev.text === ',')
        || (!!prev && ['PRON', 'PROPN', 'NOUN'].includes(prev.pos) && !!next && ['VERB', 'AUX'].includes(next.pos));
    case 'label':
      return !(next && next.pos === 'NOUN') && !(prev && prev.pos === 'NOUN');
    case 'attributive':
      return !!next && ['NOUN', 'ADJ', 'PROPN'].includes(next.pos);
    default:
      return true;
  }
}

function flag(lexicon: any, text: string): string[] {
  const toks = tokenize(text);
  const found: Array<{ start: number; end: number; term: string }> = [];
  toks.forEach((t, i) => {
    if (t.quoted) return;
    const candidates = new Set<number>([...(lexicon.index[t.lemma] ?? []), ...(lexicon.index[t.lower] ?? [])]);
    for (const k of candidates) {
      const e = lexicon.entries[k];
      if (!(t.lemma === e.words[0] || e.forms.includes(t.lower))) continue;
      if (!e.words.slice(1).every((w: string, j: number) => wordMatches(w, toks[i + 1 + j]))) continue;
      // A capitalised first word is often tagged PROPN: accept it for adjectives and adverbs only.
      if (e.pos && !(e.pos.includes(t.pos) || (t.pos === 'PROPN' && t.sentStart && e.pos.some((p: string) => p === 'ADJ' || p === 'ADV')))) continue;
      const end = i + e.words.length;
      const excepted = e.exceptions.some((x: any) => x.words.every((w: string, j: number) => (j >= x.at && j < x.at + e.words.length) || wordMatches(w, toks[i - x.at + j])));
      if (excepted || !contextOk(e, toks, i, end)) continue;
      found.push({ start: i, end, term: e.term });
    }
  });
  // Longest match wins where matches overlap.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  let covered = -1;
  for (const f of found) if (f.start > covered || f.end - 1 > covered) { out.push(f.term); covered = Math.max(covered, f.end - 1); }
  return out;
}

// Clean copy in wire style, heavy with the literal and technical senses the exceptions protect.
const CLEAN = [
  'WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to approve the spending bill, sending it to the president. Republican leaders said the measure would cut the deficit, while Democrats argued it would hurt families.',
  'No group claimed responsibility for the bombing, police said. Three people were admitted to the hospital with minor injuries. The storm claimed at least 12 lives across the region.',
  'The prime minister called a snap election for June. A car slammed into a storefront on Main Street, and firefighters said the driver was trapped.',
  'Williams won her 23rd Grand Slam title. The candidate conceded defeat late Tuesday. He insisted on paying for the meal.',
  'Officials said the new tax regime would take effect in January, and the sanctions regime would be tightened.',
  'Rescuers treated two workers for crush injuries. The company spun off its cable unit last year.',
  'The governor declared a state of emergency. The company declared a dividend of 25 cents a share.',
  'The agency released a handout photo of the launch. The reactor suffered a partial meltdown in 1979.',
  'The city held a groundbreaking ceremony for the new bridge. Police defused an explosive device near the station.',
  'He was charged with reckless driving. The film has a cult following. Judges warned of a chilling effect on free speech.',
  'Doctors performed a radical prostatectomy. The catastrophe bond market grew last year. The court heard an eminent domain case.',
  'The central bank is expected to raise rates, economists said. The report found that the program had cost $4 billion.',
  '“This is a disgrace and a brutal betrayal,” the senator said of the decision. The driver had a tire blowout on the highway.',
  'The Federal Reserve held rates steady on Wednesday. Inflation rose 3.2 percent in the year to March, the Labor Department said.',
  'The rebels said they had seized the town. The army said it had repelled the attack. Neither claim could be independently verified.',
  'The Yankees beat the Red Sox 7-3 on Sunday, snapping a three-game losing streak. The S&P 500 dropped 2.1%, its worst day since March.',
  'Tanks rolled into the city. The volcano spewed ash for hours, and smoke spewed from a second vent. The storm choked roads with debris.',
  'A smear test found no abnormal cells. The legend on the map shows the route.',
  'Russian forces launched a barrage of missiles overnight, killing at least seven people, officials said. The hurricane made landfall as a Category 3 storm.',
];

const LOADED: Array<[string, string[]]> = [
  ['The senator slammed the bill on Tuesday.', ['slam']],
  ['Critics lashed out at the plan.', ['lash out at']],
  ['Critics lashed out on Monday.', ['lash out']],
  ['Clearly, the plan failed.', ['clearly']],
  ['The so-called reform passed.', ['so-called']],
  ['The Assad regime denied it.', ['regime']],
  ['The legendary coach retired after a devastating loss.', ['legendary', 'devastating']],
  ['He claimed that the vote was rigged.', ['claim']],
  ['Needless to say, the deal collapsed.', ['needless to say']],
  ['The self-proclaimed king spoke to the thugs.', ['self-proclaimed', 'thug']],
  ['The team choked in the final minutes.', ['choke']],
  ['The company caved to pressure from investors.', ['cave to']],
  ['The group is a terrorist organization.', ['terrorist']],
  ['Sadly, the iconic theater closed.', ['sadly', 'iconic']],
  ['“No,” she snapped.', ['snap']],
];

describe('data: lexicon precision (reference matcher)', () => {
  let lexicon: any;
  before(async () => {
    const { compileDataFile } = await buildData();
    const r = compileDataFile(await compiler('loaded-language'));
    assert.deepEqual(r.errors, []);
    lexicon = r.compiled;
  });

  it('stays silent on clean wire copy', () => {
    const hits = CLEAN.flatMap((p) => flag(lexicon, p).map((t) => `${t} in: ${p.slice(0, 60)}…`));
    assert.deepEqual(hits, []);
  });

  for (const [text, expected] of LOADED) {
    it(`flags: ${text}`, () => {
      assert.deepEqual(flag(lexicon, text), expected);
    });
  }
});
