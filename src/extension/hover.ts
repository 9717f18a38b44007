/**
 * Hover on a figure, attribution or quote: what it says (value and qualifier, who claims
 * it and when) and the other articles that report the claim, each a link that opens the
 * other article at the claim. Only our own `claimLens.openClaim` command is trusted.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/types';
import type { CrossRef } from '../core/xref/index';
import { ARTICLE_LANGUAGE } from './analysis';
import { describeFigure, escapeMarkdown as esc, isNamedActor, formatDate, qualifierWords, relationIcon, relationLabel, shorten } from './format';
import { claimOf, targetAt, type HoverTarget } from './lookup';
import { claimActors } from './panelModel';
import type { Services } from './services';

export const OPEN_CLAIM = 'claimLens.openClaim';

export function openClaimLink(label: string, uri: string, start: number, end: number, tooltip: string): string {
  const args = encodeURIComponent(JSON.stringify([uri, start, end]));
  return `[${label}](command:${OPEN_CLAIM}?${args} "${tooltip.replace(/["\\]/g, '')}")`;
}

const KIND_WORDS: Record<string, string> = {
  'according-to': 'according to',
  said: 'said by',
  'direct-quote': 'quoted from',
  reported: 'reported by',
};

export function hoverMarkdown(
  s: Services,
  uri: string,
  a: ArticleAnalysis,
  target: HoverTarget,
  refs: CrossRef[],
  maxRefs: number,
): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [OPEN_CLAIM] };
  const lang = a.language;
  const ci = claimOf(a, target.kind, target.index);
  const claim = ci >= 0 ? a.claims[ci] : undefined;
  const actors = ci >= 0 ? claimActors(a, ci) : [];
  const when = claim?.time ? formatDate(claim.time.from) : formatDate(a.date);
  const lines: string[] = [];

  if (target.kind === 'number') {
    const n = a.numbers[target.index];
    lines.push(`$(symbol-number) **${esc(describeFigure(n, lang))}** · ${qualifierWords(n.qualifier)}${n.kind !== 'count' ? ` · ${n.kind}` : ''}`);
    if (n.low !== null && n.high !== null && n.qualifier !== 'range') lines.push(`Range ${esc(describeFigure({ ...n, qualifier: 'range' }, lang))}`);
  } else if (target.kind === 'attribution') {
    const at = a.attributions[target.index];
    lines.push(`$(person) **${isNamedActor(at.actor) ? esc(at.actor) : 'Unnamed source'}** · ${KIND_WORDS[at.kind] ?? at.kind}`);
    lines.push(`*${esc(at.cue)}* ${esc(at.source)}`);
    if (claim?.numbers.length) lines.push(`Covers: ${claim.numbers.map((i) => `**${esc(describeFigure(a.numbers[i], lang))}**`).join(', ')}`);
  } else {
    const q = a.quotes[target.index];
    lines.push(`$(quote) **Quote**${isNamedActor(q.speaker) ? ` by **${esc(q.speaker)}**` : ' · speaker not named'}`);
    lines.push(`*${esc(shorten(q.text, 160))}*`);
  }
  const who = actors.length ? actors.map((x) => `**${esc(x)}**`).join(', ') : a.outlet ? `no named source (reported by ${esc(a.outlet)})` : 'no named source';
  lines.push(`Claimed by ${who}${when ? ` · ${esc(when)}` : ''}`);
  md.appendMarkdown(lines.join('  \n'));

  const others = new Set(refs.map((r) => r.path)).size;
  // One line per other claim: a claim linked twice (same figure and same statement) lists both relations.
  const merged = new Map<string, { ref: CrossRef; relations: string[] }>();
  for (const r of refs) {
    const k = r.path + '\u0000' + r.claimId;
    const m = merged.get(k);
    if (m) m.relations.push(relationLabel(r.relation));
    else merged.set(k, { ref: r, relations: [relationLabel(r.relation)] });
  }
  md.appendMarkdown('\n\n---\n\n');
  if (!refs.length) {
    const n = s.index.corpus.size;
    md.appendMarkdown(n > 1 ? `Not reported in the other ${n - 1} indexed articles.` : s.index.status.state === 'indexing' ? 'Indexing the workspace…' : 'No other articles indexed.');
    return md;
  }
  md.appendMarkdown(`**Also reported in ${others} article${others === 1 ? '' : 's'}**\n\n`);
  const sorted = [...merged.values()].sort((x, y) => (x.ref.date ?? '9999').localeCompare(y.ref.date ?? '9999') || y.ref.score - x.ref.score);
  for (const { ref: r, relations } of sorted.slice(0, maxRefs)) {
    const what = r.figure ? describeFigure(r.figure, lang) : shorten(r.text, 60);
    const src = [isNamedActor(r.actor) ? r.actor : null, r.outlet].filter(Boolean).join(' · ') || s.label(r.path);
    const label = esc(`${what} — ${src}${r.date ? ' · ' + formatDate(r.date) : ''}`);
    md.appendMarkdown(`- $(${relationIcon(r.relation)}) ${openClaimLink(label, r.path, r.start, r.end, `Open ${s.label(r.path)} at the claim`)} · *${relations.join(' · ')}*\n`);
  }
  if (sorted.length > maxRefs) md.appendMarkdown(`\n…and ${sorted.length - maxRefs} more: run **Claim Lens: Cross-Reference Claim at Cursor**.`);
  return md;
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider({ language: ARTICLE_LANGUAGE }, {
      async provideHover(doc, pos, token) {
        if (!services.config.current.hover.enabled) return undefined;
        const res = services.analyses.get(doc) ?? (await services.analyses.ensure(doc));
        if (!res || token.isCancellationRequested || res.version !== doc.version) return undefined;
        const a = res.analysis;
        const target = targetAt(a, doc.offsetAt(pos));
        if (!target) return undefined;
        const ci = claimOf(a, target.kind, target.index);
        const refs = ci >= 0 ? services.index.refs(res.uri, a.claims[ci].id) : [];
        const md = hoverMarkdown(services, res.uri, a, target, refs, services.config.current.hover.maxReferences);
        return new vscode.Hover(md, new vscode.Range(doc.positionAt(target.span.start), doc.positionAt(target.span.end)));
      },
    }),
  );
}
