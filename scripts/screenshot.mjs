#!/usr/bin/env node
// `npm run screenshot`: docs/screenshot.png, Copydesk flagging examples/blinken-kyiv-visit.md in
// VS Code for the web (the same build as `npm run web`), in headless chromium: the draft with its
// findings, the Problems panel, and the quick-fix menu on the most telling finding (names first, style last). Re-run it
// whenever the rules change.
//   node scripts/screenshot.mjs [--out docs/screenshot.png] [--no-build]
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { freePort, launchChromium, root, serveVSCodeWeb } from './vscode-web-lib.mjs';

const outArg = process.argv.indexOf('--out');
const out = resolve(root, outArg > 0 ? process.argv[outArg + 1] : 'docs/screenshot.png');
const DRAFT = 'blinken-kyiv-visit.md';
const CATEGORY_ORDER = ['names', 'loaded-language', 'attribution', 'figures', 'consistency', 'style'];
const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'];

if (!process.argv.includes('--no-build')) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The finding to open the quick-fix menu on: one with fixes, from the most telling category. */
function pickFinding() {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--format', 'json', '--hints', join(root, 'examples', DRAFT)], { encoding: 'utf8', cwd: root });
  const findings = JSON.parse(r.stdout).files[0].diagnostics;
  const rank = (f) => [CATEGORY_ORDER.indexOf(f.category), f.fixes?.length ? 0 : 1, SEVERITY_ORDER.indexOf(f.severity), f.offset];
  findings.sort((a, b) => {
    const x = rank(a), y = rank(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return 0;
  });
  return { finding: findings[0], count: findings.length, problems: findings.filter((f) => f.severity !== 'hint').length };
}

const { finding, count, problems } = pickFinding();
console.log(`${count} findings in ${DRAFT}; the quick-fix menu opens on ${finding ? `${finding.ruleId} at ${finding.range.start.line + 1}:${finding.range.start.character + 1}` : '(none)'}`);

const port = await freePort();
const server = await serveVSCodeWeb({ folderPath: join(root, 'examples'), port });
const browser = await launchChromium();
const step = (what) => console.log(`- ${what}`);
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(server.endpoint);
  step('waiting for the workbench');
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 120000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 120000 });

  step(`opening ${DRAFT}`);
  await page.click(`.explorer-folders-view .monaco-list-row[aria-label*="${DRAFT}"]`);
  await page.waitForSelector(`.tab.active[aria-label*="${DRAFT}"]`, { timeout: 30000 });

  step('waiting for the findings');
  // The status bar item appears with the counts when the server has published.
  await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /(names|loaded-language|attribution|figures|consistency|style) \d+/.test(e.textContent ?? '')), undefined, { timeout: 60000 });

  step('showing the Problems panel');
  await page.keyboard.press('Control+Shift+M');
  // (The Problems panel lists errors, warnings and infos; hints show only in the editor.)
  await page.waitForSelector(problems ? '.markers-panel .monaco-list-row' : '.markers-panel', { timeout: 30000 });
  // Wider editor, and focus back in it.
  await page.keyboard.press('Control+B');
  await page.keyboard.press('Control+1');

  if (finding) {
    const { line, character } = finding.range.start;
    step(`opening the quick-fix menu on ${finding.ruleId}`);
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(`${line + 1}:${character + 2}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget .monaco-list-row', { timeout: 30000 });
  }
  // Let the menu and the squiggles finish rendering.
  await page.waitForTimeout(500);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} catch (error) {
  const failed = join(root, '.vscode-test', 'screenshot-failed.png');
  mkdirSync(dirname(failed), { recursive: true });
  await browser.contexts()[0]?.pages()[0]?.screenshot({ path: failed }).catch(() => {});
  console.error(`the screenshot failed (the page as it was: ${failed})`);
  throw error;
} finally {
  await browser.close().catch(() => {});
  server.close();
}
process.exit(0);
