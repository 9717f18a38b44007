/**
 * The reading pipeline: one article text in, plain data with UTF-16 offsets
 * out. Stages: structure (front matter, metadata, boilerplate, language) →
 * sentences → figures → quotes and attributions → time expressions → claims.
 */
import { parseArticle } from './article';
import { analyzeSources } from './attribution';
import { buildClaims } from './claims';
import { findNumbers } from './numbers';
import { splitSentences } from './sentences';
import { inSpans, mergeSpans, stripBom } from './text';
import { findTimeExpressions } from './time';
import type { ArticleAnalysis, Lang, Lexicon, Span } from './types';

export interface AnalyzeOptions {
  /** Path or URI of the article, used in claim ids and reports. */
  path?: string;
  lexicon?: Lexicon;
  /** Force a language instead of front matter / detection. */
  language?: Lang;
  /**
   * Give claims their resolved time and topic terms (default true). False leaves `time` null and `terms` empty:
   * for output that has neither (the JSON contract of `claim-lens analyze`).
   */
  claimDetails?: boolean;
  /** Receives the time spent per stage, in milliseconds (for benchmarks). */
  timings?: Record<string, number>;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Analyse one article. `text` should be the document text without a BOM (a
 * leading BOM is ignored and offsets then refer to the text after it).
 */
export function analyzeArticle(input: string, opts: AnalyzeOptions = {}): ArticleAnalysis {
  const text = stripBom(input);
  const path = opts.path ?? '';
  const t = opts.timings;
  let t0 = t ? now() : 0;
  const lap = (stage: string) => {
    if (!t) return;
    const t1 = now();
    t[stage] = (t[stage] ?? 0) + (t1 - t0);
    t0 = t1;
  };

  const structure = parseArticle(text, opts.lexicon);
  const language = opts.language ?? structure.language;
  const exclude: Span[] = mergeSpans([
    ...(structure.frontMatter ? [structure.frontMatter] : []),
    ...structure.boilerplate,
    ...structure.metaLines,
  ]);
  lap('structure');

  const sentences = splitSentences(text, language, { exclude });
  lap('sentences');

  const numbers = findNumbers(text, language, { exclude });
  lap('figures');

  const { attributions, quotes } = analyzeSources(text, sentences, language, { lexicon: opts.lexicon, exclude });
  lap('sources');

  const details = opts.claimDetails !== false;
  const times = details ? findTimeExpressions(text, structure.meta.date).filter((x) => !inSpans(exclude, x.start)) : [];
  const claims = buildClaims({ text, path, sentences, numbers, attributions, quotes, times, details });
  lap('claims');

  const m = structure.meta;
  return {
    path,
    language,
    title: m.title,
    date: m.date,
    outlet: m.outlet,
    byline: m.byline,
    url: m.url,
    frontMatter: structure.frontMatter,
    titleSpan: structure.titleSpan,
    boilerplate: structure.boilerplate,
    sentences,
    numbers,
    attributions,
    quotes,
    claims,
    diagnostics: structure.diagnostics,
  };
}
