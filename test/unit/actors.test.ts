import * as assert from 'node:assert/strict';
import { ActorResolver, countryOf, isMedia, resolveActor, UNKNOWN_ACTOR } from '../../src/core/actors';
import type { Lexicon } from '../../src/core/types';

function lexicon(actors: Record<string, string[]>): Lexicon {
  return { actors, cues: { de: [], en: [] }, outlets: {}, ignore: [] };
}

describe('actors: countries', () => {
  it('adjectives and demonyms in German and English', () => {
    assert.equal(resolveActor('südkoreanischen Angaben'), 'South Korea');
    assert.equal(resolveActor('ukrainischen Angaben'), 'Ukraine');
    assert.equal(resolveActor('nordkoreanischer Seite'), 'North Korea');
    assert.equal(resolveActor('der französische Generalstab'), 'France');
    assert.equal(resolveActor('South Korean officials'), 'South Korea');
    assert.equal(resolveActor('the Russian defence ministry'), 'Russia');
    assert.equal(resolveActor('die Ukrainer'), 'Ukraine');
  });

  it('state institutions resolve to their country', () => {
    assert.equal(resolveActor('der südkoreanische Geheimdienst'), 'South Korea');
    assert.equal(resolveActor('die US-Regierung'), 'USA');
    assert.equal(resolveActor('das Präsidialamt in Moskau'), 'Russia');
    assert.equal(resolveActor('die britische Regierung'), 'United Kingdom');
  });

  it('capitals, genitives and metonyms', () => {
    const cases: Array<[string, string]> = [
      ['Seoul', 'South Korea'], ['Pjöngjang', 'North Korea'], ['Pyongyang', 'North Korea'], ['Kreml', 'Russia'],
      ['des Kremls', 'Russia'], ['Moskau', 'Russia'], ['Washington', 'USA'], ['das Weiße Haus', 'USA'],
      ['Kiew', 'Ukraine'], ['Kyiv', 'Ukraine'], ['Peking', 'China'], ['Beijing', 'China'], ['Nordkoreas', 'North Korea'],
      ['Russia’s defence ministry', 'Russia'], ['the Pentagon', 'USA'], ['Schätzungen aus Seoul', 'South Korea'],
    ];
    for (const [phrase, want] of cases) assert.equal(resolveActor(phrase), want, phrase);
  });

  it('"us" is only a country in upper case', () => {
    assert.equal(countryOf('US'), 'USA');
    assert.equal(countryOf('told us'), undefined);
  });
});

describe('actors: organisations and media', () => {
  it('names win over adjectives', () => {
    assert.equal(resolveActor('die nordkoreanische Agentur KCNA'), 'KCNA');
    assert.equal(resolveActor('die amtliche Nachrichtenagentur RIA Nowosti'), 'RIA Novosti');
    assert.equal(resolveActor('die Nato'), 'NATO');
    assert.equal(resolveActor('der EU-Kommission'), 'European Union');
    assert.equal(resolveActor('the United Nations'), 'UN');
  });

  it('knows media', () => {
    assert.ok(isMedia('die Nachrichtenagentur Reuters'));
    assert.ok(isMedia('der Sender CNN'));
    assert.ok(!isMedia('der Sprecher des Ministeriums'));
  });
});

describe('actors: persons', () => {
  it('apposition and role + name', () => {
    assert.equal(resolveActor('der Sprecher des Nationalen Sicherheitsrates in Washington, John Kirby'), 'John Kirby');
    assert.equal(resolveActor('Kreml-Sprecher Dmitri Peskow'), 'Dmitri Peskow');
    assert.equal(resolveActor('US-Verteidigungsminister Lloyd Austin'), 'Lloyd Austin');
    assert.equal(resolveActor('der Verteidigungsminister Kim Yong-hyun'), 'Kim Yong-hyun');
    assert.equal(resolveActor('Südkoreas Präsident Yoon Suk Yeol'), 'Yoon Suk Yeol');
  });

  it('German and English spellings of well-known names meet in one form', () => {
    assert.equal(resolveActor('Dmitry Peskov'), resolveActor('Dmitri Peskow'));
    assert.equal(resolveActor('Präsident Volodymyr Zelensky'), resolveActor('Wolodymyr Selenskyj'));
    assert.equal(resolveActor('Putin'), 'Wladimir Putin');
  });

  it('surnames map to the full name given earlier in the article', () => {
    const r = new ActorResolver();
    assert.equal(r.resolve('die Ministerin Anna Kell').actor, 'Anna Kell');
    assert.equal(r.resolve('Kell').actor, 'Anna Kell');
    // a different resolver (another article) does not know her
    assert.equal(new ActorResolver().resolve('Kell').actor, 'Kell');
  });

  it('pronouns resolve to the last speaker, or unknown', () => {
    const r = new ActorResolver();
    assert.equal(r.resolve('er', { lastSpeaker: 'Anna Kell' }).actor, 'Anna Kell');
    assert.equal(r.resolve('she').actor, UNKNOWN_ACTOR);
  });
});

describe('actors: lexicon and unnamed sources', () => {
  it('lexicon aliases override and extend the tables', () => {
    const lex = lexicon({ 'Demokratische Volksrepublik Korea': ['Pjöngjang', 'Nordkorea'], 'Stadtwerke Linz': ['die Stadtwerke', 'LinzAG'] });
    assert.equal(resolveActor('Pjöngjang', lex), 'Demokratische Volksrepublik Korea');
    assert.equal(resolveActor('LinzAG', lex), 'Stadtwerke Linz');
    assert.equal(resolveActor('Seoul', lex), 'South Korea');
  });

  it('unnamed reports are unknown; other phrases keep their words', () => {
    assert.equal(resolveActor('Berichten'), UNKNOWN_ACTOR);
    assert.equal(resolveActor('Medienberichten'), UNKNOWN_ACTOR);
    assert.equal(resolveActor('ein Sprecher des Außenministeriums'), 'Sprecher des Außenministeriums');
  });
});

describe('actors: round 3 — Austrian institutions, parties, parentheses', () => {
  it('institutions, parties and media of Austria and Germany by their own name', () => {
    assert.equal(resolveActor('die Statistik Austria'), 'Statistik Austria');
    assert.equal(resolveActor('des Rechnungshofs'), 'Rechnungshof');
    assert.equal(resolveActor('das AMS'), 'AMS');
    assert.equal(resolveActor('die SPÖ'), 'SPÖ');
    assert.equal(resolveActor('der Grünen'), 'Grüne');
    assert.equal(resolveActor('das UN-Flüchtlingshilfswerk UNHCR'), 'UNHCR');
    assert.equal(resolveActor('die Europäische Zentralbank'), 'ECB');
  });

  it('a party in parentheses is no part of the name', () => {
    assert.equal(resolveActor('Landeshauptmann Peter Kaiser (SPÖ)'), 'Peter Kaiser');
    assert.equal(resolveActor('Bürgermeisterin Eva Lind (NEOS)'), 'Eva Lind');
  });

  it('Austrian role nouns introduce a person', () => {
    assert.equal(resolveActor('Landesrätin Gerda Moser'), 'Gerda Moser');
    assert.equal(resolveActor('der Politologe Paul Timmer'), 'Paul Timmer');
    // the role alone names nobody
    assert.notEqual(new ActorResolver().resolve('der Landeshauptmann').type, 'person');
  });
});

describe('actors: round 4 — generalisation', () => {
  it('every UN member by German name, adjective and capital; capitals only, not other cities', () => {
    const cases: Array<[string, string]> = [
      ['Kenia', 'Kenya'], ['die kenianische Regierung', 'Kenya'], ['Nairobi', 'Kenya'], ['Äthiopiens', 'Ethiopia'],
      ['das marokkanische Innenministerium', 'Morocco'], ['Havanna', 'Cuba'], ['die Regierung in Bogotá', 'Colombia'],
      ['Neuseeland', 'New Zealand'], ['die estnische Armee', 'Estonia'], ['Vereinigte Arabische Emirate', 'United Arab Emirates'],
      ['Burkina Faso', 'Burkina Faso'], ['der Heilige Stuhl', 'Vatican'], ['Thai officials', 'Thailand'],
    ];
    for (const [p, c] of cases) assert.equal(resolveActor(p), c, p);
    assert.equal(countryOf('Salzburg'), undefined);
    assert.equal(countryOf('München'), undefined);
  });

  it('a medium or organisation named after its generic noun keeps its name, not the prefix country', () => {
    assert.equal(resolveActor('der US-Sender NBC'), 'NBC');
    assert.equal(resolveActor('der britische Sender Channel Four'), 'Channel Four');
    assert.equal(resolveActor('das Magazin Time'), 'Time');
    assert.equal(resolveActor('die Hilfsorganisation Ärzte ohne Grenzen'), 'Ärzte ohne Grenzen');
    assert.equal(resolveActor('die Gruppe Erste Küstendivision'), 'Erste Küstendivision');
    // a state service stays the state; a generic noun without a name stays itself
    assert.equal(resolveActor('der südkoreanische Geheimdienst NIS'), 'South Korea');
    assert.equal(resolveActor('die Zeitung'), 'Zeitung');
  });

  it('titles are no persons; honorifics are whole words', () => {
    assert.equal(resolveActor('das Wall Street Journal'), 'The Wall Street Journal');
    assert.equal(resolveActor('das Pew Research Center'), 'Pew Research Center');
    assert.equal(resolveActor('der Kollege Paul Timm'), 'Paul Timm');
    assert.equal(resolveActor('Der NDR'), 'NDR');
  });

  it('a given name or a place as first word opens a person name; a company may end in a country', () => {
    assert.equal(resolveActor('Oskar Deutsch'), 'Oskar Deutsch');
    assert.equal(resolveActor('Israel Katz'), 'Israel Katz');
    assert.equal(resolveActor('Air France'), 'Air France');
    assert.equal(resolveActor('Bank Austria'), 'Bank Austria');
    assert.equal(resolveActor('Deutsche Bank'), 'Deutsche Bank');
    assert.equal(resolveActor('Deutsche Behörden'), 'Germany');
    assert.equal(resolveActor('Washington'), 'USA');
  });

  it('a person noun before a single name; the full name given later wins for the surname', () => {
    const r = new ActorResolver();
    assert.equal(r.resolve('Chefentwickler Miyamoto').actor, 'Miyamoto');
    r.registerPerson('Shigeru Miyamoto');
    assert.equal(r.resolve('Miyamoto').actor, 'Shigeru Miyamoto');
  });
});
