/**
 * `claim-lens analyze` output: the JSON contract (`claim-lens/analysis@1`,
 * see DESIGN.md) and a readable Markdown report. Pure.
 */
import type { ArticleAnalysis, NumberMention, Qualifier } from './types';

export const ANALYSIS_SCHEMA = 'claim-lens/analysis@1';

export interface AnalysisJson {
  schema: typeof ANALYSIS_SCHEMA;
  articles: Array<{
    path: string;
    language: string;
    title: string | null;
    date: string | null;
    outlet: string | null;
    numbers: Array<Pick<NumberMention, 'start' | 'end' | 'text' | 'value' | 'low' | 'high' | 'qualifier' | 'unit'>>;
    attributions: Array<{ start: number; end: number; text: string; cue: string; source: string; actor: string; kind: string }>;
    quotes: Array<{ start: number; end: number; text: string; speaker: string | null }>;
    claims: Array<{ id: string; start: number; end: number; text: string; numbers: number[]; attributions: number[]; quotes: number[] }>;
  }>;
}

type ArticleJson = AnalysisJson['articles'][number];

/** One analysis projected onto exactly the fields of the CLI contract. */
export function analysisJsonArticle(a: ArticleAnalysis): ArticleJson {
  return {
    path: a.path,
    language: a.language,
    title: a.title,
    date: a.date,
    outlet: a.outlet,
    numbers: a.numbers.map((n) => ({
      start: n.start, end: n.end, text: n.text, value: n.value, low: n.low, high: n.high, qualifier: n.qualifier, unit: n.unit,
    })),
    attributions: a.attributions.map((x) => ({
      start: x.start, end: x.end, text: x.text, cue: x.cue, source: x.source, actor: x.actor, kind: x.kind,
    })),
    quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker })),
    claims: a.claims.map((c) => ({
      id: c.id, start: c.start, end: c.end, text: c.text, numbers: c.numbers, attributions: c.attributions, quotes: c.quotes,
    })),
  };
}

/** Project analyses onto exactly the fields of the CLI contract. */
export function analysisJson(analyses: ArticleAnalysis[]): AnalysisJson {
  return { schema: ANALYSIS_SCHEMA, articles: analyses.map(analysisJsonArticle) };
}

/**
 * The contract as text, built from the articles' own pieces (`analysisJsonText`):
 * the same bytes as `JSON.stringify(analysisJson(analyses), null, 2)`, but each
 * article can be serialised where it was analysed (a worker) and dropped at once.
 */
export function analysisJsonText(articles: string[]): string {
  return analysisJsonParts(articles).join('');
}

/**
 * `analysisJsonText` in pieces, one per article (the head before the first, the separator before each further one,
 * the tail after the last): a writer can send them one by one instead of joining megabytes into one string first.
 */
export function analysisJsonParts(articles: string[]): string[] {
  if (articles.length === 0) return [JSON.stringify({ schema: ANALYSIS_SCHEMA, articles: [] }, null, 2)];
  const parts = articles.map((a, i) => (i === 0 ? `{\n  "schema": ${JSON.stringify(ANALYSIS_SCHEMA)},\n  "articles": [\n` : ',\n') + a);
  parts[parts.length - 1] += '\n  ]\n}';
  return parts;
}

const ARTICLE_HEAD = '{\n  "articles": [\n';
const ARTICLE_TAIL = '\n  ]\n}';

/** One article of `analysisJsonText`, indented for its place in the `articles` array (stringified in that place, and cut out). */
export function analysisJsonArticleText(a: ArticleAnalysis): string {
  const s = JSON.stringify({ articles: [analysisJsonArticle(a)] }, null, 2);
  return s.slice(ARTICLE_HEAD.length, s.length - ARTICLE_TAIL.length);
}

/** The sign a reader puts before a qualified figure (shared by the reports and the editor). */
export const QUALIFIER_GLYPH: Readonly<Record<Qualifier, string>> = {
  exact: '', approx: '≈', 'at-least': '≥', 'more-than': '>', 'at-most': '≤', 'less-than': '<', range: '–',
};

/** A figure's value as a reader would say it: "≈ 14,000", "10,000–12,000", "≥ 3,000". */
export function formatFigure(n: Pick<NumberMention, 'value' | 'low' | 'high' | 'qualifier'>, locale = 'en-US'): string {
  const f = (v: number) => v.toLocaleString(locale, { maximumFractionDigits: 3 });
  if (n.low !== null && n.high !== null && n.low !== n.high) return `${f(n.low)}–${f(n.high)}`;
  // A range with one value ("10 bis 10") reads as that value; other qualifiers take their sign.
  const g = n.qualifier === 'range' ? '' : QUALIFIER_GLYPH[n.qualifier];
  return `${g ? g + ' ' : ''}${f(n.value)}`;
}

/** Escape text for a Markdown table cell. */
export function mdCell(s: string | null | undefined): string {
  if (s === null || s === undefined || s === '') return '–';
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ').replace(/([*_`[\]])/g, '\\$1').replace(/</g, '&lt;');
}

function lineCol(offset: number, lineStarts: number[]): string {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return `${lo + 1}:${offset - lineStarts[lo] + 1}`;
}

/** A readable per-article report. `texts` maps path → text for line numbers. */
export function analysisMarkdown(analyses: ArticleAnalysis[], texts?: Map<string, string>): string {
  const out: string[] = ['# Claim Lens analysis', ''];
  const totals = analyses.reduce(
    (acc, a) => {
      acc.f += a.numbers.length;
      acc.a += a.attributions.length;
      acc.q += a.quotes.length;
      acc.c += a.claims.length;
      return acc;
    },
    { f: 0, a: 0, q: 0, c: 0 },
  );
  out.push(
    `${analyses.length} article${analyses.length === 1 ? '' : 's'} · ${totals.c} claims · ${totals.f} figures · ${totals.a} attributions · ${totals.q} quotes`,
    '',
  );
  for (const a of analyses) {
    const text = texts?.get(a.path);
    const starts: number[] = [0];
    if (text) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    const pos = (o: number) => (text ? lineCol(o, starts) : String(o));

    out.push(`## ${mdCell(a.title ?? a.path)}`, '');
    out.push(
      `| path | language | date | outlet | byline |`,
      `|---|---|---|---|---|`,
      `| ${mdCell(a.path)} | ${a.language} | ${mdCell(a.date)} | ${mdCell(a.outlet)} | ${mdCell(a.byline)} |`,
      '',
    );
    for (const d of a.diagnostics) out.push(`> **${d.severity}** ${mdCell(d.message)}`, '');

    if (a.numbers.length) {
      // Who stands behind each figure: the attributions of its claim.
      const claimOf = new Map<number, number>();
      a.claims.forEach((c, ci) => c.numbers.forEach((n) => claimOf.set(n, ci)));
      out.push(`### Figures (${a.numbers.length})`, '', '| at | figure | value | unit | source | time |', '|---|---|---|---|---|---|');
      a.numbers.forEach((n, i) => {
        const ci = claimOf.get(i);
        const c = ci === undefined ? null : a.claims[ci];
        const src = c ? [...new Set(c.attributions.map((k) => a.attributions[k].actor))].join(', ') : '';
        out.push(
          `| ${pos(n.start)} | ${mdCell(n.text)} | ${mdCell(formatFigure(n))} | ${mdCell(n.unit)} | ${mdCell(src || 'unsourced')} | ${mdCell(c?.time ? (c.time.from === c.time.to ? c.time.from : `${c.time.from} … ${c.time.to}`) : null)} |`,
        );
      });
      out.push('');
    }
    if (a.attributions.length) {
      out.push(`### Attributions (${a.attributions.length})`, '', '| at | cue | source | actor | kind |', '|---|---|---|---|---|');
      for (const x of a.attributions) {
        out.push(`| ${pos(x.start)} | ${mdCell(x.cue)} | ${mdCell(x.source)} | ${mdCell(x.actor)} | ${x.kind} |`);
      }
      out.push('');
    }
    if (a.quotes.length) {
      out.push(`### Quotes (${a.quotes.length})`, '', '| at | speaker | quote |', '|---|---|---|');
      for (const q of a.quotes) {
        const inner = q.text.length > 160 ? q.text.slice(0, 157) + '…' : q.text;
        out.push(`| ${pos(q.start)} | ${mdCell(q.speaker ?? 'unknown')} | ${mdCell(inner)} |`);
      }
      out.push('');
    }
    if (a.claims.length) {
      out.push(`### Claims (${a.claims.length})`, '');
      for (const c of a.claims) {
        const who = [...new Set(c.attributions.map((k) => a.attributions[k].actor))].join(', ');
        const figs = c.numbers.map((k) => formatFigure(a.numbers[k]) + (a.numbers[k].unit ? ' ' + a.numbers[k].unit : '')).join('; ');
        const meta = [who && `source: ${who}`, figs && `figures: ${figs}`, c.time && `time: ${c.time.text}`].filter(Boolean).join(' · ');
        out.push(`- ${mdCell(c.text)}${meta ? `  \n  _${mdCell(meta)}_` : ''}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}
