/**
 * Who the article has talked about so far: person mentions with their
 * gender, so that "er", "sie", "der 45-Jährige", "die Sprecherin" and "sein
 * Büro" find their antecedent. Every search is bounded: mentions are kept in
 * text order and looked up by binary search, and the text is read only in a
 * short window before the position being resolved.
 */
import type { ActorResolver } from '../actors';
import { latin } from './latin';

export type Gender = 'm' | 'f' | '';

export interface Mention {
  pos: number;
  /** canonical full name */
  name: string;
  /** the role word before the name ("wirtschaftsminister"), or '' */
  role: string;
  gender: Gender;
}

/** A person source of an earlier attribution: a strong antecedent (the article's current speaker). */
export interface SpeakerMention {
  pos: number;
  name: string;
}

const CAP_WORD_RE = latin(/\p{Lu}[\p{Ll}’'\-]*\p{Ll}/gu);
/** How far back pronouns and definite person nouns look for their antecedent. */
export const PRONOUN_WINDOW = 700;

export class Discourse {
  readonly mentions: Mention[] = [];
  private readonly gender = new Map<string, Gender>();
  private sorted = true;

  /** Whether a capitalised noun names a person ("Höchstrichter", "Sprecherin"); set by the caller, which knows the nouns. */
  personNoun: ((word: string) => boolean) | null = null;

  constructor(readonly text: string, private readonly resolver: ActorResolver) {}

  add(m: Mention): void {
    const n = this.mentions.length;
    if (n && this.mentions[n - 1].pos > m.pos) this.sorted = false;
    if (n && this.mentions[n - 1].pos === m.pos) return;
    this.mentions.push(m);
    const g = this.gender.get(m.name);
    if (g === undefined || (g === '' && m.gender)) this.gender.set(m.name, m.gender);
  }

  finish(): void {
    if (!this.sorted) this.mentions.sort((a, b) => a.pos - b.pos);
    // dedupe identical positions
    let w = 0;
    for (let r = 0; r < this.mentions.length; r++) {
      if (w > 0 && this.mentions[w - 1].pos === this.mentions[r].pos) continue;
      this.mentions[w++] = this.mentions[r];
    }
    this.mentions.length = w;
    this.sorted = true;
  }

  genderOf(name: string): Gender {
    return this.gender.get(name) ?? '';
  }

  setGender(name: string, g: Gender): void {
    if (g && !this.gender.get(name)) this.gender.set(name, g);
  }

  /** Index of the first mention at or after `pos`. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].pos < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The nearest registered mention before `pos` whose role ends like `roleKey` ("minister" ~ "wirtschaftsminister"), at most 60 mentions back. */
  byRole(pos: number, roleKey: string): Mention | null {
    if (roleKey.length < 4) return null;
    for (let i = this.lowerBound(pos) - 1, k = 0; i >= 0 && k < 60; i--, k++) {
      const m = this.mentions[i];
      if (m.role && m.role.replace(/(?:in|en|n)$/, '').endsWith(roleKey)) return m;
    }
    return null;
  }

  /**
   * The person a pronoun or a definite person noun at `pos` refers to.
   * Centering-style: every mention of a person in the window before weighs by
   * its grammatical role (a subject at a sentence or clause start, an
   * earlier source, a definite person noun opening a sentence ("Der frühere
   * Richter …") count double; a genitive ("Müllers Büro") half) times its
   * recency in sentences (the same sentence 1, the one before 0.7, then 0.45,
   * then 0.3); a person scores by their strongest mention plus a fifth of the
   * others. The best of a compatible gender wins; so the subject of the
   * previous sentence beats a name in its genitive or apposition, and a
   * person named three times just before beats a speaker four sentences back.
   */
  personBefore(pos: number, gender: Gender, speakers: readonly SpeakerMention[], fallback: string | null): string | null {
    const from = pos - PRONOUN_WINDOW < 0 ? 0 : pos - PRONOUN_WINDOW;
    const text = this.text;
    const ok = (name: string) => {
      const g = this.gender.get(name) ?? '';
      return !gender || !g || g === gender;
    };
    // sentence boundaries in the window (ascending): ". X", "! X", "? X", a line break
    const bounds: number[] = [];
    for (let k = from; k < pos; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(k + 1) === 32 && !abbrevBefore(text, k))) bounds.push(k);
    }
    const back = (p: number): number => {
      // boundaries after p
      let lo = 0;
      let hi = bounds.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (bounds[mid] < p) lo = mid + 1;
        else hi = mid;
      }
      return bounds.length - lo;
    };
    // a person's score: their strongest mention, plus a fifth of the others in the last three sentences (repetition
    // adds, but never outweighs the subject of the sentence before)
    const top = new Map<string, number>();
    const near = new Map<string, number>();
    const last = new Map<string, number>();
    const bump = (name: string, p: number, w: number) => {
      const d = back(p);
      const v = w * RECENCY[d < 3 ? d : 3];
      if (d <= 2) near.set(name, (near.get(name) ?? 0) + v);
      if (v > (top.get(name) ?? 0)) top.set(name, v);
      if (p > (last.get(name) ?? -1)) last.set(name, p);
    };
    // earlier speakers in the window: a pronoun or role source is a subject mention of its own; a named one adds to its name
    for (let k = speakers.length - 1; k >= 0; k--) {
      const s = speakers[k];
      if (s.pos >= pos) continue;
      if (s.pos < from) break;
      if (!ok(s.name)) continue;
      const sur = s.name.slice(s.name.lastIndexOf(' ') + 1);
      const named = sur.length > 1 && text.slice(s.pos, s.pos + 80).indexOf(sur) >= 0;
      bump(s.name, s.pos, named ? 1 : 2);
    }
    // "Schäuble warf er vor", "Im Gespräch mit Huber betonte er": a pronoun after its verb is the subject of its clause;
    // a name earlier in that clause is an object, never its antecedent
    let clauseStart = -1;
    if (/[a-zäöüß] $/.test(text.slice(pos - 2 < 0 ? 0 : pos - 2, pos))) {
      for (let k = pos - 1; k >= from && k >= pos - 200; k--) {
        const c = text.charCodeAt(k);
        if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10 || c === 0x2013 || c === 34 || c === 0x201c || c === 0x201e) {
          clauseStart = k;
          break;
        }
      }
    }
    // names in the window: registered persons, also by surname alone
    const win = text.slice(from, pos);
    let prevName: string | null = null;
    let bi = 0;
    CAP_WORD_RE.lastIndex = 0;
    for (let m = CAP_WORD_RE.exec(win); m; m = CAP_WORD_RE.exec(win)) {
      const p = from + m.index;
      // a definite person noun opening a sentence refers to the person named just before: a subject mention of them
      while (bi < bounds.length && bounds[bi] < p) {
        const b = bounds[bi++];
        if (prevName && this.personNoun && (m.index === b - from + 2 || m.index === b - from + 1)) {
          const def = DEF_PERSON_RE.exec(text.slice(p, p + 80));
          if (def && this.personNoun(def[2]) && ok(prevName)) {
            const g = def[1] === 'Die' ? (/(?:in|e)$/.test(def[2]) ? 'f' : '') : 'm';
            const pg = this.gender.get(prevName) ?? '';
            if (!g || !pg || g === pg) bump(prevName, p, 2);
          }
        }
      }
      let w = m[0];
      let name = this.resolver.knownPerson(w);
      let genitive = false;
      if (!name && w.length > 4 && w.endsWith('s')) {
        // genitive "Kurz' Vorschlag", "Müllers Büro"
        w = w.slice(0, -1);
        name = this.resolver.knownPerson(w);
        genitive = name !== undefined && name !== null;
      }
      if (!name) continue;
      prevName = name;
      if (!ok(name) || (clauseStart >= 0 && p > clauseStart)) continue;
      bump(name, p, genitive ? 0.5 : subjectLike(text, p) ? 2 : 1);
    }
    let best: string | null = null;
    let bestScore = 0;
    for (const [name, t] of top) {
      const sc = t + 0.2 * ((near.get(name) ?? t) - t);
      if (sc > bestScore + 1e-9 || (Math.abs(sc - bestScore) <= 1e-9 && (last.get(name) ?? -1) > (best ? last.get(best) ?? -1 : -1))) {
        best = name;
        bestScore = sc;
      }
    }
    if (best) return best;
    if (fallback && ok(fallback)) return fallback;
    // further back: the last speaker, then the last person named, of a compatible gender
    if (gender) {
      for (let k = speakers.length - 1, c = 0; k >= 0 && c < 30; k--, c++) if (speakers[k].pos < pos && ok(speakers[k].name)) return speakers[k].name;
      for (let i = this.lowerBound(pos) - 1, c = 0; i >= 0 && c < 60; i--, c++) if (ok(this.mentions[i].name) && this.genderOf(this.mentions[i].name) === gender) return this.mentions[i].name;
    }
    return null;
  }

  /**
   * A person named just after `pos` in the same passage, for a pronoun with no antecedent before it: a lead that
   * introduces a person by role first ("der gescheiterte Kandidat …, wie er sagte: … Anwärter Anna Berger …").
   */
  personAfter(pos: number, gender: Gender, span = 300): string | null {
    for (let i = this.lowerBound(pos), c = 0; i < this.mentions.length && c < 10; i++, c++) {
      const m = this.mentions[i];
      if (m.pos > pos + span) break;
      const g = this.gender.get(m.name) ?? '';
      if (!gender || !g || g === gender) return m.name;
    }
    return null;
  }
}

/** Weight of a mention by how many sentences lie between it and the pronoun. */
const RECENCY = [1, 0.7, 0.45, 0.3];

/** "Der frühere Höchstrichter", "Die 45-Jährige", "Der Kremlchef": a definite person noun opening a sentence. */
const DEF_PERSON_RE = latin(/^(Der|Die) (?:[\p{Ll}\d][\p{L}\d-]* ){0,2}(\p{Lu}[\p{L}-]+)/u);

/** "Dr. Müller", "Nr. 5", "St. Pölten", "z. B.": a dot that ends an abbreviation, not a sentence. */
function abbrevBefore(text: string, k: number): boolean {
  let b = k;
  while (b > 0 && b > k - 5 && text.charCodeAt(b - 1) > 64) b--;
  const c = b > 0 ? text.charCodeAt(b - 1) : 32;
  return (c === 32 || c === 40 || c === 46) && ABBREV_RE.test(text.slice(b, k));
}
const ABBREV_RE = /^(?:[A-ZÄÖÜ]|[a-z]|[A-Z][a-z]|Dr|St|Nr|Mio|Mrd|Prof|Mag|Ing|bzw|ca|vgl|etc|usw|Jh|Abs|Art)$/;


/**
 * A name at a sentence or clause start ("Müller sagte", "Laut Müller", "– Anna Berger"): a subject, not an object.
 * Up to three words may stand before it, or a longer noun phrase of articles, adjectives and capitalised words
 * ("Auch der burgenländische Polizeidirektor Hans Peter …"); a verb or preposition in between makes it an object.
 */
function subjectLike(text: string, p: number): boolean {
  let words = 0;
  let npOnly = true;
  let ws = p;
  for (let k = p - 1; k >= 0 && k >= p - 90; k--) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 0x2013 || c === 0x201c || c === 0x201d || c === 34) return words <= 3 || npOnly;
    if (c === 44 || c === 59) return false;
    if (c === 32) {
      if (k < p - 1) {
        const w = text.slice(k + 1, ws);
        if (w && !NP_WORD_RE.test(w)) npOnly = false;
        words++;
        if (words > 3 && !npOnly) return false;
        if (words > 7) return false;
      }
      ws = k;
    }
  }
  return p < 60;
}

/** Words of a noun phrase before a name: capitalised words, articles, "auch", adjectives ("burgenländische", "frühere"). */
const NP_WORD_RE = latin(/^(?:\p{Lu}[\p{L}-]*|der|die|das|ein|eine|auch|\p{Ll}+(?:isch|lich|ig|ere|ige|ene|ale|iale|ante|ente)(?:e|en|er)?)$/u);
