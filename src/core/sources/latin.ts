/**
 * Unicode property classes without the `u` flag. V8 runs `u` regexes (and
 * above all `u` with `i`) much slower, and compiles them more slowly on the
 * first (cold) pass. News text is Latin (with some Greek and Cyrillic), so
 * explicit BMP ranges are enough: `latin(/\p{Lu}\p{Ll}+/u)` gives the same
 * matches on such text.
 */

// Compact ranges: classes with many small ranges make V8's matcher slow. Latin
// Extended-A (Polish, Czech, Croatian, Turkish letters) counts as both cases.
const LU = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100-\\u017f\\u0391-\\u03a9\\u0400-\\u042f';
const LL = 'a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff\\u0100-\\u017f\\u03b1-\\u03c9\\u0430-\\u045f';
const CLASSES: Record<string, string> = {
  L: 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff',
  Lu: LU,
  Ll: LL,
  M: '\\u0300-\\u036f',
  N: '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be',
};

const PROP_RE = /^\\p\{(L|Lu|Ll|M|N)\}/;

/** The same regex without the `u` flag: \p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N} become explicit BMP ranges. */
export function latin(re: RegExp): RegExp {
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const m = PROP_RE.exec(src.slice(i, i + 7));
      if (m) {
        out += inClass ? CLASSES[m[1]] : '[' + CLASSES[m[1]] + ']';
        i += m[0].length - 1;
        continue;
      }
      out += src.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return new RegExp(out, re.flags.replace('u', ''));
}
