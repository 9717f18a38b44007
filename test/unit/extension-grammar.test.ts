import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

/** The article grammar, tokenised by VS Code's own TextMate engine (vscode-textmate + oniguruma). */
const repoRoot = path.resolve(__dirname, '../../..');

interface Tok { text: string; scopes: string[] }

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) => {
      if (scope !== 'text.article') return null; // source.yaml is VS Code's; absent here
      const file = path.join(repoRoot, 'syntaxes/article.tmLanguage.json');
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const g = await registry.loadGrammar('text.article');
  if (!g) throw new Error('grammar did not load');
  return g;
}

function tokenize(g: vsctm.IGrammar, text: string): Tok[][] {
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the token(s) that make up `needle` on a line (all tokens inside it must share `scope`). */
function scopesOf(line: Tok[], needle: string): string[] {
  const joined = line.map((t) => t.text).join('');
  const at = joined.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not on line "${joined}"`);
  let pos = 0;
  const hit: string[][] = [];
  for (const t of line) {
    const s = pos, e = pos + t.text.length;
    if (e > at && s < at + needle.length) hit.push(t.scopes);
    pos = e;
  }
  return hit.reduce((a, b) => a.filter((x) => b.includes(x)));
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s.startsWith(prefix));

describe('article grammar (text.article)', () => {
  let g: vsctm.IGrammar;
  before(async () => { g = await loadGrammar(); });

  it('marks the first line as headline and keeps figures inside it', () => {
    const lines = tokenize(g, 'Rund 4.200 Pendler stehen im Stau\nDer Verkehr staute sich am Morgen.');
    assert.ok(has(scopesOf(lines[0], 'Pendler'), 'markup.heading.headline'));
    assert.ok(has(scopesOf(lines[0], '4.200'), 'constant.numeric.figure'));
    assert.ok(!has(scopesOf(lines[1], 'Verkehr'), 'markup.heading'));
  });

  it('treats front matter as an embedded block and the line after it not as the first line', () => {
    const lines = tokenize(g, '---\ntitle: Test\noutlet: Beispielblatt\n---\nVon: dpa/afp\nText.');
    assert.ok(has(scopesOf(lines[1], 'title'), 'meta.embedded.block.frontmatter'));
    assert.ok(has(scopesOf(lines[3], '---'), 'punctuation.definition.tag.end.frontmatter'));
    assert.ok(has(scopesOf(lines[4], 'Von:'), 'keyword.other.byline'));
    assert.ok(has(scopesOf(lines[4], 'dpa/afp'), 'entity.name.type.source'));
  });

  it('colours front matter keys and values like YAML without needing the YAML grammar', () => {
    const lines = tokenize(g, '---\ntitle: "Ein Titel"\ndate: 2024-10-23\nlang: de # Sprache\n---\nKopfzeile');
    assert.ok(has(scopesOf(lines[1], 'title'), 'entity.name.tag.yaml'));
    assert.ok(has(scopesOf(lines[1], '"Ein Titel"'), 'string.quoted.yaml'));
    assert.ok(has(scopesOf(lines[2], '2024-10-23'), 'constant.other.date.yaml'));
    assert.ok(has(scopesOf(lines[3], '# Sprache'), 'comment.line'));
    assert.ok(!has(scopesOf(lines[5], 'Kopfzeile'), 'meta.embedded'));
  });

  it('keeps a long first paragraph and a leading date line out of the headline', () => {
    const a = tokenize(g, 'Die Stadt hat am Montag beschlossen, die Brücke zu sanieren, und der Rat stimmte mit großer Mehrheit zu.\nZweiter Absatz.');
    assert.ok(!has(scopesOf(a[0], 'Brücke'), 'markup.heading'));
    const b = tokenize(g, '28. April, 2025\nText.');
    assert.ok(has(scopesOf(b[0], '28. April, 2025'), 'constant.other.date'));
  });

  it('recognises an English byline without colon but not a sentence starting with "By"', () => {
    const lines = tokenize(g, 'Headline\nBy Jane Doe and John Roe\nBy Monday, 40 people had left.');
    assert.ok(has(scopesOf(lines[1], 'Jane Doe'), 'entity.name.type.source'));
    assert.ok(!has(scopesOf(lines[2], 'Monday'), 'meta.byline'));
  });

  it('recognises byline, source lines and agency credits, not a byline as headline', () => {
    const lines = tokenize(g, 'Von: Anna Beispiel\nQuelle: Reuters\nDie Regierung bestätigte den Plan am Montag. (afp/red)\nBy Jane Doe');
    assert.ok(has(scopesOf(lines[0], 'Von:'), 'keyword.other.byline'));
    assert.ok(!has(scopesOf(lines[0], 'Anna'), 'markup.heading'));
    assert.ok(has(scopesOf(lines[1], 'Reuters'), 'entity.name.type.source'));
    assert.ok(has(scopesOf(lines[2], '(afp/red)'), 'entity.name.type.agency'));
    assert.ok(has(scopesOf(lines[3], 'By'), 'keyword.other.byline'));
  });

  it('marks datelines and date lines', () => {
    const lines = tokenize(g, 'Überschrift hier\nBERLIN (dpa) – Der Bundestag hat am Donnerstag abgestimmt.\n23.10.2024, 14:05 Uhr\nMontag, 4. November 2024');
    assert.ok(has(scopesOf(lines[1], 'BERLIN'), 'entity.name.section.place'));
    assert.ok(has(scopesOf(lines[1], '(dpa)'), 'entity.name.type.agency'));
    assert.ok(!has(scopesOf(lines[1], 'Bundestag'), 'meta.dateline'));
    assert.ok(has(scopesOf(lines[2], '23.10.2024, 14:05 Uhr'), 'constant.other.date'));
    assert.ok(has(scopesOf(lines[3], '4. November 2024'), 'constant.other.date'));
  });

  it('marks quotes in „…“, “…”, »…« and "…", with figures inside', () => {
    const text = 'Kopf\nEr sagte: „Wir haben 300 Helfer.“ Sie sagte “bald” und »vielleicht« und "nie".';
    const [, l] = tokenize(g, text);
    assert.ok(has(scopesOf(l, 'Wir haben'), 'meta.quote.double.low'));
    assert.ok(has(scopesOf(l, '300'), 'constant.numeric.figure'));
    assert.ok(has(scopesOf(l, 'bald'), 'meta.quote.double.english'));
    assert.ok(has(scopesOf(l, 'vielleicht'), 'meta.quote.guillemet'));
    assert.ok(has(scopesOf(l, 'nie'), 'meta.quote.double.ascii'));
    assert.ok(!has(scopesOf(l, 'Sie sagte'), 'meta.quote'));
    assert.ok(has(scopesOf(l, '„'), 'string.quoted.double.low'), 'the marks are string punctuation');
  });

  it('does not run a quote across lines when it is not closed', () => {
    const lines = tokenize(g, 'Kopf\nEr sagte „offen\nNeue Zeile ohne Zitat.');
    assert.ok(!has(scopesOf(lines[2], 'Neue Zeile'), 'meta.quote'));
  });

  it('marks figures with thousands separators, decimals and units, not parts of words', () => {
    const [, l] = tokenize(g, 'Kopf\nEtwa 11.000 Soldaten, 2,5 Prozent, 1,5 Millionen Euro, 30 % und die A7.');
    assert.ok(has(scopesOf(l, '11.000'), 'constant.numeric.figure'));
    assert.ok(has(scopesOf(l, '2,5'), 'constant.numeric.figure'));
    assert.ok(has(scopesOf(l, 'Prozent'), 'constant.numeric.unit'));
    assert.ok(has(scopesOf(l, 'Millionen'), 'constant.numeric.unit'));
    assert.ok(has(scopesOf(l, '%'), 'constant.numeric.unit'));
    assert.ok(!has(scopesOf(l, 'A7'), 'constant.numeric'));
  });

  it('marks short unpunctuated lines as subheadings and boilerplate as comment', () => {
    const lines = tokenize(g, 'Kopf\nEin Satz mit Punkt am Ende.\nDie Lage an der Grenze\nKommentare anzeigen');
    assert.ok(!has(scopesOf(lines[1], 'Ein Satz'), 'markup.heading'));
    assert.ok(has(scopesOf(lines[2], 'Die Lage'), 'markup.heading.subheading'));
    assert.ok(has(scopesOf(lines[3], 'Kommentare'), 'comment.line.boilerplate'));
  });
});
