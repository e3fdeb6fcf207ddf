import type { KnowledgeBase } from './build-kb.mjs';
export const COMPILED_FORMAT: number;
export const FLAG: { nameWord: number; surnameWord: number; surnameKey: number; fullKey: number; fullPrefix: number; given: number; fuzzy: number; nickname: number };
export function engineNameKey(name: string): string;
export function foldKey(word: string): string;
export function wordKey(text: string): string;
export function skeleton(key: string): string;
export interface Compiled {
  format: number;
  about: string;
  nicknames: Record<string, string[]>;
  offices: string[];
  jurisdictions: string[];
  titles: string[];
  people: string[];
  keys: string[];
  flags: string;
  data: string[];
  skeletons: string[];
}
export function compile(kb: KnowledgeBase): Compiled;
export function serialiseCompiled(c: Compiled): string;
export const DEFAULT_IN: string;
export const DEFAULT_OUT: string;
export function compileFile(inFile?: string, outFile?: string): string;
