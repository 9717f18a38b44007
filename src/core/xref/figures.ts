/**
 * What a claim says about each of its figures, for cross-referencing: the
 * figure's own time (the time expression nearest to it in the claim), the
 * counted noun's head and modifiers, the day or part of day it is anchored to,
 * and whether it is a running total or a rate. Pure and linear in the claim.
 */

import type { Lang } from '../types';
import { findTimeExpressions } from '../time';
import { contentTerms, stem } from './terms';

/** The slice of a claim that belongs to one figure: from the end of the figure before it to the start of the one after. */
export interface Segment {
  from: number;
  to: number;
}

/** Segments of figures given as claim-relative [start, end) spans in text order (or any order: sorted here). */
export function segments(spans: ReadonlyArray<{ start: number; end: number }>, claimLength: number): Segment[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  const out: Segment[] = new Array<Segment>(spans.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const prev = k > 0 ? spans[order[k - 1]].end : 0;
    const next = k + 1 < order.length ? spans[order[k + 1]].start : claimLength;
    out[i] = { from: Math.min(prev, spans[i].start), to: Math.max(next, spans[i].end) };
  }
  return out;
}

/** Words that name a time without being resolvable alone ("zu Beginn dieses Jahres" in an undated article). */
const TIMEISH_RE =
  /\b(?:jahr(?:es|e|en)?|monat(?:s|e|en)?|woche(?:n)?|beginn|anfang|mitte|ende|herbst|frühjahr|frühling|sommer|winter|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|year|month|week|beginning|autumn|spring|summer|january|february|march|june|july|october|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * The time of each figure of a claim with two or more figures: the resolved time expression
 * nearest to the figure inside its segment ("11.000 im Herbst 2024, 3.000 weitere zu Beginn dieses
 * Jahres"); with none there, the claim's time when that stands before the first figure and the
 * segment names no other time, else null (unknown: the article date serves). One figure: the claim time.
 */
export function figureTimes(
  claimText: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
  articleDate: string | null,
  claimTime: string | null,
): Array<string | null> {
  if (spans.length <= 1) return spans.map(() => claimTime);
  const exprs = findTimeExpressions(claimText, articleDate);
  if (exprs.length === 0) return spans.map(() => claimTime);
  const segs = segments(spans, claimText.length);
  let first = Infinity;
  for (const s of spans) first = Math.min(first, s.start);
  const leading = exprs[0].end <= first ? exprs[0].from : null;
  return spans.map((s, i) => {
    const seg = segs[i];
    let best: number = -1;
    let bestD = Infinity;
    exprs.forEach((x, k) => {
      if (x.start < seg.from || x.end > seg.to) return;
      const d = x.start >= s.end ? x.start - s.end : x.end <= s.start ? s.start - x.end : 0;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    });
    // The claim's first time expression is the claim's time: keep the analyser's reading of it.
    if (best === 0) return claimTime ?? exprs[0].from;
    if (best > 0) return exprs[best].from;
    if (leading === null) return claimTime;
    // The sentence opens with a time; the figure's own stretch names another (unresolved) time.
    const own = claimText.slice(Math.max(seg.from, s.end), seg.to);
    return TIMEISH_RE.test(own) ? null : leading;
  });
}

// --- anchors, running totals, rates ------------------------------------------------------

const DAY_ANCHOR_RE =
  /\b(?:(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(abend|morgen|nachmittag|vormittag|mittag|nacht|früh|evening|morning|afternoon|night)?|(\d{1,2})\.?\s+(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december)|(abend|morgen|nachmittag|vormittag|nacht|früh|abendstunden|morgenstunden|mittagsstunden|evening|morning|afternoon|overnight)|(\d{1,2})[.:](\d{2})\s*uhr)\b/gi;

const WD_KEY: Record<string, string> = {
  montag: 'mon', dienstag: 'tue', mittwoch: 'wed', donnerstag: 'thu', freitag: 'fri', samstag: 'sat', sonnabend: 'sat', sonntag: 'sun',
  monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri', saturday: 'sat', sunday: 'sun',
};
const PART_KEY: Record<string, string> = {
  abend: 'eve', abendstunden: 'eve', evening: 'eve', morgen: 'morn', morgenstunden: 'morn', morning: 'morn', früh: 'morn',
  vormittag: 'morn', nachmittag: 'aft', afternoon: 'aft', mittag: 'noon', mittagsstunden: 'noon', nacht: 'night', night: 'night', overnight: 'night',
};
const MONTH_KEY: Record<string, number> = {
  januar: 1, jänner: 1, january: 1, februar: 2, february: 2, märz: 3, march: 3, april: 4, mai: 5, may: 5, juni: 6, june: 6,
  juli: 7, july: 7, august: 8, september: 9, oktober: 10, october: 10, november: 11, dezember: 12, december: 12,
};

/**
 * The day or part of day a stretch of a claim is anchored to ("am Sonntagabend", "am 13. November",
 * "bis in die Abendstunden", "gegen 20.00 Uhr"), as keys; empty when it names none. "morgen" alone
 * is read as a part of day only after "am"/"heute" (else it is "tomorrow", which anchors nothing).
 */
export function dayAnchors(text: string): string[] {
  const out: string[] = [];
  DAY_ANCHOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DAY_ANCHOR_RE.exec(text)) !== null) {
    if (m[1]) {
      const wd = WD_KEY[m[1].toLowerCase()];
      out.push(m[2] ? wd + '-' + PART_KEY[m[2].toLowerCase()] : wd);
    } else if (m[3]) {
      out.push(`d${MONTH_KEY[m[4].toLowerCase()]}-${Number(m[3])}`);
    } else if (m[5]) {
      const w = m[5].toLowerCase();
      if (w === 'morgen' && !/\b(?:am|heute)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      out.push(PART_KEY[w]);
    } else if (m[6]) {
      out.push(`h${Number(m[6])}`);
    }
  }
  return out;
}

const MONTH_RE =
  /(?<![\p{L}])(Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)(?![\p{L}])(?:\s+((?:19|20)\d\d)(?!\d))?/gu;
const MONTH_NUM: Record<string, number> = {
  Januar: 1, Jänner: 1, January: 1, Februar: 2, Feber: 2, February: 2, März: 3, March: 3, April: 4, Mai: 5, May: 5,
  Juni: 6, June: 6, Juli: 7, July: 7, August: 8, September: 9, Oktober: 10, October: 10, November: 11, Dezember: 12, December: 12,
};

/**
 * The months a stretch of a claim names ("am 13. November", "seit April 2015", "Mitte Jänner"), as
 * "11" or "4@2015" with the year when one follows. Month names only when capitalised; English "May"
 * only after a day, "in", "on", "of" or "since" (else it is a name or the verb).
 */
export function monthAnchors(text: string): string[] {
  const out: string[] = [];
  MONTH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONTH_RE.exec(text)) !== null) {
    if (m[1] === 'May' && !/(?:\d\.?|\b(?:in|on|of|since|early|late|mid-?))\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const n = MONTH_NUM[m[1]];
    out.push(m[2] ? `${n}@${m[2]}` : String(n));
  }
  return out;
}

/** Two figures' stretches name a common month (and, where both give its year, the same year). */
export function monthsAgree(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) {
    const [mx, yx] = x.split('@');
    for (const y of b) {
      const [my, yy] = y.split('@');
      if (mx === my && (yx === undefined || yy === undefined || yx === yy)) return true;
    }
  }
  return false;
}

/**
 * Significant digits of a value as written in full (37.500 → 3, 88.175 → 5, 1.000 → 1, 1,7 Milliarden
 * → 2): how specific a number is. Two reports with the same specific number rarely count different things.
 */
export function significantDigits(v: number): number {
  const s = Math.abs(v).toPrecision(15).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, s.length);
}

/** A running total: a later, different value is an update of the same count. */
const CUMULATIVE_RE =
  /\b(?:insgesamt|bisher|bislang|mittlerweile|inzwischen|seither|seit|gesamtzahl|zahl\s+der|zahl\s+des|stieg|steigt|gestiegen|erhöhte|kletterte|total|so\s+far|in\s+all|altogether|since|rose|risen|climbed|toll)\b/i;
/**
 * A rate: a count per day or year is another quantity than a count. "Daily"/"Weekly" before a
 * capitalised word is a name ("Hürriyet Daily News"), not a rate; case is kept so that names stay names.
 */
const RATE_RE =
  /\b(?:[tT]äglich|[tT]ägliche[nm]?|[pP]ro\s+[tT]ag|am\s+[tT]ag|je\s+[tT]ag|pro\s+[wW]oche|[wW]öchentlich|pro\s+[mM]onat|[mM]onatlich|pro\s+[jJ]ahr|[jJ]ährlich|im\s+[jJ]ahr|[dD]aily(?!\s+[A-Z])|per\s+day|a\s+day|each\s+day|per\s+week|[wW]eekly(?!\s+[A-Z])|a\s+week|per\s+month|[mM]onthly(?!\s+[A-Z])|a\s+month|per\s+year|a\s+year|annually|yearly)\b/;

/**
 * People arriving, crossing or waiting: a count of one moment or one day ("am Sonntag kamen 2.100
 * Menschen", "in Šentilj warteten 3.500"), not a fixed quantity that sources report differently. Being
 * somewhere ("an Bord befanden sich 77") and expecting ("Ökonomen hatten 0,5 Prozent erwartet") are not.
 */
const SNAPSHOT_RE =
  /\b(?:kam(?:en)?|angekommen|ankommen|ankamen|eingetroffen|eintrafen|trafen|eingereist|einreisten|reisten|weitergereist|überquerten|überquert|passierten|warteten|warten|wartet|registriert|gezählt|arrived|arriving|crossed|waiting|waited|stranded)\b/;

/** Whether a figure's stretch of its claim counts people arriving, crossing or waiting (SNAPSHOT_RE). */
export function isSnapshot(text: string): boolean {
  return SNAPSHOT_RE.test(text);
}

export function isCumulative(text: string): boolean {
  return CUMULATIVE_RE.test(text);
}

export function isRate(text: string): boolean {
  return RATE_RE.test(text);
}

// --- the counted noun --------------------------------------------------------------------

/** Words of a figure's text that qualify the number, not the counted thing. */
const NUMBER_WORDS = new Set(
  `etwa rund ungefähr ca circa mehr als über mindestens wenigstens knapp fast beinahe gut an die bis zu höchstens weniger unter
   zwischen und von weitere weiteren weiterer zusätzliche zusätzlichen neue neuen insgesamt gesamt allein nur noch bereits schon
   about around approximately roughly nearly almost over more than at least up to fewer less under between and some another
   further additional new total only just`.split(/\s+/),
);

export interface CountedNoun {
  /** Stem of the noun's head ("PKK-Kämpfer" → kampf), or null without a unit. */
  head: string | null;
  /** Stems of what qualifies it: adjectives in the figure ("nordkoreanische"), compound parts ("PKK"). */
  mods: string[];
}

export function countedNoun(figText: string, unit: string | null, lang: Lang): CountedNoun {
  if (!unit) return { head: null, mods: [] };
  const unitLower = unit.toLowerCase();
  const parts = unitLower.split(/[-\s]+/).filter((p) => p.length > 0);
  const headWord = parts[parts.length - 1] ?? unitLower;
  const head = stem(headWord, lang);
  const mods: string[] = [];
  for (let i = 0; i + 1 < parts.length; i++) for (const t of contentTerms(parts[i], lang)) mods.push(t);
  const unitAt = figText.toLowerCase().lastIndexOf(unitLower);
  const before = unitAt > 0 ? figText.slice(0, unitAt) : '';
  for (const w of before.toLowerCase().split(/[^\p{L}]+/u)) {
    if (w.length < 3 || NUMBER_WORDS.has(w)) continue;
    for (const t of contentTerms(w, lang)) mods.push(t);
  }
  return { head, mods };
}

/** Heads name the same thing: equal stems, or one a compound of the other ("soldat" / "bundeswehrsoldat"). */
export function headsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.endsWith(s);
}

/** Both figures qualify the noun, and with nothing in common ("russische" vs "ukrainische" Soldaten). */
export function modsConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) for (const y of b) if (x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5))) return false;
  return true;
}

// --- what is counted, across wordings --------------------------------------------------------

/**
 * Counted nouns that name one kind of thing in news reports, by the unit key of the figures
 * recogniser (lemma-ish, umlauts folded): people who fled or ask for asylum, troops; the dead and
 * the injured are people with an outcome. A key not listed is its own class.
 */
const CLASS_OF_KEY: Record<string, string> = {};
const cls = (c: string, keys: string) => {
  for (const k of keys.split(/\s+/)) if (k) CLASS_OF_KEY[k] = c;
};
cls('refugee', `fluchtling asylwerb asylbewerb asylsuch asylsuchend asylantrag erstantrag schutzsuch schutzsuchend migrant
  migrantin refuge refugee asylum-seek asylum-seeker`);
// "12.000 Mann" is the strength of a force ("Männer", key mann, stays men).
cls('soldier', 'soldat truppe soldier troop fighter man');
cls('person', 'person mensch leut leute people individual');
/** Keys that are people with an outcome. */
const OUTCOME_OF_KEY: Record<string, string> = {
  tote: 'dead', tot: 'dead', todesopf: 'dead', todesopfer: 'dead', leich: 'dead', dead: 'dead', death: 'dead', fatality: 'dead',
  verletzte: 'injured', verletzt: 'injured', schwerverletzt: 'injured', injured: 'injured', wounded: 'injured',
  vermisst: 'missing', vermisste: 'missing',
};

/**
 * The class of thing a figure counts: the unit key's class ("Asylwerber", "Erstanträge",
 * "Flüchtlinge" → refugee), with the outcome for people ("130 Toten", "130 Menschen getötet" →
 * person:dead). Money, shares and measures keep their unit key. Null without a unit.
 */
export function quantityClass(unitKey: string | null, kind: string, outcome: string | null): string | null {
  if (unitKey === null) return null;
  if (kind !== 'count') return unitKey;
  const implied = OUTCOME_OF_KEY[unitKey];
  if (implied) return 'person:' + implied;
  let c = CLASS_OF_KEY[unitKey];
  if (c === undefined) {
    // Compounds of a classed noun ("Kriegsflüchtlinge", "Bundeswehrsoldaten", "Zivilpersonen").
    for (const k of ['fluchtling', 'asylwerb', 'asylbewerb', 'asylantrag', 'migrant', 'soldat', 'person', 'todesopf']) {
      if (unitKey.length > k.length + 2 && unitKey.endsWith(k)) {
        c = OUTCOME_OF_KEY[k] ? 'person:' + OUTCOME_OF_KEY[k] : CLASS_OF_KEY[k];
        break;
      }
    }
  }
  if (c === undefined) return unitKey;
  if (c === 'person' && outcome) return 'person:' + outcome;
  return c;
}

/**
 * How well two classes name one quantity: 2 the same class, 1 people with and without an
 * outcome ("130 Menschen" beside an outcome word elsewhere) or a compound and its head, 0 otherwise.
 */
export function classAffinity(a: string, b: string): number {
  if (a === b) return 2;
  const pa = a.startsWith('person');
  const pb = b.startsWith('person');
  if (pa && pb && (a === 'person' || b === 'person')) return 1;
  // A compound and its head noun name one thing ("Tatverdächtige" / "Verdächtige", "Grenzpolizisten" / "Polizisten").
  if (pa || pb || a.length < COMPOUND_HEAD_MIN || b.length < COMPOUND_HEAD_MIN) return 0;
  return a.endsWith(b) || b.endsWith(a) ? 1 : 0;
}

/** Shortest class read as the head of a compound class (shorter ones, "rat", "amt", end too many words). */
export const COMPOUND_HEAD_MIN = 6;

/**
 * People counted by what happened to them under another noun: "190 Menschen getötet" and "260
 * PKK-Kämpfer getötet", "300 Menschen verletzt" and "400 weitere (Kämpfer) verletzt". 1 when one figure
 * counts people (person classes) and the other any noun, both with the same outcome; 0 otherwise (two
 * other nouns with one outcome, "Palästinenser"/"Israelis getötet", are two groups).
 */
export function outcomeAffinity(qa: string, oa: string | null, qb: string, ob: string | null): number {
  if (oa === null || oa !== ob) return 0;
  return qa.startsWith('person') !== qb.startsWith('person') ? 1 : 0;
}

/**
 * Counted nouns left out ("11.000 Soldaten im Herbst, 3.000 weitere im Jänner", "90.000 Asylwerber
 * im Vorjahr, heuer 37.500"): a count without a unit takes the unit of the nearest figure before it
 * in the same claim, when that one is a count (or money for a bare scale word, "1,7 Milliarden").
 * Returns, per figure, the index of the figure whose unit it takes, or -1.
 */
export function elidedUnitSources(
  figs: ReadonlyArray<{ start: number; unitKey: string | null; kind: string; text: string }>,
): number[] {
  const order = figs.map((_, i) => i).sort((a, b) => figs[a].start - figs[b].start);
  const out = figs.map(() => -1);
  let last = -1;
  for (const i of order) {
    const f = figs[i];
    if (f.unitKey === null && f.kind === 'count' && last >= 0) {
      const g = figs[last];
      if (g.kind === 'count' || (g.kind === 'money' && SCALE_ONLY_RE.test(f.text))) out[i] = last;
    }
    if (f.unitKey !== null && (f.kind === 'count' || f.kind === 'money')) last = i;
  }
  return out;
}

const SCALE_ONLY_RE = /(?:millionen?|milliarden?|mio\.?|mrd\.?|million|billion)\s*$/i;

/** Whether a figure's text is a bare number (or number with a scale word), no counted noun. */
export function isBare(text: string): boolean {
  return !/[\p{L}]{3,}\s*$/u.test(text) || SCALE_ONLY_RE.test(text);
}

const WIN_WORD_RE = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * The words around a figure, without the figure itself: up to `width` words either side of
 * [start, end) inside [from, to) (the figure's segment of its claim).
 */
export function figureWindow(text: string, start: number, end: number, from: number, to: number, width: number): string {
  // Words before: scan the stretch before the figure and keep the last `width`.
  const before = text.slice(from, start);
  const starts: number[] = [];
  WIN_WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WIN_WORD_RE.exec(before)) !== null) starts.push(m.index);
  const b0 = starts.length > width ? starts[starts.length - width] : 0;
  const after = text.slice(end, to);
  WIN_WORD_RE.lastIndex = 0;
  let n = 0;
  let a1 = after.length;
  while ((m = WIN_WORD_RE.exec(after)) !== null) {
    if (++n > width) {
      a1 = m.index;
      break;
    }
  }
  return before.slice(b0) + ' … ' + after.slice(0, a1);
}

/**
 * Words that say what is counted or what happened to it ("Menschen", "getötet", "Toten"): every
 * report of a death toll has them, so they are no evidence of one story (the class carries them).
 */
const COUNTING_WORDS_RE =
  /^(?:mensch|menschen|person|personen|leut|leute|tot|tote|toten|getotet|getötet|starb|starben|gestorb|gestorben|todesopf|todesopfer|opf|opfer|gefall|gefallen|leb|leben|verletzt|verletzte|verletzten|verwundet|people|person|kill|killed|dead|die|died|death|injur|injured|wound|wounded)$/;

export function isCountingWord(stemmed: string): boolean {
  return COUNTING_WORDS_RE.test(stemmed);
}
