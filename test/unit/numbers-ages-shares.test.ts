import * as assert from 'node:assert/strict';
import { findNumbers } from '../../src/core/numbers';
import type { Lang, NumberMention } from '../../src/core/types';

/*
 * Ages, durations written as adjectives, multiplicatives, shares, ranges
 * with "ein" or a dangling hyphen, trailing qualifiers, and the weak spots
 * of the first round (years at a sentence start, product names, capitalised
 * adjectives). All sentences are our own.
 */

function figs(text: string, lang: Lang = 'de'): NumberMention[] {
  const out = findNumbers(text, lang);
  let last = -1;
  for (const m of out) {
    assert.equal(m.text, text.slice(m.start, m.end), 'text is the slice');
    assert.ok(m.start >= last, 'sorted and non-overlapping');
    assert.ok(m.start <= m.numStart && m.numStart < m.numEnd && m.numEnd <= m.end, 'numeral inside the span');
    last = m.end;
  }
  return out;
}

function one(text: string, lang: Lang = 'de'): NumberMention {
  const out = figs(text, lang);
  assert.equal(out.length, 1, `expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(out.map((m) => m.text))}`);
  return out[0];
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
}

describe('numbers: ages', () => {
  const cases: [string, Lang, number][] = [
    ['Ein 27-jähriger Feuerwehrmann wurde leicht verletzt.', 'de', 27],
    ['Festgenommen wurde eine 52-jährige Frau aus Linz.', 'de', 52],
    ['Der 64-Jährige wies alle Vorwürfe zurück.', 'de', 64],
    ['Dem 19-Jährigen droht eine Anzeige.', 'de', 19],
    ['Ein elfjähriges Kind hatte die Feuerwehr alarmiert.', 'de', 11],
    ['Die Achtjährige blieb unverletzt.', 'de', 8],
    ['Am Steuer saß ein 33jähriger Mann.', 'de', 33],
    ['Angeklagt ist Martin Gruber (47) aus Graz.', 'de', 47],
    ['Die Richterin Eva Lang (58, parteilos) trat zurück.', 'de', 58],
    ['Sie ist 29 Jahre alt und lebt in Salzburg.', 'de', 29],
    ['Er starb im Alter von 91 Jahren in Berlin.', 'de', 91],
    ['A 12-year-old girl was found safe.', 'en', 12],
    ['The suspect, Tom Miller, 36, was arrested.', 'en', 36],
    ['A woman aged 71 was taken to hospital.', 'en', 71],
    ['A seven-year-old boy called the police.', 'en', 7],
    ['The bridge is 90 years old.', 'en', 90],
  ];
  for (const [text, lang, v] of cases) {
    it(`${JSON.stringify(text)} → age ${v}`, () => {
      const m = one(text, lang);
      assert.equal(m.value, v);
      assert.equal(m.unitKey, 'age');
      assert.equal(m.unit, lang === 'de' ? (m.unit === 'Jahre' ? 'Jahre' : m.unit) : m.unit);
      assert.equal(m.kind, 'count');
    });
  }

  it('keeps durations apart from ages', () => {
    const d = one('Er verbüßt eine dreijährige Haftstrafe.');
    assert.equal(d.value, 3);
    assert.equal(d.unitKey, 'year');
    assert.equal(d.kind, 'measure');
    const p = one('Nach einer zweieinhalbjährigen Pause kehrt sie zurück.');
    assert.equal(p.value, 2.5);
    assert.equal(p.unitKey, 'year');
    assert.equal(one('seit 33 Jahren ist er im Amt.').unitKey, 'year');
    assert.equal(one('The council approved a ten-year plan.', 'en').unitKey, 'year');
  });

  it('reads other duration adjectives', () => {
    const cases: [string, Lang, number, string][] = [
      ['Der Präsident beginnt einen dreitägigen Staatsbesuch.', 'de', 3, 'day'],
      ['Geplant ist ein zweiwöchiger Kurs.', 'de', 2, 'week'],
      ['Es folgte eine 90-minütige Debatte.', 'de', 90, 'minute'],
      ['Nach sechsmonatiger Bauzeit öffnet die Brücke.', 'de', 6, 'month'],
      ['Ein einstündiges Interview wurde gesendet.', 'de', 1, 'hour'],
      ['They began a five-day strike.', 'en', 5, 'day'],
    ];
    for (const [text, lang, v, key] of cases) {
      const m = one(text, lang);
      assert.equal(m.value, v, text);
      assert.equal(m.unitKey, key, text);
    }
  });

  it('reads age ranges with a dangling hyphen', () => {
    const m = one('Befragt wurden 18- bis 24-Jährige in drei Ländern.'.replace(' in drei Ländern', ''));
    assert.equal(m.qualifier, 'range');
    assert.equal(m.low, 18);
    assert.equal(m.high, 24);
    assert.equal(m.unitKey, 'age');
  });

  it('does not read names, years and decades as ages', () => {
    assert.deepEqual(figs('Er schrieb über den Dreißigjährigen Krieg.'), []);
    assert.deepEqual(figs('In den 1990er-Jahren war das anders.'), []);
    assert.deepEqual(figs('Die Goldenen 20er prägten die Stadt.'), []);
    assert.deepEqual(figs('Der Film (2015) lief in Cannes.'), []);
    // a bracketed number after a lower-case word is no age
    const m = figs('Die Zahl der Fälle (12) stieg.');
    assert.ok(m.every((x) => x.unitKey !== 'age'));
  });
});

describe('numbers: multiplicatives and percent adjectives', () => {
  it('reads "fünfmal", "13-mal", "drei Mal"', () => {
    const a = one('Der Anteil ist fünfmal höher als erwartet.');
    assert.equal(a.value, 5);
    assert.equal(a.unitKey, 'times');
    assert.equal(one('Das Gesetz wurde 13-mal geändert.').value, 13);
    assert.equal(one('Zweimal scheiterte der Antrag.').value, 2);
    const r = one('Das kostet zwei- bis dreimal so viel.');
    assert.equal(r.low, 2);
    assert.equal(r.high, 3);
    assert.equal(r.qualifier, 'range');
    assert.equal(one('The new chip is five times faster.', 'en').value, 5);
  });

  it('does not read "einmal" or "noch mal" as a count', () => {
    assert.deepEqual(figs('Er versuchte es noch einmal.'), []);
    assert.deepEqual(figs('Es war einmal ein König.'), []);
  });

  it('reads "-prozentig"', () => {
    const m = one('Sie fordern eine 5-prozentige Erhöhung.');
    assert.equal(m.value, 5);
    assert.equal(m.kind, 'percent');
  });
});

describe('numbers: shares', () => {
  const cases: [string, number, string][] = [
    ['Jeder Vierte hat kein Auto.', 1 / 4, 'exact'],
    ['Fast jede dritte Firma meldet Verluste.', 1 / 3, 'approx'],
    ['Mehr als jeder zehnte Befragte stimmte zu.', 1 / 10, 'more-than'],
    ['Die Hälfte der Schulen bleibt geschlossen.', 1 / 2, 'exact'],
    ['Knapp die Hälfte der Stimmen ging an ihn.', 1 / 2, 'approx'],
    ['Der Preis sank um die Hälfte.', 1 / 2, 'exact'],
  ];
  for (const [text, v, q] of cases) {
    it(`${JSON.stringify(text)} → ${v.toFixed(3)} ${q}`, () => {
      const m = one(text);
      assert.ok(near(m.value, v), `${m.value}`);
      assert.equal(m.qualifier, q);
    });
  }

  it('does not read halves of time or ordinals alone', () => {
    assert.deepEqual(figs('In der ersten Hälfte des Spiels fiel kein Tor.'), []);
    assert.deepEqual(figs('Die eine Hälfte stimmte zu, die andere Hälfte nicht.'), []);
    assert.deepEqual(figs('Er wurde Vierter, jeder wusste es.'), []);
  });
});

describe('numbers: ranges, trailing qualifiers, listed "ein"', () => {
  it('reads "ein bis zwei" as a range', () => {
    const m = one('Die Prüfung dauert ein bis zwei Wochen.');
    assert.equal(m.low, 1);
    assert.equal(m.high, 2);
    assert.equal(m.qualifier, 'range');
    const n = one('Erwartet werden eine bis drei Personen.');
    assert.equal(n.low, 1);
    assert.equal(n.high, 3);
  });

  it('reads "und mehr", "plus" after the unit', () => {
    const a = one('Der Anteil soll auf 30 Prozent und mehr steigen.');
    assert.equal(a.qualifier, 'at-least');
    const b = one('Er startet in der Klasse 90 Kilogramm plus.');
    assert.equal(b.value, 90);
    assert.equal(b.qualifier, 'more-than');
    // not a qualifier: "und mehr als", "und mehr Geld", "Prozent Plus" (a noun)
    assert.equal(figs('Sie wollen 3 Tore und mehr Zuschauer.')[0].qualifier, 'exact');
    assert.equal(figs('Das ergibt 2 Prozent Plus im Jahr.')[0].qualifier, 'exact');
  });

  it('reads a listed "ein" after a counted figure', () => {
    const out = figs('Bei dem Anschlag starben 12 Soldaten und ein Dolmetscher.');
    assert.deepEqual(out.map((m) => m.value), [12, 1]);
    assert.equal(out[1].unit, 'Dolmetscher');
    // "und eine Milliarde" is a scale, read as such; "ein" without a counted figure before is no count
    assert.deepEqual(figs('Es gab zehn Millionen Nutzer und eine Milliarde Aufrufe.').map((m) => m.value), [10e6, 1e9]);
    assert.deepEqual(figs('Er kaufte ein Haus und ein Auto.'), []);
  });
});

describe('numbers: first-round weak spots', () => {
  it('counts a four-digit number that opens a sentence before a noun', () => {
    const m = one('Der Aufruf wirkte. 1800 Menschen demonstrierten am Abend.');
    assert.equal(m.value, 1800);
    assert.equal(one('Das war so. 2000 Beschäftigte verloren ihren Job.').value, 2000);
    assert.deepEqual(figs('2015 kamen viele Menschen nach Europa.'), []);
    assert.deepEqual(figs('Seit 2015 leben hier mehr Menschen.').map((m) => m.value), []);
  });

  it('reads a capitalised word before a bare number at a sentence start as a name', () => {
    assert.deepEqual(figs('Windows 10 bekommt ein großes Update.'), []);
    assert.deepEqual(figs('Windows 10 gets a large update.', 'en'), []);
    assert.equal(one('Insgesamt 40 wurden verletzt.').value, 40);
    assert.equal(one('Weitere 300 warten noch.').value, 300);
    assert.equal(one('Another 20 were injured.', 'en').value, 20);
  });

  it('does not take a capitalised adjective for the counted noun', () => {
    const m = one('Im Landtag gab es neun Aktuelle Stunden.');
    assert.equal(m.unit, 'Aktuelle Stunden');
    assert.notEqual(m.unitKey, 'hour');
    assert.equal(one('Sie aßen zwei Teller Suppe.').unit, 'Teller');
  });

  it('skips the total after a rank', () => {
    assert.deepEqual(figs('Er landete auf Platz vier von sieben.'), []);
  });
});
