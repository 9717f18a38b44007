/**
 * Claims: sentence-level units that carry a figure, an attribution (its cue,
 * or a sentence inside its scope) or a quote, with their time expression and
 * topic terms. Ids are stable across runs for unchanged text.
 */
import { contentTerms } from './terms';
import type { Attribution, Claim, NumberMention, Quote, Span, TimeExpression } from './types';

export interface ClaimInputs {
  text: string;
  path: string;
  sentences: Span[];
  numbers: NumberMention[];
  attributions: Attribution[];
  quotes: Quote[];
  /** The article's time expressions in text order (empty when claims get no details). */
  times: TimeExpression[];
  /**
   * Whether to give claims their time and topic terms (default true). `claim-lens analyze --format json` leaves
   * them out: its contract has neither, and finding them is a tenth of the analysis.
   */
  details?: boolean;
}

/** Lower case of the UTF-16 units below U+0250 (Latin letters with accents), as the first unit of `toLowerCase()`. */
const LOWER = new Uint16Array(0x250);
for (let c = 0; c < 0x250; c++) LOWER[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);

/**
 * Hash of the sentence with white space runs folded and letters lower-cased,
 * in one pass without building the normalised string (cyrb53 over the
 * normalised character stream). The same text gives the same id whatever its
 * line breaks.
 */
function sentenceHash(text: string, start: number, end: number, seed: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (ch: number) => {
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  };
  for (let i = 0; i < seed.length; i++) mix(seed.charCodeAt(i));
  mix(0);
  let space = false;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2028 || c === 0x2029) {
      space = true;
      continue;
    }
    if (space) {
      mix(32);
      space = false;
    }
    if (c < 0x250) c = LOWER[c];
    mix(c);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Walks sentences and the (sorted) mentions together, so the whole pass is
 * linear in the number of sentences plus mentions.
 */
export function buildClaims(inp: ClaimInputs): Claim[] {
  const { text, sentences, numbers, attributions, quotes, times } = inp;
  const details = inp.details !== false;
  let ti = 0;
  const claims: Claim[] = [];
  const occurrences = new Map<string, number>();
  let ni = 0;
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
    const h = sentenceHash(text, s.start, s.end, inp.path);
    const occ = occurrences.get(h) ?? 0;
    occurrences.set(h, occ + 1);
    const claim = {
      // Stable for unchanged text: the path, the normalised sentence, and which occurrence of it this is.
      id: 'c' + (occ === 0 ? h : `${h}-${occ}`),
      start: s.start,
      end: s.end,
      text: sentence,
      numbers: nums,
      attributions: atts,
      quotes: qs,
      time,
      terms: details ? contentTerms(sentence) : [],
    };
    claims.push(claim);
  }
  return claims;
}
