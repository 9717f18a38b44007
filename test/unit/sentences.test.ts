import * as assert from 'node:assert/strict';
import { MAX_SENTENCE, splitSentences } from '../../src/core/sentences';

const split = (t: string, lang: 'de' | 'en' = 'de') => splitSentences(t, lang).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits German sentences at terminal punctuation before an upper-case start', () => {
    assert.deepEqual(split('Die Lage ist ernst. Der Minister reist ab. Morgen folgt mehr!'), [
      'Die Lage ist ernst.',
      'Der Minister reist ab.',
      'Morgen folgt mehr!',
    ]);
  });

  it('keeps abbreviations, scale words and numbers inside the sentence', () => {
    const t = 'Laut Dr. Meier kostet das Projekt ca. 1,5 Mio. Euro, u.a. für Personal. Prof. Huber widerspricht z.B. beim Zeitplan.';
    assert.deepEqual(split(t), [
      'Laut Dr. Meier kostet das Projekt ca. 1,5 Mio. Euro, u.a. für Personal.',
      'Prof. Huber widerspricht z.B. beim Zeitplan.',
    ]);
  });

  it('does not split after ordinal dates and ordinals', () => {
    const t = 'Am 28. April bestätigte der Kreml den Einsatz. Zum 3. Mal tagte der Rat am 3. Oktober in Brüssel. Es kamen 14.000 Soldaten.';
    assert.deepEqual(split(t), [
      'Am 28. April bestätigte der Kreml den Einsatz.',
      'Zum 3. Mal tagte der Rat am 3. Oktober in Brüssel.',
      'Es kamen 14.000 Soldaten.',
    ]);
  });

  it('splits after a year that ends a sentence', () => {
    assert.deepEqual(split('Der Vertrag stammt aus dem Jahr 2024. Er gilt weiter.'), ['Der Vertrag stammt aus dem Jahr 2024.', 'Er gilt weiter.']);
  });

  it('keeps a question inside a quote that the sentence continues after', () => {
    const t = '„Wer hat das angeordnet?“, fragte die Abgeordnete. Niemand antwortete.';
    assert.deepEqual(split(t), ['„Wer hat das angeordnet?“, fragte die Abgeordnete.', 'Niemand antwortete.']);
  });

  it('ends a sentence after a closing quote', () => {
    const t = 'Er sagte: „Wir bleiben.“ Dann ging er.';
    assert.deepEqual(split(t), ['Er sagte: „Wir bleiben.“', 'Dann ging er.']);
  });

  it('treats headings and paragraphs as boundaries, but joins hard-wrapped lines', () => {
    const t = 'Kiew meldet Angriffe\n\nDie Armee teilte mit, dass in der Nacht\nmehrere Drohnen abgeschossen wurden. Weitere Details fehlen.\nZweiter Absatz beginnt hier.';
    assert.deepEqual(split(t), [
      'Kiew meldet Angriffe',
      'Die Armee teilte mit, dass in der Nacht\nmehrere Drohnen abgeschossen wurden.',
      'Weitere Details fehlen.',
      'Zweiter Absatz beginnt hier.',
    ]);
  });

  it('handles English abbreviations and initials', () => {
    const t = 'Mr. Kirby met John F. Kennedy Jr. in the U.S. capital. The talks lasted 1.5 hours.';
    assert.deepEqual(split(t, 'en'), ['Mr. Kirby met John F. Kennedy Jr. in the U.S. capital.', 'The talks lasted 1.5 hours.']);
  });

  it('respects excluded spans and CRLF line ends', () => {
    const t = 'Erster Satz hier.\r\nKommentare anzeigen\r\nLetzter Satz.';
    const ex = { start: t.indexOf('Kommentare'), end: t.indexOf('Kommentare') + 'Kommentare anzeigen'.length };
    const got = splitSentences(t, 'de', { exclude: [ex] }).map((s) => t.slice(s.start, s.end));
    assert.deepEqual(got, ['Erster Satz hier.', 'Letzter Satz.']);
  });

  it('cuts run-on text without punctuation into bounded pieces at clause or word boundaries', () => {
    const t = 'und sagte er laut Angaben etwa 3, '.repeat(2000);
    const s = splitSentences(t, 'de');
    assert.ok(s.length > 10);
    for (const x of s) {
      assert.ok(x.end - x.start <= MAX_SENTENCE, 'bounded');
      assert.ok(t[x.end - 1] === ',' || x.end === t.trimEnd().length, 'cut after a comma');
    }
    assert.equal(s[0].start, 0);
    assert.equal(s[s.length - 1].end, t.trimEnd().length);
  });

  it('is linear on a long single line (no quadratic blow-up)', () => {
    const t = 'Dr. Meier sagte am 3. Oktober, es seien ca. 1.500 Soldaten. '.repeat(20000);
    const s = splitSentences(t, 'de');
    assert.equal(s.length, 20000);
    for (const x of s) assert.ok(x.end > x.start && t.slice(x.start, x.end).endsWith('Soldaten.'));
  });
});
