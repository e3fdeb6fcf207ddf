// The engine as a library for the benchmark: bench/run.mjs bundles this file with esbuild to
// dist/bench-engine.js (node, cjs) on every run, so the benchmark measures the current sources
// without TypeScript at run time. Re-exports only; no engine code lives here.
export { lint, analyse } from '../server/src/engine/lint';
export { Doc } from '../server/src/engine/document';
export { defaultConfig, ruleSetting } from '../server/src/engine/config';
export { knowledgeBase } from '../server/src/engine/kb';
export { prepare } from '../server/src/engine/lint';
export { defaultRules } from '../server/src/rules/index';
export { CATEGORIES } from '../server/src/engine/types';
export { VERSION } from '../server/src/version';
export { clearCaches } from '../server/src/engine/bounded-cache';
