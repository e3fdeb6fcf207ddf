import type { Report } from './kb.mjs';
export const KINDS: Set<string>;
export interface KbOffice { id: string; title: string; jurisdiction: string; kind: string; single: boolean; aliases?: string[] }
export interface KbRole { office: string; from?: string; to?: string | null; asOf?: string }
export interface KbPerson { id: string; name: string; given: string[]; surname: string; variants?: string[]; gender?: 'f' | 'm'; born?: string; died?: string; roles: KbRole[] }
export interface KnowledgeBase {
  version: 1;
  sources: { file: string; license: string; commit?: string; note?: string }[];
  offices: Record<string, KbOffice>;
  people: KbPerson[];
  nicknames: Record<string, string[]>;
}
export function loadCountries(text: string): { all: any[]; byKey: Map<string, any>; byCode: Map<string, any>; lookup(n: string): any };
export function parseSourceTable(readme: string): Map<string, { repo: string; path: string; commit: string; date: string; license: string }>;
export function build(opts: { sourcesDir: string; overlayText: string; countriesText: string; report?: Report }): { kb: KnowledgeBase; report: Report };
export function serialise(kb: KnowledgeBase): string;
