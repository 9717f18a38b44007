import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist', 'cli.js');
const samples = path.join(root, 'samples');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function stripBom(t: string) {
  return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
}

describe('claim-lens CLI', function () {
  this.timeout(60000);
  let tmp: string;
  before(function () {
    if (!fs.existsSync(cli)) this.skip();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-lens-cli-'));
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('analyze --format json follows the contract and every text equals its slice', () => {
    const r = run(['analyze', 'samples/', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.schema, 'claim-lens/analysis@1');
    const files = fs.readdirSync(samples).filter((f) => f.endsWith('.txt'));
    assert.equal(out.articles.length, files.length);
    let figures = 0;
    for (const a of out.articles) {
      assert.deepEqual(Object.keys(a), ['path', 'language', 'title', 'date', 'outlet', 'numbers', 'attributions', 'quotes', 'claims']);
      assert.ok(a.path.startsWith('samples/'), a.path);
      const text = stripBom(fs.readFileSync(path.join(root, a.path), 'utf8'));
      for (const kind of ['numbers', 'attributions', 'quotes', 'claims']) {
        for (const x of a[kind]) assert.equal(x.text, text.slice(x.start, x.end), `${a.path} ${kind}`);
      }
      for (const c of a.claims) {
        for (const i of c.numbers) assert.ok(a.numbers[i] && a.numbers[i].start >= c.start && a.numbers[i].start < c.end);
      }
      figures += a.numbers.length;
    }
    assert.ok(figures > 50, `figures found in samples: ${figures}`);
  });

  it('analyze --format md prints a readable report per article', () => {
    const r = run(['analyze', 'samples/', '--format', 'md']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Claim Lens analysis/);
    assert.match(r.stdout, /### Figures \(\d+\)/);
    assert.match(r.stdout, /\| at \| figure \| value \| unit \| source \| time \|/);
  });

  it('skips unreadable and binary inputs with exit 1, naming each, and still analyses the rest', () => {
    fs.writeFileSync(path.join(tmp, 'ok.txt'), 'Laut der Polizei wurden mindestens zwölf Menschen verletzt. Das sagte ein Sprecher am Montag.');
    fs.writeFileSync(path.join(tmp, 'bild.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a]));
    const r = run(['analyze', tmp, path.join(tmp, 'fehlt.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /skipped .*bild\.txt: binary/);
    assert.match(r.stderr, /skipped .*fehlt\.txt: no such file/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    const out = JSON.parse(r.stdout);
    assert.equal(out.articles.length, 1);
    assert.equal(out.articles[0].numbers[0].value, 12);
  });

  it('gives the same output with parallel workers as on one thread', () => {
    const one = run(['analyze', 'samples/', '--jobs', '1']);
    const two = run(['analyze', 'samples/', '--jobs', '2']);
    assert.equal(two.code, 0, two.stderr);
    assert.equal(two.stdout, one.stdout);
    const x1 = run(['xref', 'samples/', '--jobs=1']);
    const x2 = run(['xref', 'samples/', '--jobs=2']);
    assert.equal(x2.stdout, x1.stdout);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(run(['analyze', 'samples', '--jobs', '0']).code, 2);
    assert.equal(run([]).code, 2);
    assert.equal(run(['frobnicate', 'x']).code, 2);
    assert.equal(run(['analyze']).code, 2);
    const r = run(['analyze', 'samples', '--format', 'xml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be json or md/);
  });

  it('reads Latin-1 and UTF-16 files with offsets into the decoded text', () => {
    const text = 'Nach Angaben der Behörde kamen rund 3.000 Menschen. Das teilte sie mit.';
    fs.writeFileSync(path.join(tmp, 'latin1.txt'), Buffer.from(text, 'latin1'));
    fs.writeFileSync(path.join(tmp, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = run(['analyze', path.join(tmp, 'latin1.txt'), path.join(tmp, 'utf16.txt')]);
    assert.equal(r.code, 0, r.stderr);
    for (const a of JSON.parse(r.stdout).articles) {
      const n = a.numbers.find((x: { value: number }) => x.value === 3000);
      assert.ok(n, a.path);
      assert.equal(text.slice(n.start, n.end), n.text);
    }
  });

  it('xref --format json links figures across articles, never within one', () => {
    const r = run(['xref', 'samples/', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.schema, 'claim-lens/xref@1');
    const pathOf = new Map<string, string>(out.claims.map((c: { id: string; path: string }) => [c.id, c.path]));
    assert.ok(out.links.length > 0);
    const seen = new Set<string>();
    for (const l of out.links) {
      assert.notEqual(pathOf.get(l.from), pathOf.get(l.to));
      const key = [l.from, l.to].sort().join('|') + '|' + l.relation;
      assert.ok(!seen.has(key), 'each link (pair and relation) once');
      seen.add(key);
    }
  });
});
