import * as assert from 'node:assert/strict';
import { parseLexicon } from '../../src/core/lexicon';

describe('parseLexicon', () => {
  it('reads actors, cues, outlets and ignore globs', () => {
    const { lexicon, diagnostics } = parseLexicon(
      'actors:\n  North Korea: [Pjöngjang, Pyongyang]\n  John Kirby: Kirby\ncues:\n  de: [beziffert]\n  en: [estimated]\noutlets:\n  Donaupost: { aliases: [DP], url: donaupost.at }\n  Harbour Herald: [HH]\nignore:\n  - "drafts/**"\n',
    );
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(lexicon.actors, { 'North Korea': ['Pjöngjang', 'Pyongyang'], 'John Kirby': ['Kirby'] });
    assert.deepEqual(lexicon.cues, { de: ['beziffert'], en: ['estimated'] });
    assert.deepEqual(lexicon.outlets, { Donaupost: { aliases: ['DP'], url: 'donaupost.at' }, 'Harbour Herald': { aliases: ['HH'] } });
    assert.deepEqual(lexicon.ignore, ['drafts/**']);
  });

  it('points broken YAML at its line and falls back to defaults', () => {
    const { lexicon, diagnostics } = parseLexicon('actors:\n  North Korea: [Pjöngjang\ncues: {de: x}\n');
    assert.ok(diagnostics.length > 0);
    assert.equal(diagnostics[0].severity, 'error');
    assert.match(diagnostics[0].message, /line \d+/);
    assert.deepEqual(lexicon.actors, {});
  });

  it('keeps the valid parts when one part has the wrong shape', () => {
    const { lexicon, diagnostics } = parseLexicon('actors: [a, b]\ncues:\n  de: [meldete]\n  fr: [dit]\nfoo: 1\n');
    assert.deepEqual(lexicon.cues.de, ['meldete']);
    assert.deepEqual(lexicon.actors, {});
    const lines = diagnostics.map((d) => d.line);
    assert.deepEqual(lines, [0, 3, 4]);
    assert.deepEqual(diagnostics.map((d) => d.severity), ['error', 'warning', 'warning']);
  });

  it('accepts an empty file', () => {
    assert.deepEqual(parseLexicon('').diagnostics, []);
    assert.deepEqual(parseLexicon('# only a comment\n').lexicon.ignore, []);
  });
});
