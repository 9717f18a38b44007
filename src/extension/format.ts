/** Pure presentation helpers shared by hovers, decorations, quick picks, the panel and exports (no vscode). */
import { QUALIFIER_GLYPH } from '../core/report';
import type { Qualifier } from '../core/types';
import type { Relation } from '../webview/protocol';


const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: 'exact',
  approx: 'approximately',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'less-than': 'less than',
  range: 'range',
};

export function qualifierGlyph(q: Qualifier): string {
  return QUALIFIER_GLYPH[q] ?? '';
}

export function qualifierWords(q: Qualifier): string {
  return QUALIFIER_WORDS[q] ?? q;
}

const RELATION_LABEL: Record<Relation, string> = {
  'same-figure': 'Same figure',
  'different-figure': 'Different figure',
  'same-statement': 'Same statement',
  'text-reuse': 'Text reuse',
};

export function relationLabel(r: Relation): string {
  return RELATION_LABEL[r] ?? r;
}

/** Codicon for a relation (quick picks, hovers). */
export function relationIcon(r: Relation): string {
  switch (r) {
    case 'same-figure':
      return 'pass';
    case 'different-figure':
      return 'diff';
    case 'same-statement':
      return 'quote';
    default:
      return 'copy';
  }
}

/** A value as a reader of that language writes it: 14000 → "14.000" (de) / "14,000" (en); 1.5 → "1,5" / "1.5". */
export function formatNumber(value: number, lang: 'de' | 'en' = 'de'): string {
  if (!Number.isFinite(value)) return String(value);
  const neg = value < 0;
  const abs = Math.abs(value);
  const rounded = Math.round(abs * 100) / 100;
  const [int, frac] = rounded.toString().split('.');
  const group = lang === 'de' ? '.' : ',';
  const dec = lang === 'de' ? ',' : '.';
  let grouped = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += group;
    grouped += int[i];
  }
  return (neg ? '−' : '') + grouped + (frac ? dec + frac : '');
}

/** Short form of a big value for chart axes: 14000 → "14k", 2500000 → "2.5M". */
export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  const f = (n: number) => (Math.round(n * 10) / 10).toString();
  if (abs >= 1e9) return f(value / 1e9) + 'B';
  if (abs >= 1e6) return f(value / 1e6) + 'M';
  if (abs >= 1e4) return f(value / 1e3) + 'k';
  return f(value);
}

export interface FigureLike {
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string | null;
}

/** "≈ 14.000 Soldaten", "10.000–12.000 Soldaten", "> 3.000". */
export function describeFigure(f: FigureLike, lang: 'de' | 'en' = 'de'): string {
  const unit = f.unit ? ' ' + f.unit : '';
  if (f.qualifier === 'range' || (f.low !== null && f.high !== null && f.low !== f.high)) {
    const lo = f.low ?? f.value;
    const hi = f.high ?? f.value;
    return `${formatNumber(lo, lang)}–${formatNumber(hi, lang)}${unit}`;
  }
  const g = qualifierGlyph(f.qualifier);
  return `${g ? g + ' ' : ''}${formatNumber(f.value, lang)}${unit}`;
}

export interface RefCounts {
  total: number;
  conflicts: number;
  articles: number;
}

/** Counts for a claim's badge from its cross-references (conflicts = different-figure links). */
export function countRefs(refs: ReadonlyArray<{ relation: Relation; path: string }>): RefCounts {
  let conflicts = 0;
  const articles = new Set<string>();
  for (const r of refs) {
    if (r.relation === 'different-figure') conflicts++;
    articles.add(r.path);
  }
  return { total: refs.length, conflicts, articles: articles.size };
}

/** End-of-claim badge: "⇄ 3", "⇄ 3 · ≠ 2"; empty when there is nothing to say. */
export function badgeText(c: RefCounts): string {
  if (c.total === 0) return '';
  return c.conflicts > 0 ? `⇄ ${c.total} · ≠ ${c.conflicts}` : `⇄ ${c.total}`;
}

/** Whether an attribution's resolved actor names someone ("unknown" is core's placeholder for "es hieß"). */
export function isNamedActor(actor: string | null | undefined): actor is string {
  return !!actor && actor.trim() !== '' && actor !== 'unknown';
}

/** Stable palette slot (1…n) for an actor, the same in every article and session (FNV-1a of the folded name). */
export function actorSlot(actor: string, n = 8): number {
  const key = actor
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % n) + 1;
}

/** Escapes text for a MarkdownString so article text can never become a link, image, HTML or command. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~&"']/g, (c) => '\\' + c).replace(/\r?\n/g, ' ');
}

/** Shortens to at most `max` characters on a word boundary, with an ellipsis. */
export function shorten(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:–-]+$/, '') + '…';
}

/** "2024-10-23" → "23 Oct 2024"; partial dates stay readable ("Oct 2024", "2024"). */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const mon = m[2] ? months[Number(m[2]) - 1] : undefined;
  if (!mon) return m[1];
  return m[3] ? `${Number(m[3])} ${mon} ${m[1]}` : `${mon} ${m[1]}`;
}

/** Sort key for ISO (possibly partial) dates; undated last. */
export function dateKey(iso: string | null): string {
  return iso ?? '9999';
}
