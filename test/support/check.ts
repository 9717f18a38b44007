/** Shared checks for tests and the stress script. */
import * as assert from 'node:assert/strict';
import type { ArticleAnalysis } from '../../src/core/types';

/** Every structural promise of ArticleAnalysis, checked against the text. */
export function checkAnalysis(text: string, a: ArticleAnalysis): void {
  const n = text.length;
  const inRange = (s: { start: number; end: number }, what: string) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= n, `${what}: ${s.start}..${s.end} within 0..${n}`);
  };
  const sorted = (xs: { start: number; end: number }[], what: string, disjoint: boolean) => {
    for (let i = 1; i < xs.length; i++) {
      assert.ok(xs[i - 1].start <= xs[i].start, `${what} sorted`);
      if (disjoint) assert.ok(xs[i - 1].end <= xs[i].start, `${what} do not overlap`);
    }
  };
  for (const s of a.sentences) {
    inRange(s, 'sentence');
    assert.ok(s.end > s.start, 'sentence not empty');
  }
  sorted(a.sentences, 'sentences', true);
  for (const x of a.numbers) {
    inRange(x, 'figure');
    assert.equal(x.text, text.slice(x.start, x.end));
    assert.ok(x.numStart >= x.start && x.numEnd <= x.end && x.numStart < x.numEnd, 'numeral inside the figure');
    assert.ok(Number.isFinite(x.value), `finite value for ${x.text}`);
  }
  sorted(a.numbers, 'figures', true);
  for (const x of a.attributions) {
    inRange(x, 'attribution');
    assert.equal(x.text, text.slice(x.start, x.end));
    assert.equal(x.cue, text.slice(x.cueStart, x.cueEnd));
    assert.equal(x.source, text.slice(x.sourceStart, x.sourceEnd));
    assert.ok(x.scopeStart <= x.scopeEnd && x.scopeEnd <= n);
    assert.equal(typeof x.actor, 'string');
  }
  for (const q of a.quotes) {
    inRange(q, 'quote');
    assert.equal(q.text, text.slice(q.start, q.end));
    assert.ok(q.innerStart >= q.start && q.innerEnd <= q.end && q.innerStart <= q.innerEnd);
    if (q.attribution !== null) assert.ok(a.attributions[q.attribution], 'quote attribution index valid');
  }
  const ids = new Set<string>();
  for (const c of a.claims) {
    inRange(c, 'claim');
    assert.equal(c.text, text.slice(c.start, c.end));
    assert.ok(!ids.has(c.id), 'claim ids unique');
    ids.add(c.id);
    for (const i of c.numbers) assert.ok(a.numbers[i], 'claim figure index valid');
    for (const i of c.attributions) assert.ok(a.attributions[i], 'claim attribution index valid');
    for (const i of c.quotes) assert.ok(a.quotes[i], 'claim quote index valid');
    if (c.time) {
      inRange(c.time, 'time');
      assert.equal(c.time.text, text.slice(c.time.start, c.time.end));
      assert.ok(c.time.from <= c.time.to, 'time interval ordered');
    }
  }
  for (const b of a.boilerplate) inRange(b, 'boilerplate');
}

