import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { analysisJson, analysisJsonArticleText, analysisJsonText } from '../../src/core/report';

const samples = path.resolve(__dirname, '../../../samples');

describe('analysis JSON built from per-article pieces', () => {
  it('is byte for byte JSON.stringify of the whole contract, for many articles, one, and none', () => {
    const files = fs.readdirSync(samples).filter((f) => f.endsWith('.txt')).sort();
    const analyses = files.map((f) => analyzeArticle(fs.readFileSync(path.join(samples, f), 'utf8'), { path: `samples/${f}` }));
    // an article with nothing in it: empty arrays and null metadata
    analyses.push(analyzeArticle('Ein Satz ohne Zahl und Quelle.', { path: 'empty "name".txt' }));
    assert.ok(analyses.some((a) => a.numbers.length > 0 && a.quotes.length > 0));
    for (const set of [analyses, analyses.slice(0, 1), analyses.slice(-1), []]) {
      assert.equal(analysisJsonText(set.map(analysisJsonArticleText)), JSON.stringify(analysisJson(set), null, 2));
    }
  });
});
