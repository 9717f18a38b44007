/**
 * Corpus churn: articles added, changed, renamed and removed in random order
 * must leave the index exactly as a fresh build of the final state would be —
 * no stale claims, no duplicates, the same cross-references.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeArticle } from '../../src/core/analyze';
import { hash53 } from '../../src/core/text';
import { CorpusIndex } from '../../src/core/xref/index';

const root = path.resolve(__dirname, '../../..');
const samples = fs
  .readdirSync(path.join(root, 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));

/** A few versions of each sample: as written, with an updated figure, and shortened. */
const versions = samples.flatMap((s) => [s, s.replace(/\b(\d{1,2})\.000\b/, (_, d) => `${Number(d) + 1}.000`), s.slice(0, Math.floor(s.length * 0.6))]);

type Op = { kind: 'put'; slot: number; version: number } | { kind: 'remove'; slot: number } | { kind: 'rename'; from: number; to: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('put' as const), slot: fc.nat({ max: 11 }), version: fc.nat({ max: versions.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), slot: fc.nat({ max: 11 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: fc.nat({ max: 11 }), to: fc.nat({ max: 11 }) }) },
);

const analyses = new Map<string, ReturnType<typeof analyzeArticle>>();
function analysis(p: string, text: string) {
  const key = p + '\u0000' + hash53(text);
  let a = analyses.get(key);
  if (!a) {
    a = analyzeArticle(text, { path: p });
    analyses.set(key, a);
  }
  return a;
}

function linkSet(index: CorpusIndex): string[] {
  // Claims by position, so that a renamed article (whose claim ids were made under its old path) compares equal.
  const pos = (ref: { path: string; claimId: string }) => {
    const c = index.get(ref.path)!.claims.find((x) => x.id === ref.claimId)!;
    return `${ref.path}@${c.start}`;
  };
  return index
    .allLinks()
    .map((l) => [pos(l.from), pos(l.to)].sort().join(' ~ ') + ' ' + l.relation)
    .sort();
}

describe('corpus index under churn', function () {
  this.timeout(120000);

  it('ends exactly like a fresh build of the final state, whatever the order of adds, edits, renames and removals', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const index = new CorpusIndex();
        const model = new Map<string, string>();
        const p = (slot: number) => `folder/a${slot}.txt`;
        for (const o of ops) {
          if (o.kind === 'put') {
            const text = versions[o.version];
            model.set(p(o.slot), text);
            index.upsert(analysis(p(o.slot), text), hash53(text), text);
          } else if (o.kind === 'remove') {
            model.delete(p(o.slot));
            index.remove(p(o.slot));
          } else {
            const a = p(o.from);
            const b = p(o.to);
            if (a === b || !model.has(a)) continue;
            // A rename onto an existing article replaces it, as a file system would.
            if (model.has(b)) index.remove(b);
            model.set(b, model.get(a)!);
            model.delete(a);
            index.rename(a, b);
          }
        }
        assert.deepEqual(index.paths().slice().sort(), [...model.keys()].sort(), 'the same articles, no stale ones');
        const fresh = new CorpusIndex();
        for (const [path_, text] of model) fresh.upsert(analysis(path_, text), hash53(text), text);
        for (const path_ of model.keys()) {
          const got = index.get(path_)!.claims.map((c) => `${c.start}-${c.end}`);
          const want = fresh.get(path_)!.claims.map((c) => `${c.start}-${c.end}`);
          assert.deepEqual(got, want, `claims of ${path_}`);
          assert.equal(new Set(got).size, got.length, 'no duplicate claims');
        }
        assert.deepEqual(linkSet(index), linkSet(fresh), 'the same cross-references');
        // And the warm reopen of the churned index is the same index again.
        const reopened = CorpusIndex.fromSnapshot(JSON.parse(JSON.stringify(index.toSnapshot())));
        assert.deepEqual(linkSet(reopened), linkSet(fresh));
      }),
      { numRuns: 25 },
    );
  });
});
