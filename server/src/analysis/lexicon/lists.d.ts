/** Word lists (lexicon/lists/*.txt) are bundled as text by esbuild's text loader. */
declare module '*.txt' {
  const text: string;
  export default text;
}
