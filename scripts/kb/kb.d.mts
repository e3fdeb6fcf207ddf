export interface BuildRole {
  office: string;
  from?: string | null;
  to?: string | null;
  asOf?: string;
  fromOverlay?: boolean;
  stale?: boolean;
  sources?: string[];
}
export interface PersonRecord {
  id: string;
  label?: string | null;
  weight?: number;
  gender?: 'f' | 'm';
  born?: string;
  died?: string;
  variants?: string[];
  role?: BuildRole;
  roles?: BuildRole[];
}
export interface MergedPerson {
  id: string;
  labels: Map<string, number>;
  genders: Set<string>;
  born: Set<string>;
  died: Set<string>;
  roles: BuildRole[];
  variants: Set<string>;
}
export class Report {
  dropped: Map<string, { count: number; examples: string[] }>;
  repaired: Map<string, { count: number; examples: string[] }>;
  warnings: string[];
  notes: string[];
  drop(reason: string, example?: string, n?: number): void;
  repair(reason: string, example?: string, n?: number): void;
  warn(msg: string): void;
  note(msg: string): void;
  droppedCount(reason: string): number;
  toText(): string;
}
export function validateRow(row: { name: unknown; start: unknown; end: unknown }, opts?: { allowNonLatin?: boolean }): { ok: true; from: string | null; to: string | null } | { ok: false; reason: string };
export function mergeRoles(roles: BuildRole[], opts?: { maxGapDays?: number }): BuildRole[];
export function mergePeopleById(records: PersonRecord[]): Map<string, MergedPerson>;
export function agreeDate(values: Iterable<string>): { value: string | undefined; conflict: boolean };
export function chooseName(labels: Map<string, number>): string | null;
export function derivedVariants(name: string, surname?: string): Set<string>;
export const SINGLE_CLOSE_KINDS: Set<string>;
export function closeBySuccessor(entries: { personId: string; role: BuildRole }[]): { personId: string; to: string; successor: string }[];
export function findOverlaps(entries: { personId: string; role: BuildRole }[], opts?: { toleranceDays?: number; openEnd?: string }): { a: { personId: string; role: BuildRole }; b: { personId: string; role: BuildRole }; days: number }[];
export function nameParts(name: string, country?: string): { given: string[]; surname: string };
export function nameKey(s: string): string;
