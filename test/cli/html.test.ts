// --format html, rendered in headless Chromium: the marks, the notes, the list by category and
// the fixes are there and count right, the draft's text is escaped, and the page asks for nothing
// over the network.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { copydesk, FIXTURES, ROOT } from './cli-helpers';
import { formatHtml } from '../../server/src/cli/formatters/html';
import { LineIndex } from '../../server/src/engine/positions';
import type { Finding } from '../../server/src/engine/types';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's chromium: found, or installed with apt-get when running as root; undefined (with the reason) otherwise. */
function findChromium(): { path?: string; reason?: string } {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? { path: process.env.CHROMIUM_PATH } : { reason: `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` };
  let found = CANDIDATES.find((p) => existsSync(p));
  if (found) return { path: found };
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return { reason: 'chromium is not installed and this user cannot install it (sudo apt-get install -y chromium)' };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'ignore', env, timeout: 600_000 });
    if (r.status !== 0) return { reason: `chromium is not installed and "apt-get ${args.join(' ')}" failed (exit ${r.status})` };
  }
  found = CANDIDATES.find((p) => existsSync(p));
  return found ? { path: found } : { reason: 'apt-get installed chromium, but it is not at /usr/bin/chromium' };
}

// The page's DOM, loosely typed: the project compiles without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type El = any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

interface JsonReport {
  files: Array<{ path: string; diagnostics: Array<{ ruleId: string; category: string; severity: string; message: string; offset: number; length: number; fixes: Array<{ title: string; edits: unknown[] }> }> }>;
}

describe('HTML report in Chromium', function () {
  this.timeout(240000);
  let browser: Browser | undefined;
  let dir: string;

  before(async function () {
    const chromium = findChromium();
    if (!chromium.path) {
      console.warn(`      skipped: the HTML report test needs Chromium: ${chromium.reason}`);
      this.skip();
    }
    const { chromium: pw } = await import('playwright-core');
    browser = await pw.launch({ executablePath: chromium.path, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    dir = mkdtempSync(join(tmpdir(), 'copydesk-html-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    cpSync(join(FIXTURES, 'drafts'), join(dir, 'drafts'), { recursive: true });
    // Markup, entities and quotes in a draft are text, never markup; two findings overlap here.
    writeFileSync(join(dir, 'drafts', 'markup <b>.md'), '# Talks in Kiev\n\nSome analysts believe the the <script>alert("x")</script> & <img src="http://example.com/x.png"> talks in Kiev were a disaster.\n\nSenior officials say it will fail.\n');
  });

  after(async () => {
    await browser?.close();
  });

  it('marks every finding in place, lists them by category with their fixes, and loads nothing', async () => {
    const json = JSON.parse(copydesk(['check', '--format', 'json', '--hints', '.'], { cwd: dir }).stdout) as JsonReport;
    const r = copydesk(['check', '--format', 'html', '--hints', '-o', 'report.html', '.'], { cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const file = join(dir, 'report.html');
    const html = readFileSync(file, 'utf8');
    assert.doesNotMatch(html, /<script|<link|<img|<iframe| src="|@import|url\(/i, 'no scripts or external assets');

    const page = await browser!.newPage();
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    page.on('request', (req) => {
      if (req.url() !== url) requests.push(req.url());
    });
    await page.goto(url, { waitUntil: 'load' });

    const withFindings = json.files.filter((f) => f.diagnostics.length);
    const total = withFindings.reduce((n, f) => n + f.diagnostics.length, 0);
    assert.ok(total > 20, `a report with many findings (${total})`);
    const dom = await page.evaluate(() => {
      const document = (globalThis as unknown as { document: Doc }).document;
      const sections = [...document.querySelectorAll('section.draft')].map((s: El) => ({
        path: s.getAttribute('data-path') as string,
        notes: [...s.querySelectorAll('li.finding')].map((li: El) => ({ id: li.id as string, rule: li.getAttribute('data-rule') as string, fixes: li.querySelectorAll('ul.fixes > li').length as number, text: li.textContent as string })),
        marks: [...s.querySelectorAll('pre.draft mark')].map((m: El) => ({ ids: (m.getAttribute('data-findings') ?? '').split(' ') as string[], text: m.textContent as string, title: m.getAttribute('title') as string, visible: m.getBoundingClientRect().width > 0 || m.classList.contains('point') })),
        refs: s.querySelectorAll('pre.draft sup.ref a').length as number,
      }));
      const categories = Object.fromEntries([...document.querySelectorAll('ul[data-category]')].map((u: El) => [u.getAttribute('data-category'), u.querySelectorAll('li').length]));
      const links = [...document.querySelectorAll('a[href^="#"]')].map((a: El) => (a.getAttribute('href') as string).slice(1));
      const missingTargets = links.filter((id: string) => !document.getElementById(id));
      return { sections, categories, missingTargets, scripts: document.scripts.length, images: document.images.length, sheets: document.styleSheets.length };
    });
    await page.screenshot({ path: join(dir, 'report.png'), fullPage: true });

    assert.deepEqual(dom.sections.map((s) => s.path), withFindings.map((f) => f.path));
    for (const [i, f] of withFindings.entries()) {
      const s = dom.sections[i];
      const text = readFileSync(join(dir, f.path), 'utf8');
      assert.equal(s.notes.length, f.diagnostics.length, `${f.path}: one note per finding`);
      assert.equal(s.refs, f.diagnostics.length, `${f.path}: one reference per finding`);
      const marked = new Set(s.marks.flatMap((m) => m.ids));
      assert.equal(marked.size, f.diagnostics.length, `${f.path}: every finding is marked`);
      f.diagnostics.forEach((d, j) => {
        const note = s.notes[j];
        assert.equal(note.rule, d.ruleId);
        assert.ok(note.text!.includes(d.message), `${f.path}: the note has the message`);
        assert.equal(note.fixes, d.fixes.length, `${f.path}: the note lists the fixes`);
        const marks = s.marks.filter((m) => m.ids.includes(note.id));
        assert.equal(marks.map((m) => m.text).join(''), text.slice(d.offset, d.offset + d.length), `${f.path}: ${d.ruleId} marks exactly the flagged text`);
        for (const m of marks) {
          assert.ok(m.title!.includes(d.message), 'the message is on hover');
          assert.ok(m.visible, 'the mark is rendered');
        }
      });
    }
    const expected: Record<string, number> = {};
    for (const f of json.files) for (const d of f.diagnostics) expected[d.category] = (expected[d.category] ?? 0) + 1;
    assert.deepEqual(dom.categories, expected);
    assert.deepEqual(dom.missingTargets, [], 'every internal link has a target');
    assert.equal(dom.scripts, 0);
    assert.equal(dom.images, 0, 'the <img> in the draft is text');
    assert.equal(dom.sheets, 1, 'one inline style sheet');
    assert.ok(dom.sections.some((s) => s.path === join('drafts', 'markup <b>.md')));
    assert.deepEqual(requests, [], 'the report makes no network request');
    await page.close();
  });

  it('splits overlapping, nested and empty findings into marks that each name their findings', async () => {
    const text = 'Alpha beta gamma delta epsilon.\nZeta <eta> & theta.\n';
    const at = (s: string, n = 0) => text.indexOf(s) + n;
    const finding = (offset: number, length: number, severity: Finding['severity'], ruleId: string): Finding => ({ ruleId, category: 'style', severity, message: `${ruleId} message`, offset, length, fixes: [] });
    const findings = [
      finding(at('beta'), 'beta gamma delta'.length, 'warning', 'style/outer'), // contains the next two
      finding(at('gamma'), 'gamma'.length, 'error', 'style/nested'),
      finding(at('gamma'), 'gamma'.length, 'info', 'style/same-span'),
      finding(at('delta'), 'delta epsilon'.length, 'hint', 'style/crossing'), // crosses the end of the first
      finding(at('Zeta'), 0, 'warning', 'style/empty'),
      finding(at('<eta>'), '<eta> & theta'.length, 'info', 'style/escaped'),
    ];
    const html = formatHtml({ files: [{ path: 'a.md', text, lines: new LineIndex(text), findings, notices: [] }], errors: [] }, { version: '0', rules: [], hints: true, failLevel: 'error' });
    const page = await browser!.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const marks = await page.evaluate(() => {
      const document = (globalThis as unknown as { document: Doc }).document;
      return [...document.querySelectorAll('pre.draft mark')].map((m: El) => ({ ids: (m.getAttribute('data-findings') as string).split(' '), text: m.textContent as string, cls: m.className as string }));
    });
    findings.forEach((d, i) => {
      const mine = marks.filter((m) => m.ids.includes(`d1-f${i + 1}`));
      assert.ok(mine.length >= 1, d.ruleId);
      assert.equal(mine.map((m) => m.text).join(''), text.slice(d.offset, d.offset + d.length), d.ruleId);
    });
    assert.deepEqual(marks.find((m) => m.text === 'gamma')!.ids, ['d1-f1', 'd1-f2', 'd1-f3']);
    assert.match(marks.find((m) => m.text === 'gamma')!.cls, /\berror\b.*\boverlap\b/, 'the most severe colour');
    assert.deepEqual(marks.find((m) => m.text === 'delta')!.ids, ['d1-f1', 'd1-f4']);
    assert.deepEqual(marks.find((m) => m.text === ' epsilon')!.ids, ['d1-f4']);
    assert.match(marks.find((m) => m.ids.includes('d1-f5'))!.cls, /point/);
    assert.equal(await page.evaluate(() => (globalThis as unknown as { document: Doc }).document.querySelector('pre.draft').textContent.replace(/\d/g, '')), text, 'the text is intact, apart from the note numbers');
    await page.close();
  });

  it('escapes what it shows and lists drafts that could not be read', async () => {
    const r = copydesk(['check', '--format', 'html', 'drafts/clean.txt', 'missing <i>.md'], { cwd: dir });
    assert.equal(r.status, 2);
    const page = await browser!.newPage();
    await page.setContent(r.stdout, { waitUntil: 'load' });
    const text = await page.evaluate(() => {
      const document = (globalThis as unknown as { document: Doc }).document;
      return { errors: [...document.querySelectorAll('.errors li')].map((li: El) => li.textContent as string), clean: [...document.querySelectorAll('.clean li')].map((li: El) => li.textContent as string), italics: document.querySelectorAll('i').length as number };
    });
    assert.deepEqual(text.errors, ['missing <i>.md: no such file or directory']);
    assert.deepEqual(text.clean, ['drafts/clean.txt']);
    assert.equal(text.italics, 0);
    await page.close();
  });
});
