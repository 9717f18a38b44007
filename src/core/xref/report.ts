/**
 * Cross-reference reports: the CLI's `claim-lens/xref@1` JSON and a Markdown
 * digest with one timeline table per figure topic.
 */

import type { CorpusIndex, Link, Relation } from './index';
import { timelines } from './timeline';

export interface XrefJson {
  schema: 'claim-lens/xref@1';
  claims: Array<{ id: string; path: string; start: number; end: number; text: string }>;
  links: Array<{ from: string; to: string; relation: Relation; score: number }>;
}

/**
 * The claims that appear in a link, and every cross-article link once. Claim ids are the
 * analysis' ids; where one id occurs in several articles (a copied sentence) it is made
 * unique as `id@path`.
 */
export function xrefJson(index: CorpusIndex, links: Link[] = index.allLinks()): XrefJson {
  const pathsById = new Map<string, Set<string>>();
  for (const path of index.paths()) {
    for (const c of index.get(path)?.claims ?? []) {
      let s = pathsById.get(c.id);
      if (!s) pathsById.set(c.id, (s = new Set()));
      s.add(path);
    }
  }
  const outId = (path: string, id: string) => ((pathsById.get(id)?.size ?? 0) > 1 ? `${id}@${path}` : id);
  const claims = new Map<string, { id: string; path: string; start: number; end: number; text: string }>();
  const addClaim = (path: string, id: string): string => {
    const oid = outId(path, id);
    if (!claims.has(oid)) {
      const c = index.claim(path, id);
      if (c) claims.set(oid, { id: oid, path, start: c.start, end: c.end, text: c.text });
    }
    return oid;
  };
  const outLinks: XrefJson['links'] = [];
  const seen = new Set<string>();
  for (const l of links) {
    const from = addClaim(l.from.path, l.from.claimId);
    const to = addClaim(l.to.path, l.to.claimId);
    const k = from + '\u0000' + to + '\u0000' + l.relation;
    if (seen.has(k)) continue;
    seen.add(k);
    outLinks.push({ from, to, relation: l.relation, score: l.score });
  }
  const sorted = Array.from(claims.values()).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
  return { schema: 'claim-lens/xref@1', claims: sorted, links: outLinks };
}

function cell(s: string | null | undefined): string {
  return (s ?? '–').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || '–';
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('de-DE') : String(v);
}

/** Markdown: per figure topic, a timeline table (date, outlet, source, figure, relation); then statements and reuse. */
export function xrefMarkdown(index: CorpusIndex, links: Link[] = index.allLinks()): string {
  const lines: string[] = ['# Claim Lens cross-references', ''];
  const tls = timelines(index, links);
  const counts = new Map<Relation, number>();
  for (const l of links) counts.set(l.relation, (counts.get(l.relation) ?? 0) + 1);
  lines.push(
    `${index.size} articles · ${links.length} links (` +
      (['same-figure', 'different-figure', 'same-statement', 'text-reuse'] as Relation[])
        .map((r) => `${r}: ${counts.get(r) ?? 0}`)
        .join(', ') +
      ')',
    '',
  );
  if (tls.length > 0) lines.push('## Figures across articles', '');
  tls.forEach((t, i) => {
    const values = Array.from(new Set(t.entries.map((e) => formatValue(e.value))));
    const unit = commonestUnit(t.entries) ?? t.unitKey;
    lines.push(`### ${i + 1}. ${unit}: ${values.join(' → ')} (${t.articles} articles)`, '');
    lines.push('| date | outlet | source | figure | relation | article |', '| --- | --- | --- | --- | --- | --- |');
    for (const e of t.entries) {
      lines.push(
        `| ${cell(e.date)} | ${cell(e.outlet)} | ${cell(e.actor)} | ${cell(e.text)} | ${e.relation === 'first' ? '–' : e.relation} | ${cell(e.path)} |`,
      );
    }
    lines.push('');
  });
  const others = links.filter((l) => l.relation === 'same-statement' || l.relation === 'text-reuse');
  if (others.length > 0) {
    lines.push('## Statements and reused text', '', '| relation | score | claim | other claim |', '| --- | --- | --- | --- |');
    for (const l of others) {
      const a = index.claim(l.from.path, l.from.claimId);
      const b = index.claim(l.to.path, l.to.claimId);
      const short = (s: string | undefined) => cell(s && s.length > 120 ? s.slice(0, 117) + '…' : s);
      lines.push(`| ${l.relation} | ${l.score.toFixed(2)} | ${cell(l.from.path)}: ${short(a?.text)} | ${cell(l.to.path)}: ${short(b?.text)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The counted noun most entries of a timeline use ("Soldaten" over the one "Mann"); the first on a tie. */
function commonestUnit(entries: ReadonlyArray<{ unit: string | null }>): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const e of entries) {
    if (!e.unit) continue;
    const n = (counts.get(e.unit) ?? 0) + 1;
    counts.set(e.unit, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = e.unit;
  }
  return best;
}
