// Turns the benchmark's measurements into docs/performance.md and the console tables.
import { readFileSync } from 'node:fs';
import { cpus, totalmem, type, release } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export function machineInfo() {
  let cpu = cpus()[0]?.model?.trim() || 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim() ?? cpu;
  } catch {
    // not Linux
  }
  return { cpu, cores: cpus().length, memoryGiB: totalmem() / 2 ** 30, node: process.version, os: `${type()} ${release()}` };
}

export function versions(root) {
  const pkg = (p) => {
    try {
      return JSON.parse(readFileSync(join(root, p, 'package.json'), 'utf8')).version;
    } catch {
      return 'not installed';
    }
  };
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'server', 'bench').split('\n').filter(Boolean).length;
  return {
    copydesk: pkg('.'),
    commit,
    dirty,
    'write-good': pkg('node_modules/write-good'),
    alex: pkg('node_modules/alex'),
    'harper.js': pkg('node_modules/harper.js'),
  };
}

// ── formatting ──
const n0 = (x) => Math.round(x).toLocaleString('en-US');
const num = (x, digits) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** Milliseconds with a sensible precision; seconds from 10 s. */
export function ms(x) {
  if (x === undefined || x === null || Number.isNaN(x)) return '—';
  if (x >= 10000) return `${num(x / 1000, 1)} s`;
  if (x >= 1000) return `${num(x / 1000, 2)} s`;
  if (x >= 100) return `${n0(x)} ms`;
  if (x >= 10) return `${num(x, 1)} ms`;
  return `${num(x, 2)} ms`;
}
const mb = (mib) => (mib === undefined || Number.isNaN(mib) ? '—' : `${n0((mib * 2 ** 20) / 1e6)} MB`);
const pct = (x) => `${num(100 * x, x < 0.1 ? 1 : 0)}%`;
const times = (r) => (r >= 10 ? `${n0(r)}×` : `${num(r, 1)}×`);
function relative(ratio) {
  if (!Number.isFinite(ratio)) return '—';
  return ratio >= 1 ? `${times(ratio)} faster` : `${times(1 / ratio)} slower`;
}
/** A Markdown table; numbers are right-aligned unless `left` (every column left-aligned). */
function table(header, rows, left = false) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((h, i) => (i === 0 || left ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
const TOOL_NAMES = { copydesk: 'Copydesk', 'write-good': 'write-good', alex: 'alex', 'harper.js': 'harper.js' };
const PEERS = ['write-good', 'alex', 'harper.js'];
const TOOLS = ['copydesk', ...PEERS];

/**
 * What a module in the profile does, written from reading it next to the profile. A note with
 * `when` is shown only while the module's source still matches it (the code it describes may
 * change after it was written); the module stays in the tables either way.
 */
const MODULE_NOTES = {
  'server/src/rules/consistency/term-variants.ts': [
    {
      when: /matchAll\(d\.scanner\)/,
      text: (d) =>
        `matches the compiled term sets as one case-insensitive Unicode regular expression${d.scannerKiB ? ` (${num(d.scannerKiB, 0)} KiB of pattern, server/generated/term-variants.json)` : ''} over every prose block — V8 counts a regular expression's matching as its caller's self time, so it shows as \`setOccurrences\` — then tests tokens with small Unicode-property expressions (\`isLowerWord\`, \`sentenceInitial\`) inside loops over runs of tokens (\`multiwordCase\`, \`draftOccurrences\`, \`nearNames\`).`,
    },
    {
      when: /FormIndex/,
      text: () =>
        "looks the draft's words up in the term sets (a `FormIndex` over the word list of `consistency/words.ts`: `setOccurrences`), then compares the draft's own forms with each other: hyphenated, closed and spaced words and abbreviations (`draftOccurrences`), capitalisation of multiword terms (`multiwordCase`, with `isLowerWord` per word) and near-identical names (`nearNames`).",
    },
  ],
  'server/src/rules/consistency/place-names.ts': {
    text: () => 'looks the draft\'s words and word sequences up in the house style\'s place-name list (over the word list `consistency/words.ts` builds once per document).',
  },
  'server/src/rules/figures/conflicting-values.ts': {
    when: /quantities\.filter\(\(e\) => e\.start < q\.start/,
    text: () =>
      'compares every quantity with every earlier one in the document (`quantities.filter(...)` inside the loop over quantities, each comparison building time marks and subjects, and `sameValue` copying quantities): its cost grows with the square of the number of figures, small on an article and large on a long document.',
  },
  'server/src/engine/document.ts': {
    text: () => 'the shared document model: the Markdown layout, then wink-nlp on every block (tokens, sentences, part-of-speech tags), quotations and reported speech on first use.',
  },
  'server/src/engine/nlp.ts': {
    text: () => "calls wink-nlp (tokenizer, sentence boundaries, tagger) per block and reads its tokens into the engine's; most of the time is inside `node_modules/wink-nlp` (`automaton.recognize`, `tokenize`, and the word index's `get`, which the build's patch of wink fills as words are used).",
  },
  'server/src/rules/loaded-language/matcher.ts': {
    when: /analyseBlock\(lowerSameLength/,
    text: () =>
      'the word list the six loaded-language rules share (built once per document through `doc.cached`): `readWords` walks every token and runs wink-nlp a second time over title-case and all-caps headlines; the lexicon is then matched word by word.',
  },
  'server/src/rules/loaded-language/report.ts': {
    text: () => "the loaded-language rules' common reporting path; its share includes the matcher and the reported-speech model, which it is the first to ask for.",
  },
  'server/src/engine/speech.ts': {
    text: () => 'reported speech: reporting verbs, their sources and contents, and the speaker of each quotation; `phraseAt` tries every vocabulary phrase at every word.',
  },
  'server/src/rules/attribution/orphan-quote.ts': {
    when: /const before = doc\.tokens\.filter\(/,
    text: () =>
      "for each quotation without a speaker, `isQuotedSpeech` filters all of the document's tokens (with a `tokenAt` search per token) to find the two words before it: quadratic in the document's length when a long document has many quotations.",
  },
  'server/src/rules/attribution/anonymous-source.ts': {
    when: /const hasReason = \(sentence: number\) => \{\s*for \(let k = sentence; k < Math\.min\(doc\.sentences\.length, sentence \+ 5\)/,
    text: () =>
      'for every report with a source, `hasReason` reads the sentence and the next four for a reason given for anonymity (`findPhrases` over the reasons vocabulary, with nothing remembered between reports), so a sentence can be read up to five times per nearby report.',
  },
  'server/src/rules/attribution/vocabulary.ts': {
    when: /for \(const p of phrases\)/,
    text: () => '`findPhrases` tries every phrase of the attribution vocabulary at every token.',
  },
  'server/src/rules/figures/model.ts': {
    text: () => "the figures model (quantities, values, units) the figures rules share; `strip`/`interval`/`sameValue` are mostly called from conflicting-values' pairwise comparisons.",
  },
  'server/src/rules/style/write-good.ts': {
    text: () => "the style rules, which run write-good's checks (regular expressions over the prose).",
  },
  'server/src/rules/names/misspelled.ts': {
    text: () => 'the first names rule to run, so the names analysis the four names rules share (computed once per document, `names/analysis.ts`) is counted under it.',
  },
  'server/src/rules/names/analysis.ts': {
    text: () => 'resolves every name mention against the knowledge base: exactly, by accepted variants and nicknames, or approximately (`names/fuzzy.ts`), then checks given names, titles on the article\'s date and spellings across the draft.',
  },
  'server/src/rules/names/mentions.ts': {
    text: () => "finds the mentions: runs of capitalised words (`nameLike`, with a dictionary test per word), known full names by prefix (`fullNameAt`) and titles through a word trie (`titleAt`), on the names family's own word list (`names/words.ts`: `scanWords` and `makeWord`, one regular expression per sentence and a key per word).",
  },
  'server/src/rules/names/words.ts': {
    text: () => "the names family's own word list: `scanWords` splits every sentence again with a regular expression, and `makeWord` builds a record and a folded key per word.",
  },
};

/** The note for each module that still describes its source (see MODULE_NOTES): module -> index. */
export function noteChecks(root) {
  const out = {};
  for (const [module, note] of Object.entries(MODULE_NOTES)) {
    const alternatives = Array.isArray(note) ? note : [note];
    let source = '';
    try {
      source = readFileSync(join(root, module), 'utf8');
    } catch {
      // moved or removed: only notes without a condition apply
    }
    out[module] = alternatives.findIndex((a) => !a.when || a.when.test(source));
  }
  return out;
}

/** The text of a module's note, or undefined when none describes its current source. */
function noteFor(d, module) {
  const note = MODULE_NOTES[module];
  if (!note) return undefined;
  const alternatives = Array.isArray(note) ? note : [note];
  const i = d.noteChecks?.[module] ?? 0;
  return i >= 0 ? alternatives[i]?.text(d) : undefined;
}

export function render(d) {
  d = { ...d, startedAt: new Date(d.startedAt), finishedAt: new Date(d.finishedAt) };
  const e = d.engine;
  const cd = e.copydesk;
  const words = (id) => d.texts[id].words;
  const med = (tool, id) => e[tool]?.texts?.[id]?.median;
  const p95 = (tool, id) => e[tool]?.texts?.[id]?.p95;
  const perK = (tool, id) => (med(tool, id) === undefined ? undefined : (med(tool, id) * 1000) / words(id));
  const sizes = ['a1k', 'd10k', 'd100k'].filter((id) => TOOLS.some((t) => med(t, id) !== undefined));
  const sizeLabel = { a1k: '1,000-word article', d10k: '10,000-word document', d100k: '100,000-word document' };
  const out = [];
  const printed = [];
  const section = (s, print = false) => {
    out.push(s);
    if (print) printed.push(s);
  };

  // ── header ──
  const v = d.versions;
  section(`# Performance

Generated by \`npm run bench\` (\`bench/run.mjs\`)${d.quick ? ' with `--quick` (fewer runs and articles; the 100,000-word document for Copydesk only)' : ''} on ${d.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${num((d.finishedAt - d.startedAt) / 60000, 1)} minutes. Every number below comes from that run; \`npm run bench\` rewrites this file (\`npm run bench -- --quick\` for a shorter run, \`--no-build\` to measure \`dist/\` as it is).

**Rerun on an idle machine before quoting these numbers.** This run shared its ${d.machine.cores} cores with other work (load average ${d.load.start} at the start, ${d.load.end} at the end), so absolute times are noisy and probably pessimistic; the ratios between tools, measured on the same texts in the same run, hold up better.${contention(d)}`);

  section(`## Machine and versions

${table(['', ''], [
    ['CPU', `${d.machine.cpu}, ${d.machine.cores} cores`],
    ['Memory', `${num(d.machine.memoryGiB, 1)} GiB`],
    ['Node', d.machine.node],
    ['OS', d.machine.os],
    ['Copydesk', `${v.copydesk} (commit ${v.commit}${v.dirty ? `, with ${v.dirty} uncommitted files under server/ and bench/` : ''}); ${cd?.rules ?? '?'} rules${cd && cd.namesRules === 0 ? ', none yet in the names family' : ''}`],
    ['write-good', v['write-good']],
    ['alex', v.alex],
    ['harper.js', `${v['harper.js']} (WebAssembly, \`LocalLinter\` with the \`harper.js/binary\` module, American English)`],
  ], true)}`);

  section(`## Texts

Built from the ${d.articles.sources} distinct drafts of the corpus (\`/work/shared/corpus/dev/*.md\`) and \`examples/\`, by \`bench/lib/texts.mjs\` with a seeded generator (the same texts on every run). Words are counted as \`wc -w\` counts them (front matter and headings included).

- **The 1,000-word article**: ${n0(words('a1k'))} words (front matter and headline of one draft, then its paragraphs and the next drafts' until the length is reached).
- **The 10,000- and 100,000-word documents**: ${n0(words('d10k'))} and ${n0(words('d100k'))} words, built the same way, with a \`##\` section per borrowed draft, paragraphs shuffled and numbers changed.
- **The 2,000-word draft** edited in the language server: ${n0(words('d2k'))} words.
- **${n0(d.articles.count)} articles** for the CLIs and the language server's memory: ${n0(d.articles.words)} words in all (${n0(d.articles.words / d.articles.count)} on average); draft *i* is draft *i mod ${d.articles.sources}* with its paragraphs after the lead shuffled and about 60% of its numbers (not years) changed, so no two files are the same.
- **The start-up draft** with names (after the Blinken/Kyiv draft): ${n0(d.namesDraftWords)} words.

Every tool gets the same Markdown text (write-good reads it as plain text; alex, harper.js and Copydesk parse Markdown).`);

  // ── engine table ──
  const cliRow = (label, pick) => [label, ...TOOLS.map((t) => {
    const c = d.cli.find((x) => x.tool === t && !/--jobs/.test(x.label));
    return c ? pick(c) : 'no CLI';
  })];
  const engineRows = [];
  for (const id of sizes) {
    engineRows.push([`${sizeLabel[id]} (${n0(words(id))} words), median`, ...TOOLS.map((t) => ms(med(t, id)))]);
    if (id === 'a1k') engineRows.push([`— p95 (${e.copydesk?.texts?.a1k?.runs ?? '?'}, ${PEERS.map((t) => e[t]?.texts?.a1k?.runs ?? '?').join(', ')} runs)`, ...TOOLS.map((t) => ms(p95(t, id)))]);
  }
  engineRows.push([`ms per 1,000 words: ${sizes.map((id) => sizeLabel[id].split(/-word| /)[0]).join(' / ')} words`, ...TOOLS.map((t) => sizes.map((id) => (perK(t, id) === undefined ? '—' : num(perK(t, id), perK(t, id) < 10 ? 2 : 1))).join(' / '))]);
  const last = sizes[sizes.length - 1];
  engineRows.push([`per-word cost, ${sizeLabel[last].split('-word')[0]} words ÷ article`, ...TOOLS.map((t) => (perK(t, last) && perK(t, 'a1k') ? times(perK(t, last) / perK(t, 'a1k')) : '—'))]);
  engineRows.push(['cold: load + set-up + first lint of the article, in a fresh process', ...TOOLS.map((t) => {
    const c = e[t]?.cold;
    return c ? ms((c.loadMs ?? 0) + (c.setupMs ?? 0) + (c.knowledgeBaseMs ?? 0) + c.firstLintMs) : '—';
  })]);
  engineRows.push(['findings on the article', ...TOOLS.map((t) => (e[t]?.texts?.a1k ? String(e[t].texts.a1k.findings) : '—'))]);
  engineRows.push(cliRow(`**CLI**, ${n0(d.articles.count)} articles, cold process: wall time`, (c) => ms(c.wallMs)));
  engineRows.push(cliRow('— CPU time (user + system, all threads)', (c) => ms(c.cpuMs)));
  engineRows.push(cliRow('— peak memory (maxRSS)', (c) => mb(c.peakMiB)));
  const jobs = d.cli.find((x) => /--jobs 1$/.test(x.label));
  const threads = d.cli.find((x) => /--jobs ([2-9]|\d\d)/.test(x.label));
  if (jobs) engineRows.push([`— \`${jobs.label}\` (one thread): wall / CPU time / peak memory`, `${ms(jobs.wallMs)} / ${ms(jobs.cpuMs)} / ${mb(jobs.peakMiB)}`, '', '', '']);
  if (threads) engineRows.push([`— \`${threads.label}\` (a worker thread per core): wall / CPU time / peak memory`, `${ms(threads.wallMs)} / ${ms(threads.cpuMs)} / ${mb(threads.peakMiB)}`, '', '', '']);

  const ratioRows = sizes.map((id) => [sizeLabel[id], ...PEERS.map((p) => (med(p, id) && med('copydesk', id) ? relative(med(p, id) / med('copydesk', id)) : '—'))]);
  const cliCd = d.cli.find((x) => x.tool === 'copydesk' && !/--jobs/.test(x.label));
  ratioRows.push([`CLI, ${n0(d.articles.count)} articles (wall time${jobs ? '; Copydesk with --jobs 1, one thread like the peers' : ''})`, ...PEERS.map((p) => {
    const c = d.cli.find((x) => x.tool === p);
    const mine = jobs ?? cliCd;
    return c && mine ? relative(c.wallMs / mine.wallMs) : 'no CLI';
  })]);

  section(`## Results

### Engines and command lines

In-process throughput, warm (each tool in its own node process; ${d.plan.article.warmup}+ warm-up runs and at least ${d.plan.article.warmupMs / 1000} s of them before timing the article, ${d.plan.d10k.warmup}+ and at least ${(d.plan.d10k.warmupMs ?? 0) / 1000} s before the 10,000-word document), then each CLI as a cold process on the articles (output to /dev/null).

${table(['', ...TOOLS.map((t) => TOOL_NAMES[t])], engineRows)}

The tools do not check the same things: write-good and alex look for style and insensitive wording, harper.js for grammar and spelling; Copydesk runs write-good's checks as its style family, on top of names, loaded language, attribution, figures and consistency.

### Copydesk's per-word speed relative to each peer

${table(['', ...PEERS], ratioRows)}`, true);

  // ── language server ──
  const s = d.lsp.session;
  const st = d.lsp.startups;
  const medOf = (k) => medianOf(st.map((x) => x[k]));
  const rangeOf = (k) => `${ms(Math.min(...st.map((x) => x[k])))}–${ms(Math.max(...st.map((x) => x[k])))}`;
  section(`### Language server

\`dist/server-node.js --stdio\`, started as the VS Code extension starts it (the V8 flags and environment of \`server/src/server/node-launch.json\`: a 2 MB young generation, two malloc arenas, no memory reducer), initialised with \`initializationOptions: { debounceMs: 0 }\` so the debounce is not counted; the client answers configuration requests with no settings.

${table(['', 'Copydesk'], [
    [`server ready (spawn → initialize answered), median of ${st.length} cold starts`, `${ms(medOf('readyMs'))} (${rangeOf('readyMs')})`],
    [`first diagnostics of a ${n0(d.namesDraftWords)}-word draft with names (spawn → published)`, `${ms(medOf('firstDiagnosticsMs'))} (${rangeOf('firstDiagnosticsMs')})`],
    ['— of which the first lint (didOpen → published)', ms(medOf('firstLintMs'))],
    ...(cd ? [['— in the engine alone, in a fresh process: bundle load / knowledge-base index / first lint of the article', `${ms(cd.cold.loadMs)} / ${ms(cd.cold.knowledgeBaseMs)} / ${ms(cd.cold.firstLintMs)}`]] : []),
    [`edit → diagnostics, ${n0(words('d2k'))}-word draft, ${s.edits.runs} small edits: p50 / p95 / max`, `${ms(s.edits.median)} / ${ms(s.edits.p95)} / ${ms(s.edits.max)}`],
    ['— server CPU time per edit (mean)', ms(s.edits.cpuMsPerEdit)],
    [`CPU time over the ${s.idle.ms / 1000} s after the last edit (draft open, nothing changes; includes the one garbage collection 2 s after the last lint)`, `${ms(s.idle.cpuMs)} (${pct(s.idle.cpuMs / s.idle.ms)} of one core)`],
    ...(s.idle.restCpuMs !== undefined ? [[`— over the next ${s.idle.ms / 1000} s, at rest`, `${ms(s.idle.restCpuMs)} (${pct(s.idle.restCpuMs / s.idle.ms)} of one core)`]] : []),
    [`RSS after start-up / after the first lint / after the ${s.edits.runs} edits`, `${mb(s.memoryAtStart.rssMiB)} / ${mb(s.memoryAfterFirstLint?.rssMiB)} / ${mb(s.memoryAfterEdits?.rssMiB)}`],
    [`RSS after ${n0(s.documents.count)} documents opened, linted and closed`, `${mb(s.memoryAfter.rssMiB)} (peak ${mb(s.memoryAfter.hwmMiB)})`],
    ...(s.memorySettled ? [[`— 3 s later, once the server has gone idle (after 2 s idle it collects garbage, compacting the heap)`, mb(s.memorySettled.rssMiB)]] : []),
    [`— RSS after ${s.documents.rssSeries.map(([k]) => n0(k)).join(' / ')} documents`, s.documents.rssSeries.map(([, m]) => n0((m * 2 ** 20) / 1e6)).join(' / ') + ' MB'],
    [`— open → diagnostics per document: median / p95; all ${n0(s.documents.count)} (server CPU time)`, `${ms(s.documents.perDocument.median)} / ${ms(s.documents.perDocument.p95)}; ${ms(s.documents.totalMs)} (${ms(s.documents.cpuMs)})`],
  ])}${cd && cd.namesRules === 0 ? `\n\nThe server loads the NLP model when it is initialised but not the names knowledge base (\`server/data/people.json\`, indexed by \`server/src/engine/kb.ts\` on first use). The names family has no rules yet, so no lint loads it and the first-diagnostics time above does not include it; indexing it alone took ${ms(cd.cold.knowledgeBaseMs)} in the engine's process (its JSON is parsed with the bundle either way).` : '\n\n100 ms after \`initialized\` the server warms up, unless a draft has come first: it loads the NLP model, the names knowledge base and the vocabularies and lints a short built-in draft (\`prepare()\` in \`server/src/engine/lint.ts\`). Here the draft comes right after \`initialized\`, as when the editor opens a draft, so its first lint does that loading: the first diagnostics include loading the model and the knowledge base.'}`, true);

  // ── targets ──
  const targets = [];
  const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**missed**');
  const a1kPerK = perK('copydesk', 'a1k');
  targets.push(['full rule set ≤ 10 ms per 1,000-word article (median, warm)', `${ms(med('copydesk', 'a1k'))} for ${n0(words('a1k'))} words (${ms(a1kPerK)} per 1,000)`, verdict(a1kPerK === undefined ? undefined : a1kPerK <= 10)]);
  const big = med('copydesk', 'd100k');
  const big100 = big === undefined ? undefined : (big * 100000) / words('d100k');
  targets.push(['linear growth: 100,000 words ≤ 1.2 s', big === undefined ? 'not run' : `${ms(big)} for ${n0(words('d100k'))} words; per word ${times(perK('copydesk', 'd100k') / a1kPerK)} the article's`, verdict(big100 === undefined ? undefined : big100 <= 1200)]);
  const vsPeer = (p, factor) => {
    const rs = sizes.filter((id) => med(p, id) && med('copydesk', id)).map((id) => [id, med(p, id) / med('copydesk', id)]);
    if (!rs.length) return ['not measured', undefined];
    return [rs.map(([id, r]) => `${relative(r)} (${sizeLabel[id].split('-word')[0]} words)`).join('; '), rs.every(([, r]) => r >= factor)];
  };
  const [wgText, wgOk] = vsPeer('write-good', 1);
  targets.push(['faster than write-good per word', wgText, verdict(wgOk)]);
  const [hText, hOk] = vsPeer('harper.js', 5);
  targets.push(['at least 5× faster than harper.js per word', hText, verdict(hOk)]);
  const fullCli = d.articles.count >= 1000;
  targets.push([`CLI, 1,000 articles ≤ 10 s`, cliCd ? `${ms(cliCd.wallMs)}${fullCli ? '' : ` for ${d.articles.count} articles (--quick)`}${jobs ? `; ${ms(jobs.wallMs)} with --jobs 1` : ''}${threads ? `; ${ms(threads.wallMs)} with ${threads.label.replace('copydesk check ', '')}` : ''}` : 'not run', verdict(cliCd && fullCli ? cliCd.wallMs <= 10000 : undefined)]);
  targets.push(['language server p95 ≤ 50 ms, edit → diagnostics, 2,000-word draft', `p95 ${ms(s.edits.p95)} (p50 ${ms(s.edits.median)})`, verdict(s.edits.p95 <= 50)]);
  const fullDocs = s.documents.count >= 1000;
  const settled = s.memorySettled ?? s.memoryAfter;
  targets.push(['memory ≤ 150 MB after 1,000 documents', `${mb(settled.rssMiB)} RSS once idle (${mb(s.memoryAfter.rssMiB)} right after the last one)${fullDocs ? '' : ` after ${s.documents.count} documents (--quick)`}`, verdict(fullDocs ? (settled.rssMiB * 2 ** 20) / 1e6 <= 150 : undefined)]);
  const kbPending = cd && cd.namesRules === 0;
  targets.push(['server ready with the knowledge base loaded ≤ 300 ms', `${ms(medOf('firstDiagnosticsMs'))} to the first diagnostics of a draft with names (ready: ${ms(medOf('readyMs'))})${kbPending ? `; the knowledge base is not loaded yet (no names rules): adding its ${ms(cd.cold.knowledgeBaseMs)} index would make it about ${ms(medOf('firstDiagnosticsMs') + cd.cold.knowledgeBaseMs)}` : ''}`, kbPending ? `${verdict(medOf('firstDiagnosticsMs') + cd.cold.knowledgeBaseMs <= 300)} (with the index added)` : verdict(medOf('firstDiagnosticsMs') <= 300)]);
  const rest = s.idle.restCpuMs ?? s.idle.cpuMs;
  targets.push(['no CPU when nothing changes', `${ms(rest)} of CPU in ${s.idle.ms / 1000} s at rest (${ms(s.idle.cpuMs)} in the ${s.idle.ms / 1000} s after the last edit, with the one idle collection)`, verdict(rest <= 0.01 * s.idle.ms)]);
  section(`## Targets

${table(['Target', 'Measured', ''], targets, true)}

Idle counts as met below 1% of one core (the kernel counts CPU time in ${'10 ms'} ticks).`, true);

  // ── where the time goes ──
  const f = cd?.families;
  if (f) {
    const fam = f.categories.map((c) => {
      const rules = Object.entries(f.rules).filter(([id]) => id.startsWith(c + '/')).sort((a, b) => b[1] - a[1]);
      return [c, String(rules.length), ms(f.lintOnly[c].median), ms(Math.max(0, f.lintOnly[c].median - f.model.median)), ms(f.own[c].median), rules[0] ? `${rules[0][0].split('/')[1]} (${ms(rules[0][1])})` : '—'];
    });
    if (cd.namesRules === 0) fam.unshift(['names', '0', '—', '—', '—', 'no rules yet']);
    const ownSum = f.categories.reduce((a, c) => a + f.own[c].median, 0);
    const topFamily = [...f.categories].sort((a, b) => f.own[b].median - f.own[a].median)[0];
    const topRules = Object.entries(f.rules).sort((a, b) => b[1] - a[1]).slice(0, 5);
    const prof = d.profiles.articles?.summary;
    const big = d.profiles.d100k?.summary;
    let prose = `On the ${n0(words('a1k'))}-word article a full lint takes ${ms(f.full.median)} (median of ${f.full.runs} runs in this measurement). The shared document model — the Markdown layout, wink-nlp's tokens, sentences and tags, quotations and reported speech (\`new Doc(text)\` + \`doc.reports\`) — takes ${ms(f.model.median)} of it (${pct(f.model.median / f.full.median)}; the layout and wink-nlp alone, ${ms(f.docOnly.median)}). The rules take the rest: ${f.categories.map((c) => `${c} ${ms(f.own[c].median)}`).join(', ')} on an already built model. The most expensive family is **${topFamily}**; the most expensive rules are ${topRules.map(([id, t]) => `\`${id}\` (${ms(t)})`).join(', ')}.`;
    const familyTable = table(['Family', 'Rules', 'lint() with only this family', 'minus the shared model', 'its rules on a built model', 'heaviest rule'], [
      ...fam,
      ['*shared model*: new Doc + doc.reports', '', ms(f.model.median), '', '', ''],
      ['*Doc alone* (layout, wink-nlp)', '', ms(f.docOnly.median), '', '', ''],
      ['*lint() with no rules*', '0', ms(f.noRules.median), '', '', ''],
      ['**full lint**', String(Object.keys(f.rules).length), `**${ms(f.full.median)}**`, '', `model + families: ${ms(f.model.median + ownSum)}`, ''],
    ]);
    let profileText = '';
    if (prof) {
      const p = d.profiles.articles;
      const busy = prof.busyMs;
      const share = (x) => pct(x / busy);
      const ownModules = (sum) => sum.inclusive.filter((m) => m.module !== 'server/src/engine/lint.ts');
      const topFns = prof.functions.filter((x) => !x.module.startsWith('(') || x.module === '(garbage collector)').slice(0, 10);
      const modulesSelf = prof.modules.slice(0, 8);
      const top3 = prof.modules.filter((m) => !m.module.startsWith('(')).slice(0, 3);
      prose += `\n\nThe CPU profile (V8's sampling profiler on \`${d.paths.bundle}\`, every 200 µs, after the measurements: ${n0(p.linted)} lints of the article and the first 200 articles, ${n0(p.words / p.linted)} words each on average, ${ms(p.ms)}) spends ${top3.map((m, i) => `${share(m.ms)} ${i === 0 ? 'of its time ' : ''}in \`${m.module}\`${i === 0 ? "'s own code" : ''}`).join(', ')}; V8's built-ins take ${share(prof.modules.find((m) => m.module === '(native)')?.ms ?? 0)} and garbage collection ${share(prof.gcMs)}.`;
      if (big) {
        const bigShare = new Map(ownModules(big).map((m) => [m.module, m.ms / big.busyMs]));
        const smallShare = new Map(ownModules(prof).map((m) => [m.module, m.ms / busy]));
        const growth = [...bigShare].map(([m, b]) => [m, smallShare.get(m) ?? 0, b]).sort((a, b) => (b[2] - b[1]) - (a[2] - a[1])).filter(([, a, b]) => b - a > 0.03).slice(0, 3);
        if (growth.length) prose += ` On the 100,000-word document (one lint, ${ms(d.profiles.d100k.ms)} under the profiler) the time shifts to what grows faster than the text: ${growth.map(([m, a, b]) => `\`${m.replace('server/src/', '')}\` from ${pct(a)} to ${pct(b)}`).join(', ')} (time in or below each module).`;
      }
      const notable = new Set([...ownModules(prof).slice(0, 8), ...(big ? ownModules(big).slice(0, 8) : [])].map((m) => m.module).concat(modulesSelf.map((m) => m.module)));
      const shareIn = (sum, m) => (sum ? (sum.inclusive.find((x) => x.module === m)?.ms ?? sum.modules.find((x) => x.module === m)?.ms ?? NaN) / sum.busyMs : undefined);
      const notes = [...notable].filter((m) => noteFor(d, m)).sort((x, y) => Math.max(shareIn(big, y) || 0, shareIn(prof, y) || 0) - Math.max(shareIn(big, x) || 0, shareIn(prof, x) || 0)).slice(0, 8).map((m) => {
        const a = shareIn(prof, m);
        const b = shareIn(big, m);
        return `- \`${m.replace('server/src/', '')}\` (${a !== undefined && !Number.isNaN(a) ? pct(a) : '—'} on articles${b !== undefined && !Number.isNaN(b) ? `, ${pct(b)} on 100,000 words` : ''}): ${noteFor(d, m)}`;
      });
      const inclRows = [...notable].filter((m) => m.startsWith('server/')).map((m) => {
        const a = (prof.inclusive.find((x) => x.module === m)?.ms ?? 0) / busy;
        const b = big ? (big.inclusive.find((x) => x.module === m)?.ms ?? 0) / big.busyMs : undefined;
        return [m, a, b];
      }).sort((x, y) => Math.max(y[1], y[2] ?? 0) - Math.max(x[1], x[2] ?? 0)).slice(0, 12);
      profileText = `### Top functions by self time (articles)

${table(['Function', 'Module', 'Self time', 'Share'], topFns.map((x) => [`\`${x.name}\``, `${x.module}${x.line > 0 && !x.module.startsWith('(') ? '' : ''}`, ms(x.ms), share(x.ms)]))}

### Self time by module (articles; node_modules grouped by package)

${table(['Module', 'Self time', 'Share'], modulesSelf.map((m) => [m.module, ms(m.ms), share(m.ms)]))}

### Time in or below the project's modules, articles vs. the 100,000-word document

${table(['Module', 'Articles', '100,000 words'], inclRows.map(([m, a, b]) => [m, pct(a), b === undefined ? '—' : pct(b)]))}

(“In or below” counts a sample for every project module on its stack, so the shares overlap; \`lint()\` and \`Doc.cached()\`, which only pass control to the rules, are left out.)

### What the hottest modules do

${notes.join('\n')}

The profiles are in \`${d.paths.profiles.join('` and `')}\` (open them in Chrome DevTools' Performance panel or VS Code).`;
    }
    section(`## Where the time goes

${prose}

### Per family (the ${n0(words('a1k'))}-word article)

“lint() with only this family” is \`lint(text, { rules: defaultRules.filter((r) => r.meta.category === family) })\`; “minus the shared model” subtracts the model measured alone; “its rules on a built model” times only the family's \`check\` calls on a freshly built model (one per family and run, so nothing another family cached helps). Medians. Within a family, the rule that runs first pays for what the family's rules share through \`doc.cached\` (the names analysis, the loaded-language matcher, the figures model, the consistency word list).

${familyTable}

${profileText}`, true);
  }

  section(`## Method

- **Engines**: \`bench/lib/engine-child.mjs\` runs one tool per node process (JIT state and garbage are not shared): Copydesk through \`dist/bench-engine.js\`, bundled from \`bench/engine-entry.ts\` on every run so it measures the current sources; \`writeGood(text)\`; alex's \`markdown(text)\`; harper.js's \`LocalLinter.lint(text, { language: 'markdown' })\`. Each text is linted repeatedly after a warm-up; medians and nearest-rank p95. The 100,000-word document gets ${d.plan.d100k.peers ? `one warm-up run, then ${d.plan.d100k.copydesk.minRuns} timed runs for Copydesk and ${d.plan.d100k.peers.minRuns} for each peer` : 'one run, for Copydesk only (--quick)'}.
- **CLIs**: \`node dist/cli.js check .\` (which chooses between one thread and worker threads itself), with \`--jobs 1\` and with \`--jobs <cores>\`, \`write-good <files>\` and \`alex <files>\` in the articles' folder, ${d.plan.cliRuns} run${d.plan.cliRuns > 1 ? 's (median)' : ''} each; wall time from spawn to exit. Peak memory is the process's \`maxRSS\` at exit, recorded by a preloaded module (\`bench/lib/maxrss.cjs\` via \`NODE_OPTIONS=--require\`; worker threads share the process), with \`/proc/<pid>/status\` VmHWM polled as a fallback. harper.js has no JavaScript CLI.
- **Language server** (\`bench/lib/lsp.mjs\`): each edit (a letter typed or deleted, a word inserted, a number changed) is sent as an incremental \`didChange\`, and the time runs until \`publishDiagnostics\` for that version arrives; the next edit waits for it. Memory is VmRSS from \`/proc/<pid>/status\`; idle CPU is utime + stime from \`/proc/<pid>/stat\`.
- **Per family**: see above. **Profile**: V8's CPU profiler through \`node:inspector\` in the engine's process, after the timing runs; functions are mapped to source modules by the \`// path\` comments esbuild writes in the non-minified bundle.
${d.notes.length ? d.notes.map((x) => `- **Note**: ${x}`).join('\n') + '\n' : ''}`);

  return { markdown: out.join('\n\n') + '\n', console: printed.join('\n\n') };
}

/** How much of a core the engine processes got while timing (1 on an idle machine). */
function contention(d) {
  const shares = Object.values(d.engine).flatMap((r) => Object.values(r.texts ?? {}).map((t) => t.cpuShare)).filter((x) => Number.isFinite(x));
  if (!shares.length) return '';
  const m = medianOf(shares);
  return ` While timing, the engine processes used ${pct(m)} of a core's time (median over the measurements: CPU time ÷ wall time; about 100% on an idle machine${m < 0.9 ? ', so they often waited for a core' : ''}). For the CLIs and the server, CPU time is given beside wall time: it is less affected by the load.`;
}

function medianOf(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
