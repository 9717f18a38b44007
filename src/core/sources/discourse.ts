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
   * The person a pronoun or a definite person noun at `pos` refers to: the
   * nearest person of a compatible gender in the window before it, preferring
   * one that is a subject (at a sentence start, or the source of an earlier
   * attribution) over one mentioned in passing.
   */
  personBefore(pos: number, gender: Gender, speakers: readonly SpeakerMention[], fallback: string | null): string | null {
    const from = pos - PRONOUN_WINDOW < 0 ? 0 : pos - PRONOUN_WINDOW;
    const text = this.text;
    let nearest: string | null = null;
    let nearestPos = -1;
    let subject: string | null = null;
    let subjectPos = -1;
    const ok = (name: string) => {
      const g = this.gender.get(name) ?? '';
      return !gender || !g || g === gender;
    };
    // earlier speakers in the window
    for (let k = speakers.length - 1; k >= 0; k--) {
      const s = speakers[k];
      if (s.pos >= pos) continue;
      if (s.pos < from) break;
      if (ok(s.name)) {
        subject = s.name;
        subjectPos = s.pos;
        break;
      }
    }
    // names in the window: registered persons, also by surname alone
    const win = text.slice(from, pos);
    CAP_WORD_RE.lastIndex = 0;
    for (let m = CAP_WORD_RE.exec(win); m; m = CAP_WORD_RE.exec(win)) {
      let w = m[0];
      let name = this.resolver.knownPerson(w);
      if (!name && w.length > 4 && w.endsWith('s')) {
        // genitive "Kurz' Vorschlag", "Müllers Büro"
        w = w.slice(0, -1);
        name = this.resolver.knownPerson(w);
      }
      if (!name || !ok(name)) continue;
      const p = from + m.index;
      if (p > nearestPos) {
        nearest = name;
        nearestPos = p;
      }
      if (p > subjectPos && subjectLike(text, p)) {
        subject = name;
        subjectPos = p;
      }
    }
    if (subject) return subject;
    if (nearest) return nearest;
    if (fallback && ok(fallback)) return fallback;
    // further back: the last speaker, then the last person named, of a compatible gender
    if (gender) {
      for (let k = speakers.length - 1, c = 0; k >= 0 && c < 30; k--, c++) if (speakers[k].pos < pos && ok(speakers[k].name)) return speakers[k].name;
      for (let i = this.lowerBound(pos) - 1, c = 0; i >= 0 && c < 60; i--, c++) if (ok(this.mentions[i].name) && this.genderOf(this.mentions[i].name) === gender) return this.mentions[i].name;
    }
    return null;
  }
}

/** A name at a sentence or clause start ("Müller sagte", "Laut Müller", "– Anna Berger"): a subject, not an object. */
function subjectLike(text: string, p: number): boolean {
  for (let k = p - 1, words = 0; k >= 0 && k >= p - 60; k--) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 0x2013 || c === 0x201c || c === 0x201d || c === 34) return true;
    if (c === 44 || c === 59) return false;
    if (c === 32 && k < p - 1) {
      words++;
      if (words > 3) return false;
    }
  }
  return p < 60;
}
