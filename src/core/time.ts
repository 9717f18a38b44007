/**
 * Time expressions in German and English news, resolved against the article
 * date to an interval of ISO dates: "am Mittwoch", "im Herbst 2024",
 * "Anfang August vergangenen Jahres", "zu Beginn dieses Jahres",
 * "zwischen Anfang und Mitte Oktober", "last week", "in mid-October".
 *
 * One precompiled regex pass over the text; resolution is local.
 */
import { addDays, daysInMonth, iso, MONTH_RE, MONTHS, parseIsoPartial, type YMD, weekday } from './dates';
import type { TimeExpression } from './types';

const WEEKDAYS: Record<string, number> = {
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const WD_RE = Object.keys(WEEKDAYS).join('|');

const SEASONS: Record<string, [number, number]> = {
  frühjahr: [3, 5], frühling: [3, 5], sommer: [6, 8], herbst: [9, 11], winter: [12, 2],
  spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11],
};
const SEASON_RE = Object.keys(SEASONS).join('|');

// Year modifiers: explicit year or relative ("vergangenen Jahres", "dieses Jahres", "of last year", "2024").
// Named groups get a suffix per use: Node 20 does not allow duplicate group names across alternatives.
const YEAR_MOD = (k: number) =>
  String.raw`(?:\s+(?:des\s+Jahres\s+|of\s+)?(?<year${k}>\d{4})|\s+(?:des\s+)?(?<rel${k}>vergangenen|letzten|vorigen|dieses|diesen|laufenden|kommenden|nächsten|nachsten)\s+Jahres|\s+(?:of\s+)?(?<relEn${k}>last|this|next)\s+year)?`;

const PART = String.raw`(?<part>Anfang|Mitte|Ende|early|mid|late|Beginning|end\s+of|start\s+of)`;

const PATTERNS: string[] = [
  // zwischen Anfang und Mitte Oktober
  String.raw`\bzwischen\s+(?<p1>Anfang|Mitte|Ende)\s+und\s+(?<p2>Anfang|Mitte|Ende)\s+(?<bmonth>${MONTH_RE})${YEAR_MOD(1)}`,
  // 28. April 2025 / am 3. Oktober / 3 October 2024
  String.raw`\b(?<day>\d{1,2})\.?\s+(?<dmonth>${MONTH_RE})\b\.?(?:,?\s+(?<dyear>\d{4}))?`,
  // October 3, 2024
  String.raw`\b(?<emonth>${MONTH_RE})\s+(?<eday>\d{1,2})(?:st|nd|rd|th)?\b(?:,\s+(?<eyear>\d{4}))?`,
  // 23.10.2024
  String.raw`\b(?<nd>\d{1,2})\.(?<nm>\d{1,2})\.(?<ny>\d{4}|\d{2})\b`,
  // 2024-10-23
  String.raw`\b(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})\b`,
  // Anfang August vergangenen Jahres / im Oktober / mid-October 2024
  String.raw`\b(?:(?:${PART})(?:-|\s+)(?:(?:of|des)\s+)?)?(?:(?<prep>im|in|seit|bis|ab|since|until|by)\s+)?(?<month>${MONTH_RE})\b${YEAR_MOD(2)}`,
  // im Herbst 2024 / in the autumn of 2024
  String.raw`\b(?:(?:im|in\s+the|this|last|since|seit\s+dem)\s+)?(?<season>${SEASON_RE})${YEAR_MOD(3)}`,
  // zu Beginn dieses Jahres / Anfang des Jahres / Ende vergangenen Jahres / earlier this year
  String.raw`\b(?<ypart>zu\s+Beginn|Anfang|Mitte|Ende|im\s+Laufe|at\s+the\s+start\s+of|at\s+the\s+beginning\s+of|at\s+the\s+end\s+of|earlier|later)\s+(?:des\s+|of\s+)?(?<yrel>dieses|diesen|des\s+Jahres|laufenden|des\s+laufenden|vergangenen|letzten|vorigen|des\s+vergangenen|this|last|the)\s*(?:Jahres|year)?`,
  // im vergangenen Jahr / last year / dieses Jahr
  String.raw`\b(?:im\s+|in\s+)?(?<relU>vergangenen|letzten|vorigen|diesem|dieses|last|this)\s+(?<unit>Jahr|year|Monat|month|Woche|week)\b`,
  // im Jahr 2024 / in 2024 / seit 2022
  String.raw`\b(?<yprep>im\s+Jahre?|in|seit|bis|since|until|Anfang|Mitte|Ende)\s+(?<plainyear>(?:19|20)\d{2})\b(?![.,]\d)`,
  // weekdays: am Mittwoch, on Wednesday, Mittwochabend
  String.raw`\b(?:am\s+|on\s+|vom\s+|seit\s+|last\s+)?(?<wd>${WD_RE})(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?\b`,
  // gestern, heute, yesterday, today
  String.raw`\b(?<deictic>vorgestern|gestern|heute|yesterday|today|tonight)\b`,
];

const TIME_RE = new RegExp(PATTERNS.map((p, i) => `(?<a${i}>${p})`).join('|'), 'gi'); // no 'u': V8's case-insensitive unicode mode is ~10× slower

export interface ReferenceDate {
  from: YMD;
  to: YMD;
  precision: 'year' | 'month' | 'day';
}

export function referenceDate(date: string | null | undefined): ReferenceDate | null {
  return date ? parseIsoPartial(date) : null;
}

function monthInterval(y: number, m: number, part?: string): [YMD, YMD] {
  const last = daysInMonth(y, m);
  const p = (part ?? '').toLowerCase();
  if (p === 'anfang' || p === 'early' || p === 'beginning' || p.startsWith('start')) return [{ y, m, d: 1 }, { y, m, d: 10 }];
  if (p === 'mitte' || p === 'mid') return [{ y, m, d: 11 }, { y, m, d: 20 }];
  if (p === 'ende' || p === 'late' || p.startsWith('end')) return [{ y, m, d: 21 }, { y, m, d: last }];
  return [{ y, m, d: 1 }, { y, m, d: last }];
}

function relYear(rel: string | undefined, relEn: string | undefined, ref: ReferenceDate | null): number | null {
  const r = (rel ?? relEn ?? '').toLowerCase().replace(/^des\s+/, '');
  if (!r) return null;
  if (!ref) return null;
  const y = ref.from.y;
  if (/^(vergangenen|letzten|vorigen|last)$/.test(r)) return y - 1;
  if (/^(kommenden|nächsten|nachsten|next)$/.test(r)) return y + 1;
  return y;
}

/** Year of a month named without a year: the article's year, or the year before for a later month. */
function inferYear(month: number, ref: ReferenceDate | null): number | null {
  if (!ref) return null;
  if (ref.precision === 'year') return ref.from.y;
  return month > ref.to.m ? ref.from.y - 1 : ref.from.y;
}

function resolve(g: Record<string, string | undefined>, ref: ReferenceDate | null): [YMD, YMD] | null {
  if (g.bmonth) {
    const m = MONTHS[g.bmonth.toLowerCase()];
    const y = g.year ? +g.year : relYear(g.rel, g.relEn, ref) ?? inferYear(m, ref);
    if (y === null) return null;
    return [monthInterval(y, m, g.p1)[0], monthInterval(y, m, g.p2)[1]];
  }
  if (g.dmonth) {
    const m = MONTHS[g.dmonth.toLowerCase()];
    const d = +g.day!;
    const y = g.dyear ? +g.dyear : inferYear(m, ref);
    if (y === null || d < 1 || d > daysInMonth(y, m)) return null;
    return [{ y, m, d }, { y, m, d }];
  }
  if (g.emonth) {
    const m = MONTHS[g.emonth.toLowerCase()];
    const d = +g.eday!;
    const y = g.eyear ? +g.eyear : inferYear(m, ref);
    if (y === null || d < 1 || d > daysInMonth(y, m)) return null;
    return [{ y, m, d }, { y, m, d }];
  }
  if (g.nd) {
    let y = +g.ny!;
    if (y < 100) y += 2000;
    const m = +g.nm!;
    const d = +g.nd;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
    return [{ y, m, d }, { y, m, d }];
  }
  if (g.iy) {
    const y = +g.iy;
    const m = +g.im!;
    const d = +g.id!;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
    return [{ y, m, d }, { y, m, d }];
  }
  if (g.month) {
    // A bare month name needs a preposition, a part or a year to count as time ("Mai" alone may be a name).
    if (!g.prep && !g.part && !g.year && !g.rel && !g.relEn) return null;
    const m = MONTHS[g.month.toLowerCase()];
    if (g.month.length <= 3 && !g.year) return null; // "Mär", "Okt" without year: too ambiguous
    const y = g.year ? +g.year : relYear(g.rel, g.relEn, ref) ?? inferYear(m, ref);
    if (y === null) return null;
    return monthInterval(y, m, g.part);
  }
  if (g.season) {
    const [a, b] = SEASONS[g.season.toLowerCase()];
    let y = g.year ? +g.year : relYear(g.rel, g.relEn, ref);
    if (y === null) {
      if (!ref) return null;
      y = a > ref.to.m ? ref.from.y - 1 : ref.from.y;
    }
    if (a > b) return [{ y, m: a, d: 1 }, { y: y + 1, m: b, d: daysInMonth(y + 1, b) }];
    return [{ y, m: a, d: 1 }, { y, m: b, d: daysInMonth(y, b) }];
  }
  if (g.ypart) {
    const rel = (g.yrel ?? '').toLowerCase().replace(/\s+/g, ' ');
    if (!ref) return null;
    let y = ref.from.y;
    if (/vergangenen|letzten|vorigen|last/.test(rel)) y -= 1;
    const p = g.ypart.toLowerCase().replace(/\s+/g, ' ');
    if (p === 'earlier') return [{ y, m: 1, d: 1 }, ref.to];
    if (p === 'later') return [ref.from, { y, m: 12, d: 31 }];
    if (/beginn|anfang|start|beginning/.test(p)) return [{ y, m: 1, d: 1 }, { y, m: 3, d: 31 }];
    if (/mitte/.test(p)) return [{ y, m: 5, d: 1 }, { y, m: 8, d: 31 }];
    if (/ende|end/.test(p)) return [{ y, m: 10, d: 1 }, { y, m: 12, d: 31 }];
    return [{ y, m: 1, d: 1 }, { y, m: 12, d: 31 }];
  }
  if (g.relU) {
    if (!ref) return null;
    const past = /vergangenen|letzten|vorigen|last/i.test(g.relU);
    const unit = g.unit!.toLowerCase();
    if (unit === 'jahr' || unit === 'year') {
      const y = ref.from.y - (past ? 1 : 0);
      return [{ y, m: 1, d: 1 }, { y, m: 12, d: 31 }];
    }
    if (ref.precision === 'year') return null;
    if (unit === 'monat' || unit === 'month') {
      let { y, m } = ref.from;
      if (past) {
        m -= 1;
        if (m === 0) {
          m = 12;
          y -= 1;
        }
      }
      return monthInterval(y, m);
    }
    if (ref.precision !== 'day') return null;
    // Weeks run Monday to Sunday.
    const d = ref.from;
    const monday = addDays(d, -((weekday(d) + 6) % 7));
    const start = past ? addDays(monday, -7) : monday;
    return [start, addDays(start, 6)];
  }
  if (g.plainyear) {
    const y = +g.plainyear;
    const p = g.yprep!.toLowerCase();
    if (p === 'anfang') return [{ y, m: 1, d: 1 }, { y, m: 3, d: 31 }];
    if (p === 'mitte') return [{ y, m: 5, d: 1 }, { y, m: 8, d: 31 }];
    if (p === 'ende') return [{ y, m: 10, d: 1 }, { y, m: 12, d: 31 }];
    return [{ y, m: 1, d: 1 }, { y, m: 12, d: 31 }];
  }
  if (g.wd) {
    if (!ref || ref.precision !== 'day') return null;
    const target = WEEKDAYS[g.wd.toLowerCase()];
    const back = (weekday(ref.from) - target + 7) % 7;
    const d = addDays(ref.from, -back);
    return [d, d];
  }
  if (g.deictic) {
    if (!ref || ref.precision !== 'day') return null;
    const w = g.deictic.toLowerCase();
    const off = w === 'vorgestern' ? -2 : w === 'gestern' || w === 'yesterday' ? -1 : 0;
    const d = addDays(ref.from, off);
    return [d, d];
  }
  return null;
}

// Latin letters as explicit classes (no 'u' flag: V8's unicode mode is much slower).
const L = 'A-Za-zÀ-ÖØ-öø-ɏ';
/** Cheap pre-filter: a word or digit shape that every time expression contains. */
const TRIGGER = new RegExp(
  `(?<![${L}\\d])(?:(?:${MONTH_RE}|${WD_RE}|${SEASON_RE}|vorgestern|gestern|heute|yesterday|today|tonight|vergangenen|letzten|vorigen|diesem|dieses|diesen|laufenden|last|this|earlier|later|beginn|beginning|start|end|anfang|mitte|ende)(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?(?![${L}])|\\d{1,2}\\.\\d{1,2}\\.\\d{2}|\\d{4}-\\d\\d-\\d\\d|(?:19|20)\\d\\d(?!\\d))`,
  'gi',
);
/** The full expression, tried only at word starts just before a trigger. */
const TIME_Y = new RegExp(TIME_RE.source, 'iy');
/**
 * How far before its trigger word an expression may start: the longest prefixes are a preposition and an article
 * or a day ("zwischen Anfang…", "in the autumn", "im Jahre 2024", "am 28. April", "seit dem Sommer").
 */
const LOOK_BEHIND = 20;

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * All resolvable time expressions of `text` in order. `articleDate` is a
 * (partial) ISO date; relative expressions without it are left out.
 *
 * A fast trigger scan finds candidate words; the expression regex is tried
 * (sticky) only at the few word starts just before each, so the cost stays
 * linear and small.
 */
export function findTimeExpressions(text: string, articleDate: string | null): TimeExpression[] {
  const ref = referenceDate(articleDate);
  const out: TimeExpression[] = [];
  let covered = 0;
  TRIGGER.lastIndex = 0;
  let tr: RegExpExecArray | null;
  while ((tr = TRIGGER.exec(text))) {
    const p = tr.index;
    if (p < covered) continue;
    for (let s0 = Math.max(covered, p - LOOK_BEHIND); s0 <= p; s0++) {
      if (s0 > 0 && isWordCode(text.charCodeAt(s0 - 1))) continue;
      if (!isWordCode(text.charCodeAt(s0))) continue;
      TIME_Y.lastIndex = s0;
      const m = TIME_Y.exec(text);
      if (!m || m.index + m[0].length <= p) continue;
      const g = m.groups ?? {};
      g.year ??= g.year1 ?? g.year2 ?? g.year3;
      g.rel ??= g.rel1 ?? g.rel2 ?? g.rel3;
      g.relEn ??= g.relEn1 ?? g.relEn2 ?? g.relEn3;
      const r = resolve(g, ref);
      if (!r || (g.season && g.season.toLowerCase() === 'fall' && !g.year && !/\bthe\s+fall/i.test(m[0]))) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      out.push({ start, end, text: text.slice(start, end), from: iso(r[0]), to: iso(r[1]) });
      covered = end;
      if (TRIGGER.lastIndex < end) TRIGGER.lastIndex = end;
      break;
    }
  }
  return out;
}
