import * as assert from 'node:assert/strict';
import { findNumbers, normaliseUnit } from '../../src/core/numbers';
import type { Lang, NumberMention } from '../../src/core/types';

/** All figures, with the invariants every result must satisfy checked on the way. */
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

/** The one figure in `text` (fails if there is not exactly one). */
function one(text: string, lang: Lang = 'de'): NumberMention {
  const out = figs(text, lang);
  assert.equal(out.length, 1, `expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(out.map((m) => m.text))}`);
  return out[0];
}

function values(text: string, lang: Lang = 'de'): number[] {
  return figs(text, lang).map((m) => m.value);
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
}

describe('numbers: digits and separators', () => {
  const cases: [string, Lang, number][] = [
    ['Die Stadt zählt 14.000 Einwohner mehr.', 'de', 14000],
    ['Der Verein hat 3000 Mitglieder.', 'de', 3000],
    ['Das Wachstum lag bei 1,5 Prozent.', 'de', 1.5],
    ['Der Messwert betrug 2.000,352 Einheiten.', 'de', 2000.352],
    ['Die Region hat 1 234 567 Bewohner.', 'de', 1234567],
    ['Die Region hat 1\u202f234\u202f567 Bewohner.', 'de', 1234567],
    ['Gezählt wurden 40\u00a0000 Stimmen.', 'de', 40000],
    ['Der Wert stieg auf 4,800 Punkte.', 'de', 4.8],
    ['Es kamen 1.500 Besucher.', 'de', 1500],
    ['Im Lager lagen 1.234.567 Masken.', 'de', 1234567],
    ['The town has 14,000 residents.', 'en', 14000],
    ['Growth slowed to 1.5 percent.', 'en', 1.5],
    ['The figure was revised to 1,234.5 tonnes.', 'en', 1234.5],
    ['Officials counted 1,500 ballots.', 'en', 1500],
  ];
  for (const [text, lang, v] of cases) {
    it(`${text} → ${v}`, () => {
      const m = one(text, lang);
      assert.ok(near(m.value, v), `got ${m.value}`);
    });
  }

  it('reads a German "1.5" as a decimal and an English "1.500" as 1.5', () => {
    assert.equal(one('Der Index fiel um 1.5 Punkte.', 'de').value, 1.5);
    assert.equal(one('The index fell 1.500 points.', 'en').value, 1.5);
  });

  it('keeps numeral offsets on the digits', () => {
    const t = 'Laut Polizei waren etwa 11.000 Menschen auf der Straße.';
    const m = one(t);
    assert.equal(t.slice(m.numStart, m.numEnd), '11.000');
    assert.equal(m.text, 'etwa 11.000 Menschen');
  });

  it('reads negative temperatures', () => {
    const m = one('In der Nacht sank die Temperatur auf -12 Grad.');
    assert.equal(m.value, -12);
    assert.equal(m.unitKey, 'deg');
  });
});

describe('numbers: number words', () => {
  const de: [string, number][] = [
    ['Bei dem Unfall starben zwölf Menschen.', 12],
    ['Das Haus hat einhunderteinunddreißig Zimmer.', 131],
    ['Im Saal saßen zweitausend Gäste.', 2000],
    ['Zur Demonstration kamen fünfzehntausend Leute.', 15000],
    ['Die Gemeinde zählt zwei Millionen eintausendeinhundertfünfzig Einwohner.', 2001150],
    ['Es waren dreihundertneunundneunzigtausendfünfhundertneun Stimmen.', 399509],
    ['Dort leben sechzehn Familien.', 16],
    ['Er wartete zwei Komma fünf Stunden.', 2.5],
  ];
  for (const [text, v] of de) {
    it(`${text} → ${v}`, () => assert.ok(near(one(text).value, v), String(one(text).value)));
  }
  const en: [string, number][] = [
    ['Twelve people were rescued.', 12],
    ['Police arrested twenty-five people.', 25],
    ['The company cut three hundred jobs.', 300],
    ['The hospital treated three hundred and twenty patients.', 320],
    ['Rescuers found one hundred survivors.', 100],
  ];
  for (const [text, v] of en) {
    it(`${text} → ${v}`, () => assert.equal(one(text, 'en').value, v));
  }

  it('treats plain German "zwei"/"drei" in running text as figures', () => {
    assert.deepEqual(values('Zwei Polizisten und drei Sanitäter waren vor Ort.'), [2, 3]);
  });

  it('does not read capitalised numerals in mid-sentence as figures (team, names)', () => {
    assert.deepEqual(values('Die Elf von Trainer Huber verlor deutlich.'), []);
    assert.deepEqual(values('Die Sängerin Anna Tausend trat in Graz auf.'), []);
    assert.deepEqual(values('The Big Three met in Geneva.', 'en'), []);
  });

  it('does not read number words inside compounds', () => {
    assert.deepEqual(values('Die Zwei-Staaten-Lösung bleibt umstritten, Zweifel wachsen.'), []);
    assert.deepEqual(values('A three-way race in a two-party system.', 'en'), []);
  });
});

describe('numbers: scales, vague plurals and fractions', () => {
  it('multiplies scale words and abbreviations', () => {
    assert.equal(one('Das Projekt kostet 1,5 Millionen.').value, 1500000);
    assert.equal(one('Der Umsatz lag bei 3 Mio. im Quartal.').value, 3000000);
    assert.equal(one('Das Defizit beträgt 2 Mrd. heuer.').value, 2000000000);
    assert.equal(one('The fund holds 1.5 million shares.', 'en').value, 1500000);
    assert.equal(one('The deal is worth 2 bn overall.', 'en').value, 2000000000);
    assert.equal(one('Insgesamt kamen eine Million Besucher.').value, 1000000);
    assert.equal(one('Die Miete stieg um ein Dutzend Prozent.').value, 12);
    assert.equal(one('Es gab sie hundert Mal.').value, 100);
  });

  it('reports "ein Dutzend" as 12 and "ein halbes Dutzend" as 6', () => {
    assert.equal(one('Es meldeten sich ein Dutzend Freiwillige.').value, 12);
    assert.equal(one('Es meldeten sich ein halbes Dutzend Freiwillige.').value, 6);
    assert.equal(one('Er kaufte fünf Dutzend Eier.').value, 60);
  });

  it('does not report vague plurals, which name no value', () => {
    for (const [t, lang] of [
      ['Dutzende Häuser wurden zerstört.', 'de'],
      ['Tausende Menschen flohen aus der Stadt.', 'de'],
      ['Zehntausende gingen auf die Straße.', 'de'],
      ['Es waren einige Hundert Demonstranten.', 'de'],
      ['Tens of thousands of people marched.', 'en'],
      ['Dozens of homes were damaged.', 'en'],
      ['Millionen Menschen sahen zu.', 'de'],
    ] as const) {
      assert.deepEqual(findNumbers(t, lang), [], t);
    }
    // …while a counted dozen is a figure.
    assert.equal(one('Ein Dutzend Häuser wurde zerstört.').value, 12);
  });

  it('resolves fractions', () => {
    assert.ok(near(one('Zwei Drittel der Befragten stimmten zu.').value, 2 / 3));
    assert.equal(one('Die Reise dauerte anderthalb Tage.').value, 1.5);
    assert.equal(one('Er blieb eineinhalb Jahre im Amt.').value, 1.5);
    assert.equal(one('Die Stadt hat dreieinhalb Millionen Einwohner.').value, 3500000);
    assert.equal(one('Eine halbe Million Menschen sind betroffen.').value, 500000);
    assert.equal(one('Drei Viertel der Fläche sind Wald.').value, 0.75);
    assert.equal(one('Der Anteil liegt bei ½.').value, 0.5);
    assert.equal(one('Etwa 1/2 der Stimmen fiel auf ihn.').value, 0.5);
    assert.ok(near(one('Two thirds of voters agreed.', 'en').value, 2 / 3));
    assert.equal(one('Es fehlte ein Viertel des Budgets.').value, 0.25);
  });

  it('applies the scale of the upper bound to the lower bound of a range', () => {
    const m = one('Die Schäden liegen zwischen 100 und 300 Milliarden Euro.');
    assert.deepEqual([m.low, m.high, m.value, m.unitKey], [1e11, 3e11, 3e11, 'EUR']);
    const n = one('Gerechnet wird mit 500.000 bis 1 Million Besuchern.');
    assert.deepEqual([n.low, n.high], [500000, 1000000]);
  });
});

describe('numbers: percentages and money', () => {
  it('reads German and English percentages', () => {
    for (const t of ['Die Partei kam auf 18 Prozent.', 'Die Partei kam auf 18 %.', 'Die Partei kam auf 18%.']) {
      const m = one(t);
      assert.deepEqual([m.value, m.kind, m.unitKey], [18, 'percent', 'percent'], t);
    }
    assert.equal(one('Die Partei kam auf 18 Prozent.').unit, 'Prozent');
    assert.equal(one('Die Partei kam auf 18 %.').unit, '%');
    for (const t of ['Turnout was 18 per cent.', 'Turnout was 18 percent.', 'Turnout was 18%.']) {
      const m = one(t, 'en');
      assert.deepEqual([m.value, m.kind, m.unitKey], [18, 'percent', 'percent'], t);
    }
  });

  it('reads percentage points', () => {
    const m = one('Die SPÖ verlor 3,5 Prozentpunkte.');
    assert.deepEqual([m.value, m.kind, m.unitKey], [3.5, 'percentage-points', 'pp']);
    const e = one('Labour gained 4 percentage points.', 'en');
    assert.deepEqual([e.value, e.kind, e.unitKey], [4, 'percentage-points', 'pp']);
  });

  it('reads money with currency after and before the number', () => {
    const cases: [string, Lang, number, string][] = [
      ['Der Bau kostet 1,5 Mio. Euro.', 'de', 1500000, 'EUR'],
      ['Der Eintritt kostet 3.000 Euro.', 'de', 3000, 'EUR'],
      ['Ein Ticket kostet € 20.', 'de', 20, 'EUR'],
      ['Ein Ticket kostet 20 € pro Person.', 'de', 20, 'EUR'],
      ['Der Konzern zahlte 5 Mrd. Dollar.', 'de', 5e9, 'USD'],
      ['Die Strafe beträgt CHF 100.', 'de', 100, 'CHF'],
      ['Die Strafe beträgt 100 Franken.', 'de', 100, 'CHF'],
      ['Er verdiente 40.000 Pfund.', 'de', 40000, 'GBP'],
      ['The firm raised $5 billion.', 'en', 5e9, 'USD'],
      ['Tickets cost £20 each.', 'en', 20, 'GBP'],
      ['The club paid €2.5m for him.', 'en', 2500000, 'EUR'],
    ];
    for (const [t, lang, v, key] of cases) {
      const m = one(t, lang);
      assert.deepEqual([m.value, m.kind, m.unitKey], [v, 'money', key], t);
    }
  });

  it('keeps "ein Prozent" and "ein Euro" but not a bare "ein"', () => {
    assert.equal(one('Die Inflation stieg um ein Prozent.').value, 1);
    assert.deepEqual(values('Ein Sprecher sagte, einer der Soldaten sei eines Tages verschwunden.'), []);
    assert.deepEqual(values('One of the officials said no one was hurt.', 'en'), []);
  });
});

describe('numbers: measures', () => {
  const cases: [string, Lang, string][] = [
    ['Die Front ist 20 Kilometer lang.', 'de', 'km'],
    ['Die Front ist 20 km lang.', 'de', 'km'],
    ['Geliefert wurden 500 Tonnen Getreide.', 'de', 't'],
    ['Das Gebiet umfasst 300 Quadratkilometer.', 'de', 'km2'],
    ['Es hatte 35 Grad im Schatten.', 'de', 'deg'],
    ['Der Turm ist 120 Meter hoch.', 'de', 'm'],
    ['The wall is 5m high.', 'en', 'm'],
    ['The storm covered 40 square kilometres.', 'en', 'km2'],
  ];
  for (const [t, lang, key] of cases) {
    it(`${t} → ${key}`, () => {
      const m = one(t, lang);
      assert.deepEqual([m.kind, m.unitKey], ['measure', key]);
    });
  }
});

describe('numbers: ranges', () => {
  const cases: [string, Lang, number, number, string | null][] = [
    ['Geschätzt werden 10.000 bis 12.000 Soldaten.', 'de', 10000, 12000, 'soldat'],
    ['Geschätzt werden 10.000 – 12.000.', 'de', 10000, 12000, null],
    ['Die Quote liegt zwischen 20 und 40 Prozent.', 'de', 20, 40, 'percent'],
    ['Die Werte reichen von 5 bis 8 Punkten.', 'de', 5, 8, 'punkt'],
    ['Es waren 20-30 Personen.', 'de', 20, 30, 'person'],
    ['Experts expect 20 to 40 people.', 'en', 20, 40, 'person'],
    ['The toll is between 20 and 40.', 'en', 20, 40, null],
  ];
  for (const [t, lang, lo, hi, key] of cases) {
    it(t, () => {
      const m = one(t, lang);
      assert.deepEqual([m.low, m.high, m.value, m.qualifier, m.unitKey], [lo, hi, hi, 'range', key]);
    });
  }

  it('includes "zwischen" in the span', () => {
    assert.equal(one('Die Quote liegt zwischen 20 und 40 Prozent.').text, 'zwischen 20 und 40 Prozent');
  });

  it('does not join unrelated numbers', () => {
    assert.deepEqual(values('Die Summe aus 2 und 6 ist acht.'), [2, 6, 8]);
    assert.deepEqual(values('Der Wert stieg von 20 auf 40 Prozent.'), [20, 40]);
    assert.deepEqual(values('The rate rose from 20 to 40 percent.', 'en'), [20, 40]);
    assert.deepEqual(values('Die Zahlen von 2015 bis 2020 sind bekannt.'), []);
  });
});

describe('numbers: qualifiers', () => {
  const de: [string, string][] = [
    ['etwa', 'approx'], ['rund', 'approx'], ['ca.', 'approx'], ['circa', 'approx'], ['ungefähr', 'approx'],
    ['knapp', 'approx'], ['fast', 'approx'], ['nahezu', 'approx'], ['beinahe', 'approx'], ['annähernd', 'approx'],
    ['gut', 'approx'], ['mindestens', 'at-least'], ['wenigstens', 'at-least'], ['mehr als', 'more-than'],
    ['über', 'more-than'], ['mehr denn', 'more-than'], ['weit über', 'more-than'], ['bis zu', 'at-most'],
    ['höchstens', 'at-most'], ['maximal', 'at-most'], ['weniger als', 'less-than'], ['unter', 'less-than'],
  ];
  for (const [q, want] of de) {
    it(`de "${q}" → ${want}`, () => {
      const t = `Gemeldet wurden ${q} 90 Verletzte.`;
      const m = one(t);
      assert.equal(m.qualifier, want);
      assert.equal(m.text, `${q} 90 Verletzte`);
      assert.equal(m.unitKey, 'verletzte');
    });
  }
  const en: [string, string][] = [
    ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['nearly', 'approx'], ['almost', 'approx'],
    ['some', 'approx'], ['at least', 'at-least'], ['more than', 'more-than'], ['over', 'more-than'],
    ['up to', 'at-most'], ['at most', 'at-most'], ['fewer than', 'less-than'], ['less than', 'less-than'],
    ['under', 'less-than'],
  ];
  for (const [q, want] of en) {
    it(`en "${q}" → ${want}`, () => {
      const m = one(`Officials reported ${q} 90 injured.`, 'en');
      assert.equal(m.qualifier, want);
      assert.equal(m.text, `${q} 90 injured`);
    });
  }

  it('skips "insgesamt" before the qualifier', () => {
    const m = one('Das Land hat insgesamt etwa 14.000 Soldaten entsandt.');
    assert.equal(m.text, 'etwa 14.000 Soldaten');
    assert.equal(m.qualifier, 'approx');
  });
});

describe('numbers: counted nouns', () => {
  it('finds the noun after attributive adjectives (German)', () => {
    const m = one('Berichtet wird von 3.000 nordkoreanischen Soldaten an der Grenze.');
    assert.deepEqual([m.unit, m.unitKey], ['Soldaten', 'soldat']);
    assert.equal(one('Es starben 30 schwer verletzte Menschen.').unitKey, 'person');
    assert.equal(one('Demnach wurden etwa 11.000 Soldaten geschickt.').unit, 'Soldaten');
  });

  it('derives the unit from a participle when there is no noun', () => {
    const m = one('Bei dem Angriff wurden mehr als 90 verletzt.');
    assert.deepEqual([m.unit, m.unitKey, m.qualifier], ['verletzt', 'verletzte', 'more-than']);
    assert.equal(one('At least 12 killed in the blast.', 'en').unitKey, 'tote');
  });

  it('finds no noun where none follows', () => {
    assert.equal(one('Später kamen 3.000 weitere zu Beginn des Jahres.').unit, null);
    assert.equal(one('Sie schickten 3.000 nach Russland.').unit, null);
  });

  it('finds the noun after adjectives (English)', () => {
    const m = one('Around 3,000 North Korean troops were deployed.', 'en');
    assert.deepEqual([m.unit, m.unitKey, m.qualifier], ['troops', 'soldat', 'approx']);
    assert.equal(one('The virus infected 20 new patients on Monday.', 'en').unit, 'patients');
    assert.equal(one('They moved to three military training sites in the east.', 'en').unit, 'sites');
    assert.equal(one('The army has some 3,000 sent to the border.', 'en').unit, null);
  });
});

describe('numbers: not figures', () => {
  const de = [
    'Das geschah im Jahr 2015 in Wien.',
    'Die Wahl fand 2024 statt.',
    'In den 1990er Jahren war das anders.',
    'Am 28. April trat er zurück.',
    'Die Sitzung ist am 3.10.2024 geplant.',
    'Das Dokument trägt das Datum 2024-10-23.',
    'Der Zug fährt um 6 Uhr ab.',
    'Die Sendung beginnt um 21.00 Uhr.',
    'Die Sendung beginnt um 21:30.',
    'Das Spiel endete 2:1 für die Gäste.',
    'Nach dem 3:0-Sieg feierten die Fans.',
    'Am 3. Oktober ist Feiertag.',
    'Er gewann zum zweiten Mal, der dritte Versuch scheiterte.',
    'Die F-35 und der A4 sind bekannt, ebenso die G7.',
    'Die Zahl der COVID-19-Fälle wird nicht genannt.',
    'Das Update für Windows 10 kam spät, ebenso das iPhone 15.',
    'Die Debatte über Paragraf 218 und § 219 geht weiter.',
    'Laut Artikel 5 ist das erlaubt.',
    'Erreichbar unter Tel. 0664 123 45 67 oder +43 1 234 5678.',
    'Mehr unter https://example.org/news/2024/10/23/artikel-123.',
    'Das berichtete die Zeitung (red, 16. 5. 2016).',
    'Einen Tag später meldete er sich.',
    'Das Spiel endete zwei zu eins.',
    'Das neue iPhone 7 werde Dinge können, hieß es.',
    'Bis 18.51, ORF 2 19.40 MAGAZIN Der Film läuft bis 0.35.',
    'Die Fehler betreffen Ubuntu 12.04 und GNOME 3.18.',
  ];
  for (const t of de) {
    it(`de: ${t}`, () => assert.deepEqual(figs(t).map((m) => m.text), []));
  }
  const en = [
    'It happened in 2015 in Vienna.',
    'The meeting is on October 3, 2024, at 6 pm.',
    'The 9/11 attacks changed everything; the shop is open 24/7.',
    'The team won 3-0 at home in the 2nd round.',
    'He still runs Windows 10 and flies the F-35.',
    'Call +44 20 7946 0958 for details.',
  ];
  for (const t of en) {
    it(`en: ${t}`, () => assert.deepEqual(figs(t, 'en').map((m) => m.text), []));
  }

  it('reads one unit of time with a qualifier (seit über einem Jahr, etwa einer Sekunde), not the bare time phrase (vor einem Jahr)', () => {
    assert.deepEqual(values('Die Produktion sank so stark wie seit über einem Jahr nicht. Die Übertragung dauerte etwa eine Sekunde.'), [1, 1]);
    assert.deepEqual(values('Vor einem Jahr kam er, einen Tag später ging er wieder.'), []);
  });

  it('reads a unit that opens a compound (25-Kilometer-Zaun, 20-Prozent-Quote), not a plan named by a count (10-Punkte-Plan)', () => {
    const t = 'Geplant sind ein 25-Kilometer-Zaun, eine Sanierung mit 20-Prozent-Quote und ein 10-Punkte-Plan.';
    assert.deepEqual(figs(t).map((m) => [m.text, m.value, m.kind]), [
      ['25-Kilometer', 25, 'measure'],
      ['20-Prozent', 20, 'percent'],
    ]);
  });

  it('reads two digits after a period as an amount only with a unit, currency or percent (2.50 Euro, 1.85 Meter)', () => {
    assert.deepEqual(values('Der Eintritt kostet 2.50 Euro, der Zaun ist 1.85 Meter hoch, die Quote liegt bei 12.50 Prozent.'), [2.5, 1.85, 12.5]);
  });

  it('still reads a four-digit count when a unit or qualifier says so', () => {
    assert.equal(one('Es kamen rund 2000 Menschen.').value, 2000);
    assert.equal(one('Das kostet 2000 Euro.').value, 2000);
    assert.equal(one('Die 1500 Soldaten wurden verlegt.').value, 1500);
    assert.equal(one('More than 2000 people attended.', 'en').value, 2000);
  });

  it('reads a count right after a German date ("am 22. März 28 Menschen"), not a day of an English-style date', () => {
    assert.deepEqual(values('Bei den Anschlägen am 22. März 28 Menschen ums Leben.'), [28]);
    assert.deepEqual(values('Die Polizei nahm im Mai 12 Verdächtige fest.'), [12]);
    assert.deepEqual(values('Seit dem 3. Oktober 15 neue Fälle.'), [15]);
    assert.deepEqual(values('Die Tickets werden ab September 16 Euro teurer.'), [16]);
    assert.deepEqual(values('The vote is on March 28, and 300 delegates attend.', 'en'), [300]);
  });

  it('reads a number at the end of a German sentence (not an ordinal)', () => {
    assert.deepEqual(values('Die Zahl der Toten stieg auf 30. Die Behörden warnten.'), [30]);
  });
});

describe('numbers: exclude spans', () => {
  it('reports nothing inside excluded spans', () => {
    const t = 'Aktuell 12 Kommentare\nEs kamen 300 Menschen.';
    const all = findNumbers(t, 'de');
    assert.equal(all.length, 2);
    const out = findNumbers(t, 'de', { exclude: [{ start: 0, end: t.indexOf('\n') }] });
    assert.deepEqual(out.map((m) => m.value), [300]);
  });
});

describe('normaliseUnit', () => {
  const cases: [string, Lang, string][] = [
    ['Soldaten', 'de', 'soldat'], ['Soldat', 'de', 'soldat'], ['Truppen', 'de', 'soldat'], ['Kämpfer', 'de', 'soldat'],
    ['troops', 'en', 'soldat'], ['soldiers', 'en', 'soldat'], ['Nato-Soldaten', 'de', 'soldat'],
    ['Bundeswehrsoldaten', 'de', 'soldat'], ['Tote', 'de', 'tote'], ['Todesopfer', 'de', 'tote'],
    ['Getötete', 'de', 'tote'], ['dead', 'en', 'tote'], ['killed', 'en', 'tote'], ['Verletzte', 'de', 'verletzte'],
    ['verletzt', 'de', 'verletzte'], ['injured', 'en', 'verletzte'], ['wounded', 'en', 'verletzte'],
    ['Menschen', 'de', 'person'], ['Personen', 'de', 'person'], ['Leute', 'de', 'person'], ['people', 'en', 'person'],
    ['Euro', 'de', 'EUR'], ['€', 'de', 'EUR'], ['EUR', 'en', 'EUR'], ['Prozent', 'de', 'percent'], ['%', 'de', 'percent'],
    ['percent', 'en', 'percent'], ['Prozentpunkte', 'de', 'pp'], ['Kilometer', 'de', 'km'], ['km', 'en', 'km'],
  ];
  for (const [noun, lang, key] of cases) {
    it(`${noun} → ${key}`, () => assert.equal(normaliseUnit(noun, lang), key));
  }

  it('maps singular and plural of other nouns to one key', () => {
    assert.equal(normaliseUnit('Raketen', 'de'), normaliseUnit('Rakete', 'de'));
    assert.equal(normaliseUnit('Drohnen', 'de'), normaliseUnit('Drohne', 'de'));
    assert.equal(normaliseUnit('missiles', 'en'), normaliseUnit('missile', 'en'));
    assert.equal(normaliseUnit('countries', 'en'), normaliseUnit('country', 'en'));
    assert.equal(normaliseUnit('', 'de'), null);
  });
});
