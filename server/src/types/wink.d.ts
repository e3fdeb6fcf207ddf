// The model's parts, which server/src/engine/nlp.ts assembles (the package types only its main
// module): wink's types are loose anyway.
declare module 'wink-eng-lite-web-model/dist/*' {
  const part: unknown;
  export default part;
}
