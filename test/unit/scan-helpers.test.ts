import * as assert from 'node:assert/strict';
import { analysisJsonParts, analysisJsonText } from '../../src/core/report';
import { initialTails } from '../../src/core/sources/names';

describe('initialTails: a name shortened to an initial', () => {
  it('finds " X." before white space, a comma, a semicolon, a colon or a bracket, and nothing else', () => {
    const text = 'Angeklagt ist Hasan E., sein Bruder Ali M. (32) schwieg; Zeuge Paul K.: nichts. Um 3 Uhr kam Anna B.';
    const found = initialTails(text).map((i) => text.slice(i, i + 3));
    // "Anna B." ends the text: no character follows the dot, so it is no initial before a break
    assert.deepEqual(found, [' E.', ' M.', ' K.']);
  });

  it('needs a space before a capital: "z.B." and "U.S." and lower-case letters are no initials', () => {
    assert.deepEqual(initialTails('Das gilt z.B. heute, laut U.S. Army und a. b. c.'), []);
  });

  it('takes accented, Greek and Cyrillic capitals, as the Latin classes of the other scans do', () => {
    const text = 'Sie sprach mit Ömer Ö. und mit Irina Ж. sowie mit Nikos Ω. gestern.';
    assert.deepEqual(initialTails(text).map((i) => text[i + 1]), ['Ö', 'Ж', 'Ω']);
  });
});

describe('analysisJsonParts', () => {
  it('are the contract text in pieces: joined they are analysisJsonText, one piece per article', () => {
    const articles = ['    {\n      "path": "a.txt"\n    }', '    {\n      "path": "b.txt"\n    }'];
    const parts = analysisJsonParts(articles);
    assert.equal(parts.length, 2);
    assert.equal(parts.join(''), analysisJsonText(articles));
    assert.deepEqual(JSON.parse(parts.join('')).articles.map((a: { path: string }) => a.path), ['a.txt', 'b.txt']);
    assert.deepEqual(JSON.parse(analysisJsonParts([]).join('')), { schema: 'claim-lens/analysis@1', articles: [] });
  });
});
