/** Calendar helpers and written-date parsing (German and English). Pure. */

export const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, january: 1,
  februar: 2, feber: 2, feb: 2, february: 2,
  märz: 3, maerz: 3, mär: 3, mrz: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12, december: 12, dec: 12,
};

/** Alternation of month names for regexes, longest first. */
export const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function iso(d: YMD): string {
  return `${d.y}-${pad2(d.m)}-${pad2(d.d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDate(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parse an ISO date, possibly partial ("2024", "2024-10", "2024-10-23"). */
export function parseIsoPartial(s: string): { from: YMD; to: YMD; precision: 'year' | 'month' | 'day' } | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(s.trim());
  if (!m) return null;
  const y = +m[1];
  if (!m[2]) return { from: { y, m: 1, d: 1 }, to: { y, m: 12, d: 31 }, precision: 'year' };
  const mo = +m[2];
  if (mo < 1 || mo > 12) return null;
  if (!m[3]) return { from: { y, m: mo, d: 1 }, to: { y, m: mo, d: daysInMonth(y, mo) }, precision: 'month' };
  const d = +m[3];
  if (!validDate(y, mo, d)) return null;
  return { from: { y, m: mo, d }, to: { y, m: mo, d }, precision: 'day' };
}

/** Add days to a date (UTC arithmetic). */
export function addDays(d: YMD, days: number): YMD {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: YMD): number {
  return new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
}

const WRITTEN_DATE = new RegExp(
  [
    // 2024-10-23
    String.raw`\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b`,
    // 23.10.2024
    String.raw`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`,
    // 23. Oktober 2024 / 28. April, 2025 / 3 October 2024
    String.raw`\b(\d{1,2})\.?\s+(${MONTH_RE})\.?,?\s+(\d{4})\b`,
    // October 23, 2024
    String.raw`\b(${MONTH_RE})\.?\s+(\d{1,2}),?\s+(\d{4})\b`,
    // Oktober 2024
    String.raw`\b(${MONTH_RE})\s+(\d{4})\b`,
  ].join('|'),
  'iu',
);

/**
 * Find the first written calendar date in `s` and return it as an ISO string
 * (as precise as written: "2024-10" or "2024-10-23"), with its offsets.
 */
export function findWrittenDate(s: string): { iso: string; start: number; end: number } | null {
  const m = WRITTEN_DATE.exec(s);
  if (!m) return null;
  const g = m.slice(1);
  let y: number;
  let mo: number;
  let d: number | null = null;
  if (g[0]) {
    y = +g[0];
    mo = +g[1];
    d = g[2] ? +g[2] : null;
  } else if (g[3]) {
    d = +g[3];
    mo = +g[4];
    y = +g[5];
  } else if (g[6]) {
    d = +g[6];
    mo = MONTHS[g[7].toLowerCase()];
    y = +g[8];
  } else if (g[9]) {
    mo = MONTHS[g[9].toLowerCase()];
    d = +g[10];
    y = +g[11];
  } else {
    mo = MONTHS[g[12].toLowerCase()];
    y = +g[13];
  }
  if (!(mo >= 1 && mo <= 12) || y < 1900 || y > 2199) return null;
  if (d !== null && !validDate(y, mo, d)) return null;
  return { iso: d === null ? `${y}-${pad2(mo)}` : iso({ y, m: mo, d }), start: m.index, end: m.index + m[0].length };
}
