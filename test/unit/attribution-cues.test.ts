/**
 * Cue constructions found missing or wrong on the blind-annotated dev3 set,
 * each on sentences of our own: what must now be found, and the look-alikes
 * that must stay silent.
 */
import * as assert from 'node:assert/strict';
import { analyzeSources } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import type { Attribution } from '../../src/core/types';

function atts(text: string): Attribution[] {
  return analyzeSources(text, splitSentences(text, 'de'), 'de').attributions;
}

/** [cue, source] of every attribution, for readable failures. */
function show(text: string): string {
  return JSON.stringify(atts(text).map((a) => [a.cue, a.source, a.actor]));
}

function one(text: string): Attribution {
  const r = atts(text);
  assert.equal(r.length, 1, show(text));
  return r[0];
}

function none(text: string): void {
  assert.equal(atts(text).length, 0, show(text));
}

describe('attribution cues: assessments and confessions', () => {
  it('"hält X für Y" is an assessment; holding a speech for someone is not', () => {
    const a = one('Die frühere Ministerin Karin Huber hält den Entwurf für verfassungswidrig.');
    assert.equal(a.actor, 'Karin Huber');
    assert.equal(one('Der Bürgermeister hält eine Einigung noch im Mai für durchaus wahrscheinlich.').source, 'Der Bürgermeister');
    none('Der Kanzler hält am Freitag eine Rede für die Delegierten.');
    none('Die Stadt hält zwei Millionen Euro für die Sanierung bereit.');
  });

  it('an apposition before the verb is the subject even with a particle in between', () => {
    const a = one('Die Leiterin des Instituts, Maria Gruber, etwa hält die Zahlen für zu niedrig.');
    assert.equal(a.actor, 'Maria Gruber');
  });

  it('confessions count; "gestanden" of "stehen" does not', () => {
    assert.equal(one('Er habe das Geld aus der Kasse genommen, gestand der Angestellte.').cue, 'gestand');
    assert.equal(one('Die Angeklagte hat gestanden, dass sie das Geld genommen habe.').source, 'Die Angeklagte');
    none('Der Vertrag habe im Einklang mit dem Gesetz gestanden.');
  });

  it('hopes and conclusions with a dass-clause, testimony in court', () => {
    assert.equal(one('Die Gewerkschaft hofft, dass die Gespräche am Montag fortgesetzt werden.').source, 'Die Gewerkschaft');
    assert.equal(one('Woraus der Ökonom schließt, dass die Preise weiter steigen.').source, 'der Ökonom');
    assert.equal(one('Der Zeuge hatte im Prozess ausgesagt, dass er den Wagen gesehen habe.').source, 'Der Zeuge');
    none('Die Stadt schloss das Bad im Sommer.');
  });

  it('"sprach … frei" is a verdict, "sprach von" is speech', () => {
    none('Ein Gericht sprach den Politiker vor zehn Jahren von allen Vorwürfen frei.');
    assert.equal(one('Die Ministerin sprach von einem großen Erfolg.').source, 'Die Ministerin');
  });
});

describe('attribution cues: word order and subjects', () => {
  it('an abstract object in the prefield leaves the subject after the verb', () => {
    assert.equal(one('Das Beispiel hat Peter Berger in jeder Rede erzählt: Eine Firma musste zahlen.').actor, 'Peter Berger');
    assert.equal(one('Die Finanzierung hält der Forscher für ähnlich gut.').source, 'der Forscher');
    // a body in -tion/-ung is a subject: "Die Opposition warf der Regierung Wortbruch vor."
    assert.equal(one('Die Opposition warf der Regierung Wortbruch vor.').source, 'Die Opposition');
  });

  it('modal verbs before an infinitive of saying, across a list of names or a hyphenated word', () => {
    none('Dazu müssen die Reisenden aus dem Irak, Syrien und Afghanistan erklären, dass sie weiterreisen wollen.');
    none('Wir können mit 90-prozentiger Sicherheit sagen, dass es zwei Räume gibt.');
  });

  it('question words, sentence adverbs, the reader and "we" are no sources', () => {
    none('Was den Fall betrifft, betonte man, alles sei korrekt.');
    none('Welche Filme halten Sie für gelungen?');
    none('Gerne teilen wir Ihnen mit, dass es keine Vorfälle gab.');
  });

  it('names with lower-case particles are subjects ("da Silva"), not a conjunction "da"', () => {
    assert.equal(one('Der Generaldirektor José Graziano da Silva sprach von einem ermutigenden Trend.').actor, 'José Graziano da Silva');
  });

  it('"sowohl X als auch Y" after the verb', () => {
    // both are named sources now, one item each (like "X und Y"); Billa is one of them
    assert.ok(atts('Allerdings dementierten sowohl Billa als auch Spar die Berichte.').some((a) => a.actor === 'Billa'));
  });
});

describe('attribution cues: prepositional phrases', () => {
  it('a participle phrase with a time inside ("laut einer am Mittwoch veröffentlichten Umfrage")', () => {
    const a = one('Laut einer am Mittwoch veröffentlichten Gallup-Umfrage liegen beide Lager gleichauf.');
    assert.match(a.source, /Gallup-Umfrage$/);
  });

  it('"nach seiner Einschätzung", "nach Schätzung der X", "nach US-Justizangaben"', () => {
    assert.equal(one('Nach seiner Einschätzung würde ein Austritt dem Land schaden.').cue, 'Nach');
    assert.equal(one('Der Schaden könnte nach Schätzung der Grünen eine Milliarde Euro betragen.').actor, 'Grüne');
    assert.equal(one('Auch der Cousin ist nach US-Justizangaben geständig.').actor, 'USA');
  });

  it('the author of a document after "heißt es im Bericht der …"', () => {
    const a = one('Die Fläche schrumpft langsamer, heißt es im Jahresbericht der Welternährungsorganisation FAO.');
    assert.equal(a.actor, 'FAO');
  });

  it('organisation names written with a dot ("ver.di")', () => {
    assert.equal(one('Der Streik hat in der Nacht begonnen, teilte ver.di mit.').source, 'ver.di');
  });
});

describe('attribution cues: round 2 on dev3', () => {
  it('two verbs of saying joined by "und" are two cues of one source', () => {
    const r = atts('Hans Weber bestritt die Echtheit der Akten und sprach von einer Fälschung.');
    assert.deepEqual(r.map((a) => a.cue), ['bestritt', 'sprach'], show('Hans Weber bestritt die Echtheit der Akten und sprach von einer Fälschung.'));
  });

  it('"mit den Worten" makes the subject the speaker, except when someone is quoted', () => {
    assert.equal(one('Der Abgeordnete teilte das Video mit den Worten, das sei ein Skandal.').source, 'Der Abgeordnete');
    const r = atts('Die Agentur zitierte den Sprecher Peter Lang mit den Worten, man sei bereit.');
    assert.ok(r.every((a) => a.source !== 'Die Agentur'), show('Die Agentur zitierte den Sprecher Peter Lang mit den Worten, man sei bereit.'));
  });

  it('a state is no act of saying: "informiert sei", "angedeutet" without content', () => {
    none('Die Kommission sei über die Pläne bereits informiert.');
    none('Die Partei hatte ihre Zustimmung zuvor angedeutet.');
    assert.equal(one('Der Minister deutete an, dass er zurücktreten werde.').source, 'Der Minister');
  });

  it('an institution before a colon in the title speaks', () => {
    const text = 'Polizei: Täter wollten neue Mitglieder werben\n\nDie Ermittlungen dauern an.';
    const r = atts(text);
    assert.equal(r[0]?.source, 'Polizei', show(text));
  });
});

describe('attribution cues: "wie es im … heißt", "wie … zu erfahren war"', () => {
  it('the document or the place between "wie es" and the verb is the source', () => {
    assert.equal(one('Die Arbeiten begannen, nachdem – wie es im Einsatzbericht heißt – ein Mann gesehen wurde.').source, 'Einsatzbericht');
    assert.equal(one('Die Frist wird nicht verlängert, wie aus dem Finanzministerium zu erfahren war.').source, 'dem Finanzministerium');
  });

  it('no cue in "zu erfahren" without a source or with another meaning', () => {
    none('Die Kinder sollen viel über die Natur zu erfahren bekommen.');
    none('Es ist schwer, mehr über den Fall zu erfahren.');
  });
});

describe('attribution actors and cues: round on dev4', () => {
  it('a company by its legal form, found again by "das Unternehmen" and "nach eigenen Angaben"; an amount is no one', () => {
    const text = 'Die Alpenstrom AG investiert rund 58 Mio. Euro in den nach eigenen Angaben größten Windpark des Landes. Gebaut wird ab Juni, wie das Unternehmen am Freitag mitteilte.';
    const r = atts(text);
    assert.deepEqual(r.map((a) => a.actor), ['Alpenstrom AG', 'Alpenstrom AG'], show(text));
  });

  it('"das Blatt" is the newspaper named before; "laut dem Gewerkschaftschef" the person with that role', () => {
    const text = 'Die Lokalzeitung Adige berichtete über den Unfall. Der Zustand sei stabil, berichtete das Blatt.';
    assert.equal(atts(text)[1]?.actor, 'Adige', show(text));
    const t2 = 'Gewerkschaftschef Karl Brunner sprach von einem Problem. Die Verträge sollten laut dem Gewerkschaftschef kürzer werden.';
    assert.equal(atts(t2)[1]?.actor, 'Karl Brunner', show(t2));
  });

  it('a data noun takes its owner in the genitive: "laut Arbeitsklimaindex der Arbeiterkammer"', () => {
    assert.match(one('Schon 18 Prozent haben einen solchen Vertrag, laut Arbeitsklimaindex der Arbeiterkammer Tirol.').source, /der Arbeiterkammer Tirol$/);
  });

  it('"hielt an … fest" and "Lasst uns … sagen" are no statements', () => {
    none('Die Fluglinie hielt allerdings an ihrem Sonderflugplan fest.');
    none('Lasst uns ehrlich sein und sagen, dass das nicht passieren darf.');
  });
});

describe('attribution actors: people named by an initial or by what they are', () => {
  it('"Hasan E." is a person; "schildert E." names him by the initial', () => {
    const text = 'Der 23-jährige Hasan E. wurde am Flughafen festgenommen. Er habe alles gestanden, schildert E. vor Gericht.';
    const r = atts(text);
    assert.equal(r[r.length - 1]?.actor, 'Hasan E.', show(text));
  });

  it('"der Bub" refers to the boy named before, "die Witwe" never to a man', () => {
    const text = 'Peter Huber war zwölf Jahre alt, als die Männer kamen. Sie warfen mir einen Sack über den Kopf, erzählt der Bub.';
    assert.equal(atts(text)[0]?.actor, 'Peter Huber', show(text));
    const t2 = 'Peter Huber starb im Mai. Es war schlimm, sagt die Witwe.';
    assert.notEqual(atts(t2)[0]?.actor, 'Peter Huber', show(t2));
  });

  it('"den Angaben zufolge" goes back to the institution, not to the accused who spoke after it', () => {
    const text = 'Der Mann habe die Tat geplant, erklärte die Staatsanwaltschaft am Montag. Hasan E. bestritt, dass er einen Anschlag geplant habe. Die beiden Männer sollen den Angaben zufolge im März einen Agenten getroffen haben.';
    const r = atts(text);
    assert.equal(r[r.length - 1]?.actor, r[0]?.actor, show(text));
  });
});

describe('attribution: anonymous groups and possessives of bodies', () => {
  it('"Viele befürchten, dass …" is a cue with no named actor', () => {
    const a = one('Viele befürchten, dass die Mieten weiter steigen.');
    assert.equal(a.cue, 'befürchten');
    assert.equal(a.actor, 'unknown');
  });

  it('"nach ihren Schätzungen" inside a clause whose subject is a body belongs to that body; after a woman, to her', () => {
    assert.equal(one('Die Weltbank hat die nach ihren Schätzungen bis zu 70 Milliarden Dollar teure Reform verschoben.').actor, 'Weltbank');
    assert.equal(atts('Anna Berger lobte den Plan. Nach ihrer Einschätzung sei er gut.')[0]?.actor, 'Anna Berger');
  });
});

describe('attribution: a press release is the body\'s, not its expert\'s', () => {
  it('"hieß es in der Aussendung" after the body and its expert spoke goes to the body', () => {
    const text = 'Die Zahl der Tiger steigt, teilte die Umweltstiftung Tigerwacht am Montag mit. Der Experte Mike Baltzer sagte, das sei ein Erfolg. Die Wilderei bleibe aber ein Problem, hieß es in der Aussendung.';
    const r = atts(text);
    assert.equal(r[r.length - 1]?.actor, r[0]?.actor, show(text));
  });
});

describe('attribution cues: round on dev5 (verbs)', () => {
  it('"sprach davon, dass", "gab zu bedenken", "vorausgesagt" and "ist überzeugt:" are statements', () => {
    assert.equal(one('Verbandschef Otto Brandl sprach davon, dass der Winter teuer werde.').actor, 'Otto Brandl');
    assert.equal(one('Viele Familien könnten sich das nicht leisten, gab die Ministerin Eva Lindner zu bedenken.').actor, 'Eva Lindner');
    assert.equal(one('Die Notenbank hat für das kommende Jahr eine leichte Rezession vorausgesagt.').cue, 'vorausgesagt');
    assert.equal(one('Die Botschafterin Clara Weiss ist überzeugt: Die Handelsbeziehungen bleiben eng.').actor, 'Clara Weiss');
    assert.equal(one('Die Reederei ist davon überzeugt, dass die Preise wieder sinken.').cue, 'überzeugt');
    none('Die Jury war von dem Film überzeugt.');
    none('Der Verband sprach ihn von allen Vorwürfen frei.');
  });

  it('demands and warnings count with a clause ("…, verlangte X", "mahnte X, wer …"), not with a noun', () => {
    assert.equal(one('Die Regierung müsse rasch handeln, verlangte der Gewerkschafter Paul Roth.').actor, 'Paul Roth');
    assert.equal(one('Zum Abschluss mahnte Roth, wer jetzt spare, zahle später doppelt.').cue, 'mahnte');
    none('Der Betriebsrat verlangte eine Lohnerhöhung.');
  });

  it('"führte X auf Y zurück" ascribes a cause; leading someone back does not', () => {
    assert.equal(one('Die Behörde führte den Preisanstieg auf fehlenden Wettbewerb zurück.').cue, 'führte');
    none('Der Bergführer führte die Gruppe sicher zurück.');
  });

  it('"Bank of England" is one name', () => {
    assert.equal(one('Zuletzt hat die Bank of England einen Rückgang der Investitionen vorausgesagt.').source, 'die Bank of England');
  });
});

describe('attribution: round on dev5 (headline run-ins, "nach eigenen Angaben" after the verb)', () => {
  it('a headline without a full stop does not become part of the source of "Berechnungen zufolge"', () => {
    const a = one('Rezession droht nach Austritt Einbruch der Wirtschaftsleistung Berechnungen zufolge sind zwei Wege denkbar.');
    assert.equal(a.source, 'Berechnungen');
  });

  it('"Dieser Tage zählt das Innenministerium nach eigenen Angaben …": the ministry after the verb, for its country', () => {
    const text = 'Wien – Die Zahl der Anträge steigt. Dieser Wochen zählt das Innenministerium nach eigenen Angaben 200 Anträge pro Tag.';
    const r = atts(text);
    assert.equal(r[r.length - 1]?.actor, 'Austria', show(text));
  });
});

describe('attribution cues: agentless passives of saying (round on dev2–dev5 misses)', () => {
  it('a passive verb of saying with content reports ("wird festgehalten, dass", "werde behauptet, dass")', () => {
    assert.equal(one('In der Studie wird festgehalten, dass der Deich bei Hochwasser nicht hält.').cue, 'festgehalten');
    assert.equal(one('Nun werde plötzlich behauptet, dass die Abrechnung falsch gewesen sei.').kind, 'reported');
    none('Das Moor wurde im Vorjahr zum Schutzgebiet erklärt.');
    none('Es wird nicht behauptet, dass die Firma betrogen habe.');
    none('Das neue Angebot wurde ganz auf Familien ausgerichtet.');
  });

  it('an accusation in the passive reports without content ("wird ihm Untreue vorgeworfen")', () => {
    assert.equal(one('Dem früheren Bürgermeister wird Untreue vorgeworfen.').cue, 'vorgeworfen');
    assert.equal(one('Ihr war schon früher vorgeworfen worden, Spenden verschwiegen zu haben.').cue, 'vorgeworfen');
  });

  it('the body or document of a locative is the source ("im Ministerium wurde betont", "beim Land X")', () => {
    const a = one('Im Sozialministerium wurde am Dienstag betont, dass die Reform rechtzeitig komme.');
    assert.equal(a.source, 'Sozialministerium');
    assert.equal(one('Auf Anfrage beim Land Salzburg wird aus der Presseabteilung ausgerichtet, dass es dazu keine Zahlen gebe.').source, 'Land Salzburg');
  });

  it('re-election "in ihrem Amt bestätigt" is no report', () => {
    none('Die Obfrau wurde am Samstag in ihrem Amt bestätigt.');
  });
});

describe('attribution cues: comment clauses with "wie"', () => {
  it('an opinion or soft verb at the end of a "wie" clause has the main clause as content', () => {
    assert.equal(one('Der Verdächtige wurde am Flughafen gefasst, wie die Justiz erklärte.').source, 'die Justiz');
    assert.equal(one('Die Mieten steigen weiter, wie die Mietervereinigung kritisierte.').cue, 'kritisierte');
    none('Wie erwartet erklärte der Verein seinen Austritt.');
  });

  it('a subject with an apposition inside a "wie" clause ("wie X, Leiter der Y, ausführte")', () => {
    const a = one('Der Zaun reiche nicht, wie Paul Gruber, Direktor für Grenzschutz, ausführte.');
    assert.equal(a.actor, 'Paul Gruber');
    assert.equal(one('Wie Eva Lind, Leiterin der Feuerwehr, erklärte, sei der Brand gelöscht.').actor, 'Eva Lind');
  });
});

describe('attribution cues: a speaker noun before a colon', () => {
  it('"Begründung des Abgeordneten X:", "Die Reaktion der Firma Y AG:", "Der Vorwurf Xs:" when no other cue is there', () => {
    const text = 'Die Fraktion stimmte dagegen. Begründung des Abgeordneten Karl Moser: Es sei keine gute Sitte, so zu wählen.';
    const r = atts(text);
    assert.equal(r.length, 1, show(text));
    assert.equal(r[0].actor, 'Karl Moser');
    assert.equal(r[0].cue, 'Begründung des Abgeordneten Karl Moser:');
    assert.equal(one('Die Reaktion der Stadtwerke Graz AG: Man weise alle Forderungen zurück.').kind, 'according-to');
    assert.equal(atts('Hans Ertl klagt die Bank. Der Vorwurf Ertls: Die Bank habe ihn ruiniert.').filter((a) => a.actor === 'Hans Ertl').length, 1);
  });

  it('not when the noun names no speaker, nor when a verb of saying follows', () => {
    none('Fazit der ersten Halbzeit: Die Gäste waren klar besser.');
    assert.equal(one('Die Antwort des Ministers: Er sagte, es sei zu spät.').cue, 'sagte');
  });
});

describe('attribution cues: a perfect zu-infinitive is content', () => {
  it('confessions and denials with "… zu haben" count; intentions with a zu-infinitive and coordinated clauses do not', () => {
    assert.equal(one('Der Angeklagte habe gestanden, dem Händler Geld gegeben zu haben.').cue, 'gestanden');
    assert.equal(one('Die Ministerin bestritt, von den Zahlungen gewusst zu haben.').source, 'Die Ministerin');
    none('Der Vorstand versprach, die Kosten zu senken.');
    none('Die Ärzte warnten vor einer Infektion, und scheinen nun recht behalten zu haben.');
  });
});

describe('attribution cues: "sowohl X als auch Y" after the verb', () => {
  it('gives one item per named source, like "X und Y"', () => {
    const r = atts('Am Abend dementierten sowohl Spar als auch Merkur die Gerüchte.');
    assert.deepEqual(r.map((a) => a.source).sort(), ['Merkur', 'Spar'], show('Am Abend dementierten sowohl Spar als auch Merkur die Gerüchte.'));
  });
});
