/** Export formats for "Claim Lens: Export Claims" (pure): JSON, CSV (RFC 4180) and Markdown. */
import type { ArticleAnalysis, Qualifier } from '../core/types';
import type { IndexedArticle, Relation } from '../core/xref/index';
import { describeFigure, isNamedActor } from './format';

export interface ExportFigure {
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string | null;
}

export interface ExportRef {
  relation: Relation;
  path: string;
  claimId: string;
  score: number;
}

export interface ExportClaim {
  id: string;
  start: number;
  end: number;
  text: string;
  time: string | null;
  actors: string[];
  figures: ExportFigure[];
  quotes: Array<{ text: string; speaker: string | null }>;
  refs: ExportRef[];
}

export interface ExportArticle {
  path: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  language: string;
  claims: ExportClaim[];
}

export type ExportFormat = 'json' | 'csv' | 'md';

const figureOf = (f: ExportFigure): ExportFigure => ({ text: f.text, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit });

/** From a full analysis (the open article): actors from attributions and quote speakers, quotes included. */
export function exportFromAnalysis(path: string, a: ArticleAnalysis, refsOf: (claimId: string) => ExportRef[]): ExportArticle {
  return {
    path,
    title: a.title,
    outlet: a.outlet,
    date: a.date,
    language: a.language,
    claims: a.claims.map((c) => {
      const actors: string[] = [];
      for (const i of c.attributions) {
        const actor = a.attributions[i]?.actor;
        if (isNamedActor(actor) && !actors.includes(actor)) actors.push(actor);
      }
      const quotes = c.quotes.map((i) => ({ text: a.quotes[i].text, speaker: a.quotes[i].speaker }));
      for (const q of quotes) if (isNamedActor(q.speaker) && !actors.includes(q.speaker)) actors.push(q.speaker);
      return {
        id: c.id,
        start: c.start,
        end: c.end,
        text: c.text,
        time: c.time?.from ?? null,
        actors,
        figures: c.numbers.map((i) => figureOf(a.numbers[i])),
        quotes,
        refs: refsOf(c.id),
      };
    }),
  };
}

/** From the workspace index (every article, without quotes). */
export function exportFromIndex(path: string, a: IndexedArticle, refsOf: (claimId: string) => ExportRef[]): ExportArticle {
  return {
    path,
    title: a.title,
    outlet: a.outlet,
    date: a.date,
    language: a.language,
    claims: a.claims.map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      text: c.text,
      time: c.time,
      actors: c.actors.filter(isNamedActor),
      figures: c.figures.map(figureOf),
      quotes: [],
      refs: refsOf(c.id),
    })),
  };
}

export function toJson(articles: ExportArticle[]): string {
  return JSON.stringify({ schema: 'claim-lens/export@1', articles }, null, 2) + '\n';
}

/** One CSV field: quoted when it holds a separator, quote or line break; formulas neutralised for spreadsheets. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  // A cell starting with = + - @ (or tab/CR) is run as a formula by spreadsheet apps: prefix an apostrophe.
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = "'" + s;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export const CSV_COLUMNS = [
  'article', 'title', 'outlet', 'date', 'claim_id', 'claim_start', 'claim_end', 'claim', 'claim_time', 'actors',
  'figure', 'value', 'low', 'high', 'qualifier', 'unit', 'cross_references', 'conflicts',
] as const;

/** One row per figure (claims without figures get one row with empty figure columns). CRLF line ends. */
export function toCsv(articles: ExportArticle[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const a of articles) {
    for (const c of a.claims) {
      const base = [a.path, a.title, a.outlet, a.date, c.id, c.start, c.end, c.text, c.time, c.actors.join('; ')];
      const tail = [c.refs.length, c.refs.filter((r) => r.relation === 'different-figure').length];
      const figs: Array<ExportFigure | null> = c.figures.length ? c.figures : [null];
      for (const f of figs) {
        const cells = [...base, f?.text ?? null, f?.value ?? null, f?.low ?? null, f?.high ?? null, f?.qualifier ?? null, f?.unit ?? null, ...tail];
        rows.push(cells.map(csvField).join(','));
      }
    }
  }
  return rows.join('\r\n') + '\r\n';
}

/** Escapes text for a Markdown table cell or paragraph. */
export function mdText(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function toMarkdown(articles: ExportArticle[]): string {
  const out: string[] = ['# Claims', ''];
  for (const a of articles) {
    out.push(`## ${mdText(a.title ?? a.path)}`, '');
    const meta = [a.outlet, a.date, a.path].filter((x): x is string => !!x).map(mdText);
    out.push(`*${meta.join(' · ')}*`, '');
    if (!a.claims.length) {
      out.push('No claims.', '');
      continue;
    }
    out.push('| Claim | Figures | Sources | Cross-references |', '|---|---|---|---|');
    for (const c of a.claims) {
      const lang = a.language === 'en' ? 'en' : 'de';
      const figs = c.figures.map((f) => mdText(describeFigure(f, lang))).join('<br>');
      const conflicts = c.refs.filter((r) => r.relation === 'different-figure').length;
      const refs = c.refs.length ? `${c.refs.length}${conflicts ? ` (${conflicts} conflicting)` : ''}` : '';
      out.push(`| ${mdText(c.text)} | ${figs} | ${c.actors.map(mdText).join(', ')} | ${refs} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function render(format: ExportFormat, articles: ExportArticle[]): string {
  return format === 'json' ? toJson(articles) : format === 'csv' ? toCsv(articles) : toMarkdown(articles);
}
