/**
 * Claims: sentence-level units that carry a figure, an attribution (its cue,
 * or a sentence inside its scope) or a quote, with their time expression and
 * topic terms. Ids are stable across runs for unchanged text.
 */
import { contentTerms } from './terms';
import { hash53 } from './text';
import type { Attribution, Claim, NumberMention, Quote, Span, TimeExpression } from './types';

export interface ClaimInputs {
  text: string;
  path: string;
  sentences: Span[];
  numbers: NumberMention[];
  attributions: Attribution[];
  quotes: Quote[];
  times: TimeExpression[];
}

function normaliseForId(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Walks sentences and the (sorted) mentions together, so the whole pass is
 * linear in the number of sentences plus mentions.
 */
export function buildClaims(inp: ClaimInputs): Claim[] {
  const { text, sentences, numbers, attributions, quotes, times } = inp;
  const claims: Claim[] = [];
  const occurrences = new Map<string, number>();
  let ni = 0;
  let ti = 0;
  let qi = 0;
  // Attributions sorted by scope start for the scope sweep; their cue spans sorted by start.
  const byScope = attributions.map((a, i) => i).sort((a, b) => attributions[a].scopeStart - attributions[b].scopeStart);
  let si = 0;
  const active: number[] = [];

  for (const s of sentences) {
    const nums: number[] = [];
    while (ni < numbers.length && numbers[ni].start < s.start) ni++;
    for (let k = ni; k < numbers.length && numbers[k].start < s.end; k++) nums.push(k);

    // Attributions whose own span or scope touches this sentence.
    while (si < byScope.length && attributions[byScope[si]].scopeStart < s.end) active.push(byScope[si++]);
    const atts: number[] = [];
    for (let k = active.length - 1; k >= 0; k--) {
      const a = attributions[active[k]];
      const scopeEnd = Math.max(a.scopeEnd, a.end);
      if (scopeEnd <= s.start) {
        active.splice(k, 1);
        continue;
      }
      const touches =
        (a.start < s.end && a.end > s.start) || (a.scopeStart < s.end && a.scopeEnd > s.start);
      if (touches) atts.push(active[k]);
    }
    atts.sort((a, b) => a - b);

    while (qi < quotes.length && quotes[qi].end <= s.start) qi++;
    const qs: number[] = [];
    for (let k = qi; k < quotes.length && quotes[k].start < s.end; k++) {
      if (quotes[k].end > s.start) qs.push(k);
    }

    while (ti < times.length && times[ti].start < s.start) ti++;
    const time = ti < times.length && times[ti].start < s.end ? times[ti] : null;

    if (nums.length === 0 && atts.length === 0 && qs.length === 0) continue;
    const sentence = text.slice(s.start, s.end);
    const norm = normaliseForId(sentence);
    const occ = occurrences.get(norm) ?? 0;
    occurrences.set(norm, occ + 1);
    claims.push({
      id: 'c' + hash53(`${inp.path}\u0000${norm}\u0000${occ}`),
      start: s.start,
      end: s.end,
      text: sentence,
      numbers: nums,
      attributions: atts,
      quotes: qs,
      time,
      terms: contentTerms(sentence),
    });
  }
  return claims;
}
