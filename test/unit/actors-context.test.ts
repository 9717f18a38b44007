/**
 * Actor resolution in context: who is behind a pronoun, an unnamed official, a
 * spokesperson of a body, a document, "laut Firmenangaben" and "Demnach".
 * Own sentences throughout (no corpus text); each kind has cases that must
 * resolve and cases that must stay as they were.
 */
import * as assert from 'node:assert/strict';
import { analyzeSources } from '../../src/core/attribution';
import { placeCountry, resolveActor } from '../../src/core/actors';
import { splitSentences } from '../../src/core/sentences';
import type { Attribution } from '../../src/core/types';

function run(text: string): Attribution[] {
  return analyzeSources(text, splitSentences(text, 'de'), 'de').attributions;
}

/** The actor of the attribution whose cue is `cue` (the `nth` one), with a readable failure. */
function actorOf(text: string, cue: string, nth = 0): string {
  const atts = run(text);
  const hits = atts.filter((x) => x.cue === cue);
  assert.ok(hits.length > nth, `no attribution with cue "${cue}"; got ${JSON.stringify(atts.map((x) => [x.cue, x.source, x.actor]))}`);
  return hits[nth].actor;
}

describe('actors in context: pronouns (centering)', () => {
  it('a subject after the finite verb of the sentence before beats a speaker further back', () => {
    const t =
      'Bürgermeister Josef Hutter tritt im Herbst wieder an. Altbürgermeister Erhard Lanz hält Hutter für den besten Kandidaten, sagte er am Montag. ' +
      'Sollte der Vorstand zustimmen, könne wohl auch Hutter ruhiger schlafen. Ob er die Wahl gewinne, war sich Hutter zuletzt nicht sicher: Wir werden sehen, antwortete er.';
    assert.equal(actorOf(t, 'antwortete'), 'Josef Hutter');
    // the first "sagte er" still goes to the subject of its own sentence
    assert.equal(actorOf(t, 'sagte'), 'Erhard Lanz');
  });

  it('a definite person noun opening the sentence before refers to the person named just before it', () => {
    const t =
      'Kampagnenleiter Markus Brandl will sich mit den anderen Teams treffen, sagte er. Im Jahr 2004 gab es erstmals ein Abkommen. ' +
      'Ein Schiedsgericht wachte darüber. Geleitet wurde es vom früheren Verfassungsrichter Ludwig Amsel. ' +
      'Der frühere Höchstrichter wurde noch nicht gefragt. Darüber mache ich mir keine Gedanken, sagt er im Gespräch.';
    assert.equal(actorOf(t, 'sagt'), 'Ludwig Amsel');
  });

  it('the subject of the sentence before beats a person in its genitive or object (must not change)', () => {
    const t = 'Stadtrat Josef Huber las am Montag den Bericht von Gutachter Karl Maier. Er bestritt, dass die Brücke gesperrt werden müsse.';
    assert.equal(actorOf(t, 'bestritt'), 'Josef Huber');
    const g = 'Die Unterschrift von Direktor Peter Wagner sei echt. Altkanzler Karl Sommer war damals im Amt. Er bestritt die Existenz der Akten.';
    assert.equal(actorOf(g, 'bestritt'), 'Karl Sommer');
  });

  it('a pronoun with no one named before it refers to the person named just after it', () => {
    const t =
      'Der gescheiterte Kandidat hat sich ein Sprechverbot auferlegt, wie er der Zeitung sagte: Seit der Niederlage von Anwärter Franz Moser am Sonntag herrscht Ruhe.';
    assert.equal(actorOf(t, 'sagte'), 'Franz Moser');
  });

  it('a Polish given name opens a name that a later pronoun refers to', () => {
    const t = 'Der frühere Gewerkschafter und Nobelpreisträger Lech Nowicki soll für den Geheimdienst gearbeitet haben. Nowicki war damals Gewerkschaftsführer. Er bestritt die Vorwürfe.';
    assert.equal(actorOf(t, 'bestritt'), 'Lech Nowicki');
  });
});

describe('actors in context: more pronouns and names', () => {
  it('a subject behind a long noun phrase ("Auch der frühere Polizeichef Hans Peter …") is the antecedent, not the speaker before', () => {
    const t =
      'Man werde das prüfen, sagte Ministeriumssprecher Alexander Markl. Es gebe eine Zusammenarbeit mit der Zeitung, so Markl. ' +
      'Auch der steirische Polizeidirektor Hans Peter Dorfer sagte am Abend, man werde streng vorgehen. Er geht davon aus, dass das Foto intern weitergegeben wurde.';
    assert.equal(actorOf(t, 'geht'), 'Hans Peter Dorfer');
  });

  it('a genitive name before a noun registers the name without the "s" when the article writes it so', () => {
    const t = 'Wien – Heinz Gruslers Laune ist schlecht. Die Strafe für Grusler ist hoch. Das sei ungerecht, sagte er am Montag.';
    assert.equal(actorOf(t, 'sagte'), 'Heinz Grusler');
    // no bare form in the article: the name stays as written
    assert.equal(actorOf('Wien – Thomas Weiss bleibt ruhig. Das sei ungerecht, sagte er.', 'sagte'), 'Thomas Weiss');
  });

  it('a spokesperson with a genitive name speaks for that person; a member noun before a surname names the person', () => {
    const t = 'Der Biologe Martin Kovar wurde angeklagt. Ein Sprecher Kovars bezeichnete die Ermittlungen als Angriff.';
    assert.equal(actorOf(t, 'bezeichnete'), 'Martin Kovar');
    const m = 'Der Journalist Andreas Koller sitzt im Presserat. Das sei unzulässig, sagte Presseratsmitglied Koller.';
    assert.equal(actorOf(m, 'sagte'), 'Andreas Koller');
  });

  it('a medium known by one word is no person; a given name before it makes one', () => {
    assert.equal(resolveActor('Heise'), 'heise online');
    assert.equal(resolveActor('Peter Heise'), 'Peter Heise');
  });

  it('"die Gruppe" is an organisation named before, never the state that spoke last', () => {
    const t = 'Die israelische Armee hatte zuvor einen Angriff gemeldet. Es habe sich um eine Vergeltung gehandelt, erklärte die Gruppe.';
    assert.notEqual(actorOf(t, 'erklärte'), 'Israel');
  });
});

describe('actors in context: bodies and persons introduced by their noun', () => {
  it('a company named after its trade noun is the company, not the country of its adjective', () => {
    assert.equal(resolveActor('der britische Mobilfunker O3'), 'O3');
    assert.equal(resolveActor('der deutsche Autobauer Brandt'), 'Brandt');
    // a person noun before a surname is still the person
    assert.equal(resolveActor('Weinbauer Trummler'), 'Trummler');
  });

  it('"der Investor Byron Deeks" registers a person a later pronoun refers to', () => {
    assert.equal(actorOf('Betroffen ist etwa der Investor Byron Deeks. Er erklärt gegenüber der Zeitung, dass die Türen klemmen.', 'erklärt'), 'Byron Deeks');
  });

  it('"eine Gerichtssprecherin" is the court named before', () => {
    const t = 'München – Der Politiker zog vor das Verwaltungsgericht München. Eine Gerichtssprecherin bestätigte den Eingang der Klage.';
    assert.equal(actorOf(t, 'bestätigte'), 'Verwaltungsgericht München');
  });

  it('"laut dem Unternehmen" skips a common noun phrase taken for a source before it', () => {
    const t =
      'In den Foren des Herstellers Voltra gibt es Beschwerden von Käufern, die erklären, dass sie umsteigen wollen. ' +
      'Voltra versucht zu beschwichtigen. Laut dem Unternehmen gibt es Probleme nur bei wenigen Autos.';
    assert.notEqual(actorOf(t, 'Laut'), 'Beschwerden von Käufern');
  });
});

describe('actors in context: addressees, coordinations, acronyms after "von"', () => {
  it('a medium after a spokesperson is whom they told: "ein Heeressprecher der APA" speaks for the army\'s country', () => {
    const t = 'Wien – Die Kräfte werden verlegt, erklärte ein Heeressprecher der APA. Es seien 30 Soldaten im Einsatz, erklärte der Heeressprecher.';
    assert.equal(actorOf(t, 'erklärte', 0), 'Austria');
    assert.equal(actorOf(t, 'erklärte', 1), 'Austria');
  });

  it('two roles of one person named at the end are that person; "Polizei und Feuerwehr" stays the first (must not change)', () => {
    assert.equal(actorOf('Das sei schlecht, sagt der Grazer Jurist und Diskriminierungsexperte Volker Frei.', 'sagt'), 'Volker Frei');
    assert.equal(actorOf('Der Zug entgleiste bei Linz, wie Polizei und Feuerwehr mitteilten.', 'mitteilten'), 'Polizei');
  });

  it('"von" before an acronym ends a name: "Lea Marić von ADRA" is Lea Marić', () => {
    assert.equal(resolveActor('die Ärztin Lea Marić von ADRA'), 'Lea Marić');
    assert.equal(resolveActor('Ursula von der Leyen'), 'Ursula von der Leyen');
  });
});

describe('actors in context: institutions as antecedents', () => {
  it('"wie sie berichtete" after "Die Polizei stoppte …" is the police, with no woman named before', () => {
    const t = 'Sydney – Die Polizei stoppte den Sportschützen Mark Dorner betrunken am Steuer, wie sie am Montag berichtete.';
    assert.equal(actorOf(t, 'berichtete'), 'Polizei');
    // a woman named before still wins (must not change)
    const w = 'Ministerin Anna Berger besuchte die Polizei in Linz. Die Lage sei ruhig, sagte sie am Montag.';
    assert.equal(actorOf(w, 'sagte'), 'Anna Berger');
  });

  it('a dateline is no subject: "nach eigenen Angaben" and "er" go to the person after it', () => {
    const t = 'Hollywood – Der US-Schauspieler Bryan Crane kann sich nach eigenen Angaben eine Kandidatur vorstellen. Ich bin ein heimlicher Politiker, sagte er dem Magazin.';
    assert.equal(actorOf(t, 'nach eigenen Angaben'), 'Bryan Crane');
    assert.equal(actorOf(t, 'sagte'), 'Bryan Crane');
  });

  it('"der Konzern" never takes an abstract noun that stood for a source ("Der Einigung zufolge")', () => {
    const t = 'Der Einigung zufolge zahlt der Hersteller eine Strafe. Betroffen seien mehrere Modelle, teilte der Konzern mit.';
    assert.notEqual(actorOf(t, 'teilte'), 'Einigung');
  });
});

describe('actors in context: clause-internal names and "sie"', () => {
  it('a name fronted in the pronoun\'s own clause is its object, not its antecedent ("Brenner warf er vor")', () => {
    const t =
      'Finanzminister Jannis Korakis hat die Geldgeber scharf kritisiert, sagte er am Samstag. Der deutsche Minister Werner Brenner wartet ab. ' +
      'Brenner warf er vor, schon lange den Austritt zu planen.';
    assert.equal(actorOf(t, 'warf'), 'Jannis Korakis');
    // a subject before its verb stays the antecedent of a pronoun in the next clause (must not change)
    assert.equal(actorOf('Ministerin Eva Lind kam am Montag. Sie sagte, die Lage sei ernst.', 'sagte'), 'Eva Lind');
  });

  it('"Sie hat zugegeben" is one woman; "sagten sie" after a group stays plural', () => {
    const t = 'Der Direktor rechnet nicht mit einem Freispruch für die Tennisspielerin Maria Sokolowa. Sie hat zugegeben, das Mittel genommen zu haben.';
    assert.equal(actorOf(t, 'zugegeben'), 'Maria Sokolowa');
  });
});

describe('actors in context: names before their role, definite bodies with an adjective', () => {
  it('"Andreas Schoo, Chef der Bauer Media Group" is the person before the comma; a role after a name is never the name', () => {
    assert.equal(resolveActor('Andreas Schoo, Chef der Bauer Media Group'), 'Andreas Schoo');
    assert.equal(resolveActor('der Sprecher des Rates, John Kirby'), 'John Kirby');
  });

  it('"so der britische Sender" is the broadcaster named before; with none, the country (must not change)', () => {
    const t = 'London – Der Sender BBC berichtete am Montag von der Entscheidung. Sie falle erst im Juli, so der britische Sender.';
    assert.equal(actorOf(t, 'so'), 'BBC');
    assert.equal(actorOf('Die Entscheidung falle erst im Juli, so der britische Sender.', 'so'), 'United Kingdom');
  });
});

describe('actors in context: names', () => {
  it('"der"/"den" are name particles only after van/von: "Jan Nowak der Agentur PAP" is Jan Nowak', () => {
    assert.equal(resolveActor('IPN-Direktor Jan Nowak der Agentur PAP'), 'Jan Nowak');
    assert.equal(resolveActor('Bundespräsident Alexander Van der Bellen'), 'Alexander Van der Bellen');
    assert.equal(resolveActor('Kommissionschefin Ursula von der Leyen'), 'Ursula von der Leyen');
  });

  it('an acronym in brackets names an organisation, not a person\'s party or a ministry', () => {
    assert.equal(resolveActor('die Gewerkschaft der Bergleute (GBL)'), 'GBL');
    assert.equal(resolveActor('des Instituts für Zeitgeschichte (IZG) in Warschau'), 'IZG');
    assert.equal(resolveActor('Peter Kaiser (SPÖ)'), 'Peter Kaiser');
    assert.notEqual(resolveActor('ein Sprecher des Innenministeriums (BMI)'), 'BMI');
  });

  it('places of unnamed officials: states, regions and cities, never a bare club or company name', () => {
    assert.equal(placeCountry('der Staatsanwalt des Bezirks Süd des Bundesstaates Ohio'), 'USA');
    assert.equal(placeCountry('Linz/Wien'), 'Austria');
    assert.equal(placeCountry('der Kollege Peter Brandl'), undefined);
    // a bare place is still no country in ordinary resolution
    assert.notEqual(resolveActor('Bayern'), 'Germany');
  });
});

describe('actors in context: unnamed officials', () => {
  it('the place in the phrase, or the dateline, gives the country', () => {
    const t =
      'Chicago – Ein Soldat hat nach Angaben der Justiz Anschläge geplant. Er habe Waffen gekauft, erklärte der Staatsanwalt des Bezirks Süd des Bundesstaates Ohio am Montag.';
    assert.equal(actorOf(t, 'nach Angaben'), 'USA');
    assert.equal(actorOf(t, 'erklärte'), 'USA');
  });

  it('a named prosecutor stays a person; with no place anywhere the justice stays as it is', () => {
    assert.equal(actorOf('Die Anklage sei vollständig, sagte Staatsanwalt Peter Gruber am Montag.', 'sagte'), 'Peter Gruber');
    assert.notEqual(actorOf('Ein Mann hat nach Angaben der Justiz Waffen gekauft.', 'nach Angaben'), 'USA');
  });
});

describe('actors in context: spokespersons of bodies', () => {
  it('"ein Diözesansprecher" is the diocese named before, "ein Polizeisprecher" the police', () => {
    const t =
      'Hanoi – Der Priester wurde freigelassen. Dies wurde von der Erzdiözese Hue bestätigt. Der Mann sei krank, aber ungebrochen, so ein Diözesansprecher.';
    assert.equal(actorOf(t, 'so'), 'Erzdiözese Hue');
    const p = 'Wien – In der Nacht brannte eine Lagerhalle. Verletzt wurde niemand, sagte ein Polizeisprecher am Morgen.';
    assert.equal(actorOf(p, 'sagte'), 'Polizei');
  });

  it('a government spokesperson still speaks for the country (must not change)', () => {
    const t = 'Berlin – Die Gespräche gehen weiter. Man sei zuversichtlich, sagte ein Regierungssprecher am Montag.';
    assert.equal(actorOf(t, 'sagte'), 'Germany');
  });
});

describe('actors in context: documents and company sources', () => {
  it('"in einer Erklärung der Gewerkschaft" is the union named before, not the last body that spoke', () => {
    const t =
      'Athen – Die Fähren bleiben in den Häfen, teilte die Gewerkschaft der Bootsleute (GBL) am Montag mit. Dies bestätigte die Hafenbehörde. ' +
      'Die Bootsleute protestieren auch gegen neue Regeln, hieß es in einer Erklärung der Gewerkschaft.';
    assert.equal(actorOf(t, 'hieß es'), 'GBL');
  });

  it('"hieß es in einer Aussendung" is the source just before; "einem Bericht zufolge" stays anonymous', () => {
    const t = 'Der Wiener Verkehrsverbund (WVV) hat die Vorwürfe am Samstag zurückgewiesen. Alles sei korrekt abgelaufen, hieß es in einer Aussendung.';
    assert.equal(actorOf(t, 'hieß es'), 'WVV');
    const b = 'Der Minister Karl Huber trat zurück, sagte er. Einem Bericht zufolge gab es Streit.';
    assert.equal(actorOf(b, 'zufolge'), 'unknown');
  });

  it('"laut Firmenangaben" is the company introduced before (also with "Gmbh"), not an association that spoke', () => {
    const t =
      'Amstetten – Über das Vermögen der Firma Berger Haustechnik Gmbh ist nach Angaben der Gläubigerschutzverbände KSV und AKV das Verfahren eröffnet worden. ' +
      'Die Ausfälle wurden von den Gläubigerschutzverbänden mit einer Million Euro beziffert. Die Aktiva betragen laut Firmenangaben 700.000 Euro.';
    assert.equal(actorOf(t, 'laut'), 'Berger Haustechnik');
  });

  it('"Demnach" after "Laut X gab Y zu" is X; after "wie X unter Berufung auf Y berichtete" it is X (must not change)', () => {
    const t = 'Laut nordkoreanischen Staatsmedien gab der Student Tom Miller zu, ein Plakat entwendet zu haben. Demnach hatte ihn eine Bekannte darum gebeten.';
    assert.equal(actorOf(t, 'Demnach'), 'North Korea');
    const p = 'Unter den Toten war ein Bub, wie die Nachrichtenagentur PTI unter Berufung auf die Polizei berichtete. Demnach verlor der Fahrer die Kontrolle.';
    assert.equal(actorOf(p, 'Demnach'), 'PTI');
  });
});

describe('actors in context: round on dev5 (appositions, titles, addressees)', () => {
  it('the name in apposition after a role names the speaker, with particles and without an article', () => {
    const t = 'Die Gespräche seien gut verlaufen, sagte der Verhandlungsführer der Regierung, Carlos de la Vega, am Abend.';
    assert.equal(actorOf(t, 'sagte'), 'Carlos de la Vega');
    const d = 'Die Exporte würden kaum leiden, sagte Österreichs Handelsdelegierter in Paris, Martin Auer.';
    assert.equal(actorOf(d, 'sagte'), 'Martin Auer');
  });

  it('"der Heilige Vater" is the Pope named before', () => {
    const t = 'Rom – Papst Benedikt hat am Sonntag eine Messe gefeiert. Viele Familien litten unter Armut, sagte der Heilige Vater.';
    assert.equal(actorOf(t, 'sagte'), 'Benedikt');
  });

  it('"sagte der Manager der Zeitung": the paper is the addressee, the manager the person named before', () => {
    const t = 'Die Bahn stellt ihre Tarife um. Das Blatt zitiert den Vertriebsvorstand Klaus Wendt. Jeder zahle nur, was er nutze, sagte der Bahn-Manager der Zeitung.';
    assert.equal(actorOf(t, 'sagte'), 'Klaus Wendt');
  });
});

describe('actors in context: round on dev5 (compounds of "-angaben", documents)', () => {
  it('"nach Gewerkschaftsangaben" is the union that spoke before, "nach Armeeangaben" the country', () => {
    const t = 'Die IG Chemie sprach von 30.000 Teilnehmern. Der Minister Karl Lenz sicherte den Arbeitern seine Hilfe zu. In Köln waren nach Gewerkschaftsangaben 8.000 Menschen.';
    assert.equal(actorOf(t, 'nach'), 'IG Chemie');
    const a = 'Kiew – Die Armee meldete Kämpfe im Osten. Nach Armeeangaben wurden zwölf Soldaten verletzt.';
    assert.equal(actorOf(a, 'Nach'), 'Ukraine');
  });

  it('"laut Redemanuskript" is the speaker of the sentence, "laut Anklage" the prosecution named before', () => {
    const t = 'Die Branche habe eine Zukunft, sagte die Ministerin Petra Kolb laut Redemanuskript in Essen.';
    assert.equal(actorOf(t, 'laut'), 'Petra Kolb');
    const a = 'Die Wirtschaftsstaatsanwaltschaft (WSA) hat den Manager angeklagt. Er soll laut Anklage 40 Rechnungen gefälscht haben.';
    assert.match(actorOf(a, 'laut'), /WSA/);
  });
});
