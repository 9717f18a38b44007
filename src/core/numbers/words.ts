/**
 * Number words: German compounds ("einhunderteinunddreißig",
 * "dreihundertneunundneunzigtausendfünfhundertneun", "dreieinhalb",
 * "dreiviertel") and English sequences ("twenty-five", "three hundred and
 * twenty", "two thirds").
 */

export type WordType =
  /** A cardinal ("zwölf", "einhundertdrei", "anderthalb"). */
  | 'number'
  /** The indefinite article ("ein", "eine", "one"): a figure only before a unit or scale. */
  | 'indef'
  /** A scale noun on its own ("Millionen", "Dutzend", "million"). */
  | 'scale'
  /** A vague plural ("Tausende", "Dutzende", "hundreds"): value is twice the base, qualifier at-least. */
  | 'vague'
  /** "null"/"zero": a figure only with a unit or in a range. */
  | 'zero';

export interface WordNumber {
  type: WordType;
  value: number;
  /** For vague plurals and scales: the base (1000 for "Tausende"). */
  base: number;
  /** True when the word ends in a fraction ("dreiviertel"): no scale words may be combined before it. */
  fraction: boolean;
}

// ---------------------------------------------------------------- German

const DE_VALUES: Record<string, number> = {
  null: 0, eins: 1, ein: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8,
  neun: 9, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, fuenfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40,
  fünfzig: 50, fuenfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** Morphemes, longest first where one is a prefix of another. */
export const DE_MORPHEMES =
  'anderthalb|einhalb|halb|viertel|drittel|hundert|tausend|zwanzig|dreißig|dreissig|vierzig|fünfzig|fuenfzig|' +
  'sechzig|siebzig|achtzig|neunzig|dreizehn|vierzehn|fünfzehn|fuenfzehn|sechzehn|siebzehn|achtzehn|neunzehn|' +
  'zwölf|zwoelf|zehn|elf|eins|ein|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|null|und';

const DE_MORPH_RE = new RegExp(`(?:${DE_MORPHEMES})`, 'y');

/** Scale nouns (German): value. "Billion" is 10^12 in German. */
export const DE_SCALES: Record<string, number> = {
  million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12,
  bio: 1e12, tausend: 1e3, tsd: 1e3, hundert: 100, dutzend: 12,
};

/** Fraction nouns/adjectives that follow a number ("zwei Drittel", "drei halbe"). */
export const DE_FRACTIONS: Record<string, number> = {
  halb: 2, halbe: 2, halben: 2, halber: 2, halbes: 2, halbem: 2, drittel: 3, viertel: 4, fünftel: 5, sechstel: 6,
  siebtel: 7, achtel: 8, neuntel: 9, zehntel: 10, zwanzigstel: 20, hundertstel: 100, tausendstel: 1000,
};

const deCache = new Map<string, WordNumber | null>();

/** Parse one German number word (lower-cased). */
export function parseGermanWord(lower: string): WordNumber | null {
  const hit = deCache.get(lower);
  if (hit !== undefined) return hit;
  const r = parseGermanUncached(lower);
  if (deCache.size > 4000) deCache.clear();
  deCache.set(lower, r);
  return r;
}

function w(type: WordType, value: number, base = 1, fraction = false): WordNumber {
  return { type, value, base, fraction };
}

function parseGermanUncached(lower: string): WordNumber | null {
  switch (lower) {
    case 'ein': case 'eine': case 'einen': case 'einem': case 'einer': case 'eines':
      return w('indef', 1);
    case 'null':
      return w('zero', 0);
    case 'dutzend':
      return w('scale', 12, 12);
    case 'dutzende': case 'dutzenden':
      return w('vague', 24, 12);
    case 'zigtausende': case 'zigtausenden':
      return w('vague', 20000, 10000);
  }
  if (lower in DE_SCALES && lower !== 'hundert' && lower !== 'tausend') {
    const v = DE_SCALES[lower];
    return w('scale', v, v);
  }
  // Vague plurals: "Hunderte", "Tausenden", "Zehntausende", "Hunderttausende".
  const pl = /^(.*(?:hundert|tausend))en?$/.exec(lower);
  if (pl) {
    const base = parseCompound(pl[1]);
    if (base && !base.fraction) return w('vague', base.value * 2, base.value);
    return null;
  }
  const c = parseCompound(lower);
  if (c) return c;
  // Inflected "zweier", "dreien".
  const inf = /^(zwei|drei)(?:er|en)$/.exec(lower);
  if (inf) return w('number', DE_VALUES[inf[1]]);
  return null;
}

function parseCompound(s: string): WordNumber | null {
  const toks: string[] = [];
  DE_MORPH_RE.lastIndex = 0;
  let pos = 0;
  while (pos < s.length) {
    DE_MORPH_RE.lastIndex = pos;
    const m = DE_MORPH_RE.exec(s);
    if (!m) return null;
    toks.push(m[0]);
    pos += m[0].length;
  }
  if (toks.length === 0) return null;
  if (toks.length === 1) {
    const t = toks[0];
    if (t === 'und' || t === 'halb' || t === 'einhalb' || t === 'viertel' || t === 'drittel') return null;
    if (t === 'ein') return w('indef', 1);
    if (t === 'null') return w('zero', 0);
  }
  let total = 0;
  let cur = 0;
  let frac = 0;
  let fraction = false;
  let prevUnd = false;
  let sawNum = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (fraction || frac) return null; // nothing may follow a fraction
    if (t === 'und') {
      if (!sawNum || prevUnd || i === toks.length - 1) return null;
      prevUnd = true;
      continue;
    }
    if (t === 'null' && toks.length > 1) return null;
    if (t === 'hundert') {
      if (cur >= 100) return null;
      cur = (cur || 1) * 100;
    } else if (t === 'tausend') {
      total += (cur || 1) * 1000;
      cur = 0;
    } else if (t === 'einhalb') {
      if (!sawNum) return null;
      frac = 0.5;
    } else if (t === 'halb') {
      if (!prevUnd) return null;
      frac = 0.5;
    } else if (t === 'anderthalb') {
      cur += 1.5;
    } else if (t === 'viertel' || t === 'drittel') {
      if (!sawNum) return null;
      cur = cur / (t === 'viertel' ? 4 : 3);
      fraction = true;
    } else {
      const v = DE_VALUES[t];
      if (v === undefined) return null;
      // A unit directly after a unit or teen ("zweidrei") is not a number.
      if (sawNum && !prevUnd && cur % 100 !== 0 && cur % 100 < 20 && v < 20) return null;
      cur += v;
    }
    prevUnd = false;
    sawNum = true;
  }
  return w('number', total + cur + frac, 1, fraction);
}

// ---------------------------------------------------------------- English

const EN_VALUES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const EN_SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
};

export const EN_FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};

const EN_VAGUE: Record<string, number> = {
  dozens: 12, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9,
};

export const EN_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|' +
  'billion|trillion|dozen|dozens|hundreds|thousands|millions|billions';
export const EN_FRACTION_WORDS = 'halves|half|thirds|third|quarters|quarter|fourths|fifths|sixths|eighths|tenths';

const EN_TOKEN_RE = new RegExp(
  `([ \\t\\u00a0\\u202f]+|-)?(and[ \\t\\u00a0\\u202f]+a[ \\t\\u00a0\\u202f]+half|and|${EN_WORDS}|${EN_FRACTION_WORDS})(?![\\p{L}])`,
  'iuy',
);

export interface EnglishParse extends WordNumber {
  /** Length of the text consumed (a prefix of the input). */
  length: number;
}

/**
 * Parse an English number-word sequence at the start of `s` (as found by the
 * scanner: words joined by spaces, hyphens and "and"). Stops at the first
 * token that does not continue the number ("two and three" → "two").
 */
export function parseEnglish(s: string): EnglishParse | null {
  let pos = 0;
  let total = 0;
  let cur = 0;
  let frac = 0;
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'frac' = 'none';
  let end = 0;
  let pendingAnd = false;
  let fraction = false;
  let first = true;
  let vague: WordNumber | null = null;
  let single: string | null = null;
  let count = 0;
  while (pos < s.length) {
    EN_TOKEN_RE.lastIndex = pos;
    const m = EN_TOKEN_RE.exec(s);
    if (!m) break;
    if (first && m[1]) break;
    const t = m[2].toLowerCase();
    const next = pos + m[0].length;
    if (t === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      pendingAnd = true;
      pos = next;
      continue;
    }
    if (/^and\s+a\s+half$/.test(t.replace(/[\u00a0\u202f\t]/g, ' '))) {
      if (last === 'none' || last === 'frac') break;
      frac = 0.5;
      last = 'frac';
      end = next;
      count++;
      pos = next;
      continue;
    }
    if (t in EN_VAGUE) {
      if (!first) break;
      const b = EN_VAGUE[t];
      vague = w('vague', 2 * b, b);
      end = next;
      break;
    }
    if (t in EN_FRACTIONS) {
      if (last === 'none' || last === 'frac' || last === 'scale') break;
      if (t === 'half' || t === 'halves' || t === 'third' || t === 'fourth' || t === 'fifth' || t === 'sixth' || t === 'eighth' || t === 'tenth' || t === 'quarter') {
        // singular forms only after "one" ("one third", "one-half")
        if (!(cur === 1 && total === 0) && t !== 'halves') break;
      }
      cur = cur / EN_FRACTIONS[t];
      fraction = true;
      last = 'frac';
      end = next;
      count++;
      pos = next;
      break;
    }
    if (last === 'frac') break;
    if (t in EN_SCALES) {
      const v = EN_SCALES[t];
      if (v === 100) {
        if (last === 'hundred' || cur >= 100) break;
        cur = (cur || 1) * 100;
        last = 'hundred';
      } else if (v === 12) {
        cur = (cur || 1) * 12;
        last = 'scale';
      } else {
        if (last === 'scale' && total !== 0 && total < v * 1000 && cur === 0) break;
        total += (cur + frac || 1) * v;
        cur = 0;
        frac = 0;
        last = 'scale';
      }
    } else {
      const v = EN_VALUES[t];
      if (v === undefined) break;
      const kind = v < 10 ? 'unit' : v < 20 ? 'teen' : 'tens';
      if (last === 'unit' || last === 'teen') break;
      if (last === 'tens' && kind !== 'unit') break;
      if (last === 'tens' && m[1] !== '-' && !/^\s+$/.test(m[1] ?? '')) break;
      if ((last === 'hundred' || last === 'scale') && !pendingAnd && m[1] === '-') break;
      cur += v;
      last = kind;
    }
    if (first) single = t;
    first = false;
    pendingAnd = false;
    count++;
    end = next;
    pos = next;
  }
  if (vague) return { ...vague, length: end };
  if (end === 0) return null;
  const value = total + cur + frac;
  if (count === 1 && single) {
    if (single === 'one') return { type: 'indef', value: 1, base: 1, fraction: false, length: end };
    if (single === 'zero') return { type: 'zero', value: 0, base: 1, fraction: false, length: end };
    if (single in EN_SCALES) {
      return { type: 'scale', value: EN_SCALES[single], base: EN_SCALES[single], fraction: false, length: end };
    }
  }
  return { type: 'number', value, base: 1, fraction, length: end };
}
