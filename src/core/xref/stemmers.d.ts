/**
 * Types for the German Snowball stemmer of @orama/stemmers. The package declares its
 * per-language modules in `exports`, which the repo's `moduleResolution: node` does not read.
 */
declare module '@orama/stemmers/german' {
  export function stemmer(word: string): string;
  export const language: string;
}
