// Text files bundled by esbuild's text loader (see scripts/build.mjs).
declare module '*.tsv' {
  const text: string;
  export default text;
}
