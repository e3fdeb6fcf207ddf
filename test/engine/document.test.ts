import assert from 'node:assert/strict';
import { Doc } from '../../server/src/engine/document';
import { clearCaches } from '../../server/src/engine/bounded-cache';

const md = (text: string, date?: string) => new Doc(text, { format: 'markdown', date, today: '2020-01-01' });
const plain = (text: string) => new Doc(text, { format: 'plaintext', today: '2020-01-01' });
const slice = (doc: Doc, s: { start: number; end: number }) => doc.text.slice(s.start, s.end);

describe('document model', () => {
  describe('Markdown layout', () => {
    it('keeps prose and masks code, HTML, URLs and link destinations without moving offsets', () => {
      const text = 'Intro with `code`, <b>html</b>, https://example.com/x and [a link](https://example.com/y).\n\n```\nfenced code\n```\n';
      const doc = md(text);
      assert.equal(doc.prose.length, text.length);
      assert.ok(!doc.prose.includes('code`'));
      assert.ok(!doc.prose.includes('fenced'));
      assert.ok(!doc.prose.includes('example.com'));
      assert.ok(!doc.prose.includes('<b>'));
      assert.ok(doc.prose.includes('html'), 'text inside inline HTML elements is prose');
      assert.ok(doc.prose.includes('a link'));
      for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
    });

    it('keeps link text, list items, quotes and table cells; masks images, autolinks, entities and reference destinations', () => {
      const text = '- First item with [Reuters][r] and <https://auto.example>\n- Second ![a chart](c.png) &amp; more\n\n> Quoted block text\n\n| Party | Seats |\n|---|---|\n| BJP | 240 |\n\n[r]: https://ref.example/said\n';
      const doc = md(text);
      assert.deepEqual(doc.blocks.map((b) => [b.kind, doc.prose.slice(b.start, b.end).replace(/\s+/g, ' ')]), [
        ['list-item', 'First item with Reuters and'],
        ['list-item', 'Second more'],
        ['blockquote', 'Quoted block text'],
        ['table-cell', 'Party'],
        ['table-cell', 'Seats'],
        ['table-cell', 'BJP'],
        ['table-cell', '240'],
      ]);
      for (const hidden of ['auto.example', 'chart', 'c.png', '&amp;', 'ref.example']) assert.ok(!doc.prose.includes(hidden), hidden);
      for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
    });

    it('reads the front matter date, title and dateline, and lints the title as the headline', () => {
      const text = '---\ntitle: "Blinken visits Kiev"\ndate: 2021-05-06\ndateline: KYIV, Ukraine\n---\n# Blinken visits Kiev\n\nBody text here.\n';
      const doc = md(text, '2000-01-01');
      assert.equal(doc.date, '2021-05-06');
      assert.equal(doc.dateSource, 'front-matter');
      assert.equal(doc.frontMatter.dateline, 'KYIV, Ukraine');
      assert.deepEqual(doc.blocks.map((b) => [b.kind, slice(doc, b), !!b.headline]), [
        ['title', 'Blinken visits Kiev', true],
        ['heading', 'Blinken visits Kiev', true],
        ['paragraph', 'Body text here.', false],
      ]);
      assert.ok(!doc.prose.includes('dateline'));
    });

    it('falls back to the configured date, then today', () => {
      assert.equal(md('Text.', '2022-03-17').date, '2022-03-17');
      assert.equal(md('Text.', '2022-03-17').dateSource, 'config');
      assert.equal(md('Text.').date, '2020-01-01');
    });

    it('keeps offsets exact with emoji, CRLF and a BOM', () => {
      const text = '\uFEFF# Head 😀 line\r\n\r\nPara 😀 with “quotes” and more.\r\n';
      const doc = md(text);
      assert.ok(doc.tokens.length > 5);
      for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
      const q = doc.quotations[0];
      assert.equal(text.slice(q.start, q.end), '“quotes”');
    });
  });

  describe('plain text layout', () => {
    it('takes a short first line as the headline and splits paragraphs on blank lines', () => {
      const doc = plain('Council approves budget\n\nThe council voted 5-2.\nIt met Tuesday.\n\n<!-- copydesk-disable -->\nLast paragraph.\n');
      assert.deepEqual(doc.blocks.map((b) => [b.kind, slice(doc, b)]), [
        ['heading', 'Council approves budget'],
        ['paragraph', 'The council voted 5-2.\nIt met Tuesday.'],
        ['paragraph', 'Last paragraph.'],
      ]);
      assert.ok(!doc.prose.includes('copydesk-disable'));
    });
  });

  describe('sentences and tokens', () => {
    it('keeps names with letters outside ASCII as one word (wink splits them)', () => {
      const doc = md('Lithuanian President Gitanas Nausėda met Erdoğan and Dončić in Kraków.');
      for (const name of ['Nausėda', 'Erdoğan', 'Dončić', 'Kraków']) {
        const t = doc.tokens.find((x) => x.text === name);
        assert.ok(t, name);
        assert.equal(t.pos, 'PROPN', name);
      }
      assert.equal(md('"I\'m just happy," Jokić said.').reports[0].source?.text, 'Jokić');
    });

    it('never has an empty token (wink emits one between two full stops)', () => {
      const doc = md("The budget was $46.7 million..Harwell said.");
      assert.ok(doc.tokens.every((t) => t.text.length > 0 && t.end > t.start));
      assert.ok(doc.tokens.some((t) => t.text === 'Harwell'));
    });

    it('gives the same tokens for a paragraph read again (the analysis cache), at its new offsets', () => {
      const para = 'Republicans slammed the measure on Tuesday.';
      const first = md(para);
      const again = md('Intro line.\n\n' + para);
      const shifted = again.tokens.filter((t) => t.start >= 13);
      assert.deepEqual(shifted.map((t) => [t.text, t.start - 13, t.lemma, t.pos]), first.tokens.map((t) => [t.text, t.start, t.lemma, t.pos]));
      assert.ok(again.tokens.every((t, i) => t.index === i && again.sentences[t.sentence].firstToken <= i && i < again.sentences[t.sentence].endToken));
    });

    it('splits sentences inside a block and gives lemmas and parts of speech', () => {
      const doc = md('Republicans slammed the measure. Biden signed it on Tuesday.');
      assert.equal(doc.sentences.length, 2);
      const slammed = doc.tokens.find((t) => t.text === 'slammed')!;
      assert.equal(slammed.lemma, 'slam');
      assert.equal(slammed.pos, 'VERB');
      assert.equal(doc.sentenceAt(slammed.start)!.index, 0);
    });
  });

  describe('quotations', () => {
    it('finds curly and straight quotes', () => {
      const doc = md('He said “one thing” and "another thing" today.');
      assert.deepEqual(doc.quotations.map((q) => slice(doc, q)), ['“one thing”', '"another thing"']);
      assert.ok(doc.isQuoted(doc.text.indexOf('one'), doc.text.indexOf('one') + 3));
      assert.ok(!doc.isQuoted(doc.text.indexOf('today')));
    });

    it('follows a quotation over paragraphs (an opening quote without a closing one)', () => {
      const doc = md('“We will rebuild,” the mayor said. “It will take years.\n\n“But we will do it together,” she added.');
      assert.equal(doc.quotations.length, 3);
      const [, open, cont] = doc.quotations;
      assert.equal(open.open, true);
      assert.equal(cont.continues, open.index);
      assert.ok(doc.speakerOf(open), 'the opening paragraph is attributed through the convention');
    });

    it('reads single quotes as quotations in a headline only', () => {
      const doc = md("# Mayor calls budget 'a disgrace'\n\nThe mayor's 'plan' passed.");
      assert.deepEqual(doc.quotations.map((q) => slice(doc, q)), ["'a disgrace'"]);
    });
  });

  describe('speakers of quotations', () => {
    const speaker = (text: string, n = 0) => {
      const doc = md(text);
      const q = doc.quotations[n];
      return doc.speakerOf(q)?.source?.text;
    };
    it('after the quotation: "...," Name said / said Name', () => {
      assert.equal(speaker('"I let down people I grew up with," Pettibone said.'), 'Pettibone');
      assert.equal(speaker('"This council is bleeding us dry," said Harold Fenn, 71, a retired machinist.'), 'Harold Fenn');
      assert.equal(speaker('“It doesn’t really feel like we’re being impeached,” he told supporters.'), 'he');
    });
    it('before the quotation: Name said, "..." / a colon introduction', () => {
      assert.equal(speaker('Secretary of State Antony Blinken said, “We will continue to strengthen our partnership.”'), 'Secretary of State Antony Blinken');
      assert.equal(speaker('European Commission President Jean-Claude Juncker welcomed the agreement on Twitter: "Where there is a will, there is a deal."'), 'European Commission President Jean-Claude Juncker');
      assert.equal(speaker('Blinken also said the U.S. opposes Russia’s “reckless and aggressive actions” along the border.'), 'Blinken');
    });
    it('in the adjoining sentence of the paragraph', () => {
      assert.equal(speaker('"It is tragic," she said. "He gave us no choice."', 1), 'she');
    });
    it('none for a quotation standing alone', () => {
      assert.equal(speaker('Thousands watched on screens.\n\n"This is the day we have been waiting for."'), undefined);
    });
  });

  describe('reported speech', () => {
    it('reads vague and named sources and agentless passives', () => {
      const doc = md('Some analysts believe the move is a test. It is widely expected that the Senate will acquit. Kress said demand was strong.');
      const byLemma = Object.fromEntries(doc.reports.map((r) => [r.lemma, r]));
      assert.equal(byLemma.believe.source?.text, 'Some analysts');
      assert.equal(byLemma.believe.source?.kind, 'nominal');
      assert.equal(byLemma.expect.passive, true);
      assert.equal(byLemma.expect.source, undefined);
      assert.equal(byLemma.say.source?.kind, 'name');
      assert.equal(doc.text.slice(byLemma.say.content.start, byLemma.say.content.end), 'demand was strong.');
    });
    it('reads passives (the subject is not the source), relative clauses and post-modified sources', () => {
      const doc = md('The company is expected to report results on Monday. The move was criticized by opposition leaders as reckless. Officials, who spoke on condition of anonymity, said they had stalled. A person familiar with the matter said the talks had stalled. Investors fear that rates will rise.');
      const [expected, criticized, officials, person, fear] = doc.reports.filter((r) => r.lemma !== 'report');
      assert.equal(expected.passive, true);
      assert.equal(expected.source, undefined);
      assert.equal(expected.subject?.text, 'The company');
      assert.equal(criticized.source?.text, 'opposition leaders');
      assert.equal(officials.source?.text, 'Officials');
      assert.equal(person.source?.text, 'A person familiar with the matter');
      assert.equal(fear.lemma, 'fear');
      assert.equal(fear.source?.text, 'Investors');
    });

    it('reads a subject before a participial appositive that holds a date', () => {
      const doc = md('The 36-year-old Messi, born in Rosario on June 24, 1987, had said before the tournament that this would be his last World Cup. Smith, asked about the plan, said it was sound.');
      const [messi, smith] = doc.reports.filter((r) => r.lemma === 'say');
      assert.equal(messi.source?.text, 'The 36-year-old Messi');
      assert.equal(smith.source?.text, 'Smith');
    });

    it('reads "according to" with its source', () => {
      const doc = md('The thefts were methodical, according to a report by the Michigan State Police.');
      const r = doc.reports.find((x) => x.lemma === 'according to')!;
      assert.match(r.source!.text, /^a report by the Michigan State Police/);
      assert.equal(doc.text.slice(r.content.start, r.content.end), 'The thefts were methodical, ');
      const police = md('The suspect fled on foot, according to police.').reports.find((x) => x.lemma === 'according to')!;
      assert.equal(police.source?.text, 'police');
    });
  });
});

describe('document: paragraphs read before', () => {
  // The language server re-lints after every edit: paragraphs an edit did not touch come from the
  // analysis cache, moved to where they now stand. They must equal a fresh reading.
  const paragraphs = [
    'Secretary of State Antony Blinken arrived in Kyiv on Tuesday. He met President Volodymyr Zelensky.',
    'Prices rose 5% in May, the agency said. "We are watching," an official said.',
    'Nikola Jokić scored 31 points. The Nuggets won 112-104.',
  ];
  const snapshot = (text: string) => {
    const doc = new Doc(text, { format: 'markdown' });
    return { tokens: doc.tokens.map((t) => ({ ...t })), sentences: doc.sentences.map((s) => ({ ...s })) };
  };
  it('gives the same tokens and sentences as a fresh analysis after the text before them changes', () => {
    clearCaches();
    snapshot(paragraphs.join('\n\n'));
    const edited = ['A new first paragraph, inserted by an edit.', ...paragraphs, paragraphs[0]].join('\n\n');
    const reused = snapshot(edited);
    clearCaches();
    assert.deepEqual(reused, snapshot(edited));
  });
});
