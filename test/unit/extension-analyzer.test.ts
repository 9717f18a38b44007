import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer, SupersededError } from '../../src/extension/analyzer';

const PARA = 'Nach Angaben der Behörde kamen rund 2.400 Besucher zum Stadtfest, etwa 300 mehr als im Vorjahr. „Wir sind zufrieden“, sagte die Sprecherin Anna Roth. ';

describe('extension analyzer (off the keystroke path)', () => {
  it('never analyses on the caller stack and supersedes queued jobs of the same document', async () => {
    const an = new Analyzer({ inProcessBelow: Number.MAX_SAFE_INTEGER });
    try {
      let sync = true;
      const first = an.analyze('doc:a', PARA.repeat(3), 'a.txt');
      const second = an.analyze('doc:b', PARA, 'b.txt').then(() => null, (e: unknown) => e);
      const third = an.analyze('doc:b', PARA.repeat(2), 'b.txt');
      sync = false;
      const r1 = await first;
      assert.equal(sync, false);
      assert.ok(r1.analysis.numbers.some((n) => n.value === 2400));
      assert.ok((await second) instanceof SupersededError);
      const r3 = await third;
      assert.equal(r3.analysis.numbers.filter((n) => n.value === 2400).length, 2);
    } finally {
      an.dispose();
    }
  });

  it('analyses big texts in the worker thread with the same result as in process', async function () {
    const script = path.resolve(__dirname, '../../../dist/analysisWorker.js');
    if (!fs.existsSync(script)) this.skip(); // built by `npm run build`
    this.timeout(30000);
    const text = 'Großes Stadtfest\n\n' + PARA.repeat(400);
    const an = new Analyzer({ workerScript: script, inProcessBelow: 10_000 });
    try {
      const r = await an.analyze('doc:big', text, 'big.txt');
      assert.equal(an.usesWorker, true);
      const local = an.analyzeSync(text, 'big.txt');
      assert.equal(r.analysis.numbers.length, local.analysis.numbers.length);
      assert.deepEqual(r.analysis.claims.map((c) => c.id), local.analysis.claims.map((c) => c.id));
    } finally {
      an.dispose();
    }
  });

  it('falls back to in-process analysis when the worker script is missing', async () => {
    const an = new Analyzer({ workerScript: '/nonexistent/worker.js', inProcessBelow: 0 });
    try {
      const r = await an.analyze('doc:x', PARA, 'x.txt');
      assert.equal(an.usesWorker, false);
      assert.ok(r.analysis.claims.length > 0);
    } finally {
      an.dispose();
    }
  });
});
