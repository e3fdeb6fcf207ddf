export function nameKey(name: string): string;
export function foldKey(word: string): string;
export function wordKey(text: string): string;
export function skeleton(key: string): string;
export const KEY_FLAGS: Readonly<{ nameWord: 1; surnameWord: 2; surnameKey: 4; fullKey: 8; fullPrefix: 16; given: 32; fuzzy: 64; nickname: 128 }>;
