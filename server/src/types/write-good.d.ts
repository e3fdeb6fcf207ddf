// write-good's check functions (server/src/rules/style/write-good.ts calls them directly): each
// returns the spans it flags, `offset` being the span's length.
type WriteGoodCheckFunction = (text: string) => Array<{ index: number; offset: number }>;

declare module 'passive-voice' {
  const check: WriteGoodCheckFunction;
  export default check;
}
declare module 'weasel-words' {
  const check: WriteGoodCheckFunction;
  export default check;
}
declare module 'adverb-where' {
  const check: WriteGoodCheckFunction;
  export default check;
}
declare module 'too-wordy' {
  const check: WriteGoodCheckFunction;
  export default check;
}
// write-good's own checks: lib/starts-with-so.js, lib/there-is.js, lib/lexical-illusions.js.
declare module 'write-good/lib/*' {
  const check: WriteGoodCheckFunction;
  export default check;
}
