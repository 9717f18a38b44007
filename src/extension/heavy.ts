/**
 * The heavy half of the core (the reading pipeline, the article detector, the lexicon parser and the
 * cross-reference index) is loaded on first use, not at activation: its module initialisation (the YAML parser,
 * the figure and actor tables, the stemmers) would otherwise cost more than the whole activation budget.
 * esbuild initialises a module reached only through `require` lazily, at the first call.
 */
import type * as Heavy from './heavyCore';

let mod: typeof Heavy | undefined;

export function heavy(): typeof Heavy {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (mod ??= require('./heavyCore') as typeof Heavy);
}
