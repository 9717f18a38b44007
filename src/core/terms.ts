/** Topic terms of a sentence: content words and names, lower-cased, without stop words. */

const STOP_DE =
  'aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bereits bin bis bisher bleibt da dabei damit dann darauf darin darum das dass davon dazu dem den denen denn der deren des deshalb dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines einige einmal er es etwa euch für gab gegen gewesen gibt habe haben hat hatte hatten hier hin ihm ihn ihnen ihr ihre ihrem ihren ihrer im immer in ins ist ja jedoch jetzt kann kein keine können könnte man mehr mit muss nach nachdem nicht nichts noch nun nur ob oder ohne schon sei seien sein seine seinem seinen seiner seit sich sie sind so sollen soll sollte sowie über um und uns unter vom von vor war waren warum was weil weiter weitere welche wenn wer werde werden wie wieder will wir wird wurde wurden zu zum zur zwar zwischen sagte sagt erklärte teilte mitgeteilt laut zufolge angaben demnach hieß heißt'.split(' ');
const STOP_EN =
  'a about after again against all also an and any are as at be because been before being between both but by can could did do does during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your said says told according'.split(' ');

export const STOPWORDS: ReadonlySet<string> = new Set([...STOP_DE, ...STOP_EN]);

// Latin letters incl. accents; no 'u' flag (V8's unicode mode is much slower).
const WORD = /[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’-]*[A-Za-zÀ-ÖØ-öø-ɏ]/g;

/** Lower-cased content words of `text` (length ≥ 3, no stop words), in order, unique. */
export function contentTerms(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || STOPWORDS.has(w) || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}
