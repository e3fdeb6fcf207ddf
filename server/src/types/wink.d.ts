declare module 'wink-eng-lite-web-model' {
  const model: unknown;
  export default model;
}

// The model's parts (server/src/engine/nlp.ts assembles them): wink's types are loose.
declare module 'wink-eng-lite-web-model/dist/*' {
  const part: unknown;
  export default part;
}
