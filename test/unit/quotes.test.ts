import * as assert from 'node:assert/strict';
import { findQuotes, quoteWordCount } from '../../src/core/quotes';
import type { Quote } from '../../src/core/types';

function inner(text: string, q: Quote): string {
  return text.slice(q.innerStart, q.innerEnd);
}

function check(text: string, qs: Quote[]): void {
  for (const q of qs) {
    assert.equal(q.text, text.slice(q.start, q.end), 'text === slice');
    assert.ok(q.start < q.innerStart && q.innerStart <= q.innerEnd && q.innerEnd <= q.end);
  }
}

describe('findQuotes', () => {
  it('finds German „…“ quotes and keeps the marks out of the inner span', () => {
    const t = '„Wir liefern keine Waffen“, sagte die Ministerin. Später folgte eine Erklärung.';
    const qs = findQuotes(t, 'de');
    check(t, qs);
    assert.equal(qs.length, 1);
    assert.equal(inner(t, qs[0]), 'Wir liefern keine Waffen');
    assert.equal(qs[0].text, '„Wir liefern keine Waffen“');
  });

  it('finds every supported pair of marks', () => {
    const cases: Array<[string, string]> = [
      ['Er sagte "Die Lage ist ernst" und ging.', 'Die Lage ist ernst'],
      ['He said “the talks will go on” on Monday.', 'the talks will go on'],
      ['Sie schrieb ”Wir warten ab” in einer Mail.', 'Wir warten ab'],
      ['Der Minister sprach von »einer neuen Lage im Osten« vor Journalisten.', 'einer neuen Lage im Osten'],
      ['Le ministre a parlé de «une situation nouvelle» hier.', 'une situation nouvelle'],
      ['Der Sprecher sagte ‚wir bleiben dabei‘ und lächelte.', 'wir bleiben dabei'],
      ['„Das war knapp”, meinte der Trainer.', 'Das war knapp'],
    ];
    for (const [t, want] of cases) {
      const qs = findQuotes(t, 'de');
      check(t, qs);
      assert.equal(qs.length, 1, t);
      assert.equal(inner(t, qs[0]), want, t);
    }
  });

  it('keeps a nested quote inside its outer quote', () => {
    const t = '„Er hat mir gesagt: ‚Wir kommen nicht‘, und dann legte er auf“, berichtete die Zeugin.';
    const qs = findQuotes(t, 'de');
    check(t, qs);
    assert.equal(qs.length, 1);
    assert.ok(inner(t, qs[0]).includes('‚Wir kommen nicht‘'));
    assert.ok(inner(t, qs[0]).endsWith('legte er auf'));
  });

  it('does not take apostrophes for quotes', () => {
    for (const t of [
      'So geht’s nicht weiter, sagte der Wirt, und Peter’s Bar blieb zu.',
      "Peter's plan failed, and the minister's office said nothing.",
      'Rock ’n’ Roll ist zurück, schrieb das Blatt.',
    ]) {
      assert.deepEqual(findQuotes(t, t.includes('minister') ? 'en' : 'de'), [], t);
    }
  });

  it('follows a quote across a wrapped line break', () => {
    const t = 'Der Sprecher sagte: „Wir gehen davon aus, dass die Truppen\nbereits verlegt wurden.“ Mehr sagte er nicht.';
    const qs = findQuotes(t, 'de');
    check(t, qs);
    assert.equal(qs.length, 1);
    assert.ok(inner(t, qs[0]).includes('\n'));
  });

  it('recovers from an unbalanced mark at the paragraph end', () => {
    const t =
      'Die Regierung sprach von einem „ersten Schritt in die richtige Richtung und wollte sich nicht festlegen.\n\n' +
      'Der Sprecher sagte später: „Wir prüfen alle Optionen.“ Danach endete die Pressekonferenz.';
    const qs = findQuotes(t, 'de');
    check(t, qs);
    assert.equal(qs.length, 1, 'the stray mark must not swallow the next paragraph');
    assert.equal(inner(t, qs[0]), 'Wir prüfen alle Optionen.');
  });

  it('recovers from a stray mark inside one long paragraph line', () => {
    const long = 'Die Verhandlungen dauerten bis in die Nacht und wurden am Morgen fortgesetzt, ohne dass ein Ergebnis vorlag. ';
    const t = `Der „Plan sollte alles ändern. ${long}${long}Der Minister sagte: „Es gibt keine Einigung.“\nNeuer Absatz ohne Zitat.`;
    const qs = findQuotes(t, 'de');
    check(t, qs);
    assert.deepEqual(qs.map((q) => inner(t, q)), ['Es gibt keine Einigung.']);
  });

  it('reports the first paragraph of a multi-paragraph quote', () => {
    const t = '„Wir haben alles versucht.\n\n„Am Ende hat es nicht gereicht“, sagte die Trainerin.';
    const qs = findQuotes(t, 'de');
    check(t, qs);
    assert.equal(qs.length, 2);
    assert.equal(inner(t, qs[0]), 'Wir haben alles versucht.');
    assert.equal(inner(t, qs[1]), 'Am Ende hat es nicht gereicht');
  });

  it('skips excluded spans', () => {
    const t = '---\ntitle: „Kein Zitat hier drin“\n---\nDer Minister sagte: „Das ist ein Zitat.“';
    const fmEnd = t.indexOf('---\n', 4) + 4;
    const qs = findQuotes(t, 'de', { exclude: [{ start: 0, end: fmEnd }] });
    check(t, qs);
    assert.deepEqual(qs.map((q) => inner(t, q)), ['Das ist ein Zitat.']);
  });

  it('reports scare quotes and titles too (speech is decided by analyzeSources)', () => {
    const t = 'In der „Washington Post“ war von einem „Medienhype“ die Rede.';
    const qs = findQuotes(t, 'de');
    assert.deepEqual(qs.map((q) => inner(t, q)), ['Washington Post', 'Medienhype']);
    assert.equal(quoteWordCount(t, qs[0]), 2);
    assert.equal(quoteWordCount(t, qs[1]), 1);
  });

  it('ignores empty quotes and inch marks', () => {
    const t = 'Das Feld "" blieb leer, der Bildschirm misst 27" und mehr.';
    assert.deepEqual(findQuotes(t, 'de'), []);
  });
});
