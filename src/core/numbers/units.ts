import type { FigureKind, Lang } from '../types';

/**
 * Units, currencies and counted nouns: what follows (or, for currency
 * symbols, precedes) a figure, and the shared key that lets different
 * wordings match across articles and languages.
 *
 * The synonym table is deliberately small and general: it covers the nouns
 * news reports count most (people, soldiers, the dead, the injured), money,
 * percentages and common measures. Everything else gets a generic lemma-ish
 * key: lower-cased, German umlauts folded, one plural/inflection ending
 * stripped ("Raketen" and "Rakete" → "raket", "missiles" → "missile").
 */

export interface UnitInfo {
  key: string;
  kind: FigureKind;
}

const M = (key: string, kind: FigureKind, words: string[], into: Map<string, UnitInfo>) => {
  for (const w of words) into.set(w, { key, kind });
};

/**
 * Unit words (lower-cased, as they follow a number). Abbreviations are listed
 * without a trailing period; the reader strips it.
 */
export const UNITS = new Map<string, UnitInfo>();

// Percentages and percentage points.
M('percent', 'percent', ['prozent', '%', 'percent', 'per cent', 'pct', 'vh', 'v.h', 'v. h'], UNITS);
M('pp', 'percentage-points', [
  'prozentpunkt', 'prozentpunkte', 'prozentpunkten', 'prozentpunktes', '%-punkte', '%-punkten', 'pp',
  'percentage point', 'percentage points', 'percent points', 'per cent points', 'points percent',
], UNITS);
M('bp', 'measure', ['basispunkt', 'basispunkte', 'basispunkten', 'basis point', 'basis points', 'bp', 'bps'], UNITS);

// Money: ISO 4217 codes as keys.
M('EUR', 'money', ['euro', 'euros', 'eur', '€', 'mio-euro'], UNITS);
M('USD', 'money', ['dollar', 'dollars', 'us-dollar', 'us-dollars', 'usd', '$', 'us$', 'us dollar', 'us dollars', 'u.s. dollars'], UNITS);
M('CHF', 'money', ['franken', 'schweizer franken', 'swiss francs', 'swiss franc', 'chf', 'fr'], UNITS);
M('GBP', 'money', ['pfund', 'pfund sterling', 'britische pfund', 'pound', 'pounds', 'pounds sterling', 'gbp', '£'], UNITS);
M('JPY', 'money', ['yen', 'jpy', '¥'], UNITS);
M('CNY', 'money', ['yuan', 'renminbi', 'cny', 'rmb'], UNITS);
M('RUB', 'money', ['rubel', 'rouble', 'roubles', 'ruble', 'rubles', 'rub'], UNITS);
M('UAH', 'money', ['hrywnja', 'hrywnja', 'hryvnia', 'hryvnias', 'griwna', 'uah'], UNITS);
M('PLN', 'money', ['zloty', 'złoty', 'pln'], UNITS);
M('HUF', 'money', ['forint', 'huf'], UNITS);
M('TRY', 'money', ['lira', 'türkische lira', 'turkish lira', 'try'], UNITS);
M('INR', 'money', ['rupien', 'rupees', 'rupee', 'inr'], UNITS);
M('SEK', 'money', ['sek'], UNITS);
M('NOK', 'money', ['nok'], UNITS);
M('DKK', 'money', ['dkk'], UNITS);
M('cent', 'money', ['cent', 'cents'], UNITS);

// Measures.
M('km', 'measure', ['km', 'kilometer', 'kilometern', 'kilometers', 'kilometre', 'kilometres'], UNITS);
M('m', 'measure', ['m', 'meter', 'metern', 'meters', 'metre', 'metres'], UNITS);
M('cm', 'measure', ['cm', 'zentimeter', 'zentimetern', 'centimeters', 'centimetres'], UNITS);
M('mm', 'measure', ['mm', 'millimeter', 'millimetern', 'millimeters', 'millimetres'], UNITS);
M('mile', 'measure', ['meile', 'meilen', 'mile', 'miles', 'mi'], UNITS);
M('km2', 'measure', ['km²', 'km2', 'qkm', 'quadratkilometer', 'quadratkilometern', 'square kilometres', 'square kilometers', 'sq km'], UNITS);
M('m2', 'measure', ['m²', 'm2', 'qm', 'quadratmeter', 'quadratmetern', 'square metres', 'square meters', 'sq m'], UNITS);
M('mile2', 'measure', ['square miles', 'square mile', 'quadratmeilen'], UNITS);
M('ha', 'measure', ['ha', 'hektar', 'hectare', 'hectares'], UNITS);
M('kg', 'measure', ['kg', 'kilogramm', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'], UNITS);
M('g', 'measure', ['g', 'gramm', 'gram', 'grams', 'gramme', 'grammes'], UNITS);
M('t', 'measure', ['t', 'tonne', 'tonnen', 'tonnes', 'ton', 'tons'], UNITS);
M('l', 'measure', ['l', 'liter', 'litern', 'litre', 'litres', 'liters'], UNITS);
M('hl', 'measure', ['hl', 'hektoliter', 'hektolitern', 'hectolitres'], UNITS);
M('barrel', 'measure', ['barrel', 'barrels', 'fass'], UNITS);
M('deg', 'measure', ['grad', 'grad celsius', '°', '°c', 'degrees', 'degree', 'degrees celsius', 'celsius'], UNITS);
M('km/h', 'measure', ['km/h', 'stundenkilometer', 'stundenkilometern', 'kmh'], UNITS);
M('mph', 'measure', ['mph', 'miles per hour'], UNITS);
M('kw', 'measure', ['kw', 'kilowatt'], UNITS);
M('mw', 'measure', ['mw', 'megawatt'], UNITS);
M('gw', 'measure', ['gw', 'gigawatt'], UNITS);
M('kwh', 'measure', ['kwh', 'kilowattstunden', 'kilowattstunde', 'kilowatt hours', 'kilowatt-hours'], UNITS);
M('mwh', 'measure', ['mwh', 'megawattstunden', 'megawatt hours'], UNITS);
M('gwh', 'measure', ['gwh', 'gigawattstunden', 'gigawatt hours'], UNITS);
M('twh', 'measure', ['twh', 'terawattstunden', 'terawatt hours'], UNITS);
// Durations.
M('second', 'measure', ['sekunde', 'sekunden', 'second', 'seconds', 'sek'], UNITS);
M('minute', 'measure', ['minute', 'minuten', 'minute', 'minutes', 'min'], UNITS);
M('hour', 'measure', ['stunde', 'stunden', 'hour', 'hours', 'std'], UNITS);
M('day', 'measure', ['tag', 'tage', 'tagen', 'day', 'days'], UNITS);
M('week', 'measure', ['woche', 'wochen', 'week', 'weeks'], UNITS);
M('month', 'measure', ['monat', 'monate', 'monaten', 'month', 'months'], UNITS);
M('year', 'measure', ['jahr', 'jahre', 'jahren', 'year', 'years'], UNITS);

const KEY_KIND = new Map<string, FigureKind>();
for (const u of UNITS.values()) KEY_KIND.set(u.key, u.kind);

/** Currency symbols and codes that may stand before the number ("€ 20", "$5", "CHF 100"). */
export const CURRENCY_PREFIX = new Map<string, string>([
  ['€', 'EUR'], ['$', 'USD'], ['US$', 'USD'], ['£', 'GBP'], ['¥', 'JPY'],
  ['EUR', 'EUR'], ['USD', 'USD'], ['CHF', 'CHF'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['SFr', 'CHF'],
]);

/** Counted nouns that mean the same thing across wordings and languages. */
const SYNONYMS = new Map<string, string>();
const S = (key: string, words: string[]) => {
  for (const w of words) SYNONYMS.set(w, key);
};
S('soldat', [
  'soldat', 'soldaten', 'soldatin', 'soldatinnen', 'truppe', 'truppen', 'kämpfer', 'kämpfern', 'kämpferinnen',
  'soldier', 'soldiers', 'troop', 'troops', 'fighter', 'fighters', 'servicemen', 'service members',
]);
S('tote', [
  'tote', 'toten', 'toter', 'todesopfer', 'todesopfern', 'getötete', 'getöteten', 'getötet', 'tot', 'ums leben',
  'dead', 'killed', 'deaths', 'death', 'fatalities', 'died',
]);
S('verletzte', [
  'verletzte', 'verletzten', 'verletzter', 'verletzt', 'verwundete', 'verwundeten', 'verwundet',
  'injured', 'wounded', 'injuries',
]);
S('times', ['mal', 'male', 'times']);
S('person', [
  'mensch', 'menschen', 'person', 'personen', 'leute', 'leuten', 'people', 'persons', 'individuals',
]);

/** Compound tails: "Bundeswehrsoldaten", "Zivilpersonen", "Schwerverletzte", "Kriegstote". */
const DE_TAILS: [string, string][] = [
  ['soldaten', 'soldat'], ['soldat', 'soldat'], ['soldatinnen', 'soldat'], ['truppen', 'soldat'], ['kämpfer', 'soldat'],
  ['kämpfern', 'soldat'], ['todesopfer', 'tote'], ['toten', 'tote'], ['tote', 'tote'], ['verletzte', 'verletzte'],
  ['verletzten', 'verletzte'], ['verwundete', 'verletzte'], ['verwundeten', 'verletzte'], ['personen', 'person'],
  ['menschen', 'person'],
];

function foldUmlauts(s: string): string {
  return s.replace(/[äöüß]/g, (c) => (c === 'ä' ? 'a' : c === 'ö' ? 'o' : c === 'ü' ? 'u' : 'ss'));
}

function stemDe(w: string): string {
  let s = foldUmlauts(w);
  for (const suf of ['innen', 'ern', 'en', 'er', 'es', 'em', 'n', 'e', 's']) {
    if (s.endsWith(suf) && s.length - suf.length >= 3) {
      s = s.slice(0, s.length - suf.length) + (suf === 'innen' ? 'in' : '');
      break;
    }
  }
  return s;
}

function stemEn(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Look a unit word up (lower-cased, trailing period removed). */
export function lookupUnit(word: string): UnitInfo | undefined {
  return UNITS.get(word);
}

const cache = { de: new Map<string, string | null>(), en: new Map<string, string | null>() };

/**
 * The key used to match counted nouns and units across articles:
 * Soldaten/Truppen/troops → "soldat", Tote/killed → "tote", Verletzte/injured →
 * "verletzte", Menschen/people → "person", Euro/€ → "EUR", Prozent/% →
 * "percent", Prozentpunkte → "pp", Kilometer/km → "km"; other nouns → a
 * lower-case lemma-ish key. Returns null for empty input.
 */
export function normaliseUnit(noun: string, lang: Lang): string | null {
  const c = cache[lang];
  const hit = c.get(noun);
  if (hit !== undefined) return hit;
  const r = computeKey(noun, lang);
  if (c.size > 5000) c.clear();
  c.set(noun, r);
  return r;
}

function computeKey(noun: string, lang: Lang): string | null {
  let w = noun.trim().replace(/\s+/g, ' ');
  if (w.endsWith('.') && w.length > 1) w = w.slice(0, -1);
  if (!w) return null;
  const lower = w.toLowerCase();
  const u = UNITS.get(lower);
  if (u) return u.key;
  const syn = SYNONYMS.get(lower);
  if (syn) return syn;
  // Hyphenated compounds: the head is the last part ("Nato-Soldaten", "US-Dollar").
  const dash = lower.lastIndexOf('-');
  if (dash > 0 && dash < lower.length - 1) {
    const head = lower.slice(dash + 1);
    const hu = UNITS.get(head);
    if (hu) return hu.key;
    const hs = SYNONYMS.get(head);
    if (hs) return hs;
    return lang === 'de' ? stemDe(head) : stemEn(head);
  }
  if (lang === 'de') {
    for (const [tail, key] of DE_TAILS) {
      if (lower.length > tail.length + 2 && lower.endsWith(tail)) return key;
    }
    return stemDe(lower);
  }
  return stemEn(lower);
}

/** The synonym key of a word, if it has one ("verletzt" → "verletzte"). */
export function synonymKey(word: string): string | undefined {
  return SYNONYMS.get(word.toLowerCase());
}

/** Kind of figure a unit key implies. */
export function kindOfKey(key: string | null): FigureKind {
  if (!key) return 'count';
  if (key === 'percent') return 'percent';
  if (key === 'pp') return 'percentage-points';
  return KEY_KIND.get(key) ?? 'count';
}
