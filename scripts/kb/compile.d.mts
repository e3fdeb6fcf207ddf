import type { KnowledgeBase } from './build-kb.mjs';
import type { CompiledKnowledgeBase } from '../../server/src/engine/kb';
export const COMPILED_FORMAT: number;
export { KEY_FLAGS as FLAG, nameKey as engineNameKey, foldKey, wordKey, skeleton } from '../../server/src/engine/name-keys.mjs';
/** The engine's compiled shape, with the line that says where it comes from. */
export interface Compiled extends CompiledKnowledgeBase {
  about: string;
}
export function compile(kb: KnowledgeBase): Compiled;
export function escapeText(text: string): string;
export function serialiseCompiled(c: Compiled): string;
export const DEFAULT_IN: string;
export const DEFAULT_OUT: string;
export function compileFile(inFile?: string, outFile?: string): string;
