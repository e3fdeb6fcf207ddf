// write-good's check functions (server/src/rules/style/write-good.ts calls them directly): each
// returns the spans it flags, \`offset\` being the span's length.
declare module 'passive-voice' {
  export default function check(text: string): Array<{ index: number; offset: number }>;
}
declare module 'weasel-words' {
  export default function check(text: string): Array<{ index: number; offset: number }>;
}
declare module 'adverb-where' {
  export default function check(text: string): Array<{ index: number; offset: number }>;
}
declare module 'too-wordy' {
  export default function check(text: string): Array<{ index: number; offset: number }>;
}
declare module 'write-good/lib/starts-with-so.js' {
  export default function check(text: string): Array<{ index: number; offset: number }>;
}
declare module 'write-good/lib/there-is.js' {
  export default function check(text: string): Array<{ index: number; offset: number }>;
}
declare module 'write-good/lib/lexical-illusions.js' {
  export default function check(text: string): Array<{ index: number; offset: number }>;
}
