export function isLatinName(name: unknown): boolean;
export function isQidLabel(name: unknown): boolean;
export function foldDiacritics(s: string): string;
export function nameKey(s: string): string;
export function slugify(s: string): string;
export function stripHonorifics(label: string): { name: string; stripped: string };
export const FAMILY_NAME_FIRST: Set<string>;
export const NO_FAMILY_NAME: Set<string>;
export function splitName(name: string, country?: string): { given: string[]; surname: string };
