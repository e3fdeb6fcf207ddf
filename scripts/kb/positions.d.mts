export interface ClassifiedOffice {
  key: string;
  kind: string;
  title: string;
  single: boolean;
  aliases?: string[];
  jurisdiction?: string;
  code?: string;
  relabelled?: string;
}
export type Classification = ClassifiedOffice | { drop: string };
export const FOREIGN_MINISTER_ALIASES: string[];
export const MIXED_JURISDICTION_FILES: Set<string>;
export function foreignMinisterOffice(code: string, sourceLabel?: string): ClassifiedOffice;
export function ministerTitle(label: string): string;
export function classifyPosition(label: string, ctx: { code: string; names?: string[]; adjectives?: string[]; file?: string }): Classification;
