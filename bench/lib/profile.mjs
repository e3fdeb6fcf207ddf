// Summarises a V8 CPU profile of dist/bench-engine.js: self time by function and by module, and
// inclusive time ("in or below") by the project's own modules. Functions are mapped to their
// source module by the `// path` comments esbuild writes before each module in a non-minified
// bundle.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Sorted [firstLine (0-based), module] pairs of a bundle. */
function moduleMap(bundlePath) {
  const lines = readFileSync(bundlePath, 'utf8').split('\n');
  const map = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ ((?:node_modules|server|bench|scripts)\/\S+)$/.exec(lines[i]);
    if (m) map.push([i, m[1]]);
  }
  return map;
}

function moduleAt(map, line) {
  let lo = 0, hi = map.length - 1, found = '(bundle runtime)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid][0] <= line) {
      found = map[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** node_modules/<pkg>/... -> node_modules/<pkg> (scoped packages keep their scope). */
export function packageOf(module) {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module);
  return m ? `node_modules/${m[1]}` : module;
}

export function summariseProfile(profilePath, bundlePath) {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  const map = moduleMap(bundlePath);
  const bundleUrl = pathToFileURL(bundlePath).href;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const describe = (node) => {
    const cf = node.callFrame;
    let module;
    if (cf.url === bundleUrl) module = moduleAt(map, cf.lineNumber);
    else if (!cf.url) module = cf.functionName.startsWith('(') ? cf.functionName : '(native)';
    else if (cf.url.startsWith('node:')) module = '(node internals)';
    else module = cf.url.replace(/^file:\/\//, '');
    const name = cf.functionName || '(anonymous)';
    return { module, name, key: `${name}\u0000${module}\u0000${cf.lineNumber}` };
  };

  let total = 0;
  const functions = new Map();
  const modules = new Map();
  const inclusive = new Map(); // own modules (server/src/...): time in or below them
  const walk = (node, onPath) => {
    const d = describe(node);
    const ms = self.get(node.id) ?? 0;
    total += ms;
    const f = functions.get(d.key) ?? { name: d.name, module: d.module, line: node.callFrame.lineNumber + 1, ms: 0 };
    f.ms += ms;
    functions.set(d.key, f);
    modules.set(packageOf(d.module), (modules.get(packageOf(d.module)) ?? 0) + ms);
    // lint() and Doc.cached() only pass control on (rules run inside them, and rules compute their
    // shared values through doc.cached), so they would otherwise be "in or below" everything.
    const passThrough = d.module === 'server/src/engine/lint.ts' || (d.module === 'server/src/engine/document.ts' && d.name === 'cached');
    const own = d.module.startsWith('server/') && !passThrough ? d.module : undefined;
    const added = own && !onPath.has(own);
    if (added) onPath.add(own);
    for (const m of onPath) inclusive.set(m, (inclusive.get(m) ?? 0) + ms);
    for (const c of node.children ?? []) walk(byId.get(c), onPath);
    if (added) onPath.delete(own);
  };
  walk(profile.nodes[0], new Set());

  const idle = (modules.get('(idle)') ?? 0) + (modules.get('(program)') ?? 0);
  const busy = total - (modules.get('(idle)') ?? 0);
  const sortDesc = (entries) => [...entries].sort((a, b) => b.ms - a.ms);
  return {
    totalMs: total,
    busyMs: busy,
    idleMs: idle,
    gcMs: modules.get('(garbage collector)') ?? 0,
    functions: sortDesc(functions.values()).filter((f) => f.module !== '(idle)'),
    modules: sortDesc([...modules].map(([module, ms]) => ({ module, ms }))).filter((m) => m.module !== '(idle)'),
    inclusive: sortDesc([...inclusive].map(([module, ms]) => ({ module, ms }))),
  };
}
