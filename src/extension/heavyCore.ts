/** What the extension layer uses of the heavy core; loaded lazily through `heavy()` (see heavy.ts). */
export { analyzeArticle } from '../core/analyze';
export { looksLikeArticle } from '../core/article';
export { parseLexicon } from '../core/lexicon';
export { CorpusIndex } from '../core/xref/index';
