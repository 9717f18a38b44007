/**
 * The Claim Lens data model. Pure data: every offset is a UTF-16 code-unit
 * offset into the analysed text (BOM removed), exactly what
 * `TextDocument.offsetAt` uses, and `text === source.slice(start, end)`.
 */

export type Lang = 'de' | 'en';

export interface Span {
  start: number;
  end: number;
}

export type Qualifier =
  | 'exact'
  | 'approx'
  | 'at-least'
  | 'more-than'
  | 'at-most'
  | 'less-than'
  | 'range';

/** What kind of quantity a figure is. */
export type FigureKind = 'count' | 'percent' | 'percentage-points' | 'money' | 'measure';

export interface NumberMention extends Span {
  /** The whole figure as written, qualifier and counted noun included ("etwa 14.000 Soldaten"). */
  text: string;
  /** Resolved value ("1,5 Millionen" → 1500000). For ranges: the upper bound. */
  value: number;
  /** For ranges ("10.000 bis 12.000", "zwischen 20 und 40"), else null. */
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Counted noun or unit as written ("Soldaten", "Prozent", "Euro"), or null. */
  unit: string | null;
  /** Normalised key of the unit for matching ("soldat", "percent", "EUR"), or null. */
  unitKey: string | null;
  kind: FigureKind;
  /** Offsets of the numeral itself (without qualifier and noun). */
  numStart: number;
  numEnd: number;
}

export type AttributionKind = 'according-to' | 'said' | 'direct-quote' | 'reported';

export interface Attribution extends Span {
  /** Cue and source phrase together, as written. */
  text: string;
  /** The cue as written ("laut", "zufolge", "sagte", "nach Angaben"). */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** The source phrase as written ("ukrainischen Angaben", "Kirby", "die Agentur KCNA"). */
  source: string;
  sourceStart: number;
  sourceEnd: number;
  /** The resolved actor ("Ukraine", "John Kirby", "KCNA"). */
  actor: string;
  kind: AttributionKind;
  /** What the attribution covers: its sentence, plus subjunctive continuation sentences. */
  scopeStart: number;
  scopeEnd: number;
}

export interface Quote extends Span {
  /** The whole quote, marks included. */
  text: string;
  /** Offsets of the quoted words, marks excluded. */
  innerStart: number;
  innerEnd: number;
  /** Resolved speaker (an actor), or null where none could be found. */
  speaker: string | null;
  /** Index into the article's attributions that names the speaker, or null. */
  attribution: number | null;
}

export interface TimeExpression extends Span {
  text: string;
  /** Resolved interval, ISO dates (YYYY-MM-DD), inclusive. */
  from: string;
  to: string;
}

export interface Claim extends Span {
  /** Stable across runs for unchanged text: hash of the normalised sentence + occurrence. */
  id: string;
  text: string;
  /** Indices into the article's numbers / attributions / quotes. */
  numbers: number[];
  attributions: number[];
  quotes: number[];
  time: TimeExpression | null;
  /** Salient lower-cased terms (content words, names) for matching. */
  terms: string[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface CoreDiagnostic extends Span {
  severity: Severity;
  message: string;
  /** 0-based line, where the problem is in a structured part (front matter). */
  line?: number;
}

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  /** ISO date, possibly partial ("2024-10" or "2024-10-23"). */
  date: string | null;
  url: string | null;
  byline: string | null;
  lang: Lang | null;
}

export interface ArticleAnalysis {
  path: string;
  language: Lang;
  title: string | null;
  date: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  /** Span of the front matter block (including fences), if any. */
  frontMatter: Span | null;
  /** Where the headline is in the text, if found. */
  titleSpan: Span | null;
  /** Boilerplate lines (comments notices, newsletter, audio notices…). */
  boilerplate: Span[];
  sentences: Span[];
  numbers: NumberMention[];
  attributions: Attribution[];
  quotes: Quote[];
  claims: Claim[];
  diagnostics: CoreDiagnostic[];
}

/** The workspace lexicon (`.claimlens.yaml`), already parsed. */
export interface Lexicon {
  /** canonical actor → aliases ("North Korea": ["Pjöngjang", "Nordkorea"]). */
  actors: Record<string, string[]>;
  /** Extra cue words, per language. */
  cues: { de: string[]; en: string[] };
  /** outlet name → metadata / aliases. */
  outlets: Record<string, { aliases?: string[]; url?: string }>;
  /** Glob patterns of files to ignore. */
  ignore: string[];
}

export const EMPTY_LEXICON: Lexicon = Object.freeze({
  actors: {},
  cues: { de: [], en: [] },
  outlets: {},
  ignore: [],
}) as Lexicon;
