declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  interface Options {
    [check: string]: boolean | string[] | undefined;
    whitelist?: string[];
  }
  function writeGood(text: string, options?: Options): Suggestion[];
  export = writeGood;
}
