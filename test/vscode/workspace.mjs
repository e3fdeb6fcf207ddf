// Lays out the workspace folder the extension's tests open in VS Code: a copy of the Blinken/Kyiv
// example, drafts that are never opened (for "Lint workspace"), and a folder with its own
// .copydesk.json.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function makeTestWorkspace(dir) {
  const put = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  copyFileSync(join(root, 'examples', 'blinken-kyiv-visit.md'), join(dir, 'drafts', 'blinken-kyiv-visit.md'));
  put('archive/council.news', 'Council approves budget\n\nThe council approved the the budget on Tuesday, the mayor said.\n');
  put('archive/notes.txt', 'The mayor said the the bridge would reopen in June.\n');
  put('strict/.copydesk.json', JSON.stringify({ rules: { 'style/lexical-illusion': 'error' } }, null, 2) + '\n');
  put('strict/story.md', '# Bridge reopens\n\nThe bridge reopened on on Monday, the city said.\n');
  return dir;
}
