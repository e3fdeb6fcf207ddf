// Text files imported `with { type: 'text' }` (esbuild's text loader; test/text-modules.cjs under mocha).
declare module '*.txt' {
  const text: string;
  export default text;
}
