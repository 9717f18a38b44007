import * as assert from 'node:assert/strict';
import { analyzeSources } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import type { Attribution, Lang, Lexicon, Quote } from '../../src/core/types';

function run(text: string, lang: Lang = 'de', lexicon?: Lexicon): { attributions: Attribution[]; quotes: Quote[] } {
  const r = analyzeSources(text, splitSentences(text, lang), lang, { lexicon });
  for (const a of r.attributions) {
    assert.equal(a.text, text.slice(a.start, a.end), 'attribution text === slice');
    assert.equal(a.cue, text.slice(a.cueStart, a.cueEnd), 'cue === slice');
    assert.equal(a.source, text.slice(a.sourceStart, a.sourceEnd), 'source === slice');
    assert.ok(a.start <= a.cueStart && a.cueEnd <= a.end && a.start <= a.sourceStart && a.sourceEnd <= a.end);
    assert.ok(a.scopeStart <= a.start && a.end <= a.scopeEnd);
  }
  for (const q of r.quotes) {
    assert.equal(q.text, text.slice(q.start, q.end));
    if (q.attribution !== null) assert.ok(q.attribution >= 0 && q.attribution < r.attributions.length);
  }
  return r;
}

/** The attribution whose cue is `cue` (first one), with a readable failure. */
function att(r: { attributions: Attribution[] }, cue: string): Attribution {
  const a = r.attributions.find((x) => x.cue === cue);
  assert.ok(a, `no attribution with cue "${cue}"; got ${JSON.stringify(r.attributions.map((x) => [x.cue, x.source, x.actor]))}`);
  return a;
}

function only(text: string, lang: Lang = 'de'): Attribution {
  const r = run(text, lang);
  assert.equal(r.attributions.length, 1, JSON.stringify(r.attributions.map((x) => [x.cue, x.source, x.actor])));
  return r.attributions[0];
}

describe('analyzeSources: prepositional cues (German)', () => {
  it('laut X', () => {
    const a = only('Laut dem japanischen Verteidigungsministerium flogen am Montag zwei Raketen über das Meer.');
    assert.equal(a.cue, 'Laut');
    assert.equal(a.source, 'dem japanischen Verteidigungsministerium');
    assert.equal(a.actor, 'Japan');
    assert.equal(a.kind, 'according-to');
  });

  it('X zufolge, with adjective sources', () => {
    let a = only('Die Armee hat französischen Angaben zufolge 400 Soldaten in den Süden verlegt.');
    assert.equal(a.cue, 'zufolge');
    assert.equal(a.source, 'französischen Angaben');
    assert.equal(a.actor, 'France');
    a = only('In der Nacht sollen israelischen Militärkreisen zufolge mehrere Drohnen abgefangen worden sein.');
    assert.equal(a.source, 'israelischen Militärkreisen');
    assert.equal(a.actor, 'Israel');
    a = only('Die Fabrik soll dem Bericht der Zeitung Asahi zufolge schon im Mai schließen.');
    assert.equal(a.source, 'dem Bericht der Zeitung Asahi');
  });

  it('nach Angaben von/der/des X and nach ADJ Angaben', () => {
    let a = only('Nach Angaben der polnischen Regierung kamen 2.000 Menschen über die Grenze.');
    assert.equal(a.actor, 'Poland');
    assert.ok(a.source.endsWith('der polnischen Regierung'));
    a = only('Es gab nach Angaben von Amnesty International mindestens 40 Festnahmen.');
    assert.equal(a.actor, 'Amnesty International');
    a = only('Nach Angaben des Weißen Hauses reist der Präsident am Freitag ab.');
    assert.equal(a.actor, 'USA');
    a = only('Das Land hat nach chinesischen Angaben 300 Flugzeuge bestellt.');
    assert.equal(a.cue, 'nach');
    assert.equal(a.source, 'chinesischen Angaben');
    assert.equal(a.actor, 'China');
  });

  it('gemäß, unter Berufung auf, nach Berichten/Schätzungen aus', () => {
    let a = only('Gemäß Berichten der türkischen Polizei wurden drei Verdächtige gefasst.');
    assert.equal(a.actor, 'Turkey');
    a = only('Nach Berichten aus Teheran ist der Botschafter bereits abgereist.');
    assert.equal(a.actor, 'Iran');
    a = only('Laut Schätzungen aus Tokio könnte die Zahl auf 5.000 steigen.');
    assert.equal(a.source, 'Schätzungen aus Tokio');
    assert.equal(a.actor, 'Japan');
    const r = run('Die Agentur meldete unter Berufung auf das Außenministerium in Peking neue Gespräche.');
    const b = att(r, 'unter Berufung auf');
    assert.equal(b.source, 'das Außenministerium in Peking');
    assert.equal(b.actor, 'China');
  });

  it('Berichten zufolge without a named source is an unknown actor', () => {
    const a = only('Berichten zufolge wurden zwei Journalisten festgehalten.');
    assert.equal(a.source, 'Berichten');
    assert.equal(a.actor, 'unknown');
  });

  it('eigenen Angaben: the subject of the sentence', () => {
    const a = only('Die britische Regierung hat eigenen Angaben nach keine Hinweise auf einen Anschlag.');
    assert.equal(a.actor, 'United Kingdom');
  });

  it('negatives: laut as an adjective, nach Angaben without a source, so as an adverb', () => {
    assert.deepEqual(run('Die Musik war laut und deutlich zu hören, viel zu laut für die Nachbarn.').attributions, []);
    assert.deepEqual(run('Nach Angaben im Formular lag der Verbrauch bei 5 Litern.').attributions, []);
    assert.deepEqual(run('Der Schaden war so groß, dass die Halle schließen musste.').attributions, []);
    assert.deepEqual(run('So hätten bereits 18 Prozent der Firmen Verträge dieser Art.').attributions, []);
    assert.deepEqual(run('Nach Berichten über neue Kämpfe stiegen die Preise um 3 Prozent.').attributions, []);
  });
});

describe('analyzeSources: verbs of saying (German)', () => {
  it('inverted order with inserted words and an apposition', () => {
    const t = '„Wir rechnen mit 2.000 weiteren Soldaten“, sagte der Sprecher des Verteidigungsministeriums in London, Tom Hale, am Dienstag.';
    const r = run(t);
    const a = att(r, 'sagte');
    assert.equal(a.source, 'der Sprecher des Verteidigungsministeriums in London, Tom Hale');
    assert.equal(a.actor, 'Tom Hale');
    assert.equal(a.kind, 'direct-quote');
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].speaker, 'Tom Hale');
  });

  it('subject first and inverted after an adverbial', () => {
    let a = only('Hale sagte am Mittwoch, die Lage bleibe angespannt.');
    assert.equal(a.source, 'Hale');
    a = only('Am Donnerstag erklärte der französische Generalstab, man habe zwei Stellungen geräumt.');
    assert.equal(a.source, 'der französische Generalstab');
    assert.equal(a.actor, 'France');
    assert.equal(a.kind, 'said');
  });

  it('separable verbs need their particle', () => {
    let a = only('Das Innenministerium teilte am Abend mit, es seien 12 Menschen verletzt worden.');
    assert.equal(a.cue, 'teilte');
    assert.equal(a.source, 'Das Innenministerium');
    a = only('Am Freitag gab die japanische Küstenwache bekannt, dass ein Schiff gesunken sei.');
    assert.equal(a.actor, 'Japan');
    a = only('Der Konzern räumte Fehler bei der Abrechnung ein, wie schon im Vorjahr.');
    assert.equal(a.cue, 'räumte');
    a = only('Die Opposition warf der Regierung Wortbruch vor.');
    assert.equal(a.source, 'Die Opposition');
    a = only('Der Kreml wies die Vorwürfe am Montag entschieden zurück.');
    assert.equal(a.actor, 'Russia');
    a = only('„Wir bleiben“, fuhr Hale fort.');
    assert.equal(a.cue, 'fuhr');
    // "sagte … ab" is another verb
    assert.deepEqual(run('Der Verband sagte das Turnier am Montag ab.').attributions, []);
  });

  it('perfect and pluperfect with the participle at the end', () => {
    let a = only('Der italienische Zoll hatte am Freitag mitgeteilt, es seien 300 Kilo beschlagnahmt worden.');
    assert.equal(a.cue, 'mitgeteilt');
    assert.equal(a.actor, 'Italy');
    a = only('Die Armee sei vorgerückt, hatte die Kommandantin der Einheit, Eva Lind, in einem Interview gesagt.');
    assert.equal(a.actor, 'Eva Lind');
  });

  it('media relaying: berichtete, meldet, zitierte Y mit den Worten', () => {
    let a = only('Das sei auf Befehl der Regierung geschehen, berichtete die staatliche Agentur Xinhua.');
    assert.equal(a.actor, 'Xinhua');
    assert.equal(a.kind, 'reported');
    const r = run('Die Agentur zitierte Regierungssprecher Jan Berg mit den Worten, der Vertrag sei gültig.');
    a = att(r, 'zitierte');
    assert.equal(a.actor, 'Jan Berg');
    assert.equal(a.kind, 'reported');
    const r2 = run('Die Lage sei ruhig, wie die Nachrichtenagentur Reuters unter Berufung auf Diplomaten meldet.');
    assert.equal(att(r2, 'meldet').actor, 'Reuters');
    assert.equal(att(r2, 'unter Berufung auf').source, 'Diplomaten');
  });

  it('so X at the end of a sentence, heißt es, hieß es', () => {
    let a = only('Die Zahl der Toten sei auf 40 gestiegen, so die Gesundheitsbehörde.');
    assert.equal(a.cue, 'so');
    assert.equal(a.source, 'die Gesundheitsbehörde');
    a = only('In einer Erklärung der Vereinten Nationen heißt es, die Hilfe reiche nicht aus.');
    assert.equal(a.actor, 'UN');
    const r = run('Die Regierung in Rom bestätigte den Plan. Die Schiffe würden im Juni auslaufen, hieß es weiter.');
    assert.equal(att(r, 'hieß es').actor, 'Italy');
  });

  it('pronouns resolve to the last named speaker', () => {
    const r = run(
      'Verteidigungsministerin Anna Kell sagte am Montag, man prüfe alle Optionen. „Wir werden nicht zögern“, fügte sie hinzu. Später betonte sie: „Die Lage ist ernst.“',
    );
    const names = r.attributions.map((a) => a.actor);
    assert.deepEqual(names, ['Anna Kell', 'Anna Kell', 'Anna Kell']);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Anna Kell', 'Anna Kell']);
  });

  it('surnames resolve to the full name given earlier', () => {
    const r = run('Regierungssprecher Lukas Brenner kündigte neue Hilfen an. „Das reicht nicht“, sagte Brenner später.');
    assert.equal(att(r, 'sagte').actor, 'Lukas Brenner');
  });

  it('negatives: negated speech, demands without content, forderte Todesopfer', () => {
    assert.deepEqual(run('Er äußerte sich nicht dazu, wie es weitergehen soll.').attributions, []);
    assert.deepEqual(run('Das Erdbeben forderte mehr als 200 Todesopfer.').attributions, []);
    assert.deepEqual(run('Die Gewerkschaft forderte höhere Löhne für alle Beschäftigten.').attributions, []);
    assert.deepEqual(run('Die bestätigten Fälle stiegen auf 1.200.').attributions, []);
    assert.deepEqual(run('„Ich habe ihnen gesagt, sie sollen warten.“').attributions, []);
  });

  it('lexicon cue verbs extend the verb list', () => {
    const lex: Lexicon = { actors: {}, cues: { de: ['verlautbarte'], en: [] }, outlets: {}, ignore: [] };
    const t = 'Die Stadtverwaltung verlautbarte, die Brücke bleibe gesperrt.';
    assert.equal(run(t).attributions.length, 0);
    const r = run(t, 'de', lex);
    assert.equal(att(r, 'verlautbarte').source, 'Die Stadtverwaltung');
  });
});

describe('analyzeSources: scope', () => {
  it('extends over subjunctive continuation sentences without a cue', () => {
    const t =
      'Die Ukraine hat nach britischen Angaben 500 Panzer verloren. Darunter seien 200 moderne Modelle. ' +
      'Die Verluste würden bis Jahresende ersetzt. Demnach liegt die Zahl höher als bekannt. ' +
      'Im Sommer beginnt die Ernte.';
    const r = run(t);
    const a = att(r, 'nach');
    assert.equal(a.actor, 'United Kingdom');
    assert.ok(a.scopeEnd >= t.indexOf('ersetzt.') + 8, 'covers the Konjunktiv sentences');
    assert.ok(a.scopeEnd < t.indexOf('Im Sommer'), 'stops at an indicative sentence');
    const d = att(r, 'Demnach');
    assert.equal(d.actor, 'United Kingdom');
  });

  it('does not extend over a heading', () => {
    const t = 'Der Minister sagte, die Lage sei ernst.\nNeue Sanktionen geplant\nEs gebe aber Hoffnung.';
    const a = only(t);
    assert.equal(a.scopeEnd, t.indexOf('\n'));
  });
});

describe('analyzeSources: quotes and speakers', () => {
  it('speaker from the cue before or after the quote', () => {
    const r = run('Kanzlerin Vera Holm erklärte: „Wir stehen zu unseren Zusagen.“ Der Kollege Paul Timm sagte: „Das sehe ich anders.“');
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Vera Holm', 'Paul Timm']);
    assert.equal(r.quotes[0].attribution, r.attributions.findIndex((a) => a.actor === 'Vera Holm'));
  });

  it('a quote in a sentence whose attribution names someone gets that speaker', () => {
    const r = run('Kell sagte in Brüssel, es gebe „klare Beweise für eine Verlegung der Truppen“ und man sei wachsam.');
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].speaker, 'Kell');
  });

  it('a quote standing alone after a speaker keeps the speaker', () => {
    const t = '„Die Lage ist ernst“, sagte Hale.\n\n„Wir werden reagieren, wenn es nötig ist.“\n\nDie Börsen schlossen ruhig.';
    const r = run(t);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Hale', 'Hale']);
  });

  it('short quoted terms and titles are not reported; longer speech is', () => {
    const r = run('Die Ministerin sprach in der „Frankfurter Rundschau“ von einer „Zeitenwende“. Sie sagte, es sei „eine Frage von Wochen“.');
    assert.deepEqual(r.quotes.map((q) => q.text), ['„eine Frage von Wochen“']);
  });

  it('a quote without any cue has no speaker', () => {
    const r = run('Unter dem Motto „Wir bleiben hier und kämpfen“ zogen Tausende durch die Stadt.');
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].speaker, null);
  });
});

describe('analyzeSources: English', () => {
  it('according to, citing, said in both orders, told, added, warned, announced', () => {
    let a = only('According to the Japanese coast guard, the ship sank near the island.', 'en');
    assert.equal(a.actor, 'Japan');
    assert.equal(a.kind, 'according-to');
    a = only('The talks have stalled, said Tom Hale, a spokesman for the ministry.', 'en');
    assert.equal(a.actor, 'Tom Hale');
    a = only('Hale told Reuters the talks had stalled.', 'en');
    assert.equal(a.cue, 'told');
    assert.equal(a.source, 'Hale');
    a = only('The Kremlin said on Monday that the troops would stay.', 'en');
    assert.equal(a.actor, 'Russia');
    a = only('Officials warned that prices could rise.', 'en');
    assert.equal(a.source, 'Officials');
    const r = run('The agency reported the fire, citing French firefighters.', 'en');
    assert.equal(att(r, 'citing').actor, 'France');
    assert.equal(att(r, 'reported').kind, 'reported');
    a = only('The White House announced new sanctions on Friday.', 'en');
    assert.equal(a.actor, 'USA');
  });

  it('quotes with he said / she added', () => {
    const r = run('“We will not back down,” Defense Secretary Mara Quinn said. “The deployment continues,” she added.', 'en');
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Mara Quinn', 'Mara Quinn']);
    assert.equal(att(r, 'added').actor, 'Mara Quinn');
  });
});

describe('analyzeSources: round 2 — German verbs in all tenses and orders', () => {
  it('opinion verbs attribute with content, not with a bare object', () => {
    let a = only('Der Ökonom warnte, die Inflation werde im Herbst auf 5 Prozent steigen.');
    assert.equal(a.cue, 'warnte');
    a = only('Die Preise steigen weiter, kritisierte die Arbeiterkammer am Dienstag.');
    assert.equal(a.source, 'die Arbeiterkammer');
    a = only('Die Gewerkschaft erwartet, dass 3.000 Stellen wegfallen.');
    assert.equal(a.cue, 'erwartet');
    a = only('Die Bürgermeisterin zeigte sich überzeugt, dass der Tunnel 2027 fertig werde.');
    assert.equal(a.cue, 'zeigte');
    assert.deepEqual(run('Der Verband warnte vor einem Ausverkauf der Industrie.').attributions, []);
    assert.deepEqual(run('Die Opposition forderte den sofortigen Rücktritt des Ministers.').attributions, []);
    assert.deepEqual(run('Die Ministerin zeigte sich am Abend im Fernsehen.').attributions, []);
    assert.deepEqual(run('Die Firma erwartet ihre Kunden im neuen Geschäft.').attributions, []);
  });

  it('plural present, verb-final plurals and coordinated sources', () => {
    let a = only('Experten sagen, der Wasserstand werde weiter sinken.');
    assert.equal(a.cue, 'sagen');
    const r = run('Der Zug entgleiste bei Linz, wie Polizei und Feuerwehr mitteilten.');
    assert.equal(r.attributions.length, 1);
    assert.equal(r.attributions[0].cue, 'mitteilten');
    assert.equal(r.attributions[0].source, 'Polizei und Feuerwehr');
    assert.equal(r.attributions[0].actor, 'Polizei');
    // two named sources give two items
    const r2 = run('Am Montag haben Angela Brunner und Peter Kogler eine Einigung verkündet.');
    assert.deepEqual(r2.attributions.map((x) => x.actor).sort(), ['Angela Brunner', 'Peter Kogler']);
    // the infinitive is not a plural present
    assert.deepEqual(run('Der Minister wollte dazu nichts sagen.').attributions, []);
    assert.deepEqual(run('Es ist schwer, dazu etwas zu sagen.').attributions, []);
  });

  it('separable verbs: abtun, abstreiten, hinzufügen, angeben; negation up to the particle', () => {
    let a = only('Der Konzern hatte die Berichte als Gerücht abgetan.');
    assert.equal(a.cue, 'abgetan');
    a = only('Der Trainer stritt jede Absprache mit dem Schiedsrichter ab.');
    assert.equal(a.cue, 'stritt');
    assert.deepEqual(run('Der Präsident stritt die Vorwürfe nicht ab, verwies aber auf die Verfassung.').attributions, []);
    assert.deepEqual(run('Der Sportler gab nach der dritten Runde auf.').attributions, []);
    assert.deepEqual(run('Der Verein meldete sich am Sonntag zu Wort.').attributions, []);
  });

  it('"geht von … aus", "hält für", "wie aus … hervorgeht", "beziffert"', () => {
    let a = only('Die Polizei geht von mindestens 40 Verletzten aus.');
    assert.equal(a.cue, 'geht');
    a = only('Die Nationalbank hält einen Zinsschritt für wahrscheinlich.');
    assert.equal(a.cue, 'hält');
    a = only('Wie aus dem Jahresbericht der Rechnungshofs hervorgeht, fehlen 2 Millionen Euro.');
    assert.equal(a.source, 'dem Jahresbericht der Rechnungshofs');
    a = only('Die Stadt beziffert den Schaden mit 1,2 Millionen Euro.');
    assert.equal(a.cue, 'beziffert');
    assert.deepEqual(run('Die Sache geht am Ende gut aus.').attributions, []);
    assert.deepEqual(run('Das neue Modell hält nun Einzug in die Büros.').attributions, []);
  });

  it('object first: the speaker after the verb', () => {
    const a = only('Die Verluste schätzt der Rechnungshof auf 40 Millionen Euro.');
    assert.equal(a.source, 'der Rechnungshof');
  });

  it('participles: "der von X genannten", agentless passives', () => {
    let a = only('Die Summe liegt unter den von Finanzminister Karl Brandt genannten 3 Milliarden Euro.');
    assert.equal(a.cue, 'genannten');
    assert.equal(a.actor, 'Karl Brandt');
    a = only('Die Schließung wurde am Freitag bestätigt.');
    assert.equal(a.cue, 'bestätigt');
    assert.equal(a.actor, 'unknown');
    assert.equal(a.kind, 'reported');
    assert.deepEqual(run('Der Bub wurde nach seinem Großvater genannt.').attributions, []);
    assert.deepEqual(run('Die Zahl wurde bisher nicht bestätigt.').attributions, []);
  });

  it('sport: "bestreitet ein Spiel" is no denial', () => {
    assert.deepEqual(run('Das Team bestreitet am Samstag sein letztes Spiel.').attributions, []);
    const a = only('Der Verteidiger bestreitet, dass sein Mandant am Tatort war.');
    assert.equal(a.cue, 'bestreitet');
  });
});

describe('analyzeSources: round 2 — prepositional cues', () => {
  it('beruhend auf, basierend auf, laut eigenem Bekunden', () => {
    let a = only('Es fehlen – beruhend auf einer Schätzung der Techniker – rund 300 Teile.');
    assert.equal(a.cue, 'beruhend auf');
    assert.equal(a.source, 'einer Schätzung der Techniker');
    const r = run('Die Direktorin Lea Winter leitet das Haus seit 20 Jahren. Den Abend hat sie laut eigenem Bekunden selbst geplant.');
    assert.equal(att(r, 'laut').actor, 'Lea Winter');
  });

  it('nach Angaben + genitive name or adjective; nach unbestätigten Berichten', () => {
    let a = only('Nach Angaben Norwegens wurden 12 Boote beschlagnahmt.');
    assert.equal(a.actor, 'Norway');
    a = only('Nach Einschätzung ukrainischer Militärs fehlen 400 Panzer.');
    assert.equal(a.actor, 'Ukraine');
    a = only('Nach unbestätigten Berichten wurden drei Schiffe versenkt.');
    assert.equal(a.actor, 'unknown');
  });

  it('", so der Minister" with a phrase after it; not ", so der Vorwurf"', () => {
    const r = run('Wirtschaftsminister Paul Eder (ÖVP) kündigte Hilfen an. Man müsse auf die Betriebe achten, so der Wirtschaftsminister mit Blick auf den Export.');
    assert.equal(att(r, 'so').actor, 'Paul Eder');
    assert.deepEqual(run('Er habe zu Gewalt aufgerufen, so der Vorwurf.').attributions.filter((x) => x.cue === 'so'), []);
  });

  it('"Es heißt X" names, "heißt es in X" reports; a headline colon needs a source', () => {
    assert.deepEqual(run('Es heißt natürlich Sankt Pölten, nicht Sankt Poelten.').attributions, []);
    const a = only('Die Gebühr steige um 4 Prozent, heißt es in der Aussendung der Stadtwerke.');
    assert.equal(a.source, 'der Aussendung der Stadtwerke');
    assert.deepEqual(run('Zum Vergleich: Im Vorjahr waren es 12 Prozent.').attributions, []);
  });
});

describe('analyzeSources: round 2 — actors in context', () => {
  it('an unnamed ministry or spokesperson speaks for the country of the sentence before', () => {
    const r = run('Das Auswärtige Amt bestellte den Botschafter ein. Das sei inakzeptabel, erklärte das Außenministerium am Abend.');
    const a = att(r, 'erklärte');
    assert.equal(a.actor, 'Germany');
    assert.equal(a.source, 'das Außenministerium');
  });

  it('an unnamed army takes the dateline country', () => {
    const r = run('Jerusalem – Ein Mann wurde am Montag verletzt. Der Angreifer wurde gefasst, wie die Armee mitteilte.');
    assert.equal(att(r, 'mitteilte').actor, 'Israel');
  });

  it('definite person nouns refer to the person named before', () => {
    const r = run('Die Direktorin Eva Moser stellte das Programm vor. Es werde ein gutes Jahr, versprach die neue Intendantin.');
    assert.equal(att(r, 'versprach').actor, 'Eva Moser');
    const r2 = run('Der Grüne Jonas Hell sprach von einem Fehler. Das sei unverständlich, so der Sozialdemokrat.');
    assert.equal(att(r2, 'so').actor, 'Jonas Hell');
  });

  it('intelligence services and parliaments resolve to their country', () => {
    assert.equal(only('Laut dem Geheimdienst NIS sind 300 Soldaten gefallen.').actor, 'South Korea');
    assert.equal(only('Nach Angaben der Duma wurde das Gesetz mit 400 Stimmen beschlossen.').actor, 'Russia');
  });
});

describe('analyzeSources: round 2 — English', () => {
  it('adverbs and time phrases between subject and verb', () => {
    let a = only('The ministry has publicly confirmed the deal.', 'en');
    assert.equal(a.source, 'The ministry');
    a = only('Canada on Monday confirmed that 300 troops would stay.', 'en');
    assert.equal(a.actor, 'Canada');
  });

  it('appositions and relative clauses before the verb', () => {
    let a = only('The bank’s chief economist, Maya Lund, acknowledged that growth had slowed.', 'en');
    assert.equal(a.actor, 'Maya Lund');
    a = only('Tom Reed, who spent years denying the leak, told reporters the files were real.', 'en');
    assert.equal(a.actor, 'Tom Reed');
    assert.equal(a.cue, 'told');
  });

  it('disputed, accused, was quoted as saying, believes that; they said', () => {
    assert.equal(only('The union disputed the company’s figures.', 'en').cue, 'disputed');
    const q = only('Kim Lee was quoted as saying the talks had failed.', 'en');
    assert.equal(q.actor, 'Kim Lee');
    assert.equal(only('The agency believes that 40 people are missing.', 'en').cue, 'believes');
    const r = run('Canadian officials said 12 people died. The fire started at night, they said.', 'en');
    assert.equal(r.attributions.length, 2);
    assert.equal(r.attributions[1].actor, 'Canada');
  });

  it('negatives: plural nouns and opinion verbs without content', () => {
    assert.deepEqual(run('The Kremlin dismissed earlier reports of a deal.', 'en').attributions.filter((x) => x.cue === 'reports'), []);
    assert.deepEqual(run('Many people believe in ghosts.', 'en').attributions, []);
  });
});

describe('analyzeSources: round 3 — the right actor', () => {
  it('persons introduced by a given name; pronouns take the person of their gender', () => {
    const r = run('Die Leiterin der Schule, Anna Berger, traf am Montag den Elternvertreter Thomas Huber. Sie sagte, der Umbau dauere bis Herbst. Er erklärte, die Eltern seien zufrieden.');
    assert.equal(att(r, 'sagte').actor, 'Anna Berger');
    assert.equal(att(r, 'erklärte').actor, 'Thomas Huber');
  });

  it('a pronoun without a person of its gender nearby names nobody', () => {
    const r = run('Thomas Huber kam um neun Uhr. Sie sagte, der Zug habe Verspätung gehabt.');
    assert.equal(att(r, 'sagte').actor, 'unknown');
  });

  it('"sie" with a plural verb is a group, not the last woman', () => {
    const r = run('Ministerin Eva Lind traf die Gewerkschaften. Sie betonten danach, die Gespräche seien gut verlaufen.');
    assert.notEqual(att(r, 'betonten').actor, 'Eva Lind');
  });

  it('"der 45-Jährige" and definite person nouns refer to the person named before', () => {
    const r = run('Der Unternehmer Martin Koller hat das Werk verkauft. Die Schulden seien zu hoch gewesen, sagte der 45-Jährige am Dienstag.');
    assert.equal(att(r, 'sagte').actor, 'Martin Koller');
  });

  it('given names that are no persons: "St. Peter", "100 Mark", "Max-Planck-Institut"', () => {
    const r = run('In St. Peter Ording kostete das 100 Mark Eintritt. Das Max-Planck-Institut erklärte, die Werte seien stabil.');
    assert.equal(att(r, 'erklärte').actor, 'Max-Planck-Institut');
  });

  it('relative pronouns as sources resolve to their antecedent (German, English)', () => {
    let a = only('Kritik kam von Finanzminister Hans Jörg Schelling, der betonte, dass die Reform Geld koste.');
    assert.equal(a.source, 'der');
    assert.equal(a.actor, 'Hans Jörg Schelling');
    a = only('The claim was rejected by North Korea, which has denied sending any troops.', 'en');
    assert.equal(a.source, 'which');
    assert.equal(a.actor, 'North Korea');
    // a relative clause without a speech act gives nothing
    assert.equal(run('Die Zahl der Toten, die am Montag stieg, ist hoch.').attributions.length, 0);
  });

  it('a second clause shares the subject of the first', () => {
    const a = only('Die Angehörigen sahen das Mittel als letzte Hoffnung, sagten jedoch vor Gericht aus, dass sie es nie genommen hätten.');
    assert.equal(a.cue, 'sagten');
    assert.equal(a.source, 'Die Angehörigen');
    // a subordinate first clause has no subject to share
    assert.equal(run('Als das Mittel kam, sagten jedoch vor Gericht aus, dass es wirke.').attributions.filter((x) => x.source === 'das Mittel').length, 0);
  });

  it('objects and datives in the prefield are not subjects', () => {
    let a = only('Den Vorwurf der Untreue wies der Bürgermeister am Montag zurück.');
    assert.equal(a.source, 'der Bürgermeister');
    a = only('Dem Sender sagte die Ministerin, die Reform komme im Herbst.');
    assert.equal(a.source, 'die Ministerin');
  });

  it('reflexive cues take the first noun phrase of the clause', () => {
    const a = only('Paul Timmer hat die Domain laut eigenen Angaben schon 2015 gekauft.');
    assert.equal(a.actor, 'Paul Timmer');
  });

  it('"Van der Bellen" and a possessive name before a role', () => {
    const a = only('Wie Van der Bellens Wahlkampfleiter Lothar Lockl der APA erläuterte, soll der Entwurf bald kommen.');
    assert.equal(a.actor, 'Lothar Lockl');
  });

  it('"das Unternehmen", "der Konzern" take the organisation named before; a bare noun stays itself', () => {
    let r = run('Der Ölkonzern OMV will 500 Stellen streichen. Das teilte das Unternehmen am Dienstag mit.');
    assert.equal(att(r, 'teilte').actor, 'OMV');
    r = run('Die Novomatic AG beschäftigt 300 Menschen. Die Produktion laufe weiter, sagte der Konzern.');
    assert.equal(att(r, 'sagte').actor, 'Novomatic');
    r = run('Die Elektronikketten Media Markt und Saturn bauen den Versand aus. Die Zustellung starte bald, heißt es in einer Aussendung der Unternehmen.');
    assert.match(att(r, 'heißt es').actor, /Media Markt/);
    r = run('Die Firma hat 300 Mitarbeiter. Die Produktion laufe weiter, sagte der Konzern.');
    assert.equal(att(r, 'sagte').actor, 'Konzern');
  });

  it('possessives: "ihr Sprecher" speaks for the owner, "sein Anwalt" does not', () => {
    let r = run('Kanzlerin Angela Merkel ist in Wien. Ihr Sprecher sagte, sie werde am Abend abreisen.');
    assert.equal(att(r, 'sagte').actor, 'Angela Merkel');
    r = run('Der Unternehmer Martin Koller ist angeklagt. Sein Anwalt sagte, die Vorwürfe seien haltlos.');
    assert.notEqual(att(r, 'sagte').actor, 'Martin Koller');
  });

  it('a short parenthesis inside the subject is no clause boundary', () => {
    let a = only('Agrarlandesrat Hans Seitinger (ÖVP) bezifferte den Schaden auf 20 Millionen Euro.');
    assert.equal(a.actor, 'Hans Seitinger');
    a = only('Die Miliz Islamischer Staat (IS) hat die Tötung zweier Geiseln bekanntgegeben.');
    assert.match(a.source, /^Die Miliz Islamischer Staat/);
  });

  it('"meinen" before a noun is the possessive, not the verb', () => {
    assert.equal(run('Es ist offen, ob Strache vor einer Klage meinen Mandanten hätte warnen müssen.').attributions.length, 0);
    assert.equal(only('Die Lage sei ernst, meinen die Experten.').cue, 'meinen');
  });

  it('"sie" further back: the last woman named, when none is in the window', () => {
    const filler = ' Der Ausschuss tagte lange über die neuen Regeln für die Grenze und die Quartiere.'.repeat(10);
    const r = run(`Innenministerin Johanna Mikl-Leitner war in Brüssel.${filler} Es gebe zu viele Anträge, betonte sie am Abend.`);
    assert.equal(att(r, 'betonte').actor, 'Johanna Mikl-Leitner');
  });

  it('an opinion verb does not borrow the content of a coordinated speech verb', () => {
    const r = run('Minister Paul Timmer zeigte sich besorgt und sprach von einer „neuen Qualität“ des Krieges.');
    assert.deepEqual(r.attributions.map((a) => a.cue), ['sprach']);
  });
});

describe('analyzeSources: round 4 — generalisation', () => {
  it('verb-final passives need an agent; "darstellen" (constitute) is no speech, "als … darstellen" is', () => {
    assert.deepEqual(run('Die Zeitschrift, in der die Opfer als Störenfriede bezeichnet worden waren, wurde eingestellt.').attributions.filter((a) => a.cue === 'bezeichnet'), []);
    assert.equal(att(run('Der Plan war, wie vom Ministerium bestätigt wurde, längst fertig.'), 'bestätigt').actor, 'Ministerium');
    assert.deepEqual(run('Es ist klar, dass die Baustelle eine Gefahr für die Anrainer darstellte.').attributions, []);
    assert.equal(att(run('Die Ministerin stellte den Plan als alternativlos dar.'), 'stellte').source, 'Die Ministerin');
  });

  it('"erklärte"/"schrieb" need content; "äußerte sich" does, the participle needs content', () => {
    assert.deepEqual(run('Der Präsident erklärte am Abend seinen Rücktritt.').attributions, []);
    assert.deepEqual(run('Die Autorin schrieb ein Buch über die Stadt.').attributions, []);
    assert.equal(only('Der Präsident erklärte am Abend, er trete zurück.').source, 'Der Präsident');
    assert.deepEqual(run('Mehrere Bürgermeister hatten sich kritisch zu dem Plan geäußert.').attributions, []);
  });

  it('plural person nouns are no single person; a prefixed person noun is', () => {
    let r = run('Karl Huber leitet die Studie. Die Ergebnisse seien eindeutig, erklärten die Forscher.');
    assert.notEqual(att(r, 'erklärten').actor, 'Karl Huber');
    r = run('Der Film stammt von Martin Scorsese. Streaming sei nichts für ihn, schreibt der US-Kultregisseur.');
    assert.equal(att(r, 'schreibt').actor, 'Martin Scorsese');
    r = run('Trainer Peter Stöger war zufrieden. Wir müssen Konter setzen, kündigte der Wiener an.');
    assert.equal(att(r, 'kündigte').actor, 'Peter Stöger');
  });

  it('a role in apposition after the name, and a role with a surname alone, register the person', () => {
    let r = run('Die Drohungen nähmen zu, sagte Oskar Deutsch, Präsident der Kultusgemeinde. Das sei alarmierend, so der IKG-Präsident.');
    assert.equal(att(r, 'sagte').actor, 'Oskar Deutsch');
    assert.equal(att(r, 'so').actor, 'Oskar Deutsch');
    r = run('Papst Franziskus besuchte Kuba. Man dürfe nicht stehen bleiben, sagte der Papst.');
    assert.equal(att(r, 'sagte').actor, 'Franziskus');
  });

  it('für/im attachments before a name in apposition', () => {
    let a = only('Eine Mission sei unvorstellbar, sagte der Sondergesandte für Burundi, Ibrahima Fall, am Sonntag.');
    assert.equal(a.actor, 'Ibrahima Fall');
    a = only('Solche Modelle sind nach Worten des Staatssekretärs im Berliner Arbeitsministerium, Thorben Albrecht, selten.');
    assert.equal(a.actor, 'Thorben Albrecht');
  });

  it('"X zitierte Y": the quoting medium is not the source', () => {
    const a = only('Er sei der größte Star, zitierte die Sun am Montag eine Quelle bei Sony Music.');
    assert.match(a.source, /Quelle bei Sony Music/);
  });

  it('subordinators only open verb-final clauses: "Als Beispiele nennt er …"', () => {
    const r = run('Ökonom Andreas Braun sieht Chancen. Als Beispiele nennt er Hotels für Forscher.');
    assert.equal(att(r, 'nennt').actor, 'Andreas Braun');
    assert.deepEqual(run('Die Produzenten von Gütern wie Fahrzeuge und Maschinen meldeten ein Minus von 1,4 Prozent.').attributions.filter((x) => /Fahrzeuge|Maschinen/.test(x.source)), []);
  });

  it('possessive and own cues, participle first, laut after a copula, hyphenated information nouns', () => {
    let r = run('Tourismusforscher Andreas Braun kritisiert das Land. Es müsste seiner Ansicht nach auf Ganzjahrestourismus setzen.');
    assert.equal(att(r, 'nach').actor, 'Andreas Braun');
    r = run('Zwei Millionen Euro hat die FPÖ nach eigenen Angaben bereits investiert.');
    assert.equal(att(r, 'nach eigenen Angaben').actor, 'FPÖ');
    r = run('Hervorgehoben hat er im Gespräch, dass das Klima offen sei.');
    assert.equal(att(r, 'Hervorgehoben').source, 'er');
    r = run('Auslöser war laut russischem Innenministerium ein Streit.');
    assert.equal(att(r, 'laut').actor, 'Russia');
    assert.deepEqual(run('Die Musik war laut und die Nacht lang.').attributions, []);
    r = run('Der Konzern Siemens baut Stellen ab. Mitarbeiter halten nach Konzern-Angaben fünf Prozent der Aktien.');
    assert.equal(att(r, 'nach').actor, 'Siemens');
  });

  it('expectation verbs take a figure as content; "ließ … offen" needs a question', () => {
    assert.equal(only('Ökonomen hatten mit einem Anstieg von 0,5 Prozent gerechnet.').cue, 'gerechnet');
    assert.deepEqual(run('Der Hausmeister ließ die Tür offen.').attributions, []);
    assert.equal(only('Welche Ressorts betroffen sind, ließ er vorerst offen.').cue, 'ließ');
  });

  it('headline colons with a role and name or before a quote; the paper itself is no source', () => {
    let r = run('Fernsehchef Scolik: „Künftig arbeiten wir trimedial“\n\nDer Sender baut um.');
    assert.equal(att(r, ':').actor, 'Scolik');
    r = run('STANDARD: Wie geht es weiter?\n\nDer Minister sagte, es gehe weiter.');
    assert.equal(r.attributions.filter((a) => a.cue === ':').length, 0);
    r = run('Er habe einen Flüchtling beschäftigt, wie der STANDARD damals berichtete.');
    assert.deepEqual(r.attributions, []);
  });
  it('"kommt zu dem Schluss" and a fronted "Zu diesem Ergebnis kam" attribute; "kam nach Hause" does not', () => {
    assert.equal(only('Die Studie kommt zu dem Schluss, dass die Mieten weiter steigen.').source, 'Die Studie');
    const a = only('Die Mieten steigen weiter. Zu diesem Ergebnis kam die Arbeiterkammer in ihrem Wohnbericht.');
    assert.equal(a.cue, 'kam');
    assert.match(a.actor, /Arbeiterkammer/);
    assert.deepEqual(run('Der Minister kam am Abend nach Hause.').attributions, []);
  });

  it('"Sie meldete" after an organisation just introduced refers to the organisation, not a person before', () => {
    const r = run('Ministerin Anna Berger sprach von einem Erfolg. Zahlen liefert auch die Plattform Global Wood Watch. Sie meldete, die Waldfläche sei um drei Prozent geschrumpft.');
    assert.equal(att(r, 'meldete').actor, 'Global Wood Watch');
    const r2 = run('Die Ministerin Anna Berger lobte die Plattform Global Wood Watch. Dann sagte sie, die Lage sei ernst.');
    assert.equal(att(r2, 'sagte').actor, 'Anna Berger');
  });
});

describe('analyzeSources: round 5 — state institutions', () => {
  it('a weekday apposition does not hide the particle; a later bare "das Ministerium" keeps the country', () => {
    const r = run('Die Exporte fielen um zwei Prozent, teilte das französische Finanzministerium gestern, Dienstag, mit. Die Schwäche sei vorübergehend, betonte das Ministerium.');
    assert.equal(att(r, 'teilte').actor, 'France');
    assert.equal(att(r, 'betonte').actor, 'France');
  });
});

describe('analyzeSources: round 5 — no speech', () => {
  it('manner adverbs are no subjects; "viel zitierte" before a noun, "von X entfernt" and "es ernst meinen" are no cues', () => {
    const a = only('Die Steuer soll sinken. Genauso formulierte es Landesrat Peter Kranz in seiner Rede.');
    assert.equal(a.cue, 'formulierte');
    assert.match(a.actor, /Kranz/);
    assert.deepEqual(run('Die oft zitierte Studie liegt seit Jahren vor. Ein viel genannter Wert ist die Auslastung.').attributions, []);
    assert.deepEqual(run('Nur wenige Meter von der Baustelle entfernt wurde der Bürgermeister erwartet.').attributions, []);
    assert.deepEqual(run('Ich glaube, dass die Geldgeber es mit den Reformen sehr ernst meinen.').attributions, []);
  });
});

describe('analyzeSources: round 5 — role nouns and agencies', () => {
  it('"so der Sozialarbeiter" refers to the helper named before; UN agencies by their German names', () => {
    const r = run('Der Flüchtlingshelfer Jakob Moser hat Einspruch erhoben. Immerhin, so der Sozialarbeiter, lebe die Familie seit Jahren im Ort.');
    assert.equal(att(r, 'so').actor, 'Jakob Moser');
    const r2 = run('Der Hunger nimmt ab, berichtete die Welternährungsorganisation am Dienstag.');
    assert.equal(att(r2, 'berichtete').actor, 'FAO');
  });
});

describe('analyzeSources: round 5 — a role and a single name', () => {
  it('"Papst Franziskus", "Trainerin Gruber" are antecedents of a later pronoun', () => {
    let r = run('Papst Franziskus besuchte am Sonntag eine Pfarre in Lissabon. Niemand dürfe ausgeschlossen werden, sagte er dort.');
    assert.equal(att(r, 'sagte').actor, 'Franziskus');
    r = run('Trainerin Gruber war nach dem Spiel zufrieden. Die Mannschaft habe gekämpft, sagte sie.');
    assert.equal(att(r, 'sagte').actor, 'Gruber');
  });
});

describe('trieAlternation', () => {
  it('matches exactly what the plain alternation matches', async () => {
    const { trieAlternation, expandCaseInitial } = await import('../../src/core/sources/trie');
    const words = expandCaseInitial(['[Ss]precher', '[Ss]precherin', '[Mm]inister', '[Mm]inisterin', 'Premier', '[Pp]räsident', 'General', 'Generalsekretär']);
    const plain = new RegExp('(?:(' + words.join('|') + ')|,)\\s+([A-Z][a-z]+)', 'g');
    const trie = new RegExp('(?:(' + trieAlternation(words) + ')|,)\\s+([A-Z][a-z]+)', 'g');
    const text = 'Die Sprecherin Maria sagte, Minister Hans und Generalsekretär Otto, Ministerin Eva; der Premier Paul, der sprecher Max, Generalprobe Anna, Präsidentin Lea.';
    const all = (re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[1] ?? ''}:${m[2]}`);
    assert.deepEqual(all(trie), all(plain));
    assert.ok(all(trie).length >= 7);
  });
});
