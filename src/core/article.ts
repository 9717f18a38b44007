/**
 * The structure of an article file: front matter, headline, byline, date,
 * outlet, boilerplate lines and language. Pure: text in, spans out.
 */
import { parseDocument } from 'yaml';
import { findWrittenDate, parseIsoPartial } from './dates';
import { fold, lineSpans } from './text';
import type { ArticleMeta, CoreDiagnostic, Lang, Lexicon, Span } from './types';

export interface ArticleStructure {
  meta: ArticleMeta;
  language: Lang;
  frontMatter: Span | null;
  titleSpan: Span | null;
  /** Lines of page furniture: comment notices, newsletter boxes, audio notices, image names… */
  boilerplate: Span[];
  /** Metadata lines (byline, date line, section word, source line): not claims, not boilerplate. */
  metaLines: Span[];
  diagnostics: CoreDiagnostic[];
}

// ---------------------------------------------------------------------------
// Language

const DE_WORDS = new Set(
  'der die das und ist nicht sich mit auf für dem den des ein eine einer zu von im auch als wird wurde sind hat haben nach bei aus wie oder aber noch nur über sei seien werden dass'.split(' '),
);
const EN_WORDS = new Set(
  'the and of to in is that for on with was said by it as at from are has have be were this which an not but after their would who they will or its'.split(' '),
);

// ASCII word boundaries, no 'u' flag: the fastest form in V8. (A word starting with an umlaut, like "über",
// would never match, so the lists avoid such words.) One regex for both lists, one pass over the sample: the
// German words are group 1. (No word is in both lists, and no match can hide one of the other list inside it.)
const wordsAlt = (words: Set<string>) => [...words].filter((w) => /^[a-z]/.test(w)).join('|');
const DE_EN_RE = new RegExp(`\\b(?:(${wordsAlt(DE_WORDS)})|${wordsAlt(EN_WORDS)})\\b`, 'gi');

/** de or en by function-word counts over (at most) the first 2,000 characters (some 300 words). */
export function detectLanguage(text: string): Lang {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  let de = 0;
  let en = 0;
  DE_EN_RE.lastIndex = 0;
  for (let m = DE_EN_RE.exec(sample); m; m = DE_EN_RE.exec(sample)) {
    if (m[1] !== undefined) de++;
    else en++;
  }
  return en > de ? 'en' : 'de';
}

/**
 * Whether a plain text file reads like a news article (prose in German or
 * English, sentences, no code or tables). Cheap: looks at the first 20,000
 * characters only.
 */
export function looksLikeArticle(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if (/^\uFEFF?---\r?\n[\s\S]*?\b(title|outlet|date|lang)\s*:/.test(sample.slice(0, 2000))) return true;
  const words = sample.match(/[\p{L}]+/gu) ?? [];
  if (words.length < 60) return false;
  let fn = 0;
  for (const w of words) {
    const l = w.toLowerCase();
    if (DE_WORDS.has(l) || EN_WORDS.has(l)) fn++;
  }
  if (fn / words.length < 0.12) return false;
  const code = (sample.match(/[{};=<>\\|]/g) ?? []).length;
  if (code / sample.length > 0.01) return false;
  const sentenceEnds = (sample.match(/[.!?…]["“”»«']?(?:\s|$)/g) ?? []).length;
  return sentenceEnds >= 3;
}

// ---------------------------------------------------------------------------
// Front matter

const FM_KEYS = new Set(['title', 'outlet', 'date', 'url', 'lang', 'language', 'byline', 'author', 'source']);

interface FrontMatterResult {
  span: Span;
  body: Span;
  data: Record<string, unknown>;
  diagnostics: CoreDiagnostic[];
}

function parseFrontMatter(text: string): FrontMatterResult | null {
  const open = /^---[ \t]*(?:\r\n|\n|\r)/.exec(text);
  if (!open) return null;
  const close = /(?:^|\r\n|\n|\r)(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/g;
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  const diagnostics: CoreDiagnostic[] = [];
  if (!m) {
    diagnostics.push({
      start: 0,
      end: 3,
      severity: 'warning',
      message: 'Front matter is not closed with a "---" line; it was read as article text.',
      line: 0,
    });
    return { span: { start: 0, end: 0 }, body: { start: 0, end: 0 }, data: {}, diagnostics };
  }
  const bodyStart = open[0].length;
  const bodyEnd = Math.max(bodyStart, m.index);
  const yamlText = text.slice(bodyStart, bodyEnd);
  const span = { start: 0, end: m.index + m[0].length };
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false, schema: 'core' });
  const firstLine = 1; // the YAML body starts on line 1 (line 0 is "---")
  for (const err of doc.errors) {
    const off = bodyStart + (err.pos?.[0] ?? 0);
    const line = firstLine + (err.linePos?.[0]?.line ?? 1) - 1;
    diagnostics.push({
      start: off,
      end: Math.min(span.end, bodyStart + (err.pos?.[1] ?? err.pos?.[0] ?? 0) + 1),
      severity: 'error',
      message: `Front matter is not valid YAML (line ${line + 1}): ${err.message.split('\n')[0]}`,
      line,
    });
  }
  let data: Record<string, unknown> = {};
  if (doc.errors.length === 0) {
    const js = doc.toJS();
    if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
    else if (js !== null && js !== undefined) {
      diagnostics.push({ start: 0, end: span.end, severity: 'warning', message: 'Front matter should be a mapping of keys (title, outlet, date, url, lang).', line: 0 });
    }
  }
  return { span, body: { start: bodyStart, end: bodyEnd }, data, diagnostics };
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v).trim();
  return s.length ? s : null;
}

/** Normalise a date as written in front matter to a (partial) ISO date. */
export function normaliseDate(s: string | null): string | null {
  if (!s) return null;
  const p = parseIsoPartial(s);
  if (p && /^\d{4}(-\d{1,2}(-\d{1,2})?)?$/.test(s.trim().slice(0, 10).replace(/T.*$/, ''))) {
    const { from, precision } = p;
    const mm = String(from.m).padStart(2, '0');
    const dd = String(from.d).padStart(2, '0');
    return precision === 'year' ? `${from.y}` : precision === 'month' ? `${from.y}-${mm}` : `${from.y}-${mm}-${dd}`;
  }
  const w = findWrittenDate(s);
  return w ? w.iso : null;
}

// ---------------------------------------------------------------------------
// Boilerplate and metadata lines

const BOILERPLATE: RegExp[] = [
  /^(?:aktuell sind )?(?:\d+|keine) kommentare?(?: vorhanden)?\.?$/i,
  /^kommentare? (?:anzeigen|ausblenden|lesen|schreiben)$/i,
  /^(?:\d+ )?(?:comments?|kommentare?)$/i,
  /^(?:zum )?newsletter(?: abonnieren| bestellen)?$/i,
  /^ich möchte (?:gerne )?(?:nachrichten|den newsletter|informationen)\b.*\berhalten\.?$/i,
  /^nicht mehr anzeigen$/i,
  /^(?:mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant|weitere artikel|das könnte sie auch interessieren|zum thema)\b:?.{0,80}$/i,
  /^(?:diese audioversion wurde künstlich generiert|artikel anhören|audio(?:version)? (?:anhören|abspielen)|listen to (?:this )?(?:article|story))\b.*$/i,
  /^mehr infos$/i,
  /^\d{1,2}:\d{2}(?::\d{2})?$/,
  /^\S+\.(?:jpe?g|png|gif|webp|svg|JPG|JPEG|PNG)$/i,
  /^(?:foto|bild|grafik|quelle bild|image|photo|credit)\s*:.{0,120}$/i,
  /^©.{0,120}$/,
  /^(?:copyright|alle rechte vorbehalten|all rights reserved)\b.{0,120}$/i,
  /^(?:teilen|artikel teilen|drucken|merken|share(?: this(?: article| story)?)?|read more|weiterlesen|zur startseite|advertisement|anzeige|werbung|subscribe|abonnieren|sign up\b.*|related(?: articles| stories)?:?.*)$/i,
];

const SECTION_WORDS =
  /^(?:politik|wirtschaft|ausland|inland|international|panorama|sport|kultur|wissenschaft|web|etat|meinung|kommentar|analyse|news|nachrichten|world|politics|business|europe|asia|opinion|analysis)$/i;

const BYLINE = /^(?:von|by|autor(?:in)?|text)\s*:?\s+(.{2,120})$/i;
const SOURCE_LINE = /^(?:quelle|source)\s*:\s*(.{2,160})$/i;
const AGENCY_TAIL = /\((?:[a-zäöü]{2,5}(?:\/[a-zäöü]{2,5}){0,4})\)\s*$/i;
const DATE_LINE = /^(?:date|datum|stand|published|veröffentlicht(?: am)?|updated|aktualisiert(?: am)?)\s*:?\s*/i;

/** Headings of teaser blocks: the short link lines after them are furniture too. */
const TEASER_HEAD = /^(?:mehr zum thema|lesen sie (?:auch|mehr)|weitere artikel|das könnte sie auch interessieren|auch interessant|zum thema|read more|related(?: articles| stories)?|more on this story|you may also like)\b:?\s*$/i;
/** "Donaupost › Politik › Ausland", "Home > World > Asia". */
const BREADCRUMB = /^[^.!?›»>|]{2,40}(?:\s[›»>|/]\s[^.!?›»>|]{2,40}){1,5}$/;
/** An all-capitals masthead line near the top ("CAPITOL LEDGER"). */
const MASTHEAD = /^[A-ZÄÖÜ][A-ZÄÖÜ&.'’ -]{3,40}$/;
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(.*)$/i;

/** "CAPITOL LEDGER" → "Capitol Ledger". */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** The outlet named by a copyright line ("© 2025 Capitol Ledger. All rights reserved." → "Capitol Ledger"). */
function outletFromCopyright(rest: string): string | null {
  const name = rest
    .replace(/\b(?:19|20)\d\d\b/g, ' ')
    .replace(/\b(?:all rights reserved|alle rechte vorbehalten)\b.*$/i, ' ')
    .replace(/[.,;:|–-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name || name.split(' ').length > 5 || /^\p{Ll}/u.test(name)) return null;
  return name;
}

/** Map an outlet name or URL to the lexicon's canonical outlet name, if it knows one. */
export function canonicalOutlet(name: string | null, url: string | null, lexicon?: Lexicon): string | null {
  if (!lexicon) return name;
  const f = (x: string) => fold(x).replace(/^the\s+/, '').trim();
  const host = url ? url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').split('/')[0].toLowerCase() : null;
  for (const [canon, info] of Object.entries(lexicon.outlets)) {
    const names = [canon, ...(info.aliases ?? [])].map(f);
    if (name && names.includes(f(name))) return canon;
    const u = info.url?.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').split('/')[0].toLowerCase();
    if (host && u && (host === u || host.endsWith('.' + u))) return canon;
    if (name && u && f(name) === u) return canon;
  }
  return name;
}

function isBoilerplateLine(line: string): boolean {
  for (const re of BOILERPLATE) if (re.test(line)) return true;
  return false;
}

const AGENCIES = /\b(dpa|APA|AFP|Reuters|AP|KNA|epd|SDA|Bloomberg|sid|red)\b/i;

/**
 * Read the structure of an article. Front matter wins over what is inferred
 * from the text; broken front matter is reported and otherwise ignored.
 */
export function parseArticle(text: string, lexicon?: Lexicon): ArticleStructure {
  const diagnostics: CoreDiagnostic[] = [];
  const meta: ArticleMeta = { title: null, outlet: null, date: null, url: null, byline: null, lang: null };
  let frontMatter: Span | null = null;
  let bodyStart = 0;

  // U+FFFD: bytes the editor could not decode — a Windows-1252/Latin-1 file opened as UTF-8 ("Gr\uFFFDne")
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    let count = 0;
    for (let k = bad; k >= 0 && count < 1000; k = text.indexOf('\uFFFD', k + 1)) count++;
    diagnostics.push({
      start: bad,
      end: bad + 1,
      severity: 'warning',
      message:
        `${count >= 1000 ? 'At least 1000' : count} character${count === 1 ? '' : 's'} could not be decoded (\uFFFD): the file is probably not UTF-8. ` +
        'Reopen it with its encoding (Windows 1252 or ISO 8859-1 for older German text) so names and figures read right.',
    });
  }

  const fm = parseFrontMatter(text);
  if (fm) {
    diagnostics.push(...fm.diagnostics);
    if (fm.span.end > 0) {
      frontMatter = fm.span;
      bodyStart = fm.span.end;
      const d = fm.data;
      for (const k of Object.keys(d)) {
        if (!FM_KEYS.has(k)) {
          diagnostics.push({ start: 0, end: 3, severity: 'info', message: `Unknown front matter key "${k}" (known: title, outlet, date, url, lang, byline).`, line: 0 });
        }
      }
      meta.title = str(d.title);
      meta.outlet = str(d.outlet) ?? str(d.source);
      meta.url = str(d.url);
      meta.byline = str(d.byline) ?? str(d.author);
      const rawDate = str(d.date);
      meta.date = normaliseDate(rawDate);
      if (rawDate && !meta.date) {
        diagnostics.push({ start: 0, end: frontMatter.end, severity: 'warning', message: `Front matter date "${rawDate}" is not a date (use YYYY-MM-DD).`, line: 0 });
      }
      const lang = (str(d.lang) ?? str(d.language))?.toLowerCase() ?? null;
      if (lang === 'de' || lang === 'en') meta.lang = lang;
      else if (lang && /^(?:de|en)[-_]/.test(lang)) meta.lang = lang.slice(0, 2) as Lang;
      else if (lang) diagnostics.push({ start: 0, end: frontMatter.end, severity: 'warning', message: `Front matter lang "${lang}" is not supported (de or en).`, line: 0 });
    }
  }

  const boilerplate: Span[] = [];
  const metaLines: Span[] = [];
  let titleSpan: Span | null = null;
  const lines = lineSpans(text).filter((l) => l.start >= bodyStart);
  let contentLines = 0;
  let prevWasNewsletter = false;
  let inTeasers = false;
  let linesSeen = 0;

  for (let idx = 0; idx < lines.length; idx++) {
    const raw = lines[idx];
    let s = raw.start;
    let e = raw.end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (s === e) continue;
    const line = text.slice(s, e);
    const span = { start: s, end: e };
    const short = line.length <= 160;
    linesSeen++;

    if (short && (isBoilerplateLine(line) || (prevWasNewsletter && /\b(?:e-mail|newsletter|erhalten|abonnieren)\b/i.test(line)))) {
      boilerplate.push(span);
      prevWasNewsletter = /^(?:zum )?newsletter/i.test(line) || prevWasNewsletter;
      inTeasers = TEASER_HEAD.test(line) || (inTeasers && !/^(?:kommentare|newsletter|share|teilen)/i.test(line));
      const c = COPYRIGHT.exec(line);
      if (c && !meta.outlet) meta.outlet = outletFromCopyright(c[1]);
      continue;
    }
    prevWasNewsletter = false;
    // Teaser links after "Mehr zum Thema": short lines without a sentence end.
    if (inTeasers && line.length <= 120 && !/[.!?:]$/.test(line)) {
      boilerplate.push(span);
      continue;
    }
    inTeasers = false;
    if (short && BREADCRUMB.test(line)) {
      const first = line.split(/\s[›»>|/]\s/)[0].trim();
      if (!meta.outlet && !SECTION_WORDS.test(first) && !/^(?:home|start(?:seite)?)$/i.test(first)) meta.outlet = first;
      metaLines.push(span);
      continue;
    }
    if (linesSeen <= 3 && contentLines === 0 && MASTHEAD.test(line) && /[A-ZÄÖÜ]{3}/.test(line) && !SECTION_WORDS.test(line)) {
      meta.outlet ??= titleCase(line.trim());
      metaLines.push(span);
      continue;
    }

    let m: RegExpExecArray | null;
    if (short && (m = BYLINE.exec(line)) && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 12) {
      meta.byline ??= m[1].trim();
      metaLines.push(span);
      continue;
    }
    if (short && (m = SOURCE_LINE.exec(line))) {
      const parts = m[1].split(/,\s*/);
      if (!meta.outlet && parts[0] && !AGENCIES.test(parts[0]) ) meta.outlet = parts[0].trim();
      const rest = parts.slice(meta.outlet === parts[0]?.trim() ? 1 : 0).join(', ').trim();
      if (rest) meta.byline ??= rest;
      metaLines.push(span);
      continue;
    }
    if (short && SECTION_WORDS.test(line)) {
      metaLines.push(span);
      continue;
    }
    // A date line: "date 2024-10", "28. April, 2025", "Stand: 23.10.2024 14:05 Uhr".
    const dl = DATE_LINE.exec(line);
    const wd = line.length <= 60 ? findWrittenDate(line) : null;
    if (dl && dl[0].length > 0) {
      const after = line.slice(dl[0].length);
      const d = findWrittenDate(after);
      if (d && d.start === 0) {
        meta.date ??= d.iso;
        const restStart = s + dl[0].length + d.end;
        const rest = text.slice(restStart, e);
        if (/^[\s,.;:|–-]*(?:\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*$/i.test(rest)) {
          metaLines.push(span);
          continue;
        }
        // The date prefixes a paragraph: only the date part is metadata, and there is no headline line.
        metaLines.push({ start: s, end: restStart });
        contentLines++;
        continue;
      }
    }
    if (wd && wd.start === 0 && /^[\s,.;:|–-]*(?:\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*$/i.test(line.slice(wd.end))) {
      meta.date ??= wd.iso;
      metaLines.push(span);
      continue;
    }
    // "(afp/red)" at the end of a paragraph: agencies.
    const tail = AGENCY_TAIL.exec(line);
    if (tail && AGENCIES.test(tail[0])) {
      meta.byline ??= tail[0].slice(1, -1).trim();
      if (tail.index === 0) {
        metaLines.push(span);
        continue;
      }
      metaLines.push({ start: s + tail.index, end: e });
    }
    // Headline: the first content line, when it is short and reads like a heading.
    if (contentLines === 0 && !titleSpan && line.length <= 200 && !/[.:;,]$/.test(line)) {
      titleSpan = span;
      meta.title ??= line;
    }
    contentLines++;
  }

  // Dateline "Wien –", "Kiew (dpa) –", "SEOUL (Reuters) -" starting the first paragraphs: an agency is a byline.
  if (!meta.byline) {
    const dm = /(?:^|\n)\s*[\p{Lu}][\p{L}.\- ]{1,30}\s*\(([A-Za-z]{2,12}(?:\/[A-Za-z]{2,12})*)\)\s*[–—-]\s/u.exec(text.slice(bodyStart, bodyStart + 3000));
    if (dm && AGENCIES.test(dm[1])) meta.byline = dm[1];
  }

  meta.outlet = canonicalOutlet(meta.outlet, meta.url, lexicon);
  const language: Lang = meta.lang ?? detectLanguage(text.slice(bodyStart));
  return { meta, language, frontMatter, titleSpan, boilerplate, metaLines, diagnostics };
}
